import torch
# xlogy, hypot, logaddexp, logaddexp2, copysign, nextafter, heaviside, ldexp, float_power: broadcasting, Python
# numbers on either side, dtype promotion, edge values, grad_fn names, gradients, in-place forms, errors

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

nan, inf = float('nan'), float('inf')
a = torch.tensor([0.0, 0.0, 1.0, nan, 0.0, -2.0, 3.0, inf, -inf, 1e-30])
b = torch.tensor([0.0, nan, 0.0, 1.0, inf, 0.5, -1.0, inf, inf, 1e30])
for dt in (torch.float32, torch.float64):
    x, y = a.to(dt), b.to(dt)
    print(dt, 'xlogy', torch.xlogy(x, y))
    print(dt, 'xlog1py', torch.special.xlog1py(x, y))
    print(dt, 'hypot', torch.hypot(x, y))
    print(dt, 'logaddexp', torch.logaddexp(x, y), torch.logaddexp2(x, y))
    print(dt, 'copysign', torch.copysign(x, y), torch.copysign(y, x))
    print(dt, 'heaviside', torch.heaviside(x, y))
    print(dt, 'nextafter', torch.nextafter(x, y))
    print(dt, 'ldexp', torch.ldexp(x, torch.tensor([1, -1, 3, 0, 2, 10, -3, 1, 1, 100])))
    print(dt, 'float_power', torch.float_power(x, y), torch.float_power(x, 2), torch.float_power(2, y))
torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    p = torch.rand(2, 3, dtype=dt) * 10 - 5
    q = torch.rand(3, dtype=dt) * 10 - 5
    print(dt, torch.xlogy(p, q.abs()), torch.hypot(p, q), torch.logaddexp(p, q), torch.logaddexp2(p, q), sep='\n')
    print(torch.xlogy(p.abs(), q.abs()).tolist()[0], torch.hypot(p, q).tolist()[1])
    # (logaddexp goes through SLEEF's exp/log1p in PyTorch: not all digits)
    print([round(v, 12) for v in torch.logaddexp(p.double(), q.double()).tolist()[0]], torch.copysign(p, q).tolist()[1])
    print(torch.nextafter(p, q).tolist()[0], torch.float_power(p.abs(), q).tolist()[1])
nf = torch.nextafter(torch.tensor([1.0, 0.0, -0.0, 1e38]), torch.tensor([2.0, -1.0, 1.0, inf]))
print(nf.tolist(), torch.nextafter(torch.tensor([1.0, 0.0], dtype=torch.float64), torch.tensor([0.0, 1.0], dtype=torch.float64)).tolist())
print(torch.copysign(torch.tensor([1.0, 2.0, 3.0, 4.0]), torch.tensor([-0.0, 0.0, nan, -nan])))
print(torch.signbit(torch.tensor([-0.0, 0.0, nan, -nan, -1.0])))

