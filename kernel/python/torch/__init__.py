# The `torch` package of tnb: PyTorch's Python API over the tnb engine (TypeScript autograd + WebAssembly kernels),
# running in Pyodide. What exists matches PyTorch 1.13.1 in names, printing, errors and random streams; what does
# not exist raises a clear error instead of doing something else.
import builtins as _builtins
import re as _re
import warnings as _warnings

from . import _bridge
from ._types import (dtype, Size, device, layout, strided, float32, float64, int64, bool, float16, bfloat16, int32,  # noqa: A004
                     int16, int8, uint8, complex64, complex128, float, double, half, long, int, short, cfloat, cdouble,
                     memory_format, contiguous_format, preserve_format, channels_last, channels_last_3d)
from . import _tensor
from ._tensor import Tensor, return_types as _return_types_dict, _OVERLOADS, _binop, _fits, _invalid_combination, _got
from . import _order  # noqa: F401  (Tensor.median, quantile, ...)
from ._dtype_info import finfo, iinfo, promote_types, result_type, can_cast  # noqa: E402
from ._order import unique, unique_consecutive, bincount, histc, histogram, frexp, renorm, searchsorted, bucketize  # noqa: E402
from . import _creation
from ._creation import (tensor, as_tensor, zeros, ones, empty, empty_strided, full, zeros_like, ones_like, empty_like, full_like,
                        rand_like, randn_like, arange, linspace, logspace, eye, Generator, default_generator,
                        manual_seed, seed, initial_seed, get_rng_state, set_rng_state, rand, randn, randint,
                        randint_like, randperm, normal, bernoulli, multinomial, is_tensor, from_numpy,
                        poisson, binomial, _standard_gamma, _standard_gamma_grad, _sample_dirichlet, _dirichlet_grad)
from . import autograd
from .autograd import no_grad, enable_grad, set_grad_enabled, inference_mode, is_grad_enabled
from .autograd.grad_mode import is_inference_mode_enabled
from .autograd.anomaly_mode import is_anomaly_enabled

_bridge.set_classes(Tensor, dtype, Generator)

__version__ = '1.13.1+tnb'
_PKG = __file__.rsplit('/', 1)[0] + '/'


def _engine_warning(category, message):
    cls = DeprecationWarning if str(category) == 'DeprecationWarning' else UserWarning
    _warnings.warn(str(message), cls, skip_file_prefixes=(_PKG,))


@_bridge.on_bind
def _bind(engine):
    engine.set_warning_handler(_bridge.create_proxy(_engine_warning))


class _ReturnTypes:
    def __init__(self, d):
        self.__dict__.update(d)


return_types = _ReturnTypes(_return_types_dict)


# --- torch.<op>(input, ...) for the tensor methods ---------------------------------------------------------------------
_ARG_POSITION = _re.compile(r"^((\w+)\(\): argument '\w+' \(position )(\d+)(\) .*)$", _re.S)


# The ops whose Tensor arguments PyTorch's parser also takes as Python numbers (should_allow_numbers_as_tensors).
_NUMBERS_AS_TENSORS = {'add', 'sub', 'subtract', 'mul', 'multiply', 'div', 'divide', 'true_divide', 'floor_divide'}


_REFLECTED = {'bitwise_and': '__rand__', 'bitwise_or': '__ror__', 'bitwise_xor': '__rxor__',
              'bitwise_left_shift': '__rlshift__', 'bitwise_right_shift': '__rrshift__'}


