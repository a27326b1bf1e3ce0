import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 2, 4, 5, 5, requires_grad=True)
w = None
for name, fn in [('max', lambda t: F.max_pool3d(t, 2)), ('max s1 p1 ceil', lambda t: F.max_pool3d(t, (2, 3, 2), stride=(1, 2, 2), padding=1, ceil_mode=True)),
                 ('max dil', lambda t: F.max_pool3d(t, 2, stride=1, dilation=(1, 2, 2))),
                 ('avg', lambda t: F.avg_pool3d(t, 2)), ('avg pad', lambda t: F.avg_pool3d(t, 3, stride=2, padding=1)),
                 ('avg pad no count', lambda t: F.avg_pool3d(t, 3, stride=2, padding=1, count_include_pad=False)),
                 ('avg div', lambda t: F.avg_pool3d(t, (2, 2, 3), divisor_override=5, ceil_mode=True)),
                 ('adaptive avg', lambda t: F.adaptive_avg_pool3d(t, (3, 2, 4))), ('adaptive avg None', lambda t: F.adaptive_avg_pool3d(t, (None, 3, 1))),
                 ('adaptive max 3d', lambda t: F.adaptive_max_pool3d(t, (2, 3, 3))),
                 ('adaptive max 2d', lambda t: F.adaptive_max_pool2d(t.view(4, 4, 5, 5), (3, 2))), ('adaptive max 1d', lambda t: F.adaptive_max_pool1d(t.view(4, 20, 5), 3))]:
    y = fn(x)
    wt = torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape).sin()
    g, = torch.autograd.grad((y * wt).sum(), x, create_graph=True)
    print(name, y.shape, y.grad_fn.name(), g.grad_fn.name() if g.grad_fn else None)
    print(y.flatten()[:8])
    print(g[1, 1, 1])
y, i = F.max_pool3d(x, 2, return_indices=True)
print(i[0, 0], i.dtype)
v, j = F.adaptive_max_pool2d(x[0, 0], 2, return_indices=True)
print(v, j)
print(torch.adaptive_max_pool1d(x[0, 0, 0], 2))
print(nn.MaxPool3d(2), nn.MaxPool3d((1, 2, 2), stride=1, padding=(0, 1, 1), ceil_mode=True), nn.AvgPool3d(2),
      nn.AvgPool3d((1, 2, 2), count_include_pad=False, divisor_override=3), nn.AdaptiveAvgPool3d((2, None, 3)),
      nn.AdaptiveMaxPool2d(3, return_indices=True), nn.AdaptiveMaxPool1d(2), nn.AdaptiveMaxPool3d(1))
print(nn.AdaptiveMaxPool2d((2, None))(x[0])[1, 1], nn.AvgPool3d(2, stride=1)(x[:1, :1]).shape)
# unpool
p1, i1 = F.max_pool1d(x[0, 0, 0], 2, return_indices=True)
u1 = F.max_unpool1d(p1, i1, 2)
print(u1, u1.grad_fn.name())
p2, i2 = nn.MaxPool2d(2, return_indices=True)(x[0, :, 0])
u2 = nn.MaxUnpool2d(2)(p2, i2, output_size=(5, 5))
print(u2, u2.grad_fn.name())
u2.sum().backward(retain_graph=True)
p3, i3 = F.max_pool3d(x[1:, :, :, :4, :4], (2, 2, 2), return_indices=True)
u3 = F.max_unpool3d(p3, i3, 2)
print(u3.shape, u3.grad_fn.name(), u3[0, 1, 1])
print(nn.MaxUnpool1d(2), nn.MaxUnpool2d(2, stride=1), nn.MaxUnpool3d((1, 2, 2), padding=1))
# LPPool
xl = torch.randn(1, 2, 4, 4, requires_grad=True)
y = F.lp_pool2d(xl, 2, 2)
y.sum().backward()
print(y, y.grad_fn.name(), xl.grad[0, 1])
print(F.lp_pool1d(xl[0], 3, 2, stride=1), nn.LPPool1d(2, 3), nn.LPPool2d(1.5, (2, 2), stride=1, ceil_mode=True))
print(nn.LPPool2d(2, 2)(xl.abs())[0, 0])
# local response norm over 4-d input (avg_pool3d) and area interpolation of 5-d input
xr = torch.randn(1, 5, 2, 3, requires_grad=True)
yr = F.local_response_norm(xr, 3)
print(yr[0, :, 1], yr.grad_fn.name())
print(nn.LocalResponseNorm(4, 0.001, 0.5, 2.0)(torch.randn(1, 6, 2, 3))[0, :, 1])
ya = F.interpolate(x, size=(2, 3, 2), mode='area')
print(ya[0, 0], ya.grad_fn.name())
