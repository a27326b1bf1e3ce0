import torch
x = torch.arange(2000)
print(x)
y = torch.arange(1200.0).reshape(30, 40)
print(y)
