import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 1
print(y._version)
y.add_(1)
y[0] = 5.0
print(y._version)
print(y)
