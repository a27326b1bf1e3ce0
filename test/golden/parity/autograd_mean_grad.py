import torch
x = torch.ones(2, 4, requires_grad=True)
x.mean().backward()
print(x.grad)
y = torch.ones(2, 4, requires_grad=True)
y.mean(dim=0).sum().backward()
print(y.grad)
