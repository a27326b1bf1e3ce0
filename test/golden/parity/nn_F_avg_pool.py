import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(5)
x = torch.randn(2, 2, 5, 6, requires_grad=True)
y = F.avg_pool2d(x, 2)
print(y.grad_fn)
print(y[0, 1])
for kw in [dict(stride=2, padding=1), dict(stride=2, padding=1, count_include_pad=False), dict(stride=2, padding=1, ceil_mode=True),
           dict(stride=1, divisor_override=3), dict(stride=(2, 1), padding=(1, 0), ceil_mode=True, count_include_pad=False)]:
    z = F.avg_pool2d(x, 3 if 'divisor_override' not in kw else 2, **kw)
    print(kw, z.shape)
    print(z[1, 0])
    gx, = torch.autograd.grad(z.sum(), x)
    print(gx[1, 0])
a = F.adaptive_avg_pool2d(x, (3, 4))
print(a.grad_fn, a.shape)
print(a[0, 0])
gx, = torch.autograd.grad(a.sum(), x, create_graph=True)
print(gx.grad_fn)
print(gx[0, 0])
print(F.adaptive_avg_pool2d(x, 1).grad_fn, F.adaptive_avg_pool2d(x, (None, 2)).shape, F.adaptive_avg_pool2d(x, 2).shape)
gx, = torch.autograd.grad(F.avg_pool2d(x, 2).sum(), x, create_graph=True)
print(gx.grad_fn)
x1 = x[:, :, 0].detach().requires_grad_()
y1 = F.avg_pool1d(x1, 3, 2, 1)
print(y1.grad_fn, y1)
y1.sum().backward()
print(x1.grad)
print(F.avg_pool1d(x1, 2, ceil_mode=True, count_include_pad=False))
a1 = F.adaptive_avg_pool1d(x1, 4)
print(a1.grad_fn, a1.grad_fn.next_functions[0][0].name(), a1)
print(torch.avg_pool1d(x1, 2), torch.adaptive_avg_pool1d(x1, 2))
