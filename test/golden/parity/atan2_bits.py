import torch
import hashlib
import math
import struct

# float32 atan2 as PyTorch 1.13.1's AVX2 kernel: Sleef's atan2f on the 16-element blocks of a run (contiguous or a
# broadcast number), glibc's atan2f elsewhere; strided/broadcast layouts, specials, gradients (atan2_backward).


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(5)
inf, nan = float('inf'), float('nan')
sp = torch.tensor([0., -0., 1., -1., inf, -inf, nan, 1e-45, -1e-45, 1e-39, 3e38, -3e38, 2., 0.5, -0.5, 1e30, -1e-30])
ys = torch.cat([sp.repeat_interleave(17), torch.randn(3000) * 5, torch.randn(2000) * 1e-3, torch.randn(1000) * 1e4])
xs = torch.cat([sp.repeat(17), torch.randn(3000) * 5, torch.randn(2000) * 1e3, torch.randn(1000) * 1e-4])
print('atan2', digest(torch.atan2(ys, xs)), digest(torch.atan2(xs, ys)), digest(torch.atan2(ys[1:], xs[:-1])))
print('strided', digest(torch.atan2(ys[::2], xs[::2])), digest(torch.arctan2(ys[1::3], xs[1::3])))
m = torch.randn(37, 19) * 3
n = torch.randn(37, 19) * 3
print('layouts', digest(torch.atan2(m.t(), n.t())), digest(torch.atan2(m, n.t().contiguous().t())), digest(torch.atan2(m, n[0])),
      digest(torch.atan2(m, torch.tensor(0.5))), digest(torch.atan2(m[:, 3:], n[:, 3:])), digest(torch.atan2(m[:, :1], n)))
for k in (1, 5, 15, 16, 17, 31, 33, 47):
    print(k, digest(torch.atan2(torch.randn(k), torch.randn(k))))
a = (torch.randn(60) * 3).requires_grad_()
b = (torch.randn(60) * 3).requires_grad_()
torch.atan2(a, b).sum().backward()
print('grad', digest(a.grad), digest(b.grad))
c = torch.randn(40) * 2
c.atan2_(torch.randn(40))
print('inplace', digest(c))
d = torch.randn(30, dtype=torch.float64)
print('float64', repr(math.fsum(torch.atan2(d, d.flip(0)).tolist())))
