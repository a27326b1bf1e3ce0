# torch.finfo / torch.iinfo and the dtype functions promote_types, result_type and can_cast, as PyTorch 1.13 gives
# them (c10's promotion lattice; result_type ranks dimensioned tensors above 0-d tensors above Python numbers unless a
# lower-ranked operand is of a higher category: bool < integer < floating).
import builtins as _builtins

from . import _types as T

_RANK = {'bool': 0, 'uint8': 1, 'int8': 1, 'int16': 2, 'int32': 3, 'int64': 4, 'float16': 5, 'bfloat16': 5,
         'float32': 6, 'float64': 7}


def _category(d):
    return 2 if d.is_floating_point else 0 if d is T.bool else 1


def _promote(a, b):
    if a is None or b is None:
        return b if a is None else a
    if a is b:
        return a
    ra, rb = _RANK[a._engine_name()], _RANK[b._engine_name()]
    if ra == rb:
        return T.int16 if a in (T.uint8, T.int8) else T.float32
    return a if ra > rb else b


def promote_types(type1, type2):
    for i, t in enumerate((type1, type2)):
        if not isinstance(t, T.dtype):
            raise TypeError(f"promote_types(): argument 'type{i + 1}' (position {i + 1}) must be torch.dtype, "
                            f"not {type(t).__name__}")
    return _promote(type1, type2)


def can_cast(from_, to):
    for name, t in (('from', from_), ('to', to)):
        if not isinstance(t, T.dtype):
            raise TypeError(f"can_cast(): argument '{name}' must be torch.dtype, not {type(t).__name__}")
    return _category(from_) <= _category(to)


def _combine(higher, lower):
    if higher is not None and higher.is_floating_point:
        return higher
    if higher is T.bool or (lower is not None and lower.is_floating_point):
        return _promote(higher, lower)
    return higher if higher is not None else lower


def result_type(tensor, other):
    from ._tensor import Tensor
    from . import get_default_dtype
    dim = zero = wrapped = None
    for x in (tensor, other):
        if isinstance(x, Tensor):
            if x.dim() > 0:
                dim = _promote(dim, x.dtype)
            else:
                zero = _promote(zero, x.dtype)
        elif isinstance(x, _builtins.bool):
            wrapped = _promote(wrapped, T.bool)
        elif isinstance(x, _builtins.int):
            wrapped = _promote(wrapped, T.int64)
        elif isinstance(x, _builtins.float):
            wrapped = _promote(wrapped, get_default_dtype())
        else:
            raise TypeError(f"result_type() received an invalid combination of arguments - got "
                            f"({type(tensor).__name__}, {type(other).__name__})")
    return _combine(dim, _combine(zero, wrapped)) or get_default_dtype()


# (bits, eps, max, tiny, resolution) of each floating dtype; min is -max and smallest_normal is tiny.
_FLOAT_INFO = {
    'float16': (16, 0.0009765625, 65504.0, 6.103515625e-05, 0.001),
    'bfloat16': (16, 0.0078125, 3.3895313892515355e+38, 1.1754943508222875e-38, 0.01),
    'float32': (32, 1.1920928955078125e-07, 3.4028234663852886e+38, 1.1754943508222875e-38, 1e-06),
    'float64': (64, 2.220446049250313e-16, 1.7976931348623157e+308, 2.2250738585072014e-308, 1e-15),
}
_INT_BITS = {'uint8': 8, 'int8': 8, 'int16': 16, 'int32': 32, 'int64': 64}


class finfo:
    """Machine limits of a floating dtype (torch.finfo; the default dtype without an argument)."""

    def __init__(self, type=None):   # noqa: A002 (PyTorch's name)
        if type is None:
            from . import get_default_dtype
            type = get_default_dtype()
        if not isinstance(type, T.dtype) or not type.is_floating_point:
            raise TypeError("torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'")
        self.bits, self.eps, self.max, self.tiny, self.resolution = _FLOAT_INFO[type._engine_name()]
        self.min = -self.max
        self.smallest_normal = self.tiny
        self.dtype = type._name

    def __eq__(self, other):
        return isinstance(other, finfo) and self.dtype == other.dtype

    def __hash__(self):
        return hash(self.dtype)

    def __repr__(self):
        return (f'finfo(resolution={self.resolution:g}, min={self.min:g}, max={self.max:g}, eps={self.eps:g}, '
                f'smallest_normal={self.smallest_normal:g}, tiny={self.tiny:g}, dtype={self.dtype})')


class iinfo:
    """Machine limits of an integer dtype (torch.iinfo)."""

    def __init__(self, type):   # noqa: A002 (PyTorch's name)
        if type is T.bool:
            raise TypeError('torch.bool is not supported by torch.iinfo')
        if not isinstance(type, T.dtype) or type.is_floating_point or type.is_complex:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'")
        self.bits = _INT_BITS[type._engine_name()]
        signed = type.is_signed
        self.max = (1 << (self.bits - 1)) - 1 if signed else (1 << self.bits) - 1
        self.min = -(1 << (self.bits - 1)) if signed else 0
        self.dtype = type._name

    def __eq__(self, other):
        return isinstance(other, iinfo) and self.dtype == other.dtype

    def __hash__(self):
        return hash(self.dtype)

    def __repr__(self):
        return f'iinfo(min={float(self.min):g}, max={float(self.max):g}, dtype={self.dtype})'


for _c in (finfo, iinfo):
    _c.__module__ = 'torch'
