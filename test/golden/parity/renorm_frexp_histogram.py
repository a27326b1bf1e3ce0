import torch
# renorm / renorm_ (RenormBackward0), frexp (FrexpBackward0, int32 exponent), histogram (NotImplemented node)
torch.set_printoptions(precision=8)
x = torch.tensor([[1., 2, 3], [4, 5, 6], [-7, 8, 0.5]], requires_grad=True)
y = torch.renorm(x, 2, 0, 5)
print(y, y.grad_fn.name())
y.backward(torch.tensor([[1., -2, 0.5], [3, 1, 1], [0.25, -1, 2]]))
print(x.grad)
xd = x.detach().double().requires_grad_()
for p, dim, mx in [(1, 1, 6.0), (3, 0, 4.0), (float("inf"), 0, 3.0), (2, -1, 100.0), (2, 1, 2.0)]:
    r = xd.renorm(p, dim, mx)
    r.sum().backward()
    print(p, dim, mx, r.tolist(), xd.grad.tolist())
    xd.grad = None
z = x.detach().clone()
print(z.renorm_(2, 1, 5), z)
print(torch.ones(2, 3, dtype=torch.float16).renorm(2, 0, 1), torch.ones(2, 2, dtype=torch.bfloat16).renorm(2, 1, 1))
print(torch.arange(24.).reshape(2, 3, 4).renorm(2, 1, 20.0))
leaf = torch.ones(2, 2, requires_grad=True).clone()
print(leaf.renorm_(2, 0, 1).grad_fn.name())

m, e = torch.frexp(torch.tensor([0., 1., -3.5, 1e-40, float('inf'), float('nan'), 1024., 0.75, -0.0, 3e38]))
print(m, e)
r = torch.frexp(torch.tensor([3., 5e-324, 1.5e300, -7.25], dtype=torch.float64))
print(r, r.mantissa.dtype, r.exponent.dtype, type(r).__name__)
a = torch.tensor([1.5, 40., -0.1], requires_grad=True)
fm = torch.frexp(a)
print(fm.mantissa.grad_fn.name(), fm.exponent.requires_grad)
(fm.mantissa * torch.tensor([1., 2., 3.])).sum().backward()
print(a.grad)
print(torch.tensor([2.]).frexp(), torch.frexp(torch.tensor([6.], dtype=torch.float16)))

v = torch.tensor([1., 2, 1, 2.5, 4, -1, 0.3, 1.5, 2.75])
print(torch.histogram(v, 4))
print(torch.histogram(v, 3, range=(0., 3.), weight=torch.ones(9) * 0.5, density=True))
print(torch.histogram(v, torch.tensor([0., 1, 3, 5])))
print(torch.histogram(v.double(), bins=5, density=True))
print(v.histogram(2), torch.histogram(torch.tensor([3., 3.]), 2), torch.histogram(torch.tensor([]), 3))
print(torch.histogram(torch.tensor([0.1, 0.2, 0.3, 0.7, 0.9, 1.0]), 10), torch.histogram(torch.linspace(-2, 3, 40) ** 2, 20))
print(torch.linspace(0.1, 1.0, 11), torch.linspace(-1.7, 2.9, 33, dtype=torch.float64))
print(torch.histogram(v, torch.tensor([2., 1.])), torch.histogram(v, bins=torch.tensor([-1., 0.3, 2.5]), weight=torch.arange(9.)))
h = torch.histogram(v, 4)
print(h.hist, h.bin_edges, type(h).__name__)
g = torch.tensor([1., 2.], requires_grad=True)
hg = torch.histogram(g, 2)
print(hg.hist.requires_grad, hg.bin_edges.requires_grad)
try:
    hg.hist.sum().backward()
except Exception as ex:
    print(type(ex).__name__, ex)
for f in [lambda: x.renorm(2, 0, -1), lambda: x.renorm(-1, 0, 1), lambda: x.renorm(2, 5, 1), lambda: torch.tensor([1., 2]).renorm(2, 0, 1),
          lambda: torch.tensor([[1, 2], [3, 4]]).renorm(2, 0, 1), lambda: torch.ones(2, 2).renorm(2, 0, float('nan')),
          lambda: torch.frexp(torch.tensor([1, 2])),
          lambda: torch.histogram(torch.tensor([1, 2]), 2), lambda: torch.histogram(v, 0), lambda: torch.histogram(v, 2, range=(3., 1.)),
          lambda: torch.histogram(torch.tensor([1., float('inf')]), 2), lambda: torch.histogram(v, torch.tensor([[0., 1]])),
          lambda: torch.histogram(v, torch.tensor([0., 1], dtype=torch.float64)), lambda: torch.histogram(v, 2, weight=torch.ones(3)),
          lambda: torch.histogram(torch.tensor([1., 2.]).half(), 2), lambda: torch.histogram(v, 2, range=(0., float('nan'))),
          lambda: torch.histogram(v, 2, weight=torch.ones(9).double())]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
