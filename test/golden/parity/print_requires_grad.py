import torch
x = torch.ones(2, requires_grad=True)
print(x)
print(torch.tensor([1.5, 2.5], requires_grad=True))
print(torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True))
print(torch.tensor(3.0, requires_grad=True))
