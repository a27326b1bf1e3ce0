import torch
# the math functions' argument parsing (PyTorch's parser texts for missing, extra, unknown and mistyped arguments,
# keywords), in-place forms on views and non-leaves (CopySlices, PolygammaBackward1), and grad mode

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

x = torch.tensor([0.5, 1.5, 2.5], requires_grad=True)
b = x * 1
v = b[1:]
v.lgamma_()
print(b, b.grad_fn, v.grad_fn)
b.sum().backward()
print(x.grad)
x.grad = None
for name, args in [('polygamma_', (2,)), ('mvlgamma_', (2,)), ('xlogy_', (torch.tensor(2.0),)), ('digamma_', ()),
                   ('erfinv_', ()), ('logit_', (0.1,)), ('hypot_', (torch.tensor([1.0, 2.0, 3.0]),)), ('sinc_', ()),
                   ('copysign_', (-1,)), ('nan_to_num_', ())]:
    c = (x / 3).clone() if name in ('erfinv_', 'logit_') else x.clone()
    getattr(c, name)(*args)
    c.sum().backward()
    print(name, c.grad_fn, x.grad)
    x.grad = None
show('in-place on a view of a leaf', lambda: x[0:2].lgamma_())
with torch.no_grad():
    print(torch.lgamma(x).requires_grad, torch.xlogy(x, x).grad_fn)
d = x.detach().clone()
print(d.lgamma_(), d.polygamma_(1), torch.sinc_(d), d.requires_grad)

show('logit eps=None', lambda: torch.logit(x, eps=None))
show('logit eps int', lambda: torch.logit(x, 1))
show('logit eps kw', lambda: x.logit(eps=0.25))
show('polygamma kw', lambda: torch.polygamma(n=1, input=x))
show('polygamma bool n', lambda: torch.polygamma(True, x))
show('mvlgamma p kw bool', lambda: torch.mvlgamma(x, p=True))
show('mvlgamma p kw', lambda: torch.mvlgamma(x + 2, p=2))
show('nan_to_num nan=None', lambda: torch.nan_to_num(torch.tensor([float('nan'), float('inf')]), nan=None))
show('float_power int tensor', lambda: torch.float_power(x, torch.tensor(2)))
show('float_power kw', lambda: torch.float_power(x, exponent=2))
show('xlogy kw', lambda: torch.xlogy(x, other=x))
show('xlogy kws', lambda: torch.xlogy(input=x, other=2))
show('heaviside broadcast', lambda: torch.heaviside(torch.tensor([[-1.0, 0.0], [0.0, 2.0]]), torch.tensor([0.25, 0.75])))
show('heaviside kw', lambda: torch.heaviside(torch.tensor([0.0, 1.0]), values=torch.tensor(0.5)))
show('sgn bool', lambda: torch.sgn(torch.tensor([True, False])))
show('copysign_ broadcast', lambda: torch.ones(2, 3).copysign_(torch.tensor([-1.0, 1.0, -1.0])))
show('deg2rad f64', lambda: torch.deg2rad(torch.tensor([1.0, 45.0, 180.0], dtype=torch.float64)).tolist())
show('rad2deg f32', lambda: torch.rad2deg(torch.tensor([1.0, 0.5, 3.14159])).tolist())
show('sinc big', lambda: torch.sinc(torch.tensor([1000.5, 12345.25, 1e7 + 0.5])).tolist())
show('xlogy 0-d', lambda: torch.xlogy(torch.tensor(0.0), torch.tensor(0.0)))
show('xlogy int and float grad', lambda: torch.xlogy(torch.tensor([1, 2]), torch.tensor([2.0, 3.0], requires_grad=True)))
show('digamma tiny', lambda: torch.digamma(torch.tensor([1e-30, -1e-30, 1e30], dtype=torch.float64)).tolist())
show('lgamma tiny', lambda: torch.lgamma(torch.tensor([1e-300, -1e-300, 5e-324], dtype=torch.float64)).tolist())
show('lgamma big f32', lambda: torch.lgamma(torch.tensor([1e30, 3e38, 4e36])).tolist())

