import torch
x = torch.arange(24).reshape(2, 3, 4)
print(x)
print(torch.arange(8.0).reshape(2, 2, 2) / 4)
print(torch.ones(1, 1, 1))
