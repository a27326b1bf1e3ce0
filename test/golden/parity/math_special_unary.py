import torch
# erfinv, i0, sinc, frac, sgn, signbit, deg2rad, rad2deg, logit(eps), nan_to_num, exp2, round(decimals=): values in
# float32/float64, integer and bool inputs (promotion or PyTorch's error), edge values, gradients, in-place forms

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

nan, inf = float('nan'), float('inf')
for dt in (torch.float32, torch.float64):
    e = torch.tensor([-1.0, -0.999, -0.7, -0.3, -0.0, 0.0, 1e-7, 0.25, 0.5, 0.7, 0.9, 0.99999, 1.0, 1.5, inf, nan], dtype=dt)
    print(dt, 'erfinv', torch.erfinv(e))
    b = torch.tensor([-inf, -100.0, -8.5, -8.0, -3.0, -0.5, -0.0, 0.0, 1e-20, 0.3, 2.0, 7.99, 8.0, 8.01, 20.0, 85.0, 100.0, inf, nan], dtype=dt)
    print(dt, 'i0', torch.i0(b))
    print(dt, 'sinc', torch.sinc(b))
    print(dt, 'frac', torch.frac(b))
    print(dt, 'sgn', torch.sgn(b), torch.signbit(b))
    print(dt, 'deg2rad', torch.deg2rad(b), torch.rad2deg(b))
    print(dt, 'exp2', torch.exp2(b))
    l = torch.tensor([-0.5, 0.0, 1e-9, 0.1, 0.5, 0.75, 0.999, 1.0, 2.0, nan], dtype=dt)
    print(dt, 'logit', torch.logit(l), torch.logit(l, 0.1), torch.logit(l, eps=1e-6), torch.logit(l, 0.0), torch.logit(l, -1.0))
    print(dt, 'nan_to_num', torch.nan_to_num(b), torch.nan_to_num(b, nan=1.5, posinf=9.0), torch.nan_to_num(b, neginf=-2))
    r = torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 1.25, 12345.678, -0.049], dtype=dt)
    print(dt, 'round', r.round(), torch.round(r, decimals=1), torch.round(r, decimals=2), r.round(decimals=-2), torch.round(r, decimals=0))
torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    x = torch.rand(3, 4, dtype=dt) * 1.98 - 0.99
    print(dt, x.erfinv(), torch.i0(x * 10), torch.sinc(x * 3), sep='\n')
    # (all digits: float32; float64 erfinv's Newton steps call glibc's erf, logit SLEEF's log: 1 ulp apart there)
    print(torch.erfinv(x[0].float()).tolist(), torch.i0(x[1] * 10).tolist(), torch.sinc(x[2] * 3).tolist())
    print(torch.special.i0e(x * 12).tolist()[0], torch.special.i1(x * 12).tolist()[1], torch.special.i1e(x * 12).tolist()[2])
    print(torch.logit(x.abs().float()).tolist()[0], torch.deg2rad(x * 500).tolist()[1], torch.exp2(x * 30).tolist()[2])

ints = torch.tensor([-3, 0, 1, 2])
bools = torch.tensor([True, False])
for name in ('erfinv', 'i0', 'sinc', 'sgn', 'signbit', 'deg2rad', 'rad2deg', 'exp2', 'logit', 'nan_to_num', 'frac'):
    show(name + ' int', lambda: getattr(torch, name)(ints))
    show(name + ' bool', lambda: getattr(torch, name)(bools))
show('round int', lambda: torch.round(ints))
show('round int decimals', lambda: torch.round(ints, decimals=1))
show('round int decimals=0', lambda: torch.round(ints, decimals=0))
show('frac_ int', lambda: ints.clone().frac_())
show('sgn_ int', lambda: ints.clone().sgn_())
show('erfinv_ int', lambda: ints.clone().erfinv_())
show('nan_to_num_ int', lambda: ints.clone().nan_to_num_())

