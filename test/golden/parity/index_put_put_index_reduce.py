import torch
# index_put_(accumulate=True), put_/put, index_reduce/index_reduce_ as PyTorch 1.13.1
x = torch.zeros(3, 4)
i = torch.tensor([0, 2, 0])
j = torch.tensor([1, 1, 1])
print(x.clone().index_put_((i, j), torch.tensor([1., 2., 3.]), accumulate=True))
print(x.clone().index_put_((i,), torch.tensor([1., 2., 3., 4.]), accumulate=True))
print(x.clone().index_put_((i, j), torch.tensor(5.), accumulate=True), x.clone().index_put_([i, j], torch.tensor([1., 2., 3.]), True))
m = torch.tensor([[True, False, False, True], [False] * 4, [True] * 4])
print(x.clone().index_put_((m,), torch.tensor(2.), accumulate=True))
print(torch.zeros(3, dtype=torch.int64).index_put_((i,), torch.tensor([1, 2, 3]), accumulate=True),
      torch.zeros(3, dtype=torch.bool).index_put_((i,), torch.tensor([True, False, True]), accumulate=True))
a = torch.ones(3, 4, requires_grad=True)
v = torch.tensor([1., 2., 3.], requires_grad=True)
w = torch.arange(12.).view(3, 4)
for acc in (True, False):
    y = a.clone().index_put_((i, j), v, accumulate=acc)
    print(y.grad_fn.name())
    (y * w).sum().backward()
    print(a.grad, v.grad)
    a.grad = None
    v.grad = None
print(torch.index_put(a, (i, j), v, True).grad_fn.name(), a.index_put((i, j), v, accumulate=True).grad_fn.name())
f64 = torch.zeros(2, 3, dtype=torch.float64)
print(f64.index_put_((torch.tensor([1, 1, 0]), torch.tensor([2, 2, 0])), torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64), accumulate=True).tolist())

p = torch.arange(6.).view(2, 3)
print(p.clone().put_(torch.tensor([1, -1, 1]), torch.tensor([10., 20., 30.])), p.clone().put_(torch.tensor([1, -1, 1]), torch.tensor([10., 20., 30.]), accumulate=True))
print(torch.put(p, torch.tensor([[0], [4]]), torch.tensor([[7.], [8.]])), p.put(torch.tensor([0]), torch.tensor([9.])))
print(p.t().clone().put_(torch.tensor([1]), torch.tensor([100.])), p.t().put(torch.tensor([1]), torch.tensor([100.]), accumulate=True))
b = torch.ones(2, 3, requires_grad=True)
s = torch.tensor([1., 2., 3.], requires_grad=True)
for acc in (False, True):
    y = b.clone().put_(torch.tensor([0, 4, 0]), s, accumulate=acc)
    print(y.grad_fn.name())
    (y * torch.arange(6.).view(2, 3)).sum().backward()
    print(b.grad, s.grad)
    b.grad = None
    s.grad = None
print(torch.put(b, torch.tensor([1]), s[:1]).grad_fn.name())

xr = torch.tensor([[1., 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]])
idx = torch.tensor([0, 2, 0])
src = torch.tensor([[2., 3, 4], [5, 6, 7], [0.5, -1, 2]])
for r in ['prod', 'mean', 'amax', 'amin']:
    for inc in [True, False]:
        print(r, inc, xr.index_reduce(0, idx, src, r, include_self=inc).tolist())
print(xr.clone().index_reduce_(1, torch.tensor([1, 1]), torch.ones(4, 2) * 3, 'mean'))
print(torch.index_reduce(xr, 0, idx, src, 'amax'), torch.index_reduce(xr.double(), 0, idx.int(), src.double(), 'prod', include_self=False))
xi = torch.tensor([[1, 2], [-3, 4]])
print(xi.index_reduce(0, torch.tensor([0, 0]), torch.tensor([[5, 6], [7, 9]]), 'mean'),
      xi.index_reduce(0, torch.tensor([1, 1]), torch.tensor([[5, 6], [7, 9]]), 'mean', include_self=False),
      xi.index_reduce(0, torch.tensor([1]), torch.tensor([[5, 6]]), 'amin', include_self=False))
