import torch
import math
import torch.nn.functional as F

# The gradients of mse_loss, huber_loss and smooth_l1_loss as 1.13.1's backward kernels compute them (the vector
# lambda on 16-float / 8-double blocks, the scalar lambda on the rest), for every reduction.


def h(name, v):
    values = v.detach().double().flatten().tolist()
    print(name, repr(math.fsum(values)), ' '.join(repr(a) for a in values[:24]))


torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    for n in ((16, 33), (5,), (7, 9, 3), (100,)):
        x = (torch.randn(*n) * 2).to(dt)
        y = torch.rand(*n).to(dt)
        for red in ('mean', 'sum', 'none'):
            for name, f in (('mse', lambda a, b: F.mse_loss(a, b, reduction=red)),
                            ('huber', lambda a, b: F.huber_loss(a, b, reduction=red, delta=0.7)),
                            ('smooth_l1', lambda a, b: F.smooth_l1_loss(a, b, reduction=red, beta=0.6)),
                            ('smooth_l1 beta=0', lambda a, b: F.smooth_l1_loss(a, b, reduction=red, beta=0.0))):
                a = x.clone().requires_grad_()
                b = y.clone().requires_grad_()
                out = f(a, b)
                (out.sum() if red != 'none' else (out * (torch.rand(out.shape, dtype=dt) - 0.3)).sum()).backward()
                h(f'{str(dt)[6:]} {n} {red} {name}', out)
                h('  input grad', a.grad)
                h('  target grad', b.grad)