def _method_function(name):
    # (looked up at each call: torch/__init__ wraps methods at its end, _add_numpy_aliases; torch.rsub keeps the
    # method deleted from Tensor)
    method = getattr(Tensor, name)

    def fn(input, *args, out=None, **kwargs):
        if out is not None:
            raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
        if not isinstance(input, Tensor):
            # bitwise_and(Number self, Tensor other) and friends: the reflected operator
            if name in _REFLECTED and len(args) == 1 and isinstance(args[0], Tensor) and not kwargs and _fits('Number', input):
                return getattr(args[0], _REFLECTED[name])(input)
            if name not in _OVERLOADS and name not in _NUMBERS_AS_TENSORS:
                raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
            if _fits('Number', input) and not isinstance(input, complex):
                # PyTorch's parser turns a number into a tensor for these: the engine's wrapped number, which promotes
                # as the Python number does
                if name in _NUMBERS_AS_TENSORS:
                    return fn(_bridge.wrap(_bridge.call('wrapped_number', input)), *args, **kwargs)
                # torch.pow(2, x) is 2 ** x, torch.remainder(2, x) is 2 % x (their Number self signatures)
                if len(args) == 1 and isinstance(args[0], Tensor) and not kwargs and name in ('pow', 'remainder'):
                    return _binop('pow_scalar_base', args[0], input) if name == 'pow' else args[0].__rmod__(input)
            if name in _OVERLOADS:
                raise _invalid_combination(name, _OVERLOADS[name][1], (input,) + args, kwargs)
            raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
        if kwargs and ('axis' in kwargs or 'keepdims' in kwargs) and name not in _tensor._NO_NUMPY_ALIASES:
            # (the parser's NumPy aliases: torch.sum(x, axis=0))
            kwargs = {('dim' if k == 'axis' else 'keepdim' if k == 'keepdims' else k): v for k, v in kwargs.items()}
        try:
            return getattr(Tensor, name, method)(input, *args, **kwargs)
        except TypeError as e:
            if getattr(e, '_tnb_positional', None) is not None:   # a unary op given more arguments: Python's text
                raise TypeError(f'{name}() takes 1 positional argument but {e._tnb_positional + 1} were given') from None
            if getattr(e, '_tnb_call', (None,))[0] == name:   # no signature of the method fits: the function's text
                m_name, m_args, m_kwargs = e._tnb_call
                sigs = (_OVERLOADS.get(m_name) or _tensor._DIM_OVERLOADS[m_name])[1]
                raise _invalid_combination(m_name, sigs, (input,) + m_args, m_kwargs) from None
            # the method numbers its arguments after self; the function form counts `input` as position 1
            m = _ARG_POSITION.match(str(e))
            if m is None or m.group(2) != name:
                raise
            raise TypeError(f'{m.group(1)}{_builtins.int(m.group(3)) + 1}{m.group(4)}') from None
    fn.__name__ = name
    fn.__qualname__ = name
    return fn


_FUNCTIONS = [
    'add', 'sub', 'subtract', 'mul', 'multiply', 'div', 'divide', 'true_divide', 'floor_divide', 'remainder', 'pow',
    'rsub', 'neg', 'negative', 'exp', 'log', 'sqrt', 'abs', 'absolute', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'relu',
    'sign', 'reciprocal', 'rsqrt', 'log1p', 'expm1', 'log2', 'log10', 'asin', 'acos', 'atan', 'arcsin', 'arccos',
    'arctan', 'sinh', 'cosh', 'floor', 'ceil', 'round', 'trunc', 'fix', 'square', 'clamp', 'clip', 'clamp_min',
    'clamp_max', 'maximum', 'minimum', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'greater', 'greater_equal', 'less',
    'less_equal', 'not_equal', 'logical_and', 'logical_or', 'logical_xor', 'logical_not', 'isnan', 'isinf',
    'isfinite', 'lerp', 'addmm', 'sum', 'nansum', 'mean', 'prod', 'amax', 'amin', 'argmax', 'argmin',
    'var', 'std', 'logsumexp', 'any', 'all', 'count_nonzero', 'softmax', 'log_softmax', 'matmul', 'mm', 'bmm',
    'dot', 'mv', 'outer', 'ger', 'reshape', 'flatten', 'unflatten', 'squeeze', 'unsqueeze', 't', 'transpose',
    'swapaxes', 'swapdims', 'permute', 'select', 'narrow', 'unbind', 'split', 'chunk', 'flip', 'index_select',
    'masked_fill', 'nonzero', 'fmod', 'clone', 'detach', 'numel', 'tile', 'equal', 'max', 'min',
    'gather', 'scatter', 'scatter_add', 'cumsum', 'cumprod', 'sort', 'argsort', 'topk', 'diagonal',
    'fliplr', 'flipud', 'roll', 'tril', 'triu', 'trace', 'broadcast_to', 'ravel', 'movedim', 'moveaxis', 'atan2',
    'arctan2', 'addcmul', 'addcdiv', 'erf', 'erfc', 'diag',
    'median', 'nanmedian', 'kthvalue', 'mode', 'quantile', 'nanquantile', 'cummax', 'cummin', 'logcumsumexp', 'diff',
    'nanmean', 'split_with_sizes', 'unsafe_split', 'unsafe_split_with_sizes', 'unsafe_chunk', 'tensor_split', 'hsplit',
    'vsplit', 'dsplit', 'aminmax', 'index_add', 'index_reduce', 'index_fill', 'rot90', 'masked_scatter', 'positive', 'bitwise_and', 'bitwise_or', 'bitwise_xor', 'bitwise_not', 'bitwise_left_shift', 'bitwise_right_shift',
]
for _n in _FUNCTIONS:
    globals()[_n] = _method_function(_n)
