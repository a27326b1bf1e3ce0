import torch
x = torch.ones(2, requires_grad=True)
y = x * 3
print(y.grad_fn)
print(repr((x + 1).grad_fn))
print(x.grad_fn)
print(y.sum().grad_fn)
