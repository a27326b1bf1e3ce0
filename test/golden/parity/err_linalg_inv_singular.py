import torch
# An uncaught torch.linalg.LinAlgError (torch._C._LinAlgError, a RuntimeError) as PyTorch reports it.
A = torch.tensor([[1., 2.], [2., 4.]])
print(torch.linalg.det(A))
torch.linalg.inv(A)
