import torch
x = torch.arange(1500) % 3 == 0
print(x)
