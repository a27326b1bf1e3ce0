import torch
x = torch.linspace(0, 1, 1001)
print(x)
print(x.shape)
