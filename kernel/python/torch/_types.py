# torch.dtype, torch.Size, torch.device and torch.layout, printed as PyTorch prints them.
# The engine has every real dtype of PyTorch 1.13 (float32/64, float16, bfloat16, int8/16/32/64, uint8, bool); the
# complex ones exist as names (so code that mentions them imports) but creating a tensor of one raises a clear error.

import builtins as _builtins

# c10's names of the scalar types, as PyTorch's error texts print them (by engine dtype name).
SCALAR_TYPE_NAMES = {'float32': 'Float', 'float64': 'Double', 'int64': 'Long', 'bool': 'Bool', 'int32': 'Int',
                     'int16': 'Short', 'int8': 'Char', 'uint8': 'Byte', 'float16': 'Half', 'bfloat16': 'BFloat16'}
# caffe2::TypeMeta's names, as some of PyTorch's errors print them.
TYPE_META_NAMES = {'float32': 'float', 'float64': 'double', 'int64': 'long int', 'bool': 'bool', 'int32': 'int',
                   'int16': 'short int', 'int8': 'signed char', 'uint8': 'unsigned char', 'float16': 'c10::Half',
                   'bfloat16': 'c10::BFloat16'}


class dtype:
    __module__ = 'torch'   # (type() prints <class 'torch.dtype'>, as PyTorch's)
    __slots__ = ('_name', 'is_floating_point', 'is_complex', 'is_signed', 'itemsize', '_engine')

    def __init__(self, name, floating, complex_, signed, itemsize, engine):
        self._name = name
        self.is_floating_point = floating
        self.is_complex = complex_
        self.is_signed = signed
        self.itemsize = itemsize
        self._engine = engine

    def _engine_name(self):
        if self._engine is None:
            raise TypeError(f"tnb has no complex dtypes: torch.{self._name} is not supported")
        return self._engine

    def __repr__(self):
        return 'torch.' + self._name

    __str__ = __repr__

    def __reduce__(self):
        return self._name

    def to_real(self):
        return self

    def to_complex(self):
        raise TypeError('tnb has no complex dtypes')


float32 = dtype('float32', True, False, True, 4, 'float32')
float64 = dtype('float64', True, False, True, 8, 'float64')
int64 = dtype('int64', False, False, True, 8, 'int64')
bool = dtype('bool', False, False, False, 1, 'bool')   # noqa: A001 (torch.bool)
float16 = dtype('float16', True, False, True, 2, 'float16')
bfloat16 = dtype('bfloat16', True, False, True, 2, 'bfloat16')
int32 = dtype('int32', False, False, True, 4, 'int32')
int16 = dtype('int16', False, False, True, 2, 'int16')
int8 = dtype('int8', False, False, True, 1, 'int8')
uint8 = dtype('uint8', False, False, False, 1, 'uint8')
complex64 = dtype('complex64', False, True, True, 8, None)
complex128 = dtype('complex128', False, True, True, 16, None)
float = float32    # noqa: A001
double = float64
half = float16
long = int64
int = int32        # noqa: A001
short = int16
cfloat = complex64
cdouble = complex128

BY_ENGINE = {'float32': float32, 'float64': float64, 'int64': int64, 'bool': bool, 'int32': int32, 'int16': int16,
             'int8': int8, 'uint8': uint8, 'float16': float16, 'bfloat16': bfloat16}
ALL = [float32, float64, int64, bool, float16, bfloat16, int32, int16, int8, uint8, complex64, complex128]


def from_python_type(t):
    """torch.float64 / int64 / bool for Python's float / int / bool, as the argument parser converts them."""
    return {_builtins.float: float64, _builtins.int: int64, _builtins.bool: bool}[t]


