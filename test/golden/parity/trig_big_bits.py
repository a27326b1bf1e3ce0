import torch
import hashlib
import math
import struct

# float32 sin/cos/tan as PyTorch 1.13.1's vml map runs Sleef's sinf8/cosf8/tanf8_u10: 8 elements at a time, a group
# with any |x| >= 125 (or NaN/inf) reduced for all of its lanes by Payne–Hanek (rempif); grads through the same.


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(9)
big = torch.cat([torch.randn(2000) * 1e3, torch.randn(2000) * 1e6, torch.randn(1000) * 1e30, torch.randn(1000) * 200])
mixed = torch.randn(5000) * 100
sp = torch.tensor([125., -125., 124.99, 1e38, -3e38, float('inf'), float('nan'), 0., -0., 1e-40, 3.14159265, 1e10])
for fn in (torch.sin, torch.cos, torch.tan):
    print(fn.__name__, digest(fn(big)), digest(fn(mixed)), digest(fn(sp)), digest(fn(torch.cat([mixed[:13], big[:13]]))))
    print(' ', fn(torch.tensor([130., -1e5, 0.5, 7.])))
x = (torch.randn(100) * 300).requires_grad_()
(torch.sin(x) + torch.cos(x) * 2).sum().backward()
print('grad', digest(x.grad))
