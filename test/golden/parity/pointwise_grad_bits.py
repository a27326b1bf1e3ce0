import torch
import math
import torch.nn.functional as F

# Gradients that follow derivatives.yaml's formulas op for op (division: -grad·((self/other)/other)), and
# hardswish / hardsigmoid rounded step by step as 1.13.1's kernels; 17 digits.


def h(name, v):
    values = v.detach().double().flatten().tolist()
    print(name, repr(math.fsum(values)), ' '.join(repr(a) for a in values[:6]))


def g(name, f, inp):
    a = inp.clone().requires_grad_()
    out = f(a)
    h(name, out)
    (out * (torch.rand(out.shape, dtype=out.dtype) - 0.3)).sum().backward()
    h(name + ' grad', a.grad)


torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    x = (torch.randn(16, 33) * 2).to(dt)
    d = (torch.rand(16, 33) + 0.5).to(dt)
    g('a / b (b)', lambda a: x / a, d)
    g('a / b (a)', lambda a: a / d, x)
    g('softsign', F.softsign, x)
    g('cosine_similarity', lambda a: F.cosine_similarity(a, x.flip(0)), x)
    g('hardswish', F.hardswish, x)
    g('hardsigmoid', F.hardsigmoid, x)
    g('reciprocal', torch.reciprocal, d)
    g('rsqrt', torch.rsqrt, d)
    g('sqrt', torch.sqrt, d)
    g('hypot', lambda a: torch.hypot(a, x.flip(1)), x)
    if dt == torch.float32:   # (float64 atan/tan/atanh/log10 values are glibc's, which tnb does not reproduce)
        g('log2', torch.log2, d)
        g('log10', torch.log10, d)
        g('atan', torch.atan, x)
        g('asin', torch.asin, x.tanh())
        g('acos', torch.acos, x.tanh())
        g('tan', torch.tan, x * 0.3)
        g('atanh', torch.atanh, x.tanh() * 0.9)
a = (torch.rand(40, dtype=torch.float64) + 0.5).requires_grad_()
torch.log10(a).backward(torch.ones(40, dtype=torch.float64))
h('float64 log10 grad', a.grad)