ones = torch.ones(2)
for label, f in [('hypot()', lambda: torch.hypot(ones)), ('x.hypot()', lambda: ones.hypot()),
                 ('hypot 3 args', lambda: torch.hypot(ones, ones, ones)), ('hypot kw', lambda: torch.hypot(ones, other=ones)),
                 ('hypot bad kw', lambda: torch.hypot(ones, values=ones)),
                 ('polygamma(1)', lambda: torch.polygamma(1)), ('x.polygamma()', lambda: ones.polygamma()),
                 ('mvlgamma(x)', lambda: torch.mvlgamma(ones)), ('x.mvlgamma()', lambda: ones.mvlgamma()),
                 ('lgamma()', lambda: torch.lgamma()), ('x.lgamma(1)', lambda: ones.lgamma(1)),
                 ('lgamma(x, 1)', lambda: torch.lgamma(ones, 1)), ('x.lgamma_(1)', lambda: ones.lgamma_(1)),
                 ('heaviside(x)', lambda: torch.heaviside(ones)), ('x.float_power()', lambda: ones.float_power()),
                 ('float_power(x)', lambda: torch.float_power(ones)), ('x.copysign()', lambda: ones.copysign()),
                 ('xlogy(x)', lambda: torch.xlogy(ones)), ('x.xlogy()', lambda: ones.xlogy()),
                 ('ldexp(x)', lambda: torch.ldexp(ones)), ('logit foo', lambda: torch.logit(ones, eps=0.1, foo=1)),
                 ('logit 3 args', lambda: torch.logit(ones, 0.1, 0.2)), ('logit eps str', lambda: ones.logit('a')),
                 ('special.gammaln 2 args', lambda: torch.special.gammaln(ones, 1)),
                 ('special.multigammaln(x)', lambda: torch.special.multigammaln(ones)),
                 ('special.logit kw str', lambda: torch.special.logit(ones, eps='a')),
                 ('special.ndtr kw', lambda: torch.special.ndtr(input=ones)),
                 ('special.zeta kw', lambda: torch.special.zeta(ones * 2, other=ones)),
                 ('special.xlog1py missing', lambda: torch.special.xlog1py(ones)),
                 ('nan_to_num 5 args', lambda: torch.nan_to_num(ones, 1.0, 2.0, 3.0, 4.0)),
                 ('nan_to_num_ kw', lambda: ones.clone().nan_to_num_(posinf='x'))]:
    show(label, f)

# the first derivatives' nodes under create_graph, and the functions' names
z = torch.tensor([0.2, 0.7], requires_grad=True)
for f in (torch.logit, torch.lgamma, torch.erfinv, torch.sinc, torch.special.i1, torch.xlogy, torch.hypot, torch.special.ndtri,
          torch.special.entr, torch.special.log_ndtr, torch.special.erfcx, torch.special.i0e, torch.special.i1e, torch.i0,
          torch.digamma, torch.copysign, torch.logaddexp, torch.logaddexp2, torch.special.xlog1py, torch.nan_to_num,
          torch.deg2rad, torch.exp2, torch.special.gammaln, torch.special.ndtr):
    two = f in (torch.xlogy, torch.hypot, torch.copysign, torch.logaddexp, torch.logaddexp2, torch.special.xlog1py)
    y = f(z, z + 1) if two else f(z)
    g, = torch.autograd.grad(y.sum(), z, create_graph=True)
    print(f.__name__, y.grad_fn, g.grad_fn)
print([getattr(torch.special, n).__name__ for n in ('psi', 'softmax', 'logsumexp', 'round', 'multigammaln', 'expit', 'zeta')])
print(torch.polygamma.__name__, torch.mvlgamma.__name__, torch.Tensor.lgamma_.__name__, torch.Tensor.xlogy.__name__)
