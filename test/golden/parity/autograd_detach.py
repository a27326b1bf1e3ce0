import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.detach()
print(y, y.requires_grad, y.is_leaf, y.grad_fn)
y[0] = 10.0
print(x)
z = x * 2
d = z.detach()
print(d, d.requires_grad)