# Python numbers, promotion
xi = torch.tensor([1, 2, 3])
xf = torch.tensor([0.5, -1.5, 2.0])
show('xlogy(2, xf)', lambda: torch.xlogy(2, xf))
show('xlogy(2.5, xi)', lambda: torch.xlogy(2.5, xi))
show('xlogy(xf, 2)', lambda: torch.xlogy(xf, 2))
show('xlogy(xi, 2)', lambda: torch.xlogy(xi, 2))
show('xlogy(xi, xi)', lambda: torch.xlogy(xi, xi))
show('xlogy(xf, xf.double())', lambda: torch.xlogy(xf, xf.double()))
show('xlogy(True, xf)', lambda: torch.xlogy(torch.tensor([True, False, True]), xf))
show('xlog1py(xi, 2)', lambda: torch.special.xlog1py(xi, 2))
show('xlog1py(2, xf)', lambda: torch.special.xlog1py(2, xf))
show('copysign(xi, -1)', lambda: torch.copysign(xi, -1))
show('copysign(xi, xi)', lambda: torch.copysign(xi, -xi))
show('copysign(xf, -2.5)', lambda: xf.copysign(-2.5))
show('hypot(xi, xi)', lambda: torch.hypot(xi, xi))
show('hypot(xf, xf.double())', lambda: torch.hypot(xf, xf.double()))
show('logaddexp int', lambda: torch.logaddexp(xi, xi))
show('logaddexp2 mixed', lambda: torch.logaddexp2(xf, xf.double()))
show('nextafter int', lambda: torch.nextafter(xi, xi))
show('nextafter mixed', lambda: torch.nextafter(xf, xf.double()))
show('heaviside int', lambda: torch.heaviside(torch.tensor([-1, 0, 4]), torch.tensor([7])))
show('heaviside mixed', lambda: torch.heaviside(xf, xf.double()))
show('heaviside bool', lambda: torch.heaviside(torch.tensor([True, False]), torch.tensor([False, True])))
show('ldexp(xi, xi)', lambda: torch.ldexp(xi, xi))
show('ldexp(xf.double(), xi)', lambda: torch.ldexp(xf.double(), xi))
show('ldexp(xi, xf.double())', lambda: torch.ldexp(xi, xf.double()))
show('float_power(xi, 2)', lambda: torch.float_power(xi, 2))
show('float_power(xi, 0.5)', lambda: torch.float_power(xi, 0.5))
show('float_power(2, xi)', lambda: torch.float_power(2, xi))
show('float_power(xf, xi)', lambda: xf.float_power(xi))
show('float_power(-8, 1/3)', lambda: torch.float_power(torch.tensor([-8.0]), 1 / 3))
show('empty', lambda: torch.xlogy(torch.zeros(0, 2), torch.ones(2)))
show('0-d', lambda: torch.hypot(torch.tensor(3.0), torch.tensor([4.0, 5.0])))
t = torch.arange(1., 7.).reshape(2, 3).t()
print(torch.xlogy(t, t).stride(), torch.hypot(t, torch.ones(3, 1)).stride(), torch.copysign(t, -1).stride())

# gradients
x = torch.tensor([[0.5, -1.2, 2.0], [0.0, 3.0, -0.7]], requires_grad=True)
y = torch.tensor([1.5, 0.4, 2.5], requires_grad=True)
for name, f in [('xlogy', torch.xlogy), ('xlog1py', torch.special.xlog1py), ('hypot', torch.hypot),
                ('logaddexp', torch.logaddexp), ('logaddexp2', torch.logaddexp2), ('copysign', torch.copysign),
                ('ldexp', lambda u, v: torch.ldexp(u, v)), ('float_power', torch.float_power)]:
    r = f(x, y)
    gx, gy = torch.autograd.grad(r.sum(), (x, y), create_graph=True)
    print(name, r.grad_fn, r.dtype, gx, gy, sep='\n')
    # (logaddexp's second derivatives are rounding noise; float_power's goes through pow(Tensor, Tensor))
    if gx.requires_grad and not name.startswith('logaddexp') and name != 'float_power':
        print('  second', torch.autograd.grad(gx.sum() + gy.sum(), (x, y), allow_unused=True))
for name, f in [('xlogy(2, y)', lambda: torch.xlogy(2, y)), ('xlogy(x, 3)', lambda: torch.xlogy(x, 3)),
                ('xlog1py(2, y)', lambda: torch.special.xlog1py(2, y)), ('xlog1py(x, 3)', lambda: torch.special.xlog1py(x, 3)),
                ('copysign(x, -1)', lambda: torch.copysign(x, -1)), ('float_power(x, 2)', lambda: torch.float_power(x, 2)),
                ('float_power(2, y)', lambda: torch.float_power(2, y)), ('zeta(x, 2)', lambda: torch.special.zeta(x + 3, 2.0))]:
    r = f()
    print(name, r.grad_fn, r.grad_fn.next_functions)
    show('  backward', lambda: r.sum().backward())
    print(x.grad, y.grad)
    x.grad = None
    y.grad = None
