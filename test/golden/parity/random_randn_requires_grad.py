import torch
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
print(x)
y = (x * x).sum()
y.backward()
print(y)
print(x.grad)
