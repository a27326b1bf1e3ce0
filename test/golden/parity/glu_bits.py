import torch
import hashlib
import math
import struct
import torch.nn.functional as F

# float32 glu and its backward as PyTorch 1.13.1's AVX2 kernels: a·(1/(1 + exp(-b))) with Sleef's expf on the
# 16-element blocks of each run and glibc's expf elsewhere; glu_backward's sigmoid_out, (1-σ)·σ·a·g and σ·g.


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(7)
for shape, dim in (((4000,), 0), ((37, 46), -1), ((38, 46), 0), ((6, 50, 3), 1), ((5, 34), 1), ((3, 2, 17), 1), ((9, 2), 1)):
    x = (torch.randn(*shape) * 6).requires_grad_()
    y = F.glu(x, dim)
    g = torch.randn(y.shape)
    y.backward(g)
    print(shape, dim, digest(y), digest(x.grad), y.grad_fn.name())
x = (torch.randn(46, 37) * 6).t().requires_grad_()
y = F.glu(x, -1)
y.backward(torch.ones_like(y))
print('transposed', digest(y), digest(x.grad))
x = (torch.randn(40, 30) * 6)[:, ::3].requires_grad_()
print('strided', digest(F.glu(x, 0)), digest(F.glu(x, 1)))
print('specials', F.glu(torch.tensor([1., float('inf'), -float('inf'), float('nan'), 2., -100., 100., 0.]), 0))
d = (torch.randn(10, 20, dtype=torch.float64) * 4).requires_grad_()
yd = F.glu(d)
yd.sum().backward()
print('float64', repr(math.fsum(yd.flatten().tolist())), repr(math.fsum(d.grad.flatten().tolist())))
m = torch.nn.GLU()
print(m(torch.arange(8.).reshape(2, 4)))
