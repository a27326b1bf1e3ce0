import torch
x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = x * 2
print(y)
print(y.sum())
print(torch.arange(3, dtype=torch.float64))
print(torch.tensor([1e-5, 1e5], dtype=torch.float64, requires_grad=True))
