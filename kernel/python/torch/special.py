# torch.special as PyTorch 1.13.1 has it, for the functions tnb computes (kernel/engine/ops/math.ts and the existing
# ops): argument errors name the ATen op (special_gammaln(), ...) as PyTorch's parser does. Functions tnb does not
# have (the Bessel j/y/k families, the orthogonal polynomials, gammainc/gammaincc, airy_ai, ...) are not
# defined here, so using one raises AttributeError.
import math as _math

from . import _math as _m
from ._bridge import call, wrap
from ._tensor import Tensor, _arg_error, _invalid_combination

__all__ = ['gammaln', 'digamma', 'psi', 'polygamma', 'multigammaln', 'erf', 'erfc', 'erfinv', 'expit', 'logit', 'xlogy',
           'xlog1py', 'zeta', 'i0', 'i0e', 'i1', 'i1e', 'sinc', 'round', 'log1p', 'expm1', 'exp2', 'log_softmax',
           'softmax', 'logsumexp', 'entr', 'ndtr', 'ndtri', 'erfcx', 'log_ndtr']


def _input(fname, v):
    if not isinstance(v, Tensor):
        raise _arg_error(fname, 'input', 1, 'Tensor', v)
    return v


def _unary(name, engine):
    def fn(input, *, out=None):
        _m._no_out(out)
        return wrap(call(engine, _input('special_' + name, input)))
    fn.__name__ = fn.__qualname__ = name
    return fn


gammaln = _unary('gammaln', 'lgamma')
digamma = _unary('digamma', 'digamma')
psi = _unary('psi', 'digamma')
erf = _unary('erf', 'erf')
erfc = _unary('erfc', 'erfc')
erfinv = _unary('erfinv', 'erfinv')
expit = _unary('expit', 'sigmoid')
i0 = _unary('i0', 'i0')
i0e = _unary('i0e', 'special_i0e')
i1 = _unary('i1', 'special_i1')
i1e = _unary('i1e', 'special_i1e')
sinc = _unary('sinc', 'sinc')
log1p = _unary('log1p', 'log1p')
expm1 = _unary('expm1', 'expm1')
exp2 = _unary('exp2', 'exp2')
entr = _unary('entr', 'special_entr')
ndtri = _unary('ndtri', 'special_ndtri')
erfcx = _unary('erfcx', 'special_erfcx')
log_ndtr = _unary('log_ndtr', 'special_log_ndtr')


def polygamma(n, input, *, out=None):
    _m._no_out(out)
    n = _m._int_param('special_polygamma', 'n', 1, n)
    return wrap(call('polygamma', n, _input('special_polygamma', input)))


def multigammaln(input, p, *, out=None):
    _m._no_out(out)
    _input('special_multigammaln', input)
    return wrap(call('mvlgamma', input, _m._int_param('special_multigammaln', 'p', 2, p)))


def logit(input, eps=None, *, out=None):
    _m._no_out(out)
    _input('special_logit', input)
    return wrap(call('logit', input, _m._float_param('special_logit', 'eps', 2, eps)))


_NUMBER_SELF_FN = ('Tensor input, Tensor other, *, Tensor out', 'Number self, Tensor other, *, Tensor out',
                   'Tensor input, Number other, *, Tensor out')


def _binary(name, engine, sigs=_NUMBER_SELF_FN, first='input', second='other'):
    def fn(*args, out=None, **kwargs):
        _m._no_out(out)
        if len(args) + len(kwargs) == 2 and set(kwargs) <= {first, second}:
            a = args[0] if args else kwargs.get(first)
            b = args[1] if len(args) > 1 else kwargs.get(second)
            if (isinstance(a, Tensor) and (isinstance(b, Tensor) or _m._is_number(b))) or (
                    _m._is_number(a) and isinstance(b, Tensor)):
                return wrap(call(engine, a, b))
        raise _invalid_combination('special_' + name, sigs, args, kwargs)
    fn.__name__ = fn.__qualname__ = name
    return fn


xlogy = _binary('xlogy', 'xlogy')
xlog1py = _binary('xlog1py', 'special_xlog1py')
zeta = _binary('zeta', 'special_zeta', ('Tensor input, Tensor other, *, Tensor out', 'Number self, Tensor other, *, Tensor out',
                                        'Tensor input, Number other, *, Tensor out'))


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
def ndtr(input, *, out=None):
    _m._no_out(out)
    x = wrap(call('mul_scalar', _input('special_ndtr', input), _math.sqrt(0.5)))
    return wrap(call('mul_scalar', wrap(call('add_scalar', wrap(call('erf', x)), 1)), 0.5))
