import torch
import hashlib
# add / sub / rsub with alpha are one fused multiply-add per element (ATen's ufunc::add: vec::fmadd(other, alpha,
# self), and its scalar tail contracted alike), in and out of place, broadcast and strided; index_add with alpha adds
# slice by slice through the same kernel when self has 2+ dims, and rounds alpha·source first in 1-d. (Not pinned
# here: where one operand is a scalar or broadcast along the inner loop, the elements after the last 16-element
# vector block come out of GCC's compiled scalar loop, mostly unfused; tnb fuses them.)
torch.manual_seed(0)


def h(t):
    return hashlib.sha256(repr(t.tolist()).encode()).hexdigest()[:16]


for dt in (torch.float32, torch.float64):
    a = torch.randn(10007, dtype=dt)
    b = torch.randn(10007, dtype=dt)
    m = torch.randn(37, 45, dtype=dt)
    for alpha in (0.3, 2.5, -1.7, 1e-3):
        print(dt, alpha, h(torch.add(a, b, alpha=alpha)), h(torch.sub(a, b, alpha=alpha)), h(a.clone().add_(b, alpha=alpha)),
              h(a.clone().sub_(b, alpha=alpha)), h(torch.add(m, m[0], alpha=alpha)), h(torch.add(m, m.t().t(), alpha=alpha)),
              h(torch.add(m.t(), m.t() * 2, alpha=alpha)), h(torch.rsub(a, b, alpha=alpha)), h(torch.rsub(a, 1.25, alpha=alpha)))
    print(repr(torch.add(torch.tensor(1.0, dtype=dt), torch.tensor(0.1, dtype=dt), alpha=0.3).item()))
    x = torch.zeros(50, 7, dtype=dt)
    src = torch.randn(20, 7, dtype=dt)
    idx = torch.randint(0, 50, (20,))
    print(h(x.index_add(0, idx, src, alpha=0.3)), h(x.t().index_add(1, idx, src.t(), alpha=-2.3)))
    y = torch.randn(50, dtype=dt)
    print(h(y.index_add(0, idx, src[:, 0], alpha=0.3)))
# integer alpha on integer tensors stays exact
print(torch.add(torch.tensor([1, 2, 3]), torch.tensor([4, 5, 6]), alpha=3).tolist())
# torch.rsub(input, other, alpha): other - alpha * input, RsubBackward0 for a tensor other
x = torch.tensor([1., 2.], requires_grad=True)
y = torch.rsub(x, torch.tensor([10., 20.]), alpha=3)
y.sum().backward()
print(y, x.grad, torch.rsub(x.detach(), 5, alpha=2), torch.rsub(x.detach(), 5, 3))
# autograd: gradients of add/sub with alpha
p = torch.randn(5, requires_grad=True)
q = torch.randn(5, requires_grad=True)
(torch.add(p, q, alpha=0.3) * torch.sub(p, q, alpha=1.7)).sum().backward()
print([repr(v) for v in p.grad.tolist()], [repr(v) for v in q.grad.tolist()])
# alpha is positional only with a Number other: (Tensor input, Tensor other, *, Number alpha)
try:
    torch.rsub(torch.tensor([1., 2.]), torch.tensor([10., 20.]), 2)
except TypeError as e:
    print(e)
# rsub keeps sub's checks and promotion
for args, kw in [((torch.tensor([True, False]), torch.tensor([True, True])), {}), ((torch.tensor([1, 2]), torch.tensor([1.5, 2.5])), {'alpha': 2}),
                 ((torch.tensor([1.5, 2.5]).half(), torch.tensor([1.5, 2.5]).half()), {'alpha': 0.3})]:
    try:
        r = torch.rsub(*args, **kw)
        print(r, r.dtype)
    except RuntimeError as e:
        print('RuntimeError', e)
