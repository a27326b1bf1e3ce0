import torch
torch.manual_seed(0)
print(torch.randn(3, dtype=torch.float64))
print(torch.rand(3, dtype=torch.float64))
print(torch.randn(2, 2, dtype=torch.double))
