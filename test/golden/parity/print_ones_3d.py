import torch
x = torch.ones(2, 3, 4)
print(x)
print(x.shape)