# gradients (first and second order)
x = torch.tensor([-0.6, -0.1, 0.2, 0.8], requires_grad=True)
for name, f in [('erfinv', torch.erfinv), ('i0', torch.i0), ('sinc', torch.sinc), ('frac', torch.frac),
                ('sgn', torch.sgn), ('deg2rad', torch.deg2rad), ('rad2deg', torch.rad2deg), ('exp2', torch.exp2),
                ('logit', torch.logit), ('logit_eps', lambda t: torch.logit(t, 0.3)), ('nan_to_num', torch.nan_to_num),
                ('round_dec', lambda t: torch.round(t, decimals=1)), ('i0e', torch.special.i0e), ('i1', torch.special.i1),
                ('i1e', torch.special.i1e)]:
    y = f(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    print(name, y.grad_fn, g)
    if g.requires_grad:
        g2, = torch.autograd.grad(g.sum(), x, allow_unused=True)
        print('  second', g2)
z = torch.tensor([0.0, -0.0, 1.0, 2.0], requires_grad=True)
print(torch.autograd.grad(torch.sinc(z).sum(), z)[0], torch.autograd.grad(torch.special.i1(z).sum(), z)[0],
      torch.autograd.grad(torch.special.i1e(z).sum(), z)[0])
w = torch.tensor([-0.5, 0.0, 0.5, 1.0, 1.5], requires_grad=True)
print(torch.autograd.grad(torch.logit(w).sum(), w)[0], torch.autograd.grad(torch.logit(w, 0.25).sum(), w)[0])
n = torch.tensor([nan, inf, -inf, 2.0], requires_grad=True)
print(torch.autograd.grad(torch.nan_to_num(n).sum(), n)[0])
xd = torch.tensor([0.15, 0.4, 0.8], dtype=torch.float64, requires_grad=True)
print([torch.autograd.gradcheck(f, (xd,)) for f in (torch.erfinv, torch.i0, torch.sinc, torch.logit, torch.exp2, torch.special.i0e,
                                                   torch.special.i1, torch.special.i1e)],
      torch.autograd.gradcheck(torch.special.ndtri, (xd,)))

# in place, non-contiguous
a = torch.tensor([[0.5, -0.25], [0.125, 0.9]]).t()
print(a.erfinv(), a.erfinv().stride(), a.sinc().stride())
for name in ('erfinv_', 'i0_', 'sinc_', 'frac_', 'sgn_', 'deg2rad_', 'rad2deg_', 'exp2_', 'logit_', 'nan_to_num_'):
    c = a.clone()
    print(name, getattr(c, name)(), c.stride())
print(torch.i0_(a.clone()), torch.sinc_(a.clone()), torch.logit_(a.clone(), 0.2), torch.frac_(a.clone() * 3), torch.deg2rad_(a.clone()),
      torch.nan_to_num_(torch.tensor([nan, inf]), 3.0))
leaf = torch.tensor([0.5, 0.25], requires_grad=True)
y = leaf * 1
y.erfinv_()
print(y.grad_fn, torch.autograd.grad(y.sum(), leaf)[0])
y = leaf * 1
y.logit_(eps=0.3)
print(y, y.grad_fn)
show('erfinv_ leaf', lambda: leaf.erfinv_())

# argument errors
show('logit str', lambda: torch.logit(x, 'a'))
show('logit method str', lambda: x.logit('a'))
show('nan_to_num str', lambda: torch.nan_to_num(x, nan='a'))
show('erfinv float', lambda: torch.erfinv(0.5))
show('sinc list', lambda: torch.sinc([0.5]))
show('signbit_', lambda: x.signbit_())
show('nan_to_num posinf str', lambda: torch.nan_to_num(x, 0.0, 'a'))
show('nan_to_num method kw', lambda: x.nan_to_num(neginf='a'))
show('nan_to_num kw ok', lambda: torch.nan_to_num(torch.tensor([nan, -inf]), neginf=-1, nan=2))
