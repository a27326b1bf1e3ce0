import torch
x = torch.arange(12)
print(x.reshape(3, 4))
print(x.view(2, -1))
print(x.reshape(2, 2, 3).shape)
y = x.view(4, 3)
y[0, 0] = 100
print(x[:3])
print(x.reshape(-1, 6).flatten())
print(torch.arange(24).reshape(2, 3, 4).flatten(1).shape)