# the in-place functions torch has (torch.exp_(x) is x.exp_())
for _n in ('abs_', 'acos_', 'asin_', 'atan_', 'arccos_', 'arcsin_', 'arctan_', 'ceil_', 'clamp_', 'clamp_max_',
           'clamp_min_', 'clip_', 'cos_', 'cosh_', 'detach_', 'erf_', 'erfc_', 'exp_', 'expm1_', 'fill_', 'fix_',
           'floor_', 'log10_', 'log1p_', 'log2_', 'log_', 'neg_', 'negative_', 'reciprocal_', 'relu_', 'round_',
           'rsqrt_', 'sigmoid_', 'sin_', 'sinh_', 'sqrt_', 'square_', 'tan_', 'tanh_', 'trunc_', 'zero_'):
    if hasattr(Tensor, _n):
        globals()[_n] = _method_function(_n)
del Tensor.rsub   # torch.rsub only: PyTorch's tensors have no rsub method
from ._math import *  # noqa: E402,F403  (lgamma, digamma, xlogy, hypot, ...: torch/_math.py)
from ._composite import *  # noqa: E402,F403  (take_along_dim, repeat_interleave, cov, masked_select, ...)
from ._global_state import *  # noqa: E402,F403  (use_deterministic_algorithms, typename, set_default_tensor_type, ...)


def inner(input, other, *, out=None):
    """ATen's composite: a product with a 0-d operand, else tensordot over the last dims (ReshapeAliasBackward0)."""
    if out is not None:
        raise NotImplementedError('tnb: out= is not supported')
    if input.dim() == 0 or other.dim() == 0:
        return input * other
    if input.size(-1) != other.size(-1):
        raise RuntimeError(f'inner() the last dimension must match on both input tensors but got shapes '
                           f'{list(input.shape)} and {list(other.shape)}')
    return tensordot(input, other, dims=([-1], [-1]))


Tensor.inner = lambda self, other: inner(self, other)


def logsumexp(input, dim=None, keepdim=False, *, out=None):
    if dim is None:
        raise TypeError('logsumexp() received an invalid combination of arguments - got (Tensor), but expected one of:\n'
                        ' * (Tensor input, tuple of ints dim, bool keepdim, *, Tensor out)\n'
                        ' * (Tensor input, tuple of names dim, bool keepdim, *, Tensor out)\n')
    return _method_function('logsumexp')(input, dim, keepdim, out=out)

from . import _F_nn, _F_loss, _F_act, _F_act_extra, _F_loss_more, _F_ctc, _F_spatial, _F_pool, _F_norm  # noqa: E402
from ._einsum import einsum  # noqa: E402
from . import _linalg_fns  # noqa: E402
globals().update(_linalg_fns.TORCH_FUNCTIONS)
from . import _linalg_products  # noqa: E402
globals().update(_linalg_products.TORCH_FUNCTIONS)
from . import linalg  # noqa: E402
for _m in (_F_nn, _F_loss, _F_act, _F_act_extra, _F_loss_more, _F_spatial, _F_pool, _F_norm):
    for _n in _m._TORCH_NAMES:
        globals()[_n] = getattr(_m, _n)
