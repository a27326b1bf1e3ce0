import torch
x = torch.tensor(2.0, requires_grad=True)
print(x)
y = x * x
print(y)
print(y.item(), float(y))
print(y.detach())
