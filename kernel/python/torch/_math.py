# torch's pointwise math and special functions (lgamma, digamma, polygamma, mvlgamma, erfinv, i0, sinc, xlogy, logit,
# hypot, logaddexp, frac, sgn, signbit, copysign, deg2rad, float_power, heaviside, nextafter, ldexp, nan_to_num, ...)
# over the engine's kernel/engine/ops/math.ts: the torch.<name> functions, the Tensor methods and their in-place
# forms, with PyTorch 1.13.1's argument errors. torch/__init__.py imports the names in __all__.
import builtins as _builtins

from . import _types as _T
from ._bridge import call, wrap
from ._tensor import Tensor, _invalid_combination

_int = _builtins.int
_float = _builtins.float
_bool = _builtins.bool

__all__ = ['lgamma', 'digamma', 'polygamma', 'mvlgamma', 'erfinv', 'i0', 'sinc', 'xlogy', 'logit', 'hypot',
           'logaddexp', 'logaddexp2', 'fmax', 'fmin', 'angle', 'acosh', 'asinh', 'atanh', 'arccosh', 'arcsinh', 'arctanh',
           'acosh_', 'asinh_', 'atanh_', 'arccosh_', 'arcsinh_', 'arctanh_', 'frac', 'sgn', 'signbit', 'copysign', 'deg2rad', 'rad2deg', 'float_power',
           'heaviside', 'nextafter', 'igamma', 'igammac', 'ldexp', 'nan_to_num', 'nan_to_num_', 'exp2', 'i0_', 'sinc_', 'xlogy_',
           'logit_', 'frac_', 'deg2rad_', 'rad2deg_', 'ldexp_', 'exp2_', 'round']


def _no_out(out):
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')


def _is_number(v):
    return isinstance(v, (_int, _float)) and not isinstance(v, Tensor)


_REQUIRED = object()


def _check(fname, name, kind, v, pos):
    """v as a parameter of kind Tensor / int / float (None allowed for float?); the parser's TypeError otherwise."""
    if kind == 'Tensor':
        ok = isinstance(v, Tensor)
    elif kind == 'int':
        ok = isinstance(v, _int) and not isinstance(v, _bool)
    else:
        ok = (v is None and kind == 'float?') or (isinstance(v, (_int, _float)) and not isinstance(v, _bool))
        v = v if v is None or not ok else _float(v)
    if not ok:
        where = f' (position {pos})' if pos is not None else ''
        raise TypeError(f"{fname}(): argument '{name}'{where} must be {kind.rstrip('?')}, not {type(v).__name__}")
    return v


def _parse(fname, params, args, kwargs, method=False):
    """The values of params [(name, kind, default)] from a call's args and kwargs, with the texts of PyTorch's
    argument parser for too many, unknown, missing and mistyped arguments (positions count from 1, after self
    for a method)."""
    n = len(params)
    if len(args) > n:
        if method and n == 0:
            raise TypeError(f'_TensorBase.{fname}() takes no arguments ({len(args)} given)')
        req = sum(1 for p in params if p[2] is _REQUIRED)
        what = (f'{n} positional argument' + ('' if n == 1 else 's')) if req == n else f'from {req} to {n} positional arguments'
        raise TypeError(f'{fname}() takes {what} but {len(args)} were given')
    names = [p[0] for p in params]
    for i, (name, _kind, default) in enumerate(params):
        if i >= len(args) and name not in kwargs and default is _REQUIRED:
            raise TypeError(f'{fname}() missing 1 required positional arguments: "{name}"')
    for k in kwargs:
        if k not in names or names.index(k) < len(args):
            raise TypeError(f"{fname}() got an unexpected keyword argument '{k}'")
    out = []
    for i, (name, kind, default) in enumerate(params):
        if i < len(args):
            out.append(_check(fname, name, kind, args[i], i + 1))
        elif name in kwargs:
            out.append(_check(fname, name, kind, kwargs[name], None))
        else:
            out.append(default)
    return out


