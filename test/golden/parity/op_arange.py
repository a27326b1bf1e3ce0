import torch
print(torch.arange(5))
print(torch.arange(1, 4))
print(torch.arange(0, 1, 0.25))
print(torch.arange(5.0))
print(torch.arange(10, 0, -3))
print(torch.arange(3, dtype=torch.float64))
print(torch.arange(0).shape)
