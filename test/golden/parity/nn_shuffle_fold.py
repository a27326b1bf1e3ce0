import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 8, 2, 3, requires_grad=True)
y = F.pixel_shuffle(x, 2)
print(y.shape, y.grad_fn.name(), y[1, 1])
g, = torch.autograd.grad((y * torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape).cos()).sum(), x, create_graph=True)
print(g[0, 5], g.grad_fn)
z = nn.PixelUnshuffle(2)(y)
print(torch.equal(z, x), z.grad_fn.name())
print(F.pixel_unshuffle(torch.arange(32.).reshape(2, 4, 4), 2)[3], torch.pixel_shuffle(torch.arange(16.).reshape(1, 4, 2, 2), 2))
print(F.pixel_shuffle(torch.randn(3, 1, 4, 2, 2), 2).shape)
c = F.channel_shuffle(x, 4)
print(c.grad_fn, c[0, :, 0, 0], nn.ChannelShuffle(2)(torch.arange(8.).reshape(1, 4, 2)))
try:
    c.sum().backward()
except RuntimeError as e:
    print('RuntimeError:', e)
# unfold / fold
xi = torch.randn(2, 3, 4, 5, requires_grad=True)
u = F.unfold(xi, (2, 3), dilation=(1, 2), padding=1, stride=(2, 1))
print(u.shape, u.grad_fn.name(), u[1, :4])
gu, = torch.autograd.grad((u * torch.arange(u.numel(), dtype=torch.float32).reshape(u.shape).sin()).sum(), xi, create_graph=True)
print(gu[1, 2], gu.grad_fn)
f = F.fold(u, (4, 5), (2, 3), dilation=(1, 2), padding=1, stride=(2, 1))
print(f.shape, f.grad_fn.name(), f[0, 1])
print(nn.Unfold(2)(torch.arange(12.).reshape(1, 3, 4)), nn.Fold((3, 3), 2)(torch.ones(2, 4, 4)))
cols = torch.randn(1, 12, 6, dtype=torch.float64, requires_grad=True)
fo = nn.Fold((3, 4), 2)(cols)
fo.pow(2).sum().backward()
print(fo, cols.grad[0, :3])
print(nn.PixelShuffle(2), nn.PixelUnshuffle(3), nn.ChannelShuffle(2), nn.Fold((4, 5), 2), nn.Unfold(2, dilation=2, padding=1, stride=(1, 2)))
