import torch
# quantile / nanquantile (all interpolations, q as number or tensor, dims, keepdim, NaN) with PyTorch's graph and
# gradients; lerp / lerp_ values (PyTorch's formula switches at weight 0.5), nodes, gradients and errors.
import struct


def chain(f, depth=0):
    if f is None or depth > 9:
        return
    print('  ' * depth + type(f).__name__)
    for g, _ in f.next_functions:
        chain(g, depth + 1)


torch.manual_seed(0)
x = torch.randn(3, 5, requires_grad=True)
for interp in ('linear', 'lower', 'higher', 'midpoint', 'nearest'):
    print(interp, torch.quantile(x, 0.3, interpolation=interp), x.quantile(0.6, 1, interpolation=interp),
          torch.quantile(x, torch.tensor([0.1, 0.5, 0.95]), dim=0, keepdim=True, interpolation=interp), sep='\n')
q = torch.quantile(x, torch.tensor([0.25, 0.8]), dim=1)
chain(q.grad_fn)
q.sum().backward()
print(x.grad)
x.grad = None
q = x.t().quantile(0.4, dim=0, keepdim=True)
chain(q.grad_fn)
(q * 2).sum().backward()
print(x.grad)

nan = float('nan')
y = torch.tensor([[1., nan, 3., 2.], [nan, nan, nan, nan], [4., 3., nan, 1.]], dtype=torch.float64)
print(y.quantile(0.5, 1), y.nanquantile(0.5, 1), y.nanquantile(torch.tensor([0., 1.], dtype=torch.float64), 1, True),
      torch.nanquantile(y, 0.5), torch.tensor(2.).quantile(0.3), torch.tensor(2.).quantile(torch.tensor([0.3]), dim=0), sep='\n')
print(torch.tensor([0.1, 0.7, 0.2]).quantile(0.30000000000000004))
for bad in (lambda: torch.tensor([1, 2]).quantile(0.5), lambda: torch.tensor([1., 2.]).quantile(1.5),
            lambda: torch.tensor([1., 2.]).quantile(-1e-7), lambda: torch.tensor([1., 2.]).quantile(torch.tensor([0.5], dtype=torch.float64)),
            lambda: torch.tensor([1., 2.]).quantile(0.5, interpolation='foo'), lambda: torch.tensor([]).quantile(0.5),
            lambda: torch.tensor([[1., 2.]]).quantile(torch.tensor([[0.5]])), lambda: torch.tensor([1., 2.]).quantile(torch.tensor([0.5, 2.])),
            lambda: torch.tensor([1., 2.]).quantile(0.5, dim=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

a = torch.randn(1000)
b = torch.randn(1000)


def bits(t):   # every value's exact bits, folded into one number
    return sum(struct.unpack('I', struct.pack('f', v))[0] * (i + 1) for i, v in enumerate(t.tolist())) % 1000003


for w in (0.3, 0.5, 0.7, -0.7, 1.3, 2):
    r = torch.lerp(a, b, w)
    print(w, r[:4], bits(r))
wt = torch.rand(1000) * 3 - 1
print(bits(torch.lerp(a, b, wt)), torch.lerp(a.double(), b.double(), 1 / 3)[:3])
s = torch.tensor([1., 2.], requires_grad=True)
e = torch.tensor([[3.], [5.]], requires_grad=True)
wt = torch.tensor([0.25, 0.75], requires_grad=True)
r = torch.lerp(s, e, 0.3)
print(r, r.grad_fn)
r.sum().backward()
print(s.grad, e.grad)
r = s.lerp(e, wt)
print(r, r.grad_fn)
r.sum().backward()
print(s.grad, e.grad, wt.grad)
t = s * 1
t.lerp_(torch.tensor([3., 4.]), 0.5)
print(t, t.grad_fn)
for bad in (lambda: torch.lerp(torch.tensor([1, 2]), torch.tensor([3, 4]), 0.5),
            lambda: torch.lerp(torch.tensor([1., 2]), torch.tensor([3, 4]), 0.5),
            lambda: torch.lerp(torch.tensor([1., 2]), torch.tensor([3., 4], dtype=torch.float64), 0.5),
            lambda: torch.lerp(torch.tensor([1., 2]), torch.tensor([3., 4]), torch.tensor([0.5], dtype=torch.float64)),
            lambda: torch.tensor([1., 2]).lerp_(torch.tensor([[3.], [4.]]), 0.5),
            lambda: torch.tensor([1., 2]).lerp('x', 0.5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
