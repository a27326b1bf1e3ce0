# torch.special as PyTorch 1.13.1 has it (kernel/engine/ops/math.ts, special_fns.ts and the existing ops): argument
# errors name the ATen op (special_gammaln(), ...) as PyTorch's parser does. The Bessel functions, airy_ai and the
# orthogonal polynomials record no autograd node (1.13.1 has no derivative for them).
import math as _math

from . import _math as _m
from ._bridge import call, wrap

__all__ = ['gammaln', 'digamma', 'psi', 'polygamma', 'multigammaln', 'erf', 'erfc', 'erfinv', 'expit', 'logit', 'xlogy',
           'xlog1py', 'zeta', 'i0', 'i0e', 'i1', 'i1e', 'sinc', 'round', 'log1p', 'expm1', 'exp2', 'log_softmax',
           'softmax', 'logsumexp', 'entr', 'ndtr', 'ndtri', 'erfcx', 'log_ndtr', 'airy_ai', 'bessel_j0', 'bessel_j1',
           'bessel_y0', 'bessel_y1', 'modified_bessel_i0', 'modified_bessel_i1', 'modified_bessel_k0',
           'modified_bessel_k1', 'scaled_modified_bessel_k0', 'scaled_modified_bessel_k1', 'spherical_bessel_j0',
           'chebyshev_polynomial_t', 'chebyshev_polynomial_u', 'chebyshev_polynomial_v', 'chebyshev_polynomial_w',
           'shifted_chebyshev_polynomial_t', 'shifted_chebyshev_polynomial_u', 'shifted_chebyshev_polynomial_v',
           'shifted_chebyshev_polynomial_w', 'hermite_polynomial_h', 'hermite_polynomial_he', 'laguerre_polynomial_l',
           'legendre_polynomial_p', 'gammainc', 'gammaincc']


def _input(fname, v):
    return _m._check(fname, 'input', 'Tensor', v, 1)


def _special(name, engine, params=()):
    """special.<name>(input, *params) calling the engine op (errors name special_<name>, as PyTorch's parser)."""
    def run(x, *a):
        return wrap(call(engine, x, *a))
    fn = _m._api(name, list(params), run, fname='special_' + name)[0]
    return fn


gammaln = _special('gammaln', 'lgamma')
digamma = _special('digamma', 'digamma')
psi = _special('psi', 'digamma')
erf = _special('erf', 'erf')
erfc = _special('erfc', 'erfc')
erfinv = _special('erfinv', 'erfinv')
expit = _special('expit', 'sigmoid')
i0 = _special('i0', 'i0')
i0e = _special('i0e', 'special_i0e')
i1 = _special('i1', 'special_i1')
i1e = _special('i1e', 'special_i1e')
sinc = _special('sinc', 'sinc')
log1p = _special('log1p', 'log1p')
expm1 = _special('expm1', 'expm1')
exp2 = _special('exp2', 'exp2')
entr = _special('entr', 'special_entr')
ndtri = _special('ndtri', 'special_ndtri')
erfcx = _special('erfcx', 'special_erfcx')
log_ndtr = _special('log_ndtr', 'special_log_ndtr')
multigammaln = _special('multigammaln', 'mvlgamma', [('p', 'int', _m._REQUIRED)])
logit = _special('logit', 'logit', [('eps', 'float?', None)])


def polygamma(*args, out=None, **kwargs):
    _m._no_out(out)
    n, x = _m._parse('special_polygamma', [('n', 'int', _m._REQUIRED), ('input', 'Tensor', _m._REQUIRED)], args, kwargs)
    return wrap(call('polygamma', n, x))


def _gammainc(name, engine):
    def fn(*args, out=None, **kwargs):
        _m._no_out(out)
        a, x = _m._parse('special_' + name, [('input', 'Tensor', _m._REQUIRED), ('other', 'Tensor', _m._REQUIRED)], args, kwargs)
        return wrap(call(engine, a, x))
    return fn


gammainc = _gammainc('gammainc', 'igamma')
gammaincc = _gammainc('gammaincc', 'igammac')
xlogy = _m._xlogy_like('xlogy', 'xlogy', True, fname='special_xlogy')[0]
xlog1py = _m._xlogy_like('xlog1py', 'special_xlog1py', True, fname='special_xlog1py')[0]
zeta = _m._xlogy_like('zeta', 'special_zeta', True, fname='special_zeta')[0]


def round(input, *, decimals=0, out=None):  # noqa: A001
    _m._no_out(out)
    _input('special_round', input)
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise TypeError(f"special_round(): argument 'decimals' must be int, not {type(decimals).__name__}")
    return wrap(call('round_decimals', input, decimals))


