import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(4)
x = torch.randn(2, 3, 6, 5, requires_grad=True)
y = F.max_pool2d(x, 2)
print(y.shape, y.grad_fn)
print(y[1, 1])
y.sum().backward()
print(x.grad[1, 1])
v, i = F.max_pool2d(x, 3, stride=2, padding=1, ceil_mode=True, return_indices=True)
print(v.shape, i.dtype, v.grad_fn.name())
print(i[0, 2])
print(v[0, 2])
v, i = F.max_pool2d(x, (2, 3), (1, 2), dilation=(2, 1), return_indices=True)
print(v.shape)
print(i[1, 0])
print(torch.max_pool2d(x, 2, 2, 0, 1, True).shape)
x1 = x[:, :, 0].detach().requires_grad_()
y1 = F.max_pool1d(x1, 2)
print(y1.grad_fn, y1.grad_fn.next_functions[0][0].name(), y1.grad_fn.next_functions[0][0].next_functions[0][0].name())
print(y1)
y1.sum().backward()
print(x1.grad)
v1, i1 = F.max_pool1d(x1, 3, 2, 1, return_indices=True)
print(v1, i1)
with torch.no_grad():
    print(F.max_pool1d(x1, 3, ceil_mode=True))
print(F.max_pool2d(x[0], 2).shape)
g, = torch.autograd.grad(F.max_pool2d(x, 2, 1).sum(), x, create_graph=True)
print(g.grad_fn)
print(g[0, 0])
