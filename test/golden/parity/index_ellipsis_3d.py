import torch
x = torch.arange(24).reshape(2, 3, 4)
print(x[..., 1:3])
print(x[0, ...])
print(x[1, ..., 2])
print(x[:, 1])