print(torch.tensor([1., float('nan'), 3.]).index_reduce(0, torch.tensor([2, 0]), torch.tensor([float('nan'), 2.]), 'amax'))
ar = xr.clone().requires_grad_()
sr = src.clone().requires_grad_()
for r in ['prod', 'mean', 'amax', 'amin']:
    for inc in (True, False):
        y = ar.index_reduce(0, idx, sr, r, include_self=inc)
        print(r, inc, y.grad_fn.name())
        y.backward(torch.arange(12.).view(4, 3))
        print(ar.grad.tolist(), sr.grad.tolist())
        ar.grad = None
        sr.grad = None
z = torch.tensor([[0., 2.], [3., 0.]], requires_grad=True)
zs = torch.tensor([[0., 5.], [2., 0.], [4., 1.]], requires_grad=True)
y = z.index_reduce(0, torch.tensor([0, 1, 0]), zs, 'prod')
y.backward(torch.ones(2, 2))
print(y, z.grad, zs.grad)
for f in [lambda: xr.index_reduce(0, idx, src, 'sum'), lambda: xr.index_reduce(0, idx.float(), src, 'prod'),
          lambda: xr.index_reduce(0, torch.tensor([0, 5, 0]), src, 'prod'), lambda: xr.index_reduce(0, idx, src.double(), 'prod'),
          lambda: xr.index_reduce(0, idx, src[:2], 'prod'), lambda: xr.index_reduce(3, idx, src, 'prod'),
          lambda: xr.index_reduce(0, torch.tensor([[0]]), src, 'prod'),
          lambda: x.clone().index_put_((i, j), torch.tensor([1., 2., 3.], dtype=torch.float64), accumulate=True),
          lambda: x.clone().index_put_((i, j), torch.tensor([1., 2.]), accumulate=True),
          lambda: x.clone().index_put_((torch.tensor([5]),), torch.tensor([1.]), accumulate=True),
          lambda: x.clone().index_put_((i, j), torch.tensor([1., 2., 3.], dtype=torch.float64)),
          lambda: x.clone().index_put_((i.float(),), torch.tensor([1.]), accumulate=True),
          lambda: x.clone().index_put_((i, None), torch.tensor([1.]), accumulate=True),
          lambda: x.index_put_((i,), 1.0), lambda: x.index_put_(i, torch.tensor(1.)),
          lambda: p.clone().put_(torch.tensor([1, 2]), torch.tensor([1.])), lambda: p.clone().put_(torch.tensor([6]), torch.tensor([1.])),
          lambda: p.clone().put_(torch.tensor([-7]), torch.tensor([1.])), lambda: p.clone().put_(torch.tensor([1.]), torch.tensor([1.])),
          lambda: p.clone().put_(torch.tensor([1]), torch.tensor([1.], dtype=torch.float64)),
          lambda: p.clone().put_(torch.tensor([1], dtype=torch.int32), torch.tensor([1.])),
          lambda: torch.zeros(0).put_(torch.tensor([0]), torch.tensor([1.])), lambda: p.clone().put_(torch.tensor([1]), 5.0),
          lambda: torch.ones(3, requires_grad=True).put_(torch.tensor([5]), torch.tensor([1.])),
          lambda: torch.ones(3, requires_grad=True).index_reduce_(0, torch.tensor([0]), torch.tensor([1.]), 'sum'),
          lambda: torch.ones(3, requires_grad=True).index_put_((torch.tensor([0]),), torch.tensor([1.]), accumulate=True),
          lambda: torch.ones(3, requires_grad=True).renorm_(2, 0, 1), lambda: torch.ones(3, requires_grad=True).igamma_(torch.ones(3))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