class Size(tuple):
    """torch.Size: a tuple of ints that prints as `torch.Size([2, 3])`."""
    __module__ = 'torch'   # (type() prints <class 'torch.Size'>, as PyTorch's)

    def __new__(cls, sizes=()):
        return super().__new__(cls, sizes)

    def __repr__(self):
        return 'torch.Size([' + ', '.join(repr(s) for s in self) + '])'

    __str__ = __repr__

    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Size(r) if isinstance(i, slice) else r

    def __add__(self, other):
        return Size(tuple(self) + tuple(other))

    def __radd__(self, other):
        return Size(tuple(other) + tuple(self))

    def numel(self):
        n = 1
        for s in self:
            n *= s
        return n


_DEVICE_TYPES = ('cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, ort, xla, lazy, vulkan, mps, '
                 'meta, hpu, privateuseone')


def _parse_device_string(s):
    """c10::Device's checks of a device string, with its texts (a known type that is not the CPU is refused after)."""
    import re
    if not s:
        raise RuntimeError('Device string must not be empty')
    m = re.fullmatch(r'([a-zA-Z_]+)(?::([1-9]\d*|0))?', s)
    if m is None:
        raise RuntimeError(f"Invalid device string: '{s}'")
    if m.group(1) not in _DEVICE_TYPES.split(', '):
        raise RuntimeError(f'Expected one of {_DEVICE_TYPES} device type at start of device string: {m.group(1)}')


class device:
    """torch.device: any of PyTorch's device types can be named (torch.device('cuda') is a value, as in PyTorch);
    only the CPU exists here, so putting a tensor or module on another device raises (check_available)."""
    __module__ = 'torch'   # (type() prints <class 'torch.device'>, as PyTorch's)
    __slots__ = ('type', 'index')

    def __init__(self, type='cpu', index=None):   # noqa: A002
        if isinstance(type, device):
            type, index = type.type, type.index
        elif isinstance(type, str):
            _parse_device_string(type)
        if ':' in type:
            type, _, idx = type.partition(':')
            index = _builtins.int(idx)
        self.type = type
        self.index = index

    def check_available(self):
        if self.type != 'cpu':
            raise RuntimeError(f"tnb runs on the CPU only (in WebAssembly); device '{self.type}' is not available")
        return self

    def __repr__(self):
        return f"device(type='{self.type}')" if self.index is None else f"device(type='{self.type}', index={self.index})"

    def __str__(self):
        return self.type if self.index is None else f'{self.type}:{self.index}'

    def __eq__(self, other):
        if isinstance(other, str):
            other = device(other)
        return isinstance(other, device) and self.type == other.type and self.index == other.index

    def __hash__(self):
        return hash((self.type, self.index))


class _Named:
    """A constant of the torch namespace that prints as `torch.<name>` (layouts, memory formats)."""
    __slots__ = ('_name',)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return 'torch.' + self._name


class layout(_Named):
    __slots__ = ()


strided = layout('strided')


class memory_format(_Named):
    __slots__ = ()


# The engine's tensors have any strides: row-major (contiguous_format), laid out as another tensor (preserve_format:
# clone / .to() / *_like / pointwise results), or channels fastest (channels_last for 4-d, channels_last_3d for 5-d).
contiguous_format = memory_format('contiguous_format')
preserve_format = memory_format('preserve_format')
channels_last = memory_format('channels_last')
channels_last_3d = memory_format('channels_last_3d')
layout.__module__ = memory_format.__module__ = 'torch'


_ENGINE_FORMATS = {'contiguous_format': 'contiguous', 'preserve_format': 'preserve', 'channels_last': 'channels_last',
                   'channels_last_3d': 'channels_last_3d'}


def _memory_format_arg(fn, mf, default):
    """The engine's name for a memory_format argument: 'contiguous', 'preserve', 'channels_last' or
    'channels_last_3d' (`default` when None)."""
    if mf is None:
        return default
    if not isinstance(mf, memory_format):
        raise TypeError(f"{fn}(): argument 'memory_format' must be torch.memory_format, not {type(mf).__name__}")
    return _ENGINE_FORMATS[mf._name]
CPU = device('cpu')
