import torch
import hashlib
import math
import struct

# float32 lgamma (Sleef's lgammaf on every element), digamma, polygamma(1) and erfinv as PyTorch 1.13.1's kernels:
# ATen's calc_digamma / trigamma / calc_erfinv in float (FMA-contracted as the AVX2 build compiles them) over glibc's logf, sinf, erff and expf; grads.


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(2)
x = torch.cat([torch.randn(3000) * 5, torch.rand(1000) * 100, -torch.rand(500) * 10,
               torch.tensor([0., -0., 1., 2., -1., 10., float('inf'), -float('inf'), float('nan'), 1e-30, 1e30, -2.5, 1e18])])
u = torch.cat([torch.rand(3000) * 2 - 1, torch.tensor([1., -1., 0., -0., 0.999999, -0.9999, 0.7, -0.7, 1.5, float('nan')])])
print('lgamma', digest(torch.lgamma(x)), digest(torch.lgamma(x[::3])), digest(torch.special.gammaln(x[1:])))
print('mvlgamma', digest(torch.mvlgamma(x.abs()[:1000] + 2, 3)))
print('digamma', digest(torch.digamma(x)), digest(torch.special.psi(x[::2])))
print('trigamma', digest(torch.polygamma(1, x)), digest(torch.special.polygamma(1, x[1::3])))
print('erfinv', digest(torch.erfinv(u)), digest(torch.special.erfinv(u[::2])))
xr = x[:300].abs().add(0.1).requires_grad_()
torch.digamma(xr).sum().backward()
print('digamma grad', digest(xr.grad))
xr = x[300:600].clone().requires_grad_()
torch.lgamma(xr).sum().backward()
print('lgamma grad', digest(xr.grad))
ur = u[:300].clone().requires_grad_()
torch.erfinv(ur).sum().backward()
print('erfinv grad', digest(ur.grad))
d = torch.cat([torch.rand(2000, dtype=torch.float64) * 2 - 1, torch.tensor([0.999999999, -0.7, 0.7, 1.0, -1.0], dtype=torch.float64)])
print('erfinv float64', hashlib.sha256(struct.pack('<%dd' % d.numel(), *torch.erfinv(d).tolist())).hexdigest()[:16])
l = torch.cat([torch.randn(3000, dtype=torch.float64) * 20, torch.rand(500, dtype=torch.float64) * 1e6, torch.tensor([0.5, -0.5, 1e-300, 1e300, -7.5], dtype=torch.float64)])
print('lgamma float64', hashlib.sha256(struct.pack('<%dd' % l.numel(), *torch.lgamma(l).tolist())).hexdigest()[:16], torch.lgamma(l[:3]).tolist())
print('mvlgamma float64', torch.mvlgamma(l[:5].abs() + 3, 4).tolist())
