import torch
x = torch.tensor([1.5, 2.0, -3.25], dtype=torch.float64)
print(x)
print(x.dtype)
print(torch.tensor(0.1, dtype=torch.float64))
print(torch.tensor([0.1, 1 / 3], dtype=torch.float64))
print(torch.ones(2, 2, dtype=torch.double))
