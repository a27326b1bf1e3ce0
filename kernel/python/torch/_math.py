# torch's pointwise math and special functions (lgamma, digamma, polygamma, mvlgamma, erfinv, i0, sinc, xlogy, logit,
# hypot, logaddexp, frac, sgn, signbit, copysign, deg2rad, float_power, heaviside, nextafter, ldexp, nan_to_num, ...)
# over the engine's kernel/engine/ops/math.ts: the torch.<name> functions, the Tensor methods and their in-place
# forms, with PyTorch 1.13.1's argument errors. torch/__init__.py imports the names in __all__.
import builtins as _builtins

from . import _types as _T
from ._bridge import call, wrap
from ._tensor import Tensor, _arg_error, _invalid_combination

_int = _builtins.int
_float = _builtins.float
_bool = _builtins.bool

__all__ = ['lgamma', 'digamma', 'polygamma', 'mvlgamma', 'erfinv', 'i0', 'sinc', 'xlogy', 'logit', 'hypot',
           'logaddexp', 'logaddexp2', 'frac', 'sgn', 'signbit', 'copysign', 'deg2rad', 'rad2deg', 'float_power',
           'heaviside', 'nextafter', 'ldexp', 'nan_to_num', 'nan_to_num_', 'exp2', 'i0_', 'sinc_', 'xlogy_',
           'logit_', 'frac_', 'deg2rad_', 'rad2deg_', 'ldexp_', 'exp2_', 'round']


def _no_out(out):
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')


def _is_number(v):
    return isinstance(v, (_int, _float)) and not isinstance(v, Tensor)


def _input(fname, v):
    if not isinstance(v, Tensor):
        raise _arg_error(fname, 'input', 1, 'Tensor', v)
    return v


def _int_param(fname, name, pos, v):
    if isinstance(v, _bool) or not isinstance(v, _int):
        raise _arg_error(fname, name, pos, 'int', v)
    return _int(v)


def _float_param(fname, name, pos, v):
    if v is None:
        return None
    if isinstance(v, _bool) or not isinstance(v, (_int, _float)):
        raise _arg_error(fname, name, pos, 'float', v)
    return _float(v)


def _inplace(name, self, attr=None):
    call('math_unary_', name, self, attr)
    return self


# --- unary functions: torch.<name>(input), Tensor.<name>() and Tensor.<name>_() ----------------------------------------
_UNARY = {'lgamma': True, 'digamma': True, 'erfinv': True, 'i0': True, 'sinc': True, 'frac': True, 'sgn': True,
          'deg2rad': True, 'rad2deg': True, 'exp2': True, 'signbit': False}   # name -> has an in-place form


def _unary(name):
    def fn(input, *, out=None):
        _no_out(out)
        return wrap(call(name, _input(name, input)))
    fn.__name__ = fn.__qualname__ = name

    def method(self):
        return wrap(call(name, self))
    method.__name__ = name

    def inplace(self):
        return _inplace(name + '_', self)
    inplace.__name__ = name + '_'
    return fn, method, inplace


for _n, _has_inplace in _UNARY.items():
    _f, _m, _i = _unary(_n)
    globals()[_n] = _f
    setattr(Tensor, _n, _m)
    if _has_inplace:
        setattr(Tensor, _n + '_', _i)


def _torch_inplace(name):
    def fn(input, *args, **kwargs):
        return getattr(_input(name, input), name)(*args, **kwargs)
    fn.__name__ = fn.__qualname__ = name
    return fn


# --- polygamma, mvlgamma, logit, nan_to_num ------------------------------------------------------------------------------
def polygamma(n, input, *, out=None):
    _no_out(out)
    n = _int_param('polygamma', 'n', 1, n)
    return wrap(call('polygamma', n, _input('polygamma', input)))


def _polygamma_method(self, n):
    return wrap(call('polygamma', _int_param('polygamma', 'n', 1, n), self))


def _polygamma_(self, n):
    return _inplace('polygamma_', self, _int_param('polygamma_', 'n', 1, n))


def mvlgamma(input, p, *, out=None):
    _no_out(out)
    _input('mvlgamma', input)
    return wrap(call('mvlgamma', input, _int_param('mvlgamma', 'p', 2, p)))


def _mvlgamma_method(self, p):
    return wrap(call('mvlgamma', self, _int_param('mvlgamma', 'p', 1, p)))


def _mvlgamma_(self, p):
    return _inplace('mvlgamma_', self, _int_param('mvlgamma_', 'p', 1, p))


