# torch's process-wide switches as PyTorch 1.13's CPU build has them: deterministic algorithms (every tnb kernel is
# deterministic, so the switch only records the mode), flush-denormal, inter-op threads, float32 matmul precision,
# warn-always, the default tensor type, and small queries (typename, is_complex, the conj/neg bits of real tensors).
import builtins as _builtins
import warnings as _warnings

from . import _types as T
from ._tensor import Tensor

__all__ = ['use_deterministic_algorithms', 'are_deterministic_algorithms_enabled',
           'is_deterministic_algorithms_warn_only_enabled', 'set_deterministic_debug_mode',
           'get_deterministic_debug_mode', 'set_flush_denormal', 'get_num_interop_threads', 'set_num_interop_threads',
           'get_float32_matmul_precision', 'set_float32_matmul_precision', 'set_warn_always', 'is_warn_always_enabled',
           'typename', 'is_complex', 'is_conj', 'is_neg', 'conj', 'conj_physical', 'resolve_conj', 'resolve_neg',
           'real', 'imag', 'set_default_tensor_type']

_state = {'deterministic': False, 'warn_only': False, 'interop': 1, 'interop_set': False, 'precision': 'highest',
          'warn_always': False}


def use_deterministic_algorithms(mode, *, warn_only=False):
    if not isinstance(mode, _builtins.bool):
        raise TypeError(f"use_deterministic_algorithms(): argument 'mode' (position 1) must be bool, not {type(mode).__name__}")
    _state['deterministic'], _state['warn_only'] = mode, _builtins.bool(warn_only) and mode


def are_deterministic_algorithms_enabled():
    return _state['deterministic']


def is_deterministic_algorithms_warn_only_enabled():
    return _state['warn_only']


def set_deterministic_debug_mode(debug_mode):
    modes = {'default': 0, 'warn': 1, 'error': 2}
    if isinstance(debug_mode, str):
        if debug_mode not in modes:
            raise RuntimeError(f'invalid value of debug_mode, expected one of `default`, `warn`, `error`, but got {debug_mode}')
        debug_mode = modes[debug_mode]
    elif not isinstance(debug_mode, _builtins.int):
        raise TypeError(f'debug_mode must be str or int, but got {type(debug_mode)}')
    if debug_mode not in (0, 1, 2):
        raise RuntimeError(f'invalid value of debug_mode, expected 0, 1, or 2, but got {debug_mode}')
    use_deterministic_algorithms(debug_mode != 0, warn_only=debug_mode == 1)


def get_deterministic_debug_mode():
    return 0 if not _state['deterministic'] else 1 if _state['warn_only'] else 2


def set_flush_denormal(mode):
    """True: x86 CPUs support flushing denormals (tnb's kernels do not flush them; this only answers as PyTorch)."""
    return True


def get_num_interop_threads():
    return _state['interop']


def set_num_interop_threads(n):
    if not isinstance(n, _builtins.int) or n <= 0:
        raise RuntimeError('Expected positive number of threads')
    if _state['interop_set']:
        raise RuntimeError('Error: cannot set number of interop threads after parallel work has started or '
                           'set_num_interop_threads called')
    _state['interop'], _state['interop_set'] = n, True


def get_float32_matmul_precision():
    return _state['precision']


def set_float32_matmul_precision(precision):
    if precision in ('highest', 'high', 'medium'):   # (CPU float32 matmuls are full precision whatever the setting)
        _state['precision'] = precision


def set_warn_always(b):
    _state['warn_always'] = _builtins.bool(b)


def is_warn_always_enabled():
    return _state['warn_always']


def typename(o):
    """As torch.typename: a tensor's type(); else the object's own __module__ and __qualname__ (a class names
    itself; an instance without them falls back to its class's name)."""
    if isinstance(o, Tensor):
        return o.type()
    module = getattr(o, '__module__', None)
    prefix = module + '.' if module not in (None, 'builtins', '__builtin__') else ''
    name = getattr(o, '__qualname__', None) or getattr(o, '__name__', None) or type(o).__name__
    return prefix + name


def is_complex(input):
    if not isinstance(input, Tensor):
        raise TypeError(f"is_complex(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    return False


def is_conj(input): return False
def is_neg(input): return False
def conj(input): return input
def resolve_conj(input): return input
def resolve_neg(input): return input
def conj_physical(input): return input
def real(input): return input


def imag(input):
    raise RuntimeError('imag is not implemented for tensors with non-complex dtypes.')


def set_default_tensor_type(t):
    name = t if isinstance(t, str) else getattr(t, '__name__', None)
    name = name if name is None or name.startswith('torch.') else f'torch.{name}'
    if name not in ('torch.FloatTensor', 'torch.DoubleTensor'):
        raise TypeError('only floating-point types are supported as the default type')
    from . import set_default_dtype
    set_default_dtype(T.float32 if name == 'torch.FloatTensor' else T.float64)


# the tensor methods and properties (tensors here are real and on the CPU)
Tensor.is_conj = lambda self: False
Tensor.is_neg = lambda self: False
Tensor.conj = Tensor.resolve_conj = Tensor.resolve_neg = lambda self: self
Tensor.conj_physical = lambda self: self
Tensor.is_cpu = property(lambda self: True)
Tensor.is_pinned = lambda self: False
Tensor.is_shared = lambda self: False
Tensor.real = property(lambda self: self)
Tensor.imag = property(imag)
