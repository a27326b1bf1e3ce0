import torch
x = torch.arange(6)
print(x.view(3, 2))
x.view(4, 2)
