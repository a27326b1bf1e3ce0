import torch
x = torch.arange(12).reshape(3, 4)
print(x[0])
print(x[1, 2])
print(x[2][3])
print(x[0].shape, x[1, 2].shape)