def _input(fname, v):
    return _check(fname, 'input', 'Tensor', v, 1)


def _int_param(fname, name, pos, v):
    return _check(fname, name, 'int', v, pos)


def _float_param(fname, name, pos, v):
    return _check(fname, name, 'float?', v, pos)


def _inplace(name, self, attr=None):
    call('math_unary_', name, self, attr)
    return self


def _api(name, params, engine, fname=None, inplace=False):
    """torch.<name>(input, *params) calling engine(input, *params) (fname: the name errors give, e.g.
    special_gammaln), the method Tensor.<name>(*params) and, with inplace, Tensor.<name>_(*params)."""
    fname = fname or name

    def fn(*args, out=None, **kwargs):
        _no_out(out)
        return engine(*_parse(fname, [('input', 'Tensor', _REQUIRED)] + params, args, kwargs))
    fn.__name__ = fn.__qualname__ = name

    def method(self, *args, **kwargs):
        return engine(self, *_parse(name, params, args, kwargs, method=True))
    method.__name__ = name

    def inplace_(self, *args, **kwargs):
        return _inplace(name + '_', self, *_parse(name + '_', params, args, kwargs, method=True))
    inplace_.__name__ = name + '_'
    return fn, method, (inplace_ if inplace else None)


def _install(name, fn, method, inplace):
    globals()[name] = fn
    setattr(Tensor, name, method)
    if inplace is not None:
        setattr(Tensor, name + '_', inplace)


# --- unary functions: torch.<name>(input), Tensor.<name>() and Tensor.<name>_() ----------------------------------------
_UNARY = {'lgamma': True, 'digamma': True, 'erfinv': True, 'i0': True, 'sinc': True, 'frac': True, 'sgn': True,
          'deg2rad': True, 'rad2deg': True, 'exp2': True, 'signbit': False, 'angle': False,
          'acosh': True, 'asinh': True, 'atanh': True}   # name -> has an in-place form


def _engine_unary(name):
    return lambda x: wrap(call(name, x))


for _n, _has_inplace in _UNARY.items():
    _install(_n, *_api(_n, [], _engine_unary(_n), inplace=_has_inplace))


def _torch_inplace(name):
    def fn(input, *args, **kwargs):
        return getattr(_input(name, input), name)(*args, **kwargs)
    fn.__name__ = fn.__qualname__ = name
    return fn


# --- polygamma(n, input), mvlgamma(input, p), logit(input, eps), nan_to_num(input, nan, posinf, neginf) -----------------
def polygamma(*args, out=None, **kwargs):
    _no_out(out)
    n, x = _parse('polygamma', [('n', 'int', _REQUIRED), ('input', 'Tensor', _REQUIRED)], args, kwargs)
    return wrap(call('polygamma', n, x))


_, Tensor.polygamma, Tensor.polygamma_ = _api('polygamma', [('n', 'int', _REQUIRED)], lambda x, n: wrap(call('polygamma', n, x)),
                                              inplace=True)
_install('mvlgamma', *_api('mvlgamma', [('p', 'int', _REQUIRED)], lambda x, p: wrap(call('mvlgamma', x, p)), inplace=True))
_install('logit', *_api('logit', [('eps', 'float?', None)], lambda x, eps: wrap(call('logit', x, eps)), inplace=True))
_NAN_TO_NUM = [('nan', 'float?', None), ('posinf', 'float?', None), ('neginf', 'float?', None)]
_install('nan_to_num', *_api('nan_to_num', _NAN_TO_NUM, lambda x, *a: wrap(call('nan_to_num', x, *a))))


def _nan_to_num_(self, *args, **kwargs):
    call('nan_to_num_', self, *_parse('nan_to_num_', _NAN_TO_NUM, args, kwargs, method=True))
    return self


Tensor.nan_to_num_ = _nan_to_num_