globals().update(_F_act_extra.TORCH_FUNCTIONS)
globals().update(_F_loss_more.TORCH_FUNCTIONS)
globals().update(_F_ctc.TORCH_FUNCTIONS)


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction=0):
    """The ATen op (reduction as an int: 0 none, 1 mean, 2 sum; PyTorch 1.13's binding defaults to 0)."""
    if not isinstance(reduction, _builtins.int) or isinstance(reduction, _builtins.bool):
        raise TypeError(f"binary_cross_entropy_with_logits(): argument 'reduction' must be int, not {type(reduction).__name__}")
    return _F_loss.binary_cross_entropy_with_logits(input, target, weight, pos_weight=pos_weight,
                                                    reduction={0: 'none', 1: 'mean', 2: 'sum'}.get(reduction, 'sum'))


def split(tensor, split_size_or_sections, dim=0):
    return tensor.split(split_size_or_sections, dim)


def _moments(name, input, dim, unbiased, keepdim, correction):
    if not isinstance(input, Tensor):
        raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    if isinstance(dim, _builtins.bool):
        dim, unbiased = None, dim
    if unbiased is not None and correction is not None:
        got = ', '.join(['Tensor'] + ([f'correction={type(correction).__name__}'] if correction is not None else [])
                        + [f'unbiased={type(unbiased).__name__}'])
        raise TypeError(f'{name}() received an invalid combination of arguments - got ({got}), but expected one of:\n'
                        ' * (Tensor input, tuple of ints dim, *, int correction, bool keepdim)\n'
                        ' * (Tensor input, tuple of ints dim, bool unbiased, bool keepdim)\n'
                        ' * (Tensor input, bool unbiased)\n'
                        ' * (Tensor input, tuple of names dim, *, int correction, bool keepdim)\n'
                        ' * (Tensor input, tuple of names dim, bool unbiased, bool keepdim)\n')
    d, u, k = input._var_args(dim, unbiased, keepdim, correction)
    s, m = _bridge.to_py(_bridge.call('var_mean', input, d, u, k, name == 'std_mean'))
    return (_bridge.wrap(s), _bridge.wrap(m))


def var_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _moments('var_mean', input, dim, unbiased, keepdim, correction)


def std_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    return _moments('std_mean', input, dim, unbiased, keepdim, correction)


def constant_pad_nd(input, pad, value=0):
    return _F_loss.pad(input, pad, 'constant', value)


_CAT_SIGS = ' * (tuple of Tensors tensors, int dim, *, Tensor out)\n * (tuple of Tensors tensors, name dim, *, Tensor out)\n'


def _tensor_list(name, tensors):
    """cat's and stack's sequence of tensors, with the argument parser's texts (a list or tuple only)."""
    if not isinstance(tensors, (list, tuple)):
        raise TypeError(f"{name}(): argument 'tensors' (position 1) must be tuple of Tensors, not {type(tensors).__name__}")
    for i, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            raise TypeError(f'expected Tensor as element {i} in argument 0, but got {type(t).__name__}')
    return list(tensors)


def cat(tensors, *args, out=None, **kwargs):
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    if 'axis' in kwargs and 'dim' not in kwargs:   # (the parser's NumPy alias)
        kwargs = {('dim' if k == 'axis' else k): v for k, v in kwargs.items()}
    dim = args[0] if args else kwargs.get('dim', 0)
    bad_dim = not isinstance(dim, str) and not hasattr(dim, '__index__')
    if len(args) > 1 or set(kwargs) - {'dim'} or (args and 'dim' in kwargs) or bad_dim or (
            (args or kwargs) and not isinstance(tensors, (list, tuple))):
        # (cat(dim) has two signatures, int dim and name dim: the parser lists both)
        raise TypeError(f'cat() received an invalid combination of arguments - got {_got((tensors,) + args, kwargs)}, '
                        'but expected one of:\n'
                        + _CAT_SIGS)
    tensors = _tensor_list('cat', tensors)
    if isinstance(dim, str):
        raise RuntimeError(f"Name '{dim}' not found in Tensor[{', '.join(['None'] * tensors[0].dim())}].")
    for i, t in enumerate(tensors):
        if t.dim() == 0:
            raise RuntimeError(f'zero-dimensional tensor (at position {i}) cannot be concatenated')
    return _bridge.wrap(_bridge.call('cat', tensors, dim))


concat = concatenate = cat


def stack(tensors, dim=0, *, out=None, axis=None):
    if axis is not None:   # (the parser's NumPy alias)
        dim = axis
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    return _bridge.wrap(_bridge.call('stack', _tensor_list('stack', tensors), dim))


