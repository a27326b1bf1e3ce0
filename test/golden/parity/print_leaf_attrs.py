import torch
x = torch.ones(2, requires_grad=True)
y = x * 2
print(x.is_leaf, x.requires_grad, x.grad)
print(y.is_leaf, y.requires_grad)
z = torch.ones(2)
print(z.is_leaf, z.requires_grad, z.grad, z.grad_fn)