# --- binary: xlogy and copysign (tensor or number), hypot, logaddexp(2), nextafter, heaviside, ldexp (tensors) -------------
_METHOD_TENSOR_OR_NUMBER = ('Tensor other', 'Number other')
_XLOGY_FN = ('Tensor input, Tensor other, *, Tensor out', 'Number self, Tensor other, *, Tensor out',
             'Tensor input, Number other, *, Tensor out')
_COPYSIGN_FN = ('Tensor input, Tensor other, *, Tensor out', 'Tensor input, Number other, *, Tensor out')


def _two(args, kwargs, first, second):
    """[a, b] when the call gives exactly these two arguments, by position or by name; else None."""
    names = [first, second]
    if len(args) + len(kwargs) != 2 or any(k not in names[len(args):] for k in kwargs):
        return None
    return list(args) + [kwargs[n] for n in names[len(args):]]


def _xlogy_like(name, engine, number_self, fname=None):
    fname = fname or name
    sigs = _XLOGY_FN if number_self else _COPYSIGN_FN

    def fn(*args, out=None, **kwargs):
        _no_out(out)
        ab = _two(args, kwargs, 'input', 'other')
        if ab is not None:
            a, b = ab
            if (isinstance(a, Tensor) and (isinstance(b, Tensor) or _is_number(b))) or (
                    number_self and _is_number(a) and isinstance(b, Tensor)):
                return wrap(call(engine, a, b))
        raise _invalid_combination(fname, sigs, args, kwargs)
    fn.__name__ = fn.__qualname__ = name

    def method(self, *args, **kwargs):
        other = args[0] if len(args) == 1 and not kwargs else kwargs.get('other') if not args and list(kwargs) == ['other'] else None
        if isinstance(other, Tensor) or _is_number(other):
            return wrap(call(engine, self, other))
        raise _invalid_combination(name, _METHOD_TENSOR_OR_NUMBER, args, kwargs)
    method.__name__ = name

    def inplace(self, *args, **kwargs):
        other = args[0] if len(args) == 1 and not kwargs else kwargs.get('other') if not args and list(kwargs) == ['other'] else None
        if isinstance(other, Tensor) or _is_number(other):
            call('math_binary_', name + '_', self, other)
            return self
        raise _invalid_combination(name + '_', _METHOD_TENSOR_OR_NUMBER, args, kwargs)
    inplace.__name__ = name + '_'
    return fn, method, inplace


xlogy, Tensor.xlogy, Tensor.xlogy_ = _xlogy_like('xlogy', 'xlogy', True)
copysign, Tensor.copysign, Tensor.copysign_ = _xlogy_like('copysign', 'copysign', False)


def _tensor_binary(name, argname='other', inplace=True):
    def engine(x, other):
        return wrap(call(name, x, other))

    fn, method, _ = _api(name, [(argname, 'Tensor', _REQUIRED)], engine)

    def inplace_(self, *args, **kwargs):
        other, = _parse(name + '_', [(argname, 'Tensor', _REQUIRED)], args, kwargs, method=True)
        call('math_binary_', name + '_', self, other)
        return self
    inplace_.__name__ = name + '_'
    _install(name, fn, method, inplace_ if inplace else None)


_tensor_binary('hypot')
_tensor_binary('nextafter')
_tensor_binary('igamma')
_tensor_binary('igammac')
_tensor_binary('heaviside', 'values')
_tensor_binary('logaddexp', inplace=False)
_tensor_binary('logaddexp2', inplace=False)
_tensor_binary('fmax', inplace=False)
_tensor_binary('fmin', inplace=False)


# ldexp(input, other) = input * 2^other (ATen's composite: MulBackward0 over PowBackward2)
def _pow2(other):
    return wrap(call('pow_scalar_base', other, 2.0))


ldexp, _ldexp_method, _ = _api('ldexp', [('other', 'Tensor', _REQUIRED)], lambda x, other: x * _pow2(other))