def hstack(tensors):
    return cat(tensors, 0 if tensors[0].dim() == 1 else 1)


def vstack(tensors):
    return cat([t.reshape(1, -1) if t.dim() == 1 else t for t in tensors], 0)


_WHERE_SIGS = ('Tensor condition', 'Tensor condition, Tensor input, Tensor other, *, Tensor out',
               'Tensor condition, Number self, Tensor other', 'Tensor condition, Tensor input, Number other',
               'Tensor condition, Number self, Number other')
_MISSING = object()


def where(condition, input=_MISSING, other=_MISSING):
    given = tuple(v for v in (condition, input, other) if v is not _MISSING)
    if input is _MISSING and other is _MISSING and isinstance(condition, Tensor):
        return condition.nonzero(as_tuple=True)
    if len(given) != 3 or not isinstance(condition, Tensor) or not _builtins.all(
            isinstance(v, Tensor) or (_fits('Number', v) and not isinstance(v, complex)) for v in given[1:]):
        raise _invalid_combination('where', _WHERE_SIGS, given, {})
    return _bridge.wrap(_bridge.call('where', condition, input, other))


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _builtins.bool(_isclose('allclose', input, other, rtol, atol, equal_nan).all().item())


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _isclose('isclose', input, other, rtol, atol, equal_nan)


def _isclose(name, input, other, rtol, atol, equal_nan):
    for i, (arg, v) in enumerate((('input', input), ('other', other))):
        if not isinstance(v, Tensor):
            raise TypeError(f"{name}(): argument '{arg}' (position {i + 1}) must be Tensor, not {type(v).__name__}")
    if input.dtype != other.dtype:
        raise RuntimeError(f'{_SCALAR_TYPE_WORDS[input.dtype._name]} did not match {_SCALAR_TYPE_WORDS[other.dtype._name]}')
    if input.dtype is bool:   # (no tolerance for booleans: equality)
        return input == other
    with no_grad():
        close = (input - other).abs() <= atol + rtol * other.abs()
        close = close.logical_or(input == other)
        if equal_nan:
            close = close.logical_or(input.isnan().logical_and(other.isnan()))
    return close


from ._types import SCALAR_TYPE_NAMES as _SCALAR_TYPE_WORDS  # noqa: E402


def broadcast_shapes(*shapes):
    out = []
    for s in shapes:
        s = [s] if isinstance(s, _builtins.int) else list(s)
        for i in _builtins.range(1, len(s) + 1):
            if i > len(out):
                out.insert(0, s[-i])
            elif out[-i] == 1:
                out[-i] = s[-i]
            elif s[-i] != 1 and s[-i] != out[-i]:
                raise RuntimeError(f'Shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 and arg 1.')
    return Size(out)


def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    shape = broadcast_shapes(*[t.shape for t in tensors])
    # (ATen's expand_outplace hands back a tensor that already has the shape itself)
    return tuple(t if t.shape == shape else t.expand(shape) for t in tensors)


def meshgrid(*tensors, indexing=None):
    """Coordinate grids: with indexing='ij' output k varies along dim k; 'xy' swaps the first two dims (1.13:
    views made by expand, grad_fn ExpandBackward0)."""
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    if indexing is None:
        _warnings.warn('torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. '
                       '(Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3190.)',
                       UserWarning, skip_file_prefixes=(_PKG,))
        indexing = 'ij'
    if indexing not in ('ij', 'xy'):
        raise RuntimeError(f'torch.meshgrid: indexing must be one of "xy" or "ij", but received: {indexing}')
    if not tensors:
        raise RuntimeError('meshgrid expects a non-empty TensorList')
    for t in tensors:
        if not isinstance(t, Tensor):
            raise TypeError(f"meshgrid(): argument 'tensors' (position 1) must be tuple of Tensors, not {type(t).__name__}")
        if t.dim() > 1:
            raise RuntimeError(f'torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: {t.shape} tensor')
    if _builtins.any(t.dtype != tensors[0].dtype for t in tensors):
        raise RuntimeError('meshgrid expects all tensors to have the same dtype')
    flat = [t.reshape(-1) for t in tensors]
    swap = indexing == 'xy' and len(flat) >= 2
    if swap:
        flat[0], flat[1] = flat[1], flat[0]
    shape = [t.numel() for t in flat]
    out = []
    for k, t in enumerate(flat):
        view = [1] * len(flat)
        view[k] = shape[k]
        out.append(t.view(view).expand(shape))
    if swap:
        out[0], out[1] = out[1], out[0]
    return tuple(out)