def logit(input, eps=None, *, out=None):
    _no_out(out)
    _input('logit', input)
    return wrap(call('logit', input, _float_param('logit', 'eps', 2, eps)))


def _logit_method(self, eps=None):
    return wrap(call('logit', self, _float_param('logit', 'eps', 1, eps)))


def _logit_(self, eps=None):
    return _inplace('logit_', self, _float_param('logit_', 'eps', 1, eps))


def _nan_to_num_args(fname, args, kwargs, first):
    """nan, posinf, neginf from positional or keyword arguments; the parser's error names the position only for a
    positional one."""
    names = ('nan', 'posinf', 'neginf')
    if len(args) > 3:
        raise TypeError(f'{fname}() takes from 1 to 4 positional arguments but {len(args) + 1} were given')
    vals = [0.0, None, None]
    for i, v in enumerate(args):
        vals[i] = _float_param(fname, names[i], first + i, v)
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError(f"{fname}() got an unexpected keyword argument '{k}'")
        if v is not None and (isinstance(v, _bool) or not isinstance(v, (_int, _float))):
            raise TypeError(f"{fname}(): argument '{k}' must be float, not {type(v).__name__}")
        vals[names.index(k)] = None if v is None else _float(v)
    return vals


def nan_to_num(input, *args, out=None, **kwargs):
    _no_out(out)
    _input('nan_to_num', input)
    return wrap(call('nan_to_num', input, *_nan_to_num_args('nan_to_num', args, kwargs, 2)))


def _nan_to_num_method(self, *args, **kwargs):
    return wrap(call('nan_to_num', self, *_nan_to_num_args('nan_to_num', args, kwargs, 1)))


def _nan_to_num_(self, *args, **kwargs):
    call('nan_to_num_', self, *_nan_to_num_args('nan_to_num_', args, kwargs, 1))
    return self


Tensor.polygamma, Tensor.polygamma_ = _polygamma_method, _polygamma_
Tensor.mvlgamma, Tensor.mvlgamma_ = _mvlgamma_method, _mvlgamma_
Tensor.logit, Tensor.logit_ = _logit_method, _logit_
Tensor.nan_to_num, Tensor.nan_to_num_ = _nan_to_num_method, _nan_to_num_


# --- binary: xlogy and copysign (tensor or number), hypot, logaddexp(2), nextafter, heaviside, ldexp (tensors) -------------
_METHOD_TENSOR_OR_NUMBER = ('Tensor other', 'Number other')
_XLOGY_FN = ('Tensor input, Tensor other, *, Tensor out', 'Number self, Tensor other, *, Tensor out',
             'Tensor input, Number other, *, Tensor out')
_COPYSIGN_FN = ('Tensor input, Tensor other, *, Tensor out', 'Tensor input, Number other, *, Tensor out')


def _xlogy_like(name, engine, number_self):
    def fn(input, other, *, out=None):
        _no_out(out)
        if isinstance(input, Tensor) and (isinstance(other, Tensor) or _is_number(other)):
            return wrap(call(engine, input, other))
        if number_self and _is_number(input) and isinstance(other, Tensor):
            return wrap(call(engine, input, other))
        raise _invalid_combination(name, _XLOGY_FN if number_self else _COPYSIGN_FN, (input, other), {})
    fn.__name__ = fn.__qualname__ = name

    def method(self, other):
        if isinstance(other, Tensor) or _is_number(other):
            return wrap(call(engine, self, other))
        raise _invalid_combination(name, _METHOD_TENSOR_OR_NUMBER, (other,), {})
    method.__name__ = name

    def inplace(self, other):
        if isinstance(other, Tensor) or _is_number(other):
            call('math_binary_', name + '_', self, other)
            return self
        raise _invalid_combination(name + '_', _METHOD_TENSOR_OR_NUMBER, (other,), {})
    inplace.__name__ = name + '_'
    return fn, method, inplace


xlogy, Tensor.xlogy, Tensor.xlogy_ = _xlogy_like('xlogy', 'xlogy', True)
copysign, Tensor.copysign, Tensor.copysign_ = _xlogy_like('copysign', 'copysign', False)


