import torch
import math

# float32 logit as 1.13.1's logit_kernel: Sleef's logf on 16-element blocks, glibc's logf elsewhere; with eps; grads.
torch.manual_seed(0)
for n in (1000, 7, 33):
    x = torch.rand(n) * 0.98 + 0.01
    for eps in (None, 0.05):
        r = torch.logit(x, eps); print(n, eps, repr(math.fsum(r.double().tolist())), r[:3].tolist())
    xr = x.clone().requires_grad_(); torch.logit(xr).pow(2).sum().backward(); print(' grad', repr(math.fsum(xr.grad.double().tolist())))
print(torch.logit(torch.tensor([0., 1., -0.5, 1.5, 0.5, float('nan')])), torch.logit(torch.tensor([0., 1., 0.5]), 1e-6))
y = (torch.rand(20, 30) * 0.9 + 0.05); print(repr(math.fsum(torch.logit(y.t()).double().flatten().tolist())))
d = torch.rand(50, dtype=torch.float64); print(repr(math.fsum(torch.logit(d).tolist())))