_MISSING = object()


def softmax(input, dim=_MISSING, *, dtype=None):
    if dim is _MISSING:
        raise TypeError('special_softmax() missing 1 required positional arguments: "dim"')
    return _input('special_softmax', input).softmax(dim, dtype=dtype)


def log_softmax(input, dim=_MISSING, *, dtype=None):
    if dim is _MISSING:
        raise TypeError('special_log_softmax() missing 1 required positional arguments: "dim"')
    return _input('special_log_softmax', input).log_softmax(dim, dtype=dtype)


def logsumexp(input, dim=_MISSING, keepdim=False, *, out=None):
    _m._no_out(out)
    if dim is _MISSING:
        raise TypeError('special_logsumexp() missing 1 required positional arguments: "dim"')
    return _input('special_logsumexp', input).logsumexp(dim, keepdim)


# ndtr(x) = (1 + erf(x / √2)) / 2, composed as ATen does: MulBackward1 over AddBackward1 over ErfBackward0
def _ndtr(x):
    x = wrap(call('mul_scalar', x, _math.sqrt(0.5)))
    return wrap(call('mul_scalar', wrap(call('add_scalar', wrap(call('erf', x)), 1)), 0.5))


ndtr = _m._api('ndtr', [], _ndtr, fname='special_ndtr')[0]




# --- Bessel functions, airy_ai, orthogonal polynomials (kernel/engine/ops/special_fns.ts) ---------------------------
def _bessel(name):
    def run(x):
        return wrap(call('special_unary', name, x))
    return _m._api(name, [], run, fname='special_' + name)[0]


airy_ai = _bessel('airy_ai')
bessel_j0 = _bessel('bessel_j0')
bessel_j1 = _bessel('bessel_j1')
bessel_y0 = _bessel('bessel_y0')
bessel_y1 = _bessel('bessel_y1')
modified_bessel_i0 = _bessel('modified_bessel_i0')
modified_bessel_i1 = _bessel('modified_bessel_i1')
modified_bessel_k0 = _bessel('modified_bessel_k0')
modified_bessel_k1 = _bessel('modified_bessel_k1')
scaled_modified_bessel_k0 = _bessel('scaled_modified_bessel_k0')
scaled_modified_bessel_k1 = _bessel('scaled_modified_bessel_k1')
spherical_bessel_j0 = _bessel('spherical_bessel_j0')

_POLY_SIGS = ('Tensor x, Tensor n, *, Tensor out', 'Number x, Tensor n, *, Tensor out', 'Tensor x, Number n, *, Tensor out')


def _polynomial(name):
    fname = 'special_' + name

    def fn(*args, out=None, **kwargs):
        _m._no_out(out)
        xn = _m._two(args, kwargs, 'x', 'n')
        if xn is not None:
            x, n = xn
            if (isinstance(x, _m.Tensor) and (isinstance(n, _m.Tensor) or _m._is_number(n))) or (
                    _m._is_number(x) and isinstance(n, _m.Tensor)):
                return wrap(call('special_poly', name, x, n))
        raise _m._invalid_combination(fname, _POLY_SIGS, args, kwargs)
    fn.__name__ = fn.__qualname__ = name
    return fn


chebyshev_polynomial_t = _polynomial('chebyshev_polynomial_t')
chebyshev_polynomial_u = _polynomial('chebyshev_polynomial_u')
chebyshev_polynomial_v = _polynomial('chebyshev_polynomial_v')
chebyshev_polynomial_w = _polynomial('chebyshev_polynomial_w')
shifted_chebyshev_polynomial_t = _polynomial('shifted_chebyshev_polynomial_t')
shifted_chebyshev_polynomial_u = _polynomial('shifted_chebyshev_polynomial_u')
shifted_chebyshev_polynomial_v = _polynomial('shifted_chebyshev_polynomial_v')
shifted_chebyshev_polynomial_w = _polynomial('shifted_chebyshev_polynomial_w')
hermite_polynomial_h = _polynomial('hermite_polynomial_h')
hermite_polynomial_he = _polynomial('hermite_polynomial_he')
laguerre_polynomial_l = _polynomial('laguerre_polynomial_l')
legendre_polynomial_p = _polynomial('legendre_polynomial_p')


# PyTorch's torch.special functions are named after their ATen ops (special_gammaln, ...)
for _name in __all__:
    globals()[_name].__name__ = globals()[_name].__qualname__ = 'special_' + _name