def _tensor_binary(name, argname='other', inplace=True):
    def fn(input, other, *, out=None):
        _no_out(out)
        _input(name, input)
        if not isinstance(other, Tensor):
            raise _arg_error(name, argname, 2, 'Tensor', other)
        return wrap(call(name, input, other))
    fn.__name__ = fn.__qualname__ = name

    def method(self, other):
        if not isinstance(other, Tensor):
            raise _arg_error(name, argname, 1, 'Tensor', other)
        return wrap(call(name, self, other))
    method.__name__ = name

    def inplace_(self, other):
        if not isinstance(other, Tensor):
            raise _arg_error(name + '_', argname, 1, 'Tensor', other)
        call('math_binary_', name + '_', self, other)
        return self
    inplace_.__name__ = name + '_'
    globals()[name] = fn
    setattr(Tensor, name, method)
    if inplace:
        setattr(Tensor, name + '_', inplace_)


_tensor_binary('hypot')
_tensor_binary('nextafter')
_tensor_binary('heaviside', 'values')
_tensor_binary('logaddexp', inplace=False)
_tensor_binary('logaddexp2', inplace=False)


# ldexp(input, other) = input * 2^other (ATen's composite: MulBackward0 over PowBackward2)
def _pow2(other):
    return wrap(call('pow_scalar_base', other, 2.0))


def ldexp(input, other, *, out=None):
    _no_out(out)
    _input('ldexp', input)
    if not isinstance(other, Tensor):
        raise _arg_error('ldexp', 'other', 2, 'Tensor', other)
    return input * _pow2(other)


def _ldexp_method(self, other):
    if not isinstance(other, Tensor):
        raise _arg_error('ldexp', 'other', 1, 'Tensor', other)
    return self * _pow2(other)


def _ldexp_(self, other):
    if not isinstance(other, Tensor):
        raise _arg_error('ldexp_', 'other', 1, 'Tensor', other)
    return self.mul_(_pow2(other))


Tensor.ldexp, Tensor.ldexp_ = _ldexp_method, _ldexp_


# float_power: pow computed in double (ATen converts the operands with .to(kDouble): ToCopyBackward0)
_FLOAT_POWER_FN = ('Tensor input, Tensor exponent, *, Tensor out', 'Number self, Tensor exponent, *, Tensor out',
                   'Tensor input, Number exponent, *, Tensor out')


def float_power(input, exponent, *, out=None):
    _no_out(out)
    if isinstance(input, Tensor) and (isinstance(exponent, Tensor) or _is_number(exponent)):
        return input.float_power(exponent)
    if _is_number(input) and isinstance(exponent, Tensor):
        return wrap(call('pow_scalar_base', exponent.to(_T.float64), _float(input)))
    raise _invalid_combination('float_power', _FLOAT_POWER_FN, (input, exponent), {})


def _float_power_method(self, exponent):
    if isinstance(exponent, Tensor):
        return self.to(_T.float64).pow(exponent.to(_T.float64))
    if _is_number(exponent):
        return self.to(_T.float64).pow(exponent)
    raise _invalid_combination('float_power', (('Tensor exponent', 'Number exponent')), (exponent,), {})


def _float_power_(self, exponent):
    if not (isinstance(exponent, Tensor) or _is_number(exponent)):
        raise _invalid_combination('float_power_', (('Tensor exponent', 'Number exponent')), (exponent,), {})
    if self.dtype is not _T.float64:
        raise RuntimeError(f"the base given to float_power_ has dtype {_DTYPE_NAMES.get(self.dtype, str(self.dtype))} "
                           "but the operation's result requires dtype Double")
    return self.pow_(exponent.to(_T.float64) if isinstance(exponent, Tensor) else exponent)


_DTYPE_NAMES = {_T.float32: 'Float', _T.int64: 'Long', _T.bool: 'Bool', _T.float64: 'Double'}
Tensor.float_power, Tensor.float_power_ = _float_power_method, _float_power_

# torch.<name>_ functions PyTorch also has (torch.i0_, torch.sinc_, torch.logit_, ...)
for _n in ('i0_', 'sinc_', 'xlogy_', 'logit_', 'frac_', 'deg2rad_', 'rad2deg_', 'ldexp_', 'nan_to_num_', 'exp2_'):
    globals()[_n] = _torch_inplace(_n)


# torch.round(input, *, decimals=): the overload with decimals is RoundBackward1 (Tensor.round in _tensor.py)
_ROUND_FN = ('Tensor input, *, Tensor out', 'Tensor input, *, int decimals, Tensor out')


def round(input, *, decimals=None, out=None):  # noqa: A001
    _no_out(out)
    _input('round', input)
    if decimals is not None and (isinstance(decimals, _bool) or not isinstance(decimals, _int)):
        raise _invalid_combination('round', _ROUND_FN, (input,), {'decimals': decimals})
    return input.round() if decimals is None else input.round(decimals=decimals)