def _ldexp_(self, *args, **kwargs):
    other, = _parse('ldexp_', [('other', 'Tensor', _REQUIRED)], args, kwargs, method=True)
    return self.mul_(_pow2(other))


Tensor.ldexp, Tensor.ldexp_ = _ldexp_method, _ldexp_


# float_power: pow computed in double (ATen converts the operands with .to(kDouble): ToCopyBackward0)
_FLOAT_POWER_FN = ('Tensor input, Tensor exponent, *, Tensor out', 'Number self, Tensor exponent, *, Tensor out',
                   'Tensor input, Number exponent, *, Tensor out')


def float_power(*args, out=None, **kwargs):
    _no_out(out)
    ab = _two(args, kwargs, 'input', 'exponent')
    if ab is not None:
        a, b = ab
        if isinstance(a, Tensor) and (isinstance(b, Tensor) or _is_number(b)):
            return a.float_power(b)
        if _is_number(a) and isinstance(b, Tensor):
            return wrap(call('pow_scalar_base', b.to(_T.float64), _float(a)))
    raise _invalid_combination('float_power', _FLOAT_POWER_FN, args, kwargs)


_FLOAT_POWER_METHOD = ('Tensor exponent', 'Number exponent')


def _exponent_arg(name, args, kwargs):
    e = args[0] if len(args) == 1 and not kwargs else kwargs.get('exponent') if not args and list(kwargs) == ['exponent'] else None
    if not (isinstance(e, Tensor) or _is_number(e)):
        raise _invalid_combination(name, _FLOAT_POWER_METHOD, args, kwargs)
    return e


def _float_power_method(self, *args, **kwargs):
    exponent = _exponent_arg('float_power', args, kwargs)
    if isinstance(exponent, Tensor):
        return self.to(_T.float64).pow(exponent.to(_T.float64))
    return self.to(_T.float64).pow(exponent)


def _float_power_(self, *args, **kwargs):
    exponent = _exponent_arg('float_power_', args, kwargs)
    if self.dtype is not _T.float64:
        raise RuntimeError(f"the base given to float_power_ has dtype {SCALAR_TYPE_NAMES.get(self.dtype._engine, str(self.dtype))} "
                           "but the operation's result requires dtype Double")
    return self.pow_(exponent.to(_T.float64) if isinstance(exponent, Tensor) else exponent)


from ._types import SCALAR_TYPE_NAMES  # noqa: E402
Tensor.float_power, Tensor.float_power_ = _float_power_method, _float_power_

# torch.<name>_ functions PyTorch also has (torch.i0_, torch.sinc_, torch.logit_, ...)
for _n in ('i0_', 'sinc_', 'xlogy_', 'logit_', 'frac_', 'deg2rad_', 'rad2deg_', 'ldexp_', 'nan_to_num_', 'exp2_',
           'acosh_', 'asinh_', 'atanh_'):
    globals()[_n] = _torch_inplace(_n)
# the numpy-style aliases (torch.arccosh is torch.acosh, ...)
for _a, _n in (('arccosh', 'acosh'), ('arcsinh', 'asinh'), ('arctanh', 'atanh')):
    globals()[_a], globals()[_a + '_'] = globals()[_n], globals()[_n + '_']
    setattr(Tensor, _a, getattr(Tensor, _n))
    setattr(Tensor, _a + '_', getattr(Tensor, _n + '_'))


# torch.round(input, *, decimals=): the overload with decimals is RoundBackward1 (Tensor.round in _tensor.py)
_ROUND_FN = ('Tensor input, *, Tensor out', 'Tensor input, *, int decimals, Tensor out')


def round(input, *, decimals=None, out=None):  # noqa: A001
    _no_out(out)
    _input('round', input)
    if decimals is not None and (isinstance(decimals, _bool) or not isinstance(decimals, _int)):
        raise _invalid_combination('round', _ROUND_FN, (input,), {'decimals': decimals})
    return input.round() if decimals is None else input.round(decimals=decimals)
