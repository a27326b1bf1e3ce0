import torch
torch.manual_seed(0)
x = torch.ones(3, 3, 3, requires_grad=True)
print(x)
y = x * 3
print(y)
print(y.grad_fn)
gradient = torch.ones(3, 3, 3)
y.backward(gradient)
print(x.grad)
z = y * y * y
print(z)
gradient = torch.randn(3, 3, 3)
y.backward(gradient)
print(x.grad)
