import torch
import math

# addcmul (one fused multiply-add, as 1.13.1's AVX2 build) and addcdiv, their in-place forms and gradients, to the bit.
torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    for n in (1000, 7, (5, 33)):
        sh = n if isinstance(n, tuple) else (n,)
        s, a, b = torch.randn(*sh, dtype=dt), torch.randn(*sh, dtype=dt), torch.randn(*sh, dtype=dt)
        for v in (0.5, 0.3, 1, -2.7):
            r = torch.addcmul(s, a, b, value=v); q = torch.addcdiv(s, a, b, value=v)
            print(dt, sh, v, repr(math.fsum(r.double().flatten().tolist())), repr(math.fsum(q.double().flatten().tolist())), r.flatten()[:3].tolist())
        r = torch.addcmul(s[:1], a, b.t() if b.dim() == 2 else b, value=0.5) if len(sh) == 1 else torch.addcmul(s[:, :1], a, b, value=0.5)
        print('bc', repr(math.fsum(r.double().flatten().tolist())))
        s2 = s.clone(); s2.addcmul_(a, b, value=0.25); print('inplace', repr(math.fsum(s2.double().flatten().tolist())))
        sg = s.clone().requires_grad_(); ag = a.clone().requires_grad_(); torch.addcmul(sg, ag, b, value=0.3).pow(2).sum().backward(); print('grad', repr(math.fsum(ag.grad.double().flatten().tolist())), torch.addcmul(sg, ag, b).grad_fn.name())
for dt in (torch.float32, torch.float64):
    s, a, b = torch.randn(50, dtype=dt), torch.randn(50, dtype=dt), torch.rand(50, dtype=dt) + 0.5
    ag, bg = a.clone().requires_grad_(), b.clone().requires_grad_()
    torch.addcdiv(s, ag, bg, value=0.37).pow(2).sum().backward()
    print('addcdiv grads', repr(math.fsum(ag.grad.double().tolist())), repr(math.fsum(bg.grad.double().tolist())))
    ag, bg = a.clone().requires_grad_(), b.clone().requires_grad_()
    torch.addcmul(s, ag, bg, value=0.37).pow(2).sum().backward()
    print('addcmul grads', repr(math.fsum(ag.grad.double().tolist())), repr(math.fsum(bg.grad.double().tolist())))
