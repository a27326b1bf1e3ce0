import torch
import hashlib
import math
import struct

# float32 pow as PyTorch 1.13.1's AVX2 kernels compute it: Sleef's powf in 16-element blocks of a contiguous run,
# std::pow for the rest; 2, 3, -2 as products, 0.5 / -0.5 / -1 as sqrt / rsqrt / reciprocal. Bits hashed.


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(1)
specials = torch.tensor([0., -0., 1., -1., float('inf'), -float('inf'), float('nan'), 1e-45, 1e-38, 3e38, -2., 0.5,
                         -0.5, 2.0, 1e-10, 65504.])
xs = torch.cat([specials, torch.randn(300) * 5, torch.rand(300) * 1e-3, torch.rand(100) * 1e4, -torch.rand(50) * 3])
for e in (2.5, -1.5, 0.3333, 7, -7, 1e-3, 40, -40, 0.0, 1.0, 0.5, 3, -2, 2, -1, -0.5, 123456789.0, -0.75,
          float('inf'), -float('inf'), float('nan')):
    print('x **', e, digest(xs ** e))
ys = torch.cat([torch.tensor([0., -0., 1., -1., float('inf'), -float('inf'), float('nan'), 2., 3., -3., 0.5, 1e10,
                              -1e10, 25., 16777217., 33554432.]), torch.randn(750) * 4])
print('pow(x, y)', digest(torch.pow(xs, ys)))
print('2.5 ** y', digest(2.5 ** ys), digest((-2.0) ** ys), digest(0.0 ** ys), digest(torch.pow(10, ys)))
m = torch.rand(37, 19) * 3
print('layouts', digest(m.t() ** 1.7), digest(m[:, ::2] ** 1.7), digest(m.t().pow(m.t())))
for n in (1, 5, 15, 16, 17, 31, 33):
    print(n, digest(torch.rand(n) ** 2.2))
a = (torch.rand(40) * 3).requires_grad_()
(a ** 2.5).sum().backward()
print('grad', digest(a.grad))
x = (torch.rand(20, dtype=torch.float64) * 3)
print('float64', (x ** 3).tolist()[:4], (x ** -2).tolist()[:4], (x ** 0.5).tolist()[:4])
