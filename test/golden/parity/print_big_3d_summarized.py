import torch
x = torch.arange(1100.0).reshape(10, 10, 11)
print(x)
