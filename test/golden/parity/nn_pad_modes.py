import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x1 = torch.randn(2, 2, 4, requires_grad=True)
x2 = torch.randn(1, 2, 3, 4, requires_grad=True)
x3 = torch.randn(1, 1, 2, 3, 3, dtype=torch.float64, requires_grad=True)
for mode in ['reflect', 'replicate', 'circular']:
    for x, p in [(x1, (2, 1)), (x1, (-1, 3)), (x2, (1, 2, 2, 0)), (x2[0], (3, 0, 1, 1)), (x3, (1, 1, 0, 2, 1, 0))]:
        if mode == 'circular' and x.dim() == 3 and len(p) == 4:
            continue
        y = F.pad(x, p, mode=mode)
        w = torch.arange(y.numel(), dtype=y.dtype).reshape(y.shape).sin()
        g, = torch.autograd.grad((y * w).sum(), x, create_graph=True)
        print(mode, p, y.grad_fn.name(), g.grad_fn.name() if g.grad_fn else None)
        print(y[-1, -1])
        print(g[-1, -1])
print(F.pad(torch.arange(6).reshape(1, 2, 3), (2, 3), mode='circular'))
xd = torch.randn(1, 1, 3, 3, dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(F.pad(xd, (2, 2, 1, 1), mode='reflect').pow(2).sum(), xd, create_graph=True)
g.pow(2).sum().backward()
print(xd.grad)
print(nn.ZeroPad2d(2), nn.ZeroPad2d((1, 2, 3, 4)), nn.ConstantPad1d(2, 3.5), nn.ConstantPad2d((1, 0, 2, 0), -1), nn.ConstantPad3d(1, 0.0))
print(nn.ReflectionPad1d(2), nn.ReflectionPad2d((1, 1, 2, 0)), nn.ReflectionPad3d(1), nn.ReplicationPad1d((3, 1)), nn.ReplicationPad2d(1), nn.ReplicationPad3d((1, 2, 0, 0, 1, 1)))
print(nn.ZeroPad2d((1, 0, 0, 1))(x2)[0, 0], nn.ConstantPad1d((0, 2), -1.5)(x1)[1])
print(nn.ReflectionPad2d(1)(x2)[0, 1], nn.ReplicationPad1d((1, 2))(x1)[0])
print(nn.ReflectionPad3d((1, 0, 0, 1, 1, 1))(x3).shape, nn.ReplicationPad3d(1)(x3)[0, 0, 0])