from ._types import BY_ENGINE as _dtype_by_engine  # noqa: E402


def get_default_dtype():
    return _dtype_by_engine[_bridge.call('get_default_dtype')]


def set_default_dtype(d):
    if not isinstance(d, dtype):
        raise TypeError(f'invalid dtype object: only floating-point types are supported as the default type')
    if not d.is_floating_point or d.is_complex:
        raise TypeError('only floating-point types are supported as the default type')
    _bridge.call('set_default_dtype', d._engine_name())


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    if profile not in (None, 'default', 'short', 'full'):
        profile = None
    _bridge.call('set_printoptions', precision, None if threshold is None else _builtins.float(threshold), edgeitems,
                 linewidth, profile, sci_mode)


def is_floating_point(input):
    return input.is_floating_point()


def is_nonzero(input):
    return _builtins.bool(input)


def FloatTensor(*args):
    return _tensor._legacy_new(float32, args, True)


def DoubleTensor(*args):
    return _tensor._legacy_new(float64, args, True)


def LongTensor(*args):
    return _tensor._legacy_new(int64, args, True)


def _legacy_tensor_type(d):
    def make(*args):
        return _tensor._legacy_new(d, args, True)
    make.__name__ = {int32: 'IntTensor', int16: 'ShortTensor', int8: 'CharTensor', uint8: 'ByteTensor',
                     float16: 'HalfTensor', bfloat16: 'BFloat16Tensor'}[d]
    make._tnb_dtype = d
    return make


IntTensor, ShortTensor, CharTensor, ByteTensor, HalfTensor, BFloat16Tensor = (
    _legacy_tensor_type(d) for d in (int32, int16, int8, uint8, float16, bfloat16))


def BoolTensor(*args):
    return _tensor._legacy_new(bool, args, True)


FloatTensor._tnb_dtype, DoubleTensor._tnb_dtype, LongTensor._tnb_dtype, BoolTensor._tnb_dtype = float32, float64, int64, bool


def _memory_stats():
    """Live engine memory: bytes and blocks in the wasm heap, and live Python handles."""
    _bridge.drain()
    return _bridge.to_py(_bridge._E.memory_stats())


cuda = type('cuda', (), {'is_available': staticmethod(lambda: False), 'device_count': staticmethod(lambda: 0)})()
backends = type('backends', (), {})()


def get_num_threads():
    """Threads a matrix product may use (tnb: the kernel's wasm threads; the tnb.threads setting or TNB_THREADS
    sets the most, by default the number of cores)."""
    return _builtins.int(_bridge._E.get_num_threads())


def set_num_threads(n):
    """Caps the threads matrix products use (at most what the kernel started with)."""
    if not isinstance(n, _builtins.int):
        raise RuntimeError(f'set_num_threads expects an int, but got {type(n).__name__}')
    if n <= 0:
        raise RuntimeError('set_num_threads expects a positive integer')
    _bridge._E.set_num_threads(_builtins.int(n))


from . import nn  # noqa: E402  (as torch does: torch.nn is usable after `import torch`)
from . import special  # noqa: E402
# --- training utilities (issue 8): optimizers, data loading, saving --------------------------------------------------
from . import optim  # noqa: E402
from . import utils  # noqa: E402
from . import _utils  # noqa: E402
from . import testing  # noqa: E402  (torch.testing.assert_close)
from .storage import (FloatStorage, DoubleStorage, LongStorage, BoolStorage, HalfStorage, BFloat16Storage,  # noqa: E402
                      IntStorage, ShortStorage, CharStorage, ByteStorage)
from .serialization import save, load  # noqa: E402
from . import _C, _six, overrides  # noqa: E402
from . import distributions  # noqa: E402  (as torch does: torch.distributions is usable after `import torch`)
_tensor._add_numpy_aliases()  # noqa: E402  (x.sum(axis=0): once every module has added its methods)
