import torch
x = torch.tensor([1.0, -2.0, 3.0, -4.0])
x[x < 0] = 0
print(x)
y = torch.arange(6).reshape(2, 3)
y[y % 2 == 1] = torch.tensor([10, 30, 50])
print(y)
