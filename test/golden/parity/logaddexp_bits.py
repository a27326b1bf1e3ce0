import torch
import hashlib
import math
import struct

# float32 exp2 (glibc's exp2f everywhere), logaddexp / logaddexp2 (Sleef's expf/logf or powf/log2f on 16-element
# blocks of a run, glibc's on the rest) as PyTorch 1.13.1's AVX2 kernels; strided and broadcast layouts; grads.


def digest(t):
    v = t.flatten().tolist()
    raw = b''.join(struct.pack('<f', x) if not math.isnan(x) else b'NaN!' for x in v)
    return f'{hashlib.sha256(raw).hexdigest()[:16]} {v[:3]}'


torch.manual_seed(3)
specials = torch.tensor([0., -0., 1., -1., float('inf'), -float('inf'), float('nan'), 1e-45, 1e-38, 3e38, -2., 0.5,
                         -0.5, 2.0, 127.9, -149.5, 128., -150., 88.7, -103.])
xs = torch.cat([specials, torch.randn(2000) * 20, torch.rand(2000) * 1e-3, torch.randn(1000) * 100, torch.randn(3)])
print('exp2', digest(torch.exp2(xs)), digest(torch.exp2(xs[::3])), digest(torch.special.exp2(xs[5:])))
ys = torch.cat([specials.flip(0), torch.randn(5003) * 20])
for fn in (torch.logaddexp, torch.logaddexp2):
    print(fn.__name__, digest(fn(xs, ys)), digest(fn(ys, xs)), digest(fn(xs[1:], ys[:-1])), digest(fn(xs[::2], ys[::2])))
    m = torch.randn(37, 19) * 4
    n = torch.randn(37, 19) * 4
    print(' layouts', digest(fn(m.t(), n.t())), digest(fn(m, n.t().contiguous().t())), digest(fn(m, n[0])),
          digest(fn(m, torch.tensor(0.5))), digest(fn(m[:, 3:], n[:, 3:])), digest(fn(m[:, :1], n)))
    for k in (1, 5, 15, 16, 17, 31, 33, 47):
        print(' ', k, digest(fn(torch.randn(k) * 3, torch.randn(k) * 3)))
    inf = float('inf')
    print(' specials', fn(torch.tensor([inf, -inf, inf, -inf, 1., float('nan'), 3.]), torch.tensor([inf, -inf, -inf, 2., -inf, 1., float('nan')])))
    a = (torch.randn(40) * 3).requires_grad_()
    b = (torch.randn(40) * 3).requires_grad_()
    fn(a, b).sum().backward()
    print(' grad', digest(a.grad), digest(b.grad))
    d = torch.randn(30, dtype=torch.float64) * 5
    e = torch.randn(30, dtype=torch.float64) * 5
    print(' float64', fn(d, e).tolist()[:6], repr(math.fsum(fn(d, e).tolist())))
x = (torch.randn(50) * 4).requires_grad_()
torch.exp2(x).sum().backward()
print('exp2 grad', digest(x.grad), torch.exp2(torch.tensor([1.5, -3.25], dtype=torch.float64)).tolist())
