import torch
x = torch.arange(10)
print(x[::2])
print(x[1::3])
print(x[2:8:2])
y = torch.arange(12).reshape(3, 4)
print(y[:, ::2])
print(y[::2, 1:])
