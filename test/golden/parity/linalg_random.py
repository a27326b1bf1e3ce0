import torch
# Random float32/float64 matrices (PyTorch's randn stream): LU-based results and gradients print with PyTorch's digits.
torch.manual_seed(3)
A = torch.randn(5, 5)
B = torch.randn(5, 2)
print(torch.linalg.det(A), torch.linalg.slogdet(A))
print(torch.linalg.inv(A))
print(torch.linalg.solve(A, B))
print(torch.linalg.det(A.double()), torch.linalg.inv(A.double())[0])
P = A @ A.T + torch.eye(5)
print(torch.linalg.cholesky(P))
Ab = torch.randn(3, 4, 4)
print(torch.linalg.det(Ab), torch.linalg.inv(Ab)[1])
x = torch.randn(6, 6, requires_grad=True)
torch.linalg.det(x).backward(); print(x.grad)
x.grad = None
torch.linalg.inv(x).sum().backward(); print(x.grad)
print(torch.linalg.matrix_power(A, 5))
print(torch.linalg.norm(A), torch.linalg.matrix_norm(A, 1), torch.cdist(A, A[:3]))
