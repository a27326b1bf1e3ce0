import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(1, 2, 3, 4, requires_grad=True)
for mode in ['nearest', 'nearest-exact', 'bilinear', 'bicubic', 'area']:
    for kw in [dict(scale_factor=2), dict(size=(4, 7)), dict(scale_factor=(0.7, 1.5))]:
        for ac in ([None] if mode in ('nearest', 'nearest-exact', 'area') else [False, True]):
            y = F.interpolate(x, mode=mode, align_corners=ac, **kw)
            w = torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape).cos()
            g, = torch.autograd.grad((y * w).sum(), x)
            print(mode, kw, ac, y.grad_fn.name())
            print(y[0, 1])
            print(g[0, 0])
x1 = torch.randn(2, 1, 6, requires_grad=True)
for mode in ['nearest', 'nearest-exact', 'linear', 'area']:
    y = F.interpolate(x1, scale_factor=1.5, mode=mode)
    y.pow(2).sum().backward()
    print(mode, y.grad_fn.name(), y[1, 0], x1.grad[1, 0])
    x1.grad = None
x3 = torch.randn(1, 1, 2, 3, 2, dtype=torch.float64, requires_grad=True)
for mode in ['nearest', 'nearest-exact', 'trilinear']:
    y = F.interpolate(x3, size=(3, 4, 3), mode=mode)
    y.pow(3).sum().backward()
    print(mode, y.grad_fn.name(), y[0, 0, 1], x3.grad[0, 0, 1])
    x3.grad = None
# nearest vs nearest-exact index rounding
r = torch.arange(7.).reshape(1, 1, 7)
for s in [2.1, 1.7, 0.6, 3.3]:
    print(s, F.interpolate(r, scale_factor=s).flatten().tolist(), F.interpolate(r, scale_factor=s, mode='nearest-exact').flatten().tolist())
for n in [3, 5, 10, 13]:
    print(n, F.interpolate(r, size=n).flatten().tolist(), F.interpolate(r, size=n, mode='nearest-exact').flatten().tolist())
# double backward
xd = torch.randn(1, 1, 3, 3, dtype=torch.float64, requires_grad=True)
y = F.interpolate(xd, scale_factor=2, mode='bilinear', align_corners=True)
g, = torch.autograd.grad(y.pow(2).sum(), xd, create_graph=True)
print(g.grad_fn.name(), g.grad_fn.next_functions[0][0].name())
g.sum().backward()
print(xd.grad)
# modules
up = nn.Upsample(scale_factor=2, mode='bilinear')
print(up, nn.Upsample(size=(3, 5)), nn.Upsample(scale_factor=(2, 3)), nn.UpsamplingNearest2d(scale_factor=3), nn.UpsamplingBilinear2d(size=4))
print(up(x)[0, 0, :2], nn.UpsamplingBilinear2d(scale_factor=2)(x)[0, 1, 1], nn.UpsamplingNearest2d(size=(5, 5))(x)[0, 0, 4])
print(F.upsample_bilinear(x, scale_factor=2).grad_fn.name(), F.upsample(x, size=5).shape, F.upsample_nearest(x, scale_factor=2).shape)
print(F.interpolate(x, scale_factor=1.5, recompute_scale_factor=True)[0, 0])
print(F.interpolate(x.detach().double(), size=(1, 1), mode='bicubic'))
print(F.interpolate(torch.randn(0, 2, 3, 3), size=5).shape)
