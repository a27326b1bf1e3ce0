import torch
import torch.special as S
# torch.special: the functions tnb has, their values, grad_fn names, gradients and argument errors

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

nan, inf = float('nan'), float('inf')
x = torch.tensor([-1.5, -0.3, 0.0, 0.2, 0.5, 0.9, 1.0, 2.5, 7.0, inf, -inf, nan])
for dt in (torch.float32, torch.float64):
    v = x.to(dt)
    print(dt, 'gammaln', S.gammaln(v), S.digamma(v), S.psi(v), S.polygamma(1, v), S.multigammaln(v.abs() + 1, 2), sep='\n')
    print(dt, 'erf', S.erf(v), S.erfc(v), S.erfinv(v), S.expit(v), S.logit(v), S.logit(v, eps=0.05), sep='\n')
    print(dt, 'bessel', S.i0(v), S.i0e(v), S.i1(v), S.i1e(v), sep='\n')
    print(dt, 'misc', S.sinc(v), S.round(v * 3.3), S.round(v * 3.3, decimals=1), S.log1p(v), S.expm1(v), S.exp2(v), sep='\n')
    print(dt, 'ndtr', S.ndtr(v), S.ndtri(v), S.entr(v), S.erfcx(v * 10), S.log_ndtr(v * 10), sep='\n')
    print(dt, 'xlogy', S.xlogy(v, 2.0), S.xlog1py(v, v.flip(0)), S.xlogy(3, v), S.zeta(v + 3, 1.5), sep='\n')
    m = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 4.0]], dtype=dt)
    print(dt, S.softmax(m, 1), S.log_softmax(m, 0), S.logsumexp(m, 1), S.logsumexp(m, (0, 1), keepdim=True), sep='\n')
print(S.softmax(torch.tensor([1, 2, 3]).float(), 0, dtype=torch.float64), S.log_softmax(torch.tensor([1., 2.]), -1, dtype=torch.float64))
ints = torch.tensor([-2, 0, 1, 3])
for name in ('gammaln', 'digamma', 'psi', 'erf', 'erfc', 'erfinv', 'expit', 'logit', 'i0', 'i0e', 'i1', 'i1e', 'sinc',
             'log1p', 'expm1', 'exp2', 'ndtr', 'ndtri', 'entr', 'round', 'erfcx', 'log_ndtr'):
    show(name + ' int', lambda: getattr(S, name)(ints))
show('multigammaln int', lambda: S.multigammaln(torch.tensor([3, 4]), 2))
show('polygamma int', lambda: S.polygamma(2, ints))
show('xlog1py int', lambda: S.xlog1py(ints, ints))
show('zeta int', lambda: S.zeta(torch.tensor([2, 3]), torch.tensor([1, 2])))
show('zeta(0.5, x)', lambda: S.zeta(torch.tensor([0.5, 1.0, 2.0, 2.0]), torch.tensor([1.0, 1.0, 0.0, -1.0])))
show('zeta(x, -1.5)', lambda: S.zeta(torch.tensor([2.0, 2.5, 3.0]), -1.5))
torch.manual_seed(0)
r = torch.rand(6)
print(S.ndtri(r).tolist(), S.ndtr(r * 4 - 2).tolist(), S.entr(r).tolist())
print(S.i0e(r * 20).tolist(), S.i1(r * 20).tolist(), S.i1e(r * 20 - 10).tolist())
print(S.zeta(r * 5 + 1.5, r + 0.5).tolist())

# grad_fn names and gradients
g = torch.tensor([0.3, 0.6, 1.7, 2.2], requires_grad=True)
for name, f in [('gammaln', S.gammaln), ('digamma', S.digamma), ('psi', S.psi), ('polygamma', lambda t: S.polygamma(2, t)),
                ('multigammaln', lambda t: S.multigammaln(t + 1, 2)), ('erf', S.erf), ('erfc', S.erfc),
                ('erfinv', lambda t: S.erfinv(t / 3)), ('expit', S.expit), ('logit', lambda t: S.logit(t / 3)),
                ('i0', S.i0), ('i0e', S.i0e), ('i1', S.i1), ('i1e', S.i1e), ('sinc', S.sinc), ('round', S.round),
                ('log1p', S.log1p), ('expm1', S.expm1), ('exp2', S.exp2), ('ndtr', S.ndtr),
                ('ndtri', lambda t: S.ndtri(t / 3)), ('entr', S.entr), ('erfcx', S.erfcx), ('log_ndtr', S.log_ndtr), ('xlogy', lambda t: S.xlogy(t, t + 1)),
                ('xlog1py', lambda t: S.xlog1py(t, t)), ('zeta', lambda t: S.zeta(3.0, t)),
                ('softmax', lambda t: S.softmax(t, 0)), ('log_softmax', lambda t: S.log_softmax(t, 0)),
                ('logsumexp', lambda t: S.logsumexp(t, 0))]:
    y = f(g)
    d, = torch.autograd.grad(y.sum(), g, create_graph=True)
    # (expit's and log_softmax's own double-backward nodes are not tnb's: their gradients shown without grad_fn)
    print(name, y.grad_fn, d.detach() if name in ('expit', 'log_softmax') else d)
    if d.requires_grad:
        print('  second', torch.autograd.grad(d.sum(), g, allow_unused=True)[0])
gd = torch.tensor([0.3, 0.6, 0.8], dtype=torch.float64, requires_grad=True)
print([torch.autograd.gradcheck(f, (gd,)) for f in (S.gammaln, S.digamma, S.i0e, S.i1, S.i1e, S.ndtri, S.entr, S.ndtr, S.erfcx, S.log_ndtr,
                                                   lambda t: S.zeta(2.5, t), lambda t: S.xlog1py(t, t + 0.5))])
y = S.ndtr(g)
print(y.grad_fn, y.grad_fn.next_functions, y.grad_fn.next_functions[0][0].next_functions)

# argument errors
show('gammaln str', lambda: S.gammaln('a'))
show('polygamma float n', lambda: S.polygamma(1.0, g))
show('polygamma negative n', lambda: S.polygamma(-2, g))
show('multigammaln p=0', lambda: S.multigammaln(g, 0))
show('multigammaln float p', lambda: S.multigammaln(g, 2.0))
show('softmax no dim', lambda: S.softmax(g))
show('log_softmax no dim', lambda: S.log_softmax(g))
show('logsumexp no dim', lambda: S.logsumexp(g))
show('xlogy str', lambda: S.xlogy('a', g))
show('xlogy numbers', lambda: S.xlogy(1, 2))
show('xlog1py str', lambda: S.xlog1py(g, 'b'))
show('zeta numbers', lambda: S.zeta(2, 3))
show('logit eps str', lambda: S.logit(g, 'x'))
show('round decimals float', lambda: S.round(g, decimals=1.5))
show('ndtr list', lambda: S.ndtr([1.0]))
show('Tensor.round decimals float', lambda: g.round(decimals=0.5))
show('torch.round decimals str', lambda: torch.round(g, decimals='1'))
