import torch
import hashlib
import math
import struct

# float32 xlogy / xlog1py (glibc's logf / log1pf at every position) and sinc (glibc's sinf of π·x in float) as
# PyTorch 1.13.1's cpu_kernel lambdas compute them, with their gradients; strided inputs.


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(11)
x = torch.randn(6000) * 10
y = torch.cat([torch.rand(3000) * 100, torch.randn(3000).abs() * 1e-3])
sp = torch.tensor([0., -0., 1., -1., float('inf'), -float('inf'), float('nan'), 1e-45, 3e38, 2.])
print('xlogy', digest(torch.xlogy(x, y)), digest(torch.xlogy(x[::2], y[1::2])), digest(torch.xlogy(sp, sp.flip(0))))
print('xlog1py', digest(torch.special.xlog1py(x, y - 0.5)), digest(torch.special.xlog1py(x, y * 1e-3)), digest(torch.special.xlog1py(sp, sp.flip(0))))
print('scalar', digest(torch.xlogy(2.5, y)), digest(torch.xlogy(x, 3.0)), digest(torch.special.xlog1py(x, 0.25)))
a = (torch.randn(50) * 3).requires_grad_()
b = (torch.rand(50) * 5).requires_grad_()
(torch.xlogy(a, b) + torch.special.xlog1py(a, b)).sum().backward()
print('grads', digest(a.grad), digest(b.grad))
s = torch.cat([sp, torch.randn(4000) * 3, torch.randn(2000) * 60, torch.randn(1000) * 1e4, torch.rand(100) * 1e-4])
print('sinc', digest(torch.sinc(s)), digest(torch.sinc(s[::3])), digest(torch.special.sinc(s.reshape(-1, 10).t())))
t = (torch.randn(64) * 4).requires_grad_()
torch.sinc(t).sum().backward()
print('sinc grad', digest(t.grad))
t0 = torch.tensor([0., 1., 0.5], requires_grad=True)
torch.sinc(t0).sum().backward()
print(t0.grad)
d = torch.randn(20, dtype=torch.float64) * 3
print('float64', torch.sinc(d).tolist()[:5], torch.xlogy(d, d.abs()).tolist()[:5])