zq = torch.tensor([1.5, 2.0, 4.0], requires_grad=True)
zr = torch.special.zeta(torch.tensor([2.0, 3.0, 4.5]), zq)
print(zr, torch.special.zeta(2, zq), torch.special.zeta(torch.tensor([2, 3]), torch.tensor([1, 2])), torch.special.zeta(torch.tensor([0.5, 1.0, 2.0]), 0.0))
print(torch.autograd.grad(zr.sum(), zq))
xd = torch.tensor([0.5, 1.5, 2.5], dtype=torch.float64, requires_grad=True)
yd = torch.tensor([0.7, 1.1, 3.0], dtype=torch.float64, requires_grad=True)
print([torch.autograd.gradcheck(f, (xd, yd)) for f in (torch.xlogy, torch.special.xlog1py, torch.hypot, torch.logaddexp,
                                                      torch.logaddexp2, torch.float_power)])
h = torch.heaviside(x, torch.tensor([0.5]))
print(h, h.grad_fn)
show('heaviside backward', lambda: h.sum().backward())
nx = torch.nextafter(x, torch.ones(3))
print(nx.grad_fn)
show('nextafter backward', lambda: nx.sum().backward())
show('zeta backward in x', lambda: torch.special.zeta(x + 3, zq).sum().backward())

# in place
c = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
for name, other in [('xlogy_', torch.tensor([2.0, 3.0])), ('xlogy_', 2), ('hypot_', torch.tensor([3.0])),
                    ('copysign_', torch.tensor([-1.0, 1.0])), ('copysign_', -1), ('nextafter_', torch.tensor(0.0)),
                    ('heaviside_', torch.tensor(0.0)), ('ldexp_', torch.tensor([1, 2])), ('float_power_', 2)]:
    show(name, lambda: getattr(c.clone(), name)(other))
show('float_power_ double', lambda: c.double().float_power_(torch.tensor([2, 3])))
show('xlogy_ int', lambda: xi.clone().xlogy_(2))
show('copysign_ int', lambda: xi.clone().copysign_(-1))
show('ldexp_ int', lambda: xi.clone().ldexp_(xi))
show('xlogy_ broadcast', lambda: torch.ones(3).xlogy_(torch.ones(2, 3)))
show('torch.xlogy_', lambda: torch.xlogy_(c.clone(), 2.0))
show('torch.ldexp_', lambda: torch.ldexp_(c.clone(), torch.tensor(3)))
l = torch.tensor([1.0, 2.0], requires_grad=True)
m = l * 1
m.xlogy_(torch.tensor([2.0, 3.0]))
print(m.grad_fn, torch.autograd.grad(m.sum(), l))
m = l * 1
m.copysign_(-1)
print(m.grad_fn, torch.autograd.grad(m.sum(), l))

# argument errors
show('hypot number', lambda: torch.hypot(xf, 2))
show('hypot method number', lambda: xf.hypot(2))
show('logaddexp number', lambda: torch.logaddexp(xf, 2))
show('logaddexp method', lambda: xf.logaddexp(2))
show('nextafter number', lambda: torch.nextafter(xf, 2))
show('heaviside number', lambda: torch.heaviside(xf, 0.5))
show('ldexp number', lambda: torch.ldexp(xf, 2))
show('xlogy str', lambda: torch.xlogy(xf, 'a'))
show('xlogy str self', lambda: torch.xlogy('a', xf))
show('xlogy numbers', lambda: torch.xlogy(2, 3))
show('xlogy method str', lambda: xf.xlogy('a'))
show('copysign number self', lambda: torch.copysign(2, xf))
show('copysign method str', lambda: xf.copysign('a'))
show('float_power str', lambda: torch.float_power(xf, 'a'))
show('float_power numbers', lambda: torch.float_power(2, 3))
show('xlogy shapes', lambda: torch.xlogy(xf, torch.ones(2)))
show('hypot shapes', lambda: torch.hypot(xf, torch.ones(2)))
show('special.xlogy str', lambda: torch.special.xlogy('a', xf))
show('logaddexp_', lambda: xf.logaddexp_(xf))
