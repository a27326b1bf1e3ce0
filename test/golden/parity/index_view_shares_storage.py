import torch
x = torch.arange(6.0).reshape(2, 3)
v = x[0]
v[0] = 100
print(x)
s = x[:, 1]
s += 1
print(x)
