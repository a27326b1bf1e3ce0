import torch
x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0], requires_grad=True)
x.clamp(0.0, 1.0).sum().backward()
print(x.grad)
y = torch.tensor([-2.0, 0.0, 3.0], requires_grad=True)
y.abs().sum().backward()
print(y.grad)
