# torch.Tensor over the engine: an integer handle plus PyTorch's methods, operators and attributes.
# Every method forwards to one engine op (kernel/bridge.ts OPS); argument parsing follows PyTorch's signatures
# (sizes as varargs or one sequence, dim as int or tuple, keyword names as in PyTorch 1.13).
import builtins
import functools
import math
import warnings

from . import _bridge as B
from . import _types as T
from ._bridge import _site, call, wrap

_E = B._E


@B.on_bind
def _bind(engine):
    g = globals()
    for n in ('repr', 'item', 'values', 'grad', 'grad_fn', 'is_leaf', 'requires_grad', 'shape', 'dtype',
              'version', 'call', 'ndim', 'numel', 'item_is_negative_zero'):
        g['_' + n] = getattr(engine, n)


_JsException = B.JsException


def _float_item(h, v):
    """float of the engine's item() v of tensor h: a JS -0 arrives as the int 0, so the sign is asked for then."""
    r = _float(v)
    if r == 0.0 and _item_is_negative_zero(h):
        return -0.0
    return r

_err = B.error_from_js
_dead = B._dead          # the same list object: handles of dead Python objects, released before the next call
_drain = B.drain

_int = builtins.int
_float = builtins.float
_bool = builtins.bool


def _sk(v):
    """Signature letter of a Python scalar operand, or None."""
    t = type(v)
    if t is _float:
        return 'f'
    if t is _int:
        return 'i'
    if t is _bool:
        return 'b'
    if isinstance(v, _bool):
        return 'b'
    if isinstance(v, _int):
        return 'i'
    if isinstance(v, _float):
        return 'f'
    return None


_SCALAR_SIGS = {_float: 'tf', _int: 'ti', _bool: 'tb'}


def _binop(name, a, b):
    """a <op> b for a tensor a and a tensor or Python number b (the hot path of the operators). Like B.call, it
    first releases the handles of tensors that died since the last engine call (`y = y * 2` in a loop frees the
    old y's memory at once, as PyTorch does)."""
    if _dead:
        _drain()
    if isinstance(b, Tensor):
        try:
            return wrap(_call(name, 'tt', _site(), a._h, b._h))
        except _JsException as e:
            raise _err(e) from None
    sig = _SCALAR_SIGS.get(type(b))
    if sig is None:
        k = _sk(b)
        if k is None:
            return NotImplemented
        sig = 't' + k
        b = b if k != 'i' else _int(b)
    try:
        return wrap(_call(name, sig, _site(), a._h, b))
    except _JsException as e:
        raise _err(e) from None


def _inplace_binop(name, a, b):
    """a.<op>_(b) for a tensor or Python number b; NotImplemented for anything else (the caller raises)."""
    if not isinstance(b, Tensor) and _sk(b) is None:
        return NotImplemented
    call(name, a, b)
    return a


def _unop(name, a):
    if _dead:
        _drain()
    try:
        return wrap(_call(name, 't', _site(), a._h))
    except _JsException as e:
        raise _err(e) from None


# PyTorch 1.13's argument parser names the element type by the op's signature: SymInt[] (view, reshape, expand,
# repeat, zeros, ones, empty, full) or int[] (permute, rand, randn, randint, flip, tile).
_INT_LIST_OPS = {'permute', 'rand', 'randn', 'randint', 'flip', 'tile'}


def _size(args, fname='view', argname='size', sequence=False):
    """Sizes given as varargs (2, 3) or as one sequence ((2, 3), [2, 3], torch.Size); `sequence`: the parameter
    is not varargs (full(size, ...)), so only a sequence is taken."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = tuple(args[0])
    elif len(args) == 1 and (sequence or not _is_index(args[0])):
        # one argument that is not a size: the parser names the parameter by its position
        raise TypeError(f"{fname}(): argument '{argname}' (position 1) must be tuple of "
                        f"{'ints' if fname in _INT_LIST_OPS else 'SymInts'}, not {type(args[0]).__name__}")
    out = []
    for i, s in enumerate(args):
        if isinstance(s, _bool) or not hasattr(s, '__index__'):
            raise TypeError(f"{fname}(): argument '{argname}' must be tuple of {'ints' if fname in _INT_LIST_OPS else 'SymInts'}, but found element of type "
                            f"{type(s).__name__} at pos {i + 1}")
        out.append(s.__index__())
    return out


def _given(args, fname, argname):
    """The varargs of a method whose one parameter is required (x.reshape() is the parser's missing-argument text)."""
    if not args:
        raise TypeError(f'{fname}() missing 1 required positional arguments: "{argname}"')
    return args


def _is_index(v):
    """Whether the parser takes v as an int (a 0-d or one-element integer tensor too)."""
    if isinstance(v, Tensor):
        return v.numel() == 1 and not v.is_floating_point() and v.dtype is not T.bool
    return not isinstance(v, _bool) and hasattr(v, '__index__')


def _clamped_range(start, end, n):
    """(start, length) of slice [start:end] of a dim of size n, with ATen's slice clamping (tensor_split)."""
    start = start + n if start < 0 else start
    end = end + n if end < 0 else end
    start = min(max(start, 0), n)
    end = min(max(end, start), n)
    return start, end - start


def _split_sizes(fname, sizes):
    if not isinstance(sizes, (tuple, list)):
        raise TypeError(f"{fname}(): argument 'split_sizes' (position 1) must be tuple of ints, not {type(sizes).__name__}")
    return _size((sizes,), fname, 'split_sizes')


class _BadDim(TypeError):
    """A dim that is not an int (x.mean(1.5), x.sum('a')): the method wrapper (_numpy_aliases) rewrites it with the
    parser's text for that method; `element`: the position in a tuple of dims."""

    def __init__(self, value, element=None):
        super().__init__(f"argument 'dim' must be int, not {type(value).__name__}")
        self.value, self.element = value, element


# (should one escape a method wrapper, it reads as the TypeError it is)
_BadDim.__name__ = _BadDim.__qualname__ = 'TypeError'
_BadDim.__module__ = 'builtins'


def _dim_index(d, element=None):
    if isinstance(d, _bool) or not hasattr(d, '__index__'):
        raise _BadDim(d, element)
    return d.__index__()


def _dims(dim):
    if dim is None:
        return None
    if isinstance(dim, (tuple, list)):
        return [_dim_index(d, i + 1) for i, d in enumerate(dim)]
    return _dim_index(dim)


def _engine_dtype(d):
    if d is None:
        return None
    if isinstance(d, T.dtype):
        return d._engine_name()
    if d is _float or d is _int or d is _bool:   # the parser takes Python's float, int, bool as dtypes
        return T.from_python_type(d)._engine_name()
    e = TypeError(f"dtype must be torch.dtype, not {type(d).__name__}")
    e._tnb_dtype_arg = True   # (the factory functions rewrite it with their parser's text: _creation._dtype_errors)
    raise e


def _arg_type_name(v):
    """The argument parser's name of a value's type (int, NoneType, torch.dtype, torch.memory_format, ...)."""
    t = type(v)
    if isinstance(v, Tensor):
        return 'Tensor'
    mod = getattr(t, '__module__', 'builtins')
    return t.__name__ if mod == 'builtins' else f'torch.{t.__name__}' if mod.startswith('torch') else t.__name__


_TO_SIGNATURES = (' * (torch.device device, torch.dtype dtype, bool non_blocking, bool copy, *, '
                  'torch.memory_format memory_format)\n'
                  ' * (torch.dtype dtype, bool non_blocking, bool copy, *, torch.memory_format memory_format)\n'
                  ' * (Tensor tensor, bool non_blocking, bool copy, *, torch.memory_format memory_format)\n')


def _to_invalid(args, kwargs):
    """The TypeError of Tensor.to / Module.to for arguments that match none of its signatures."""
    pos = [_arg_type_name(a) for a in args]
    kw = [f'{k}={_arg_type_name(v)}' for k, v in kwargs.items()]
    got = ', '.join(pos + kw) if pos else ''.join(f'{k}, ' for k in kw)
    return TypeError(f'to() received an invalid combination of arguments - got ({got}), but expected one of:\n'
                     f'{_TO_SIGNATURES}')


def _check_device(device):
    if device is not None:
        (device if isinstance(device, T.device) else T.device(device)).check_available()


_TYPE_NAMES = {k: f'torch.{v}Tensor' for k, v in T.SCALAR_TYPE_NAMES.items()}
_INTEGER = ('int64', 'int32', 'int16', 'int8', 'uint8')
_TYPE_BY_NAME = {v: k for k, v in _TYPE_NAMES.items()}
_TYPE_BY_NAME.update({'torch.cuda.FloatTensor': 'float32'})


class _ReturnType(tuple):
    """torch.return_types.max and friends: a named pair printed as PyTorch prints it."""
    _name = ''
    _fields = ('values', 'indices')

    def __new__(cls, values, indices):
        return super().__new__(cls, (values, indices))

    @property
    def values(self):
        return self[0]

    @property
    def indices(self):
        return self[1]

    def __repr__(self):
        return f'torch.return_types.{self._name}(\nvalues={self[0]!r},\nindices={self[1]!r})'


def _return_type(name):
    return type(name, (_ReturnType,), {'_name': name, '__module__': 'torch.return_types', '__qualname__': name})


return_types = {n: _return_type(n) for n in ('max', 'min', 'sort', 'topk', 'kthvalue', 'mode', 'median', 'nanmedian',
                                             'cummax', 'cummin')}


class _MinMax(tuple):
    """torch.return_types.aminmax: (min, max) with named fields."""
    _name = 'aminmax'

    def __new__(cls, min, max):
        return super().__new__(cls, (min, max))

    @property
    def min(self):
        return self[0]

    @property
    def max(self):
        return self[1]

    def __repr__(self):
        return f'torch.return_types.aminmax(\nmin={self[0]!r},\nmax={self[1]!r})'


return_types['aminmax'] = type('aminmax', (_MinMax,), {'__module__': 'torch.return_types', '__qualname__': 'aminmax'})


class RemovableHandle:
    """What register_hook returns: `.remove()` unregisters the hook."""
    __module__ = 'torch.utils.hooks'   # (its repr names it as PyTorch's)

    def __init__(self, hook_id):
        self._id = hook_id

    def remove(self):
        if self._id is not None:
            _E.remove_hook(self._id)
            self._id = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


_NO_DIM = object()   # (a required dim left out: the parser's invalid-combination text, not Python's)


class Tensor:
    """A tensor of the tnb engine, with PyTorch's API."""

    # --- lifetime ---------------------------------------------------------------------------------------------------
    def __new__(cls, *args, **kwargs):
        # torch.Tensor(2, 3) / torch.Tensor([1, 2]) as PyTorch's legacy constructor: the default dtype.
        return _legacy_new(T.BY_ENGINE[call('get_default_dtype')], args, False)

    # --- metadata ---------------------------------------------------------------------------------------------------
    @property
    def shape(self):
        return T.Size(_shape(self._h))

    def size(self, dim=None):
        if dim is None:
            return T.Size(_shape(self._h))
        shape = _shape(self._h)
        n = max(len(shape), 1)
        d = dim.__index__()
        if not shape:   # a 0-d tensor has no size along any dim
            raise IndexError(f'Dimension specified as {d} but tensor has no dimensions')
        if d < -n or d >= n:
            raise IndexError(f'Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {d})')
        return shape[d]

    @property
    def dtype(self):
        return T.BY_ENGINE[_dtype(self._h)]

    @property
    def device(self):
        return T.CPU

    @property
    def layout(self):
        return T.strided

    is_cuda = False
    is_sparse = False
    is_quantized = False
    is_meta = False

    @property
    def ndim(self):
        return _ndim(self._h)

    def dim(self):
        return _ndim(self._h)

    ndimension = dim

    def numel(self):
        return _numel(self._h)

    nelement = numel

    def element_size(self):
        return self.dtype.itemsize

    def stride(self, dim=None):
        s = tuple(_E.strides(self._h))
        if dim is None:
            return s
        if not s:
            raise IndexError(f'Dimension specified as {dim.__index__()} but tensor has no dimensions')
        return s[_wrap_dim(dim, len(s))]

    def storage_offset(self):
        return _E.storage_offset(self._h)

    def is_contiguous(self, *args, memory_format=None):
        if args:
            raise TypeError(f"is_contiguous() takes 0 positional arguments but {len(args)} "
                            f"{'was' if len(args) == 1 else 'were'} given")
        if memory_format is None:
            return _E.is_contiguous(self._h)
        return _E.is_contiguous(self._h, T._memory_format_arg('is_contiguous', memory_format, 'contiguous'))

    def data_ptr(self):
        return _E.data_ptr(self._h)

    def is_floating_point(self):
        return T.BY_ENGINE[_dtype(self._h)].is_floating_point

    def is_signed(self):
        return T.BY_ENGINE[_dtype(self._h)].is_signed

    def is_complex(self):
        return False

    def type(self, dtype=None, non_blocking=False):
        if dtype is None:
            return _TYPE_NAMES[_dtype(self._h)]
        if isinstance(dtype, str):
            if dtype not in _TYPE_BY_NAME:
                raise ValueError(f'invalid type: {dtype!r}')
            return self.to(T.BY_ENGINE[_TYPE_BY_NAME[dtype]])
        if dtype is _float or dtype is _int or dtype is _bool:
            raise ValueError(f"invalid type: '{dtype.__name__}'")
        legacy = getattr(dtype, '_tnb_dtype', None)   # torch.IntTensor and the other legacy tensor types
        return self.to(legacy if legacy is not None else dtype)

    def get_device(self):
        return -1

    @property
    def _version(self):
        try:
            return _version(self._h)
        except _JsException as e:
            raise _err(e) from None

    def is_inference(self):
        return bool(_E.is_inference(self._h))

    # --- autograd attributes ------------------------------------------------------------------------------------------
    @property
    def requires_grad(self):
        return _requires_grad(self._h)

    @requires_grad.setter
    def requires_grad(self, flag):
        # (the attribute's setter has its own text, which names complex dtypes; requires_grad_() does not)
        if not isinstance(flag, _bool):
            raise RuntimeError('requires_grad must be a bool')
        if flag and self.grad_fn is not None:   # (requires_grad_(True) lets it pass; the setter does not)
            raise RuntimeError('you can only change requires_grad flags of leaf variables.')
        if flag and not self.is_floating_point() and self.grad_fn is None:
            raise RuntimeError('only Tensors of floating point and complex dtype can require gradients')
        self.requires_grad_(flag)

    def requires_grad_(self, requires_grad=True):
        call('requires_grad_', self, _bool(requires_grad))
        return self

    @property
    def is_leaf(self):
        return _is_leaf(self._h)

    @property
    def retains_grad(self):
        return _E.retains_grad(self._h)

    @property
    def grad(self):
        return wrap(B.js(_grad, self._h))

    @grad.setter
    def grad(self, g):
        if g is not None and not isinstance(g, Tensor):
            raise TypeError(f'assigned grad expected to be a Tensor or None but got grad of type{type(g).__name__}')  # sic, PyTorch 1.13
        call('set_grad', self, g)

    @grad.deleter
    def grad(self):
        call('set_grad', self, None)

    @property
    def grad_fn(self):
        from .autograd.graph import node
        return node(B.js(_grad_fn, self._h))

    @property
    def data(self):
        return wrap(call('data', self))

    @data.setter
    def data(self, value):
        if not isinstance(value, Tensor):
            raise TypeError(f'Variable data has to be a tensor, but got {type(value).__name__}')
        call('set_data', self, value)

    @property
    def _base(self):
        return wrap(B.js(B._E.base, self._h))

    def _is_view(self):
        return B.js(B._E.base, self._h) is not None

    @property
    def output_nr(self):
        return B.js(B._E.output_nr, self._h)

    def retain_grad(self):
        call('retain_grad', self)

    def register_hook(self, hook):
        if not callable(hook):
            raise TypeError('hook must be callable')

        def bridge(h):
            g = wrap(h)
            r = hook(g)
            if r is None:
                return None
            if not isinstance(r, Tensor):
                raise TypeError(f"expected Variable, but hook returned '{type(r).__name__}'")
            # (the engine's check_single_result: the type first, then the size)
            name = getattr(hook, '__name__', type(hook).__name__)
            if r.dtype != g.dtype:
                raise RuntimeError(f"hook '{name}' has changed the type of value (was {g.type()} got {r.type()})")
            if r.shape != g.shape:
                raise RuntimeError(f"hook '{name}' has changed the size of value")
            from .autograd.function import returned
            returned.append(r)   # alive until the engine holds it
            return r._h
        return RemovableHandle(call('register_hook', self, B.create_proxy(bridge)))

    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None, retain_variables=None):
        if retain_variables is not None:
            # PyTorch 0.2 accepted this keyword (renamed retain_graph in 0.2); kept for old code, with its warning.
            if retain_graph is not None:
                raise ValueError('only one of retain_graph and retain_variables can be specified')
            retain_graph = retain_variables
            warnings.warn('retain_variables option is deprecated and will be removed in 0.3. Use retain_graph instead.',
                          stacklevel=2)
        from . import autograd
        autograd.backward(self, gradient, retain_graph, create_graph, inputs=inputs)

    def detach(self):
        return wrap(call('detach', self))

    def detach_(self):
        call('detach_', self)
        return self

    # --- values -----------------------------------------------------------------------------------------------------
    def item(self):
        v = B.js(_item, self._h)
        d = _dtype(self._h)
        if d in _INTEGER:
            return _int(v)
        if d == 'bool':
            return _bool(v)
        return _float_item(self._h, v)

    def tolist(self):
        shape = _shape(self._h)
        d = _dtype(self._h)
        if d in _INTEGER or d == 'bool':
            conv = _int if d != 'bool' else _bool
            flat = [conv(v) for v in _values(self._h)]
        else:
            flat = _values(self._h).to_memoryview().tolist()   # floats keep the sign of -0.0
        if not shape:
            return flat[0]

        def build(dim, start):
            n = shape[dim]
            if dim == len(shape) - 1:
                return flat[start:start + n], start + n
            res = []
            for _ in range(n):
                part, start = build(dim + 1, start)
                res.append(part)
            return res, start
        return build(0, 0)[0]

    def numpy(self, force=False):
        if self.requires_grad and not force:
            raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
        raise RuntimeError('tnb: NumPy is not available in this kernel; use .tolist() or .item()')

    def cpu(self, memory_format=None):
        return self if memory_format is None else self.to(memory_format=memory_format)

    def cuda(self, *args, **kwargs):
        raise RuntimeError('tnb runs on the CPU only (in WebAssembly); CUDA is not available')

    def __repr__(self, *, tensor_contents=None):
        return B.js(_repr, self._h)   # (reading grad_fn can raise, as PyTorch's repr does)

    def __str__(self):
        return B.js(_repr, self._h)

    def __format__(self, spec):
        if self.dim() == 0:
            return self.item().__format__(spec)
        if spec:
            raise TypeError('unsupported format string passed to Tensor.__format__')
        return str(self)

    def __bool__(self):
        n = self.numel()
        if n == 0:
            raise RuntimeError('Boolean value of Tensor with no values is ambiguous')
        if n > 1:
            raise RuntimeError('Boolean value of Tensor with more than one value is ambiguous')
        return _bool(_item(self._h))

    def __float__(self):
        return _float_item(self._h, B.js(_item, self._h))

    def __int__(self):
        v = B.js(_item, self._h)
        return _int(v) if math.isfinite(v) else _int(_float(v))

    def __index__(self):
        if (_dtype(self._h) not in _INTEGER and _dtype(self._h) != 'bool') or self.numel() != 1:
            raise TypeError('only integer tensors of a single element can be converted to an index')
        return _int(_item(self._h))

    def __complex__(self):
        return complex(self.__float__())

    def __len__(self):
        shape = _shape(self._h)
        if not shape:
            raise TypeError('len() of a 0-d tensor')
        return shape[0]

    def __iter__(self):
        shape = _shape(self._h)
        if not shape:
            raise TypeError('iteration over a 0-d tensor')
        return iter([self[i] for i in range(shape[0])])

    def __contains__(self, element):
        if isinstance(element, (Tensor, _int, _float, _bool)):
            return _bool((self == element).any().item())
        raise RuntimeError(f'Tensor.__contains__ only supports Tensor or scalar, but you passed in a {type(element)}.')

    def __hash__(self):
        return id(self)

    def __deepcopy__(self, memo):
        if not self.is_leaf:
            raise RuntimeError('Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment')
        if id(self) in memo:
            return memo[id(self)]
        from . import autograd
        with autograd.no_grad():
            new = self.clone()
        new.requires_grad_(self.requires_grad)
        if self.grad is not None:
            new.grad = self.grad.clone()
        memo[id(self)] = new
        return new

    def __reduce_ex__(self, proto):
        from . import _creation
        return (_creation._rebuild, (self.tolist(), self.dtype._engine, self.requires_grad, list(self.shape)))

    # --- indexing ---------------------------------------------------------------------------------------------------
    def __getitem__(self, idx):
        return wrap(call('getitem', self, _index_items(idx)))

    def __setitem__(self, idx, value):
        if not isinstance(value, Tensor) and _sk(value) is None:
            if not hasattr(value, '__float__') or isinstance(value, (str, complex)):
                # (a list or tuple too: PyTorch takes a tensor or a number only)
                raise TypeError(f"can't assign a {type(value).__name__} to a {self.type()}")
            from . import _creation
            value = _creation.tensor(value, dtype=self.dtype)
        call('setitem', self, _index_items(idx), value)

    # --- operators ----------------------------------------------------------------------------------------------------
    def __add__(self, o): return _binop('add', self, o)
    __radd__ = __add__
    def __sub__(self, o): return _binop('sub', self, o)
    def __rsub__(self, o): return _binop('rsub', self, o)
    def __mul__(self, o): return _binop('mul', self, o)
    __rmul__ = __mul__
    def __truediv__(self, o): return _binop('div', self, o)
    def __rtruediv__(self, o): return _binop('rdiv', self, o)
    def __floordiv__(self, o): return _binop('floor_divide', self, o)
    def __rfloordiv__(self, o): return _binop('rfloor_divide', self, o)
    def __mod__(self, o): return _binop('remainder', self, o)
    def __rmod__(self, o): return _binop('rremainder', self, o)
    def __pow__(self, o, modulo=None): return _binop('pow', self, o)
    def __rpow__(self, o): return _binop('rpow', self, o)

    def __matmul__(self, o):
        if not isinstance(o, Tensor):
            return NotImplemented
        return wrap(call('matmul', self, o))

    def __rmatmul__(self, o):
        if not isinstance(o, Tensor):
            return NotImplemented
        return wrap(call('matmul', o, self))

    def __iadd__(self, o): return self.add_(o)
    def __isub__(self, o): return self.sub_(o)
    def __imul__(self, o): return self.mul_(o)
    def __itruediv__(self, o): return self.div_(o)
    def __imod__(self, o): return self.remainder_(o)
    def __ifloordiv__(self, o): return self.floor_divide_(o)
    def __ipow__(self, o): return self.pow_(o)

    def __ifloordiv__(self, o):
        return self.copy_(self // o)

    def __imod__(self, o):
        return self.copy_(self % o)

    def __neg__(self): return _unop('neg', self)
    def __pos__(self): return self
    def __abs__(self): return _unop('abs', self)

    def __invert__(self):
        if _dtype(self._h) not in _INTEGER and _dtype(self._h) != 'bool':
            raise TypeError('~ (operator.invert) is only implemented on integer and Boolean-type tensors')
        return _unop('bitwise_not', self)

    # bitwise ops (int64 and bool; kernel/engine/ops/bitwise.ts), as PyTorch's operators
    def __and__(self, o): return _binop('bitwise_and', self, o)
    def __rand__(self, o): return _binop('rbitwise_and', self, o)
    def __or__(self, o): return _binop('bitwise_or', self, o)
    def __ror__(self, o): return _binop('rbitwise_or', self, o)
    def __xor__(self, o): return _binop('bitwise_xor', self, o)
    def __rxor__(self, o): return _binop('rbitwise_xor', self, o)
    def __lshift__(self, o): return _binop('lshift', self, o)
    def __rlshift__(self, o): return _binop('rlshift', self, o)
    def __rshift__(self, o): return _binop('rshift', self, o)
    def __rrshift__(self, o): return _binop('rrshift', self, o)
    def __iand__(self, o): return _bitwise_inplace(self, self & o)
    def __ior__(self, o): return _bitwise_inplace(self, self | o)
    def __ixor__(self, o): return _bitwise_inplace(self, self ^ o)
    def __ilshift__(self, o): return _bitwise_inplace(self, self << o)
    def __irshift__(self, o): return _bitwise_inplace(self, self >> o)
    def bitwise_and(self, other): return self & _bitwise_arg('bitwise_and', other)
    def bitwise_or(self, other): return self | _bitwise_arg('bitwise_or', other)
    def bitwise_xor(self, other): return self ^ _bitwise_arg('bitwise_xor', other)
    def bitwise_left_shift(self, other): return self << _bitwise_arg('bitwise_left_shift', other)
    def bitwise_right_shift(self, other): return self >> _bitwise_arg('bitwise_right_shift', other)
    def bitwise_not(self): return _unop('bitwise_not', self)
    def bitwise_and_(self, other): return _bitwise_inplace(self, self.bitwise_and(other))
    def bitwise_or_(self, other): return _bitwise_inplace(self, self.bitwise_or(other))
    def bitwise_xor_(self, other): return _bitwise_inplace(self, self.bitwise_xor(other))
    def bitwise_left_shift_(self, other): return _bitwise_inplace(self, self.bitwise_left_shift(other))
    def bitwise_right_shift_(self, other): return _bitwise_inplace(self, self.bitwise_right_shift(other))
    def bitwise_not_(self): return _bitwise_inplace(self, self.bitwise_not())

    def __eq__(self, o):
        r = _binop('eq', self, o)
        return False if r is NotImplemented else r

    def __ne__(self, o):
        r = _binop('ne', self, o)
        return True if r is NotImplemented else r

    def __lt__(self, o): return _binop('lt', self, o)
    def __le__(self, o): return _binop('le', self, o)
    def __gt__(self, o): return _binop('gt', self, o)
    def __ge__(self, o): return _binop('ge', self, o)

    # --- arithmetic methods -----------------------------------------------------------------------------------------
    def add(self, other, *, alpha=1):
        alpha = _alpha_arg('add', self, other, alpha)
        return wrap(call('add', self, other, alpha)) if alpha != 1 else _checked(_binop('add', self, other), 'add', other)

    def sub(self, other, *, alpha=1):
        alpha = _alpha_arg('sub', self, other, alpha)
        return wrap(call('sub', self, other, alpha)) if alpha != 1 else _checked(_binop('sub', self, other), 'sub', other)


    def mul(self, other): return _checked(_binop('mul', self, other), 'mul', other)

    def div(self, other, *, rounding_mode=None):
        if rounding_mode is not None:
            if rounding_mode not in ('trunc', 'floor'):
                raise RuntimeError(f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{rounding_mode}'")
            return wrap(call('div', self, other, rounding_mode))
        return _checked(_binop('div', self, other), 'div', other)


    def floor_divide(self, other): return _checked(_binop('floor_divide', self, other), 'floor_divide', other)
    def remainder(self, other): return _checked(_binop('remainder', self, other), 'remainder', other)
    def pow(self, exponent): return _checked(_binop('pow', self, exponent), 'pow', exponent)
    def rsub(self, other, *args, alpha=1):
        # rsub(Tensor input, Tensor other, *, Number alpha) / rsub(Tensor input, Number other, Number alpha): other - alpha * input
        if args:
            if len(args) > 1 or isinstance(other, Tensor):
                raise _invalid_combination('rsub', ('Tensor input, Tensor other, *, Number alpha', 'Tensor input, Number other, Number alpha'),
                                           (self, other) + args, {})
            alpha = args[0]
        alpha = _alpha_arg('rsub', self, other, alpha)
        if alpha != 1:
            return wrap(call('rsub', self, other, alpha))
        return _checked(_binop('rsub', self, other), 'rsub', other)

    def add_(self, other, *, alpha=1): call('add_', self, other, _alpha_arg('add_', self, other, alpha)); return self
    def sub_(self, other, *, alpha=1): call('sub_', self, other, _alpha_arg('sub_', self, other, alpha)); return self
    def mul_(self, other): call('mul_', self, other); return self
    def div_(self, other, *, rounding_mode=None):
        if rounding_mode is not None and rounding_mode not in ('trunc', 'floor'):
            raise RuntimeError(f"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{rounding_mode}'")
        call('div_', self, other, rounding_mode)
        return self
    def fmod_(self, other): _checked(_inplace_binop('fmod_', self, other), 'fmod_', other); return self
    def remainder_(self, other): _checked(_inplace_binop('remainder_', self, other), 'remainder_', other); return self
    def floor_divide_(self, other): _checked(_inplace_binop('floor_divide_', self, other), 'floor_divide_', other); return self
    def pow_(self, exponent): call('pow_', self, exponent); return self

    def clamp(self, *args, **kwargs):
        lo, hi, tensors = _clamp_bounds('clamp', args, kwargs)
        return wrap(call('clamp_tensor' if tensors else 'clamp', self, lo, hi))

    def clip(self, *args, **kwargs):
        lo, hi, tensors = _clamp_bounds('clip', args, kwargs)
        return wrap(call('clamp_tensor' if tensors else 'clamp', self, lo, hi))

    def clamp_(self, *args, **kwargs):
        lo, hi, tensors = _clamp_bounds('clamp_', args, kwargs)
        call('clamp_tensor_' if tensors else 'clamp_', self, lo, hi)
        return self

    def clip_(self, *args, **kwargs):
        lo, hi, tensors = _clamp_bounds('clip_', args, kwargs)
        call('clamp_tensor_' if tensors else 'clamp_', self, lo, hi)
        return self

    # their own nodes: ClampMinBackward0 / ClampMaxBackward0 with a number, ClampMinBackward1 / ClampMaxBackward1
    # with a tensor
    def clamp_min(self, min): return self._clamp_bound(min, None, False)
    def clamp_max(self, max): return self._clamp_bound(None, max, False)
    def clamp_min_(self, min): return self._clamp_bound(min, None, True)
    def clamp_max_(self, max): return self._clamp_bound(None, max, True)

    def _clamp_bound(self, lo, hi, inplace):
        v = lo if hi is None else hi
        if isinstance(v, Tensor):
            out = call('clamp_bound_tensor', self, lo, hi, builtins.bool(inplace))
            return self if inplace else wrap(out)
        if v is None or isinstance(v, complex) or not _fits('Number', v):
            name = ('clamp_min' if hi is None else 'clamp_max') + ('_' if inplace else '')
            arg = 'min' if hi is None else 'max'
            raise _invalid_combination(name, (f'Tensor {arg}', f'Number {arg}'), (v,), {})
        src = self
        if isinstance(v, float) and not self.is_floating_point():   # an integer tensor and a float bound: Float
            if inplace:
                meta = {'int64': 'long int', 'bool': 'bool'}[self.dtype._engine_name()]   # caffe2 TypeMeta names
                raise RuntimeError(f"result type Float can't be cast to the desired output type {meta}")
            import torch
            src = self.to(torch.get_default_dtype())
        out = call('clamp_bound', src, lo, hi, builtins.bool(inplace))
        return self if inplace else wrap(out)
    def maximum(self, other): return wrap(call('maximum', self, _tensor_arg('maximum', 'other', other)))
    def minimum(self, other): return wrap(call('minimum', self, _tensor_arg('minimum', 'other', other)))

    def eq(self, other): return _checked(_binop('eq', self, other), 'eq', other)
    def ne(self, other): return _checked(_binop('ne', self, other), 'ne', other)
    def lt(self, other): return _checked(_binop('lt', self, other), 'lt', other)
    def le(self, other): return _checked(_binop('le', self, other), 'le', other)
    def gt(self, other): return _checked(_binop('gt', self, other), 'gt', other)
    def ge(self, other): return _checked(_binop('ge', self, other), 'ge', other)

    def _compare_(self, op, name, other):
        if not isinstance(other, Tensor) and _sk(other) is None:
            raise _invalid_combination(name, _TENSOR_OR_NUMBER, (other,), {})
        call('compare_', op, self, other)
        return self

    def eq_(self, other): return self._compare_('eq', 'eq_', other)
    def ne_(self, other): return self._compare_('ne', 'ne_', other)
    def lt_(self, other): return self._compare_('lt', 'lt_', other)
    def le_(self, other): return self._compare_('le', 'le_', other)
    def gt_(self, other): return self._compare_('gt', 'gt_', other)
    def ge_(self, other): return self._compare_('ge', 'ge_', other)
    def greater_(self, other): return self._compare_('gt', 'greater_', other)
    def greater_equal_(self, other): return self._compare_('ge', 'greater_equal_', other)
    def less_(self, other): return self._compare_('lt', 'less_', other)
    def less_equal_(self, other): return self._compare_('le', 'less_equal_', other)
    def not_equal_(self, other): return self._compare_('ne', 'not_equal_', other)

    def equal(self, other):
        return self.shape == other.shape and _bool((self == other).all().item())

    def logical_and(self, other): return wrap(call('logical_and', self, _tensor_arg('logical_and', 'other', other)))
    def logical_or(self, other): return wrap(call('logical_or', self, _tensor_arg('logical_or', 'other', other)))
    def logical_xor(self, other): return wrap(call('logical_xor', self, _tensor_arg('logical_xor', 'other', other)))
    def logical_not(self): return wrap(call('logical_not', self))

    def where(self, condition, other=_NO_DIM):
        if other is _NO_DIM:
            raise TypeError('where() missing 1 required positional arguments: "other"')
        _tensor_arg('where', 'condition', condition, 1)
        _tensor_arg('where', 'other', other, 2)   # (the method takes a tensor only, in 1.13)
        return wrap(call('where', condition, self, other))

    def isnan(self): return self != self
    def isinf(self): return self.abs() == math.inf if self.is_floating_point() else self != self
    def isfinite(self): return (self == self).logical_and(self.abs() != math.inf) if self.is_floating_point() else self == self

    def lerp(self, end, weight):
        return wrap(call('lerp', self, end, weight if isinstance(weight, Tensor) else float(weight), False))

    def lerp_(self, end, weight):
        call('lerp', self, end, weight if isinstance(weight, Tensor) else float(weight), True)
        return self

    def addmm_(self, mat1, mat2, *, beta=1, alpha=1):
        call('addmm_', self, mat1, mat2, beta, alpha)
        return self

    def addmm(self, mat1, mat2, *, beta=1, alpha=1):
        if beta != 1 or alpha != 1:
            return wrap(call('addmm_scaled', self, mat1, mat2, beta, alpha))
        return wrap(call('addmm', self, mat1, mat2))

    # --- reductions ---------------------------------------------------------------------------------------------------
    def sum(self, dim=None, keepdim=False, *, dtype=None):
        return wrap(call('sum', self, _dims(dim), _bool(keepdim), _engine_dtype(dtype)))

    def mean(self, dim=None, keepdim=False, *, dtype=None):
        x = self if dtype is None else self.to(dtype)
        return wrap(call('mean', x, _dims(dim), _bool(keepdim)))

    def nansum(self, dim=None, keepdim=False, *, dtype=None):
        return wrap(call('nansum', self, _dims(dim), _bool(keepdim), _engine_dtype(dtype)))

    def prod(self, dim=None, keepdim=False, *, dtype=None):
        x = self if dtype is None else self.to(dtype)
        return wrap(call('prod', x, _dims(dim), _bool(keepdim)))

    def _minmax(self, name, dim, keepdim):
        if dim is None:   # (given as None: the parser takes it for a dim name)
            raise RuntimeError('Please look up dimensions by name, got: name = None.')
        if dim is _NO_DIM:
            return wrap(call(name + '_all', self))
        if isinstance(dim, Tensor):
            return wrap(call('maximum' if name == 'max' else 'minimum', self, dim))
        vals, idx = B.to_py(call(name + '_dim', self, _dims(dim), _bool(keepdim)))
        return return_types[name](wrap(vals), wrap(idx))

    def max(self, dim=_NO_DIM, keepdim=False): return self._minmax('max', dim, keepdim)
    def min(self, dim=_NO_DIM, keepdim=False): return self._minmax('min', dim, keepdim)

    def amax(self, dim=(), keepdim=False):
        d = _dims(dim)
        return wrap(call('amax', self, [d] if isinstance(d, _int) else list(d), _bool(keepdim), False))

    def amin(self, dim=(), keepdim=False):
        d = _dims(dim)
        return wrap(call('amax', self, [d] if isinstance(d, _int) else list(d), _bool(keepdim), True))

    def argmax(self, dim=None, keepdim=False): return wrap(call('argmax', self, _dims(dim), _bool(keepdim)))
    def argmin(self, dim=None, keepdim=False): return wrap(call('argmin', self, _dims(dim), _bool(keepdim)))

    def _var_args(self, dim, unbiased, keepdim, correction):
        if isinstance(dim, _bool):
            dim, unbiased = None, dim
        if correction is not None:
            unbiased = correction
        return _dims(dim), (unbiased if unbiased is not None else True), _bool(keepdim)

    def var(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
        d, u, k = self._var_args(dim, unbiased, keepdim, correction)
        return wrap(call('var', self, d, u, k))

    def std(self, dim=None, unbiased=None, keepdim=False, *, correction=None):
        d, u, k = self._var_args(dim, unbiased, keepdim, correction)
        return wrap(call('std', self, d, u, k))

    def logsumexp(self, dim=None, keepdim=False):
        if dim is None:
            raise TypeError('logsumexp() received an invalid combination of arguments - got (), but expected one of:\n'
                            ' * (tuple of ints dim, bool keepdim)\n * (tuple of names dim, bool keepdim)\n')
        return wrap(call('logsumexp', self, _dims(dim), _bool(keepdim)))

    def norm(self, p='fro', dim=None, keepdim=False, dtype=None):
        from ._linalg_fns import tensor_norm
        return tensor_norm(self, p, dim, keepdim, dtype)

    def any(self, dim=None, keepdim=False):
        nz = self.ne(0) if _dtype(self._h) != 'bool' else self
        r = nz.sum(dim, keepdim).gt(0)
        return r.to(T.uint8) if _dtype(self._h) == 'uint8' else r   # PyTorch keeps uint8 for uint8 input

    def all(self, dim=None, keepdim=False):
        z = self.eq(0) if _dtype(self._h) != 'bool' else self.logical_not()
        r = z.sum(dim, keepdim).eq(0)
        return r.to(T.uint8) if _dtype(self._h) == 'uint8' else r

    def count_nonzero(self, dim=None):
        return self.ne(0).sum(dim)

    def softmax(self, dim, dtype=None): return wrap(call('softmax', self, _dims(dim), _engine_dtype(dtype)))
    def log_softmax(self, dim, dtype=None): return wrap(call('log_softmax', self, _dims(dim), _engine_dtype(dtype)))

    # --- linear algebra ---------------------------------------------------------------------------------------------
    def matmul(self, other): return wrap(call('matmul', self, _tensor_arg('matmul', 'other', other)))
    def mm(self, mat2): return wrap(call('mm', self, _tensor_arg('mm', 'mat2', mat2)))
    def bmm(self, mat2): return wrap(call('bmm', self, _tensor_arg('bmm', 'mat2', mat2)))
    def dot(self, other): return wrap(call('dot', self, _tensor_arg('dot', 'tensor', other)))
    def mv(self, vec): return wrap(call('mv', self, _tensor_arg('mv', 'vec', vec)))
    def outer(self, vec2): return wrap(call('outer', self, vec2))
    ger = outer

    # --- shape --------------------------------------------------------------------------------------------------------
    def view(self, *shape):
        if not shape:
            raise _invalid_combination('view', ('torch.dtype dtype', 'tuple of SymInts size'), (), {})
        if len(shape) == 1 and isinstance(shape[0], T.dtype):
            if shape[0] == self.dtype:
                return wrap(call('view', self, list(self.shape)))
            raise NotImplementedError('tnb: view(dtype) reinterpreting bytes is not supported')
        if len(shape) == 1 and shape[0] in (_float, _int, _bool):   # a Python type is a dtype to the parser
            return self.view(T.from_python_type(shape[0]))
        if not (len(shape) == 1 and isinstance(shape[0], (tuple, list))) and not all(_is_index(v) for v in shape):
            # view(dtype) and view(size): the parser's text for arguments that fit neither
            raise _invalid_combination('view', ('torch.dtype dtype', 'tuple of SymInts size'), shape, {})
        return wrap(call('view', self, _size(shape, 'view')))

    def view_as(self, other): return self.view(other.shape)
    def reshape(self, *shape): return wrap(call('reshape', self, _size(_given(shape, 'reshape', 'shape'), 'reshape', 'shape')))
    def reshape_as(self, other): return self.reshape(other.shape)
    def flatten(self, start_dim=0, end_dim=-1): return wrap(call('flatten', self, start_dim, end_dim))

    def unflatten(self, dim, sizes):
        shape = list(self.shape)
        d = dim if dim >= 0 else dim + len(shape)
        return self.view(shape[:d] + list(sizes) + shape[d + 1:])

    def squeeze(self, dim=None): return wrap(call('squeeze', self, _dims(dim)))
    def unsqueeze(self, dim): return wrap(call('unsqueeze', self, _dim_index(dim)))
    def t(self): return wrap(call('t', self))

    # in-place geometry (the engine's new tensor takes this object's place: B.rebind)
    def squeeze_(self, dim=None): return B.rebind(self, call('inplace_view_', self, 'squeeze_', None if dim is None else _dims(dim), None))
    def unsqueeze_(self, dim): return B.rebind(self, call('inplace_view_', self, 'unsqueeze_', dim.__index__(), None))
    def t_(self): return B.rebind(self, call('inplace_view_', self, 't_', None, None))

    def transpose_(self, dim0, dim1):
        return B.rebind(self, call('inplace_view_', self, 'transpose_', _dims(dim0), _dims(dim1)))
    swapaxes_ = swapdims_ = transpose_

    @property
    def T(self):
        if self.dim() not in (0, 2) and not _T_WARNED[0]:
            # (TORCH_WARN_ONCE: once per process, unless torch.set_warn_always(True))
            from ._global_state import is_warn_always_enabled
            _T_WARNED[0] = not is_warn_always_enabled()
            warnings.warn('The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated '
                          'and it will throw an error in a future release. Consider `x.mT` to transpose batches of '
                          'matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a '
                          'tensor. (Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3277.)',
                          UserWarning, stacklevel=2)
        return wrap(call('T', self))

    @property
    def mT(self):
        return wrap(call('mT', self))

    @property
    def H(self):
        return self.T

    @property
    def mH(self):
        return self.mT

    def transpose(self, dim0=_NO_DIM, dim1=_NO_DIM):
        if not all(_is_index(d) for d in (dim0, dim1)):   # (the parser's two signatures: int dims or names)
            given = tuple(d for d in (dim0, dim1) if d is not _NO_DIM)
            err = _invalid_combination('transpose', _DIM_OVERLOADS['transpose'][0], given, {})
            err._tnb_call = ('transpose', given, {})
            raise err
        return wrap(call('transpose', self, dim0, dim1))
    swapaxes = swapdims = transpose

    def permute(self, *dims): return wrap(call('permute', self, _size(_given(dims, 'permute', 'dims'), 'permute', 'dims')))
    def expand(self, *sizes): return wrap(call('expand', self, _size(_given(sizes, 'expand', 'size'), 'expand')))
    def expand_as(self, other): return self.expand(other.shape)

    def repeat(self, *sizes):
        return wrap(call('repeat', self, _size(_given(sizes, 'repeat', 'repeats'), 'repeat', 'repeats')))

    def tile(self, *dims):
        reps = _size(dims, 'tile', 'dims')
        reps = [1] * (self.dim() - len(reps)) + reps
        return self.repeat(reps)

    def select(self, dim, index): return wrap(call('select', self, dim, index.__index__()))
    def narrow(self, dim, start, length):
        # ATen's checks: a start equal to the size is valid (an empty slice), others wrap as a dim would
        if self.dim() == 0:
            raise RuntimeError('narrow() cannot be applied to a 0-dim tensor.')
        d = _wrap_dim(dim, self.dim())
        start, length, size = start.__index__(), length.__index__(), self.shape[d]
        if start != size:
            start = _wrap_dim(start, size)
        if length < 0 or start > size - length:
            raise RuntimeError(f'start ({start}) + length ({length}) exceeds dimension size ({size}).')
        return wrap(call('narrow', self, d, start, length))

    def unbind(self, dim=0):
        return tuple(wrap(h) for h in B.to_py(call('unbind', self, _dims(dim))))

    def split(self, split_size, dim=0):
        if isinstance(split_size, Tensor):
            try:
                split_size = _int(split_size)
            except ValueError:
                pass
        if isinstance(split_size, _int):
            return tuple(wrap(h) for h in B.to_py(call('split', self, split_size, _dims(dim), False)))
        return self.split_with_sizes(split_size, dim)

    def split_with_sizes(self, split_sizes, dim=0):
        sizes = _split_sizes('split_with_sizes', split_sizes)
        return tuple(wrap(h) for h in B.to_py(call('split_with_sizes', self, sizes, _dims(dim), False)))

    def unsafe_split(self, split_size, dim=0):
        return tuple(wrap(h) for h in B.to_py(call('split', self, _int_arg('unsafe_split', 'split_size', 1, split_size), _dims(dim), True)))

    def unsafe_split_with_sizes(self, split_sizes, dim=0):
        sizes = _split_sizes('unsafe_split_with_sizes', split_sizes)
        return tuple(wrap(h) for h in B.to_py(call('split_with_sizes', self, sizes, _dims(dim), True)))

    def chunk(self, chunks, dim=0):
        return tuple(wrap(h) for h in B.to_py(call('chunk', self, _int_arg('chunk', 'chunks', 1, chunks), _dims(dim), False)))

    def unsafe_chunk(self, chunks, dim=0):
        return tuple(wrap(h) for h in B.to_py(call('chunk', self, _int_arg('unsafe_chunk', 'chunks', 1, chunks), _dims(dim), True)))

    def tensor_split(self, indices_or_sections, dim=0):
        if self.dim() == 0:
            raise RuntimeError('tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims')
        d = _wrap_dim(_dims(dim), self.dim())
        n = self.shape[d]
        if isinstance(indices_or_sections, Tensor):
            if indices_or_sections.dim() == 0:
                indices_or_sections = indices_or_sections.item()
            else:
                indices_or_sections = indices_or_sections.tolist()
        if isinstance(indices_or_sections, _int):
            sections = indices_or_sections
            if sections <= 0:
                raise RuntimeError(f'number of sections must be larger than 0, got {sections}')
            small, extra = divmod(n, sections)
            bounds, at = [], 0
            for i in range(sections):
                size = small + (1 if i < extra else 0)
                bounds.append((at, at + size))
                at += size
        else:
            idx = [_int(i) for i in indices_or_sections]
            starts = [0] + idx
            ends = idx + [n]
            bounds = list(zip(starts, ends))
        return tuple(self.narrow(d, *_clamped_range(s, e, n)) for s, e in bounds)

    def _dir_split(self, name, dim, min_dims, indices_or_sections):
        if self.dim() < min_dims:
            raise RuntimeError(f'torch.{name} requires a tensor with at least {min_dims} dimension, but got a tensor with '
                               f'{self.dim()} dimensions!')
        if isinstance(indices_or_sections, _int):
            size = self.shape[dim]
            if indices_or_sections == 0 or size % indices_or_sections != 0:
                raise RuntimeError(f'torch.{name} attempted to split along dimension {dim}, but the size of the dimension '
                                   f'{size} is not divisible by the split_size {indices_or_sections}!')
        return self.tensor_split(indices_or_sections, dim)

    def hsplit(self, indices_or_sections):
        return self._dir_split('hsplit', 1 if self.dim() > 1 else 0, 1, indices_or_sections)

    def vsplit(self, indices_or_sections):
        return self._dir_split('vsplit', 0, 2, indices_or_sections)

    def dsplit(self, indices_or_sections):
        return self._dir_split('dsplit', 2, 3, indices_or_sections)

    def aminmax(self, *args, dim=None, keepdim=False):
        if args:
            raise TypeError(f'aminmax() takes 1 positional argument but {len(args) + 1} were given')
        mn, mx = B.to_py(call('aminmax', self, None if dim is None else _dims(dim), _bool(keepdim)))
        return return_types['aminmax'](wrap(mn), wrap(mx))

    def flip(self, *dims):
        if not dims:
            raise TypeError('flip() missing 1 required positional arguments: "dims"')
        return wrap(call('flip', self, _size(dims, 'flip', 'dims')))

    def rot90(self, k=1, dims=(0, 1)):
        k = _int_arg('rot90', 'k', 1, k)
        dims = _int_list_arg('rot90', 'dims', 2, dims)
        return wrap(call('rot90', self, k, dims))

    def masked_scatter(self, mask, source): return wrap(call('masked_scatter', self, mask, source))

    def masked_scatter_(self, mask, source):
        call('masked_scatter_', self, mask, source)
        return self

    def positive(self):
        if self.dtype is T.bool:
            raise RuntimeError('The `+` operator, on a bool tensor is not supported.')
        return self

    def isclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
        from . import isclose
        return isclose(self, _tensor_arg('isclose', 'other', other), rtol, atol, equal_nan)

    def allclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
        from . import allclose
        return allclose(self, _tensor_arg('allclose', 'other', other), rtol, atol, equal_nan)

    def sum_to_size(self, *size):
        size = _size(size, 'sum_to_size', 'size')
        shape = list(self.shape)
        lead = len(shape) - len(size)
        if lead < 0 or any(s != 1 and s != shape[lead + i] for i, s in enumerate(size)):
            raise RuntimeError(f'size {{{list(size)}}} is not expandable to size {{{shape}}}.')
        if list(size) == shape:
            return self
        return wrap(call('sum_to_size', self, list(size)))

    def fliplr(self):
        if self.dim() < 2:
            raise RuntimeError('Input must be >= 2-d.')
        return self.flip(1)

    def flipud(self):
        if self.dim() < 1:
            raise RuntimeError('Input must be >= 1-d.')
        return self.flip(0)

    def roll(self, shifts, dims=None):
        shifts = _int_list_arg('roll', 'shifts', 1, shifts)
        dims = None if dims is None else _int_list_arg('roll', 'dims', 2, dims)
        return wrap(call('roll', self, shifts, dims))

    def tril(self, diagonal=0): return wrap(call('tril', self, _int_arg('tril', 'diagonal', 1, diagonal)))
    def triu(self, diagonal=0): return wrap(call('triu', self, _int_arg('triu', 'diagonal', 1, diagonal)))
    def trace(self): return wrap(call('trace', self))
    def diag(self, diagonal=0): return wrap(call('diag', self, _int_arg('diag', 'diagonal', 1, diagonal)))

    def broadcast_to(self, size): return self.expand(size)
    def ravel(self): return self.contiguous().view(-1)

    def movedim(self, source, destination):
        seq = (list, tuple)
        if isinstance(source, seq) != isinstance(destination, seq):
            got = (type(source).__name__, type(destination).__name__)
            one = ', '.join(f'!{g}!' if isinstance(v, seq) else g for g, v in zip(got, (source, destination)))
            raise TypeError(f'movedim() received an invalid combination of arguments - got ({got[0]}, {got[1]}), but '
                            'expected one of:\n * (int source, int destination)\n      didn\'t match because some of the '
                            f'arguments have invalid types: ({one})\n * (tuple of ints source, tuple of ints destination)\n'
                            "      didn't match because some of the arguments have invalid types: "
                            f'(!{got[0]}!, !{got[1]}!)\n')
        src = [source] if not isinstance(source, seq) else list(source)
        dst = [destination] if not isinstance(destination, seq) else list(destination)
        n = self.dim()
        if len(src) != len(dst):
            raise RuntimeError(f'movedim: Invalid source or destination dims: source ({src} dims) should contain the same '
                               f'number of dims as destination ({dst} dims)')
        src = [_wrap_dim(d, n) for d in src]
        dst = [_wrap_dim(d, n) for d in dst]
        for name, ds in (('source', src), ('destination', dst)):
            if len(set(ds)) != len(ds):
                raise RuntimeError(f'movedim: repeated dim in `{name}` ({list(source if name == "source" else destination)})')
        perm = [-1] * n
        for s_, d_ in zip(src, dst):
            perm[d_] = s_
        rest = iter(d for d in range(n) if d not in src)
        perm = [p if p != -1 else next(rest) for p in perm]
        return self.permute(perm)
    moveaxis = movedim

    def atan2(self, other): return wrap(call('atan2', self, _tensor_arg('atan2', 'other', other)))
    arctan2 = atan2

    def addcmul(self, tensor1, tensor2, *, value=1): return wrap(call('addcmul', self, tensor1, tensor2, value))
    def addcdiv(self, tensor1, tensor2, *, value=1): return wrap(call('addcdiv', self, tensor1, tensor2, value))

    def addcmul_(self, tensor1, tensor2, *, value=1):
        call('addcmul_', self, tensor1, tensor2, value)
        return self

    def addcdiv_(self, tensor1, tensor2, *, value=1):
        call('addcdiv_', self, tensor1, tensor2, value)
        return self

    def atan2_(self, other):
        call('atan2_', self, _tensor_arg('atan2_', 'other', other))
        return self
    arctan2_ = atan2_

    def tril_(self, diagonal=0):
        call('tril_', self, _int_arg('tril_', 'diagonal', 1, diagonal))
        return self

    def triu_(self, diagonal=0):
        call('triu_', self, _int_arg('triu_', 'diagonal', 1, diagonal))
        return self

    def _logical_(self, name, other):
        r = getattr(self, name)() if other is None else getattr(self, name)(other)
        from .autograd.grad_mode import no_grad
        with no_grad():   # (no history: PyTorch's logical in-place ops are not differentiable)
            self.copy_(r)
        return self

    def logical_and_(self, other): return self._logical_('logical_and', other)
    def logical_or_(self, other): return self._logical_('logical_or', other)
    def logical_xor_(self, other): return self._logical_('logical_xor', other)
    def logical_not_(self): return self._logical_('logical_not', None)

    def index_select(self, dim, index): return wrap(call('index_select', self, _dims(dim), index))

    def diagonal(self, offset=0, dim1=0, dim2=1): return wrap(call('diagonal', self, int(offset), _dims(dim1), _dims(dim2)))

    def hardshrink(self, lambd=0.5): return wrap(call('hardshrink', self, float(lambd)))

    def gather(self, dim, index, *, sparse_grad=False): return wrap(call('gather', self, _dims(dim), index))

    def _scatter(self, name, dim, index, src, value, reduce, inplace):
        v = src if src is not None else value
        if not isinstance(v, Tensor) and _sk(v) is None:
            raise TypeError(f"{name}() received an invalid combination of arguments - got (src={type(v).__name__})")
        return call('scatter', self, _dims(dim), index, v, inplace, reduce)

    def scatter(self, dim, index, src=None, value=None, *, reduce=None):
        return wrap(self._scatter('scatter', dim, index, src, value, reduce, False))

    def scatter_(self, dim, index, src=None, value=None, *, reduce=None):
        self._scatter('scatter_', dim, index, src, value, reduce, True)
        return self

    def scatter_add(self, dim, index, src): return wrap(call('scatter_add', self, _dims(dim), index, src, False))

    def scatter_add_(self, dim, index, src):
        call('scatter_add', self, _dims(dim), index, src, True)
        return self

    def cumsum(self, dim=_NO_DIM, *, dtype=None):
        if dim is _NO_DIM:
            raise _no_overload('cumsum', (), {} if dtype is None else {'dtype': dtype})
        return wrap(call('cumsum', self, _dims(dim), _engine_dtype(dtype), False))

    def cumprod(self, dim=_NO_DIM, *, dtype=None):
        if dim is _NO_DIM:
            raise _no_overload('cumprod', (), {} if dtype is None else {'dtype': dtype})
        return wrap(call('cumprod', self, _dims(dim), _engine_dtype(dtype), False))

    def cumsum_(self, dim, *, dtype=None):
        call('cumsum', self, _dims(dim), _engine_dtype(dtype), True)
        return self

    def cumprod_(self, dim, *, dtype=None):
        call('cumprod', self, _dims(dim), _engine_dtype(dtype), True)
        return self

    def sort(self, dim=-1, descending=False, *, stable=False):
        vals, idx = B.to_py(call('sort', self, _dims(dim), _bool(descending), _bool(stable)))
        return return_types['sort'](wrap(vals), wrap(idx))

    def argsort(self, dim=-1, descending=False, *, stable=False):
        return wrap(call('argsort', self, _dims(dim), _bool(descending), _bool(stable)))

    def topk(self, k, dim=-1, largest=True, sorted=True):
        vals, idx = B.to_py(call('topk', self, k.__index__(), -1 if dim is None else _dims(dim), _bool(largest), _bool(sorted)))
        return return_types['topk'](wrap(vals), wrap(idx))

    def nonzero(self, *, as_tuple=False):
        t = wrap(call('nonzero', self))
        if as_tuple:
            if not self.dim():   # (a 0-d tensor: one index 0 if it is nonzero)
                from . import _creation
                return (_creation.zeros(t.shape[0], dtype=T.int64),)
            return tuple(t[:, d] for d in range(self.dim()))
        return t

    def fmod(self, other): return _checked(_binop('fmod', self, other), 'fmod', other)

    def masked_fill(self, mask, value): return wrap(call('masked_fill', self, mask, value, False))

    def masked_fill_(self, mask, value):
        call('masked_fill', self, mask, value, True)
        return self

    def contiguous(self, *args, memory_format=None):
        if args:
            raise TypeError(f"contiguous() takes 0 positional arguments but {len(args)} "
                            f"{'was' if len(args) == 1 else 'were'} given")
        return wrap(call('contiguous', self, T._memory_format_arg('contiguous', memory_format, 'contiguous')))

    def clone(self, *, memory_format=None):
        return wrap(call('clone', self, T._memory_format_arg('clone', memory_format, 'preserve')))

    def to(self, *args, **kwargs):
        given = (args, dict(kwargs))
        mf = kwargs.get('memory_format')
        if mf is not None and not isinstance(mf, T.memory_format):
            raise _to_invalid(*given)
        dtype = kwargs.get('dtype')
        if dtype is not None and not isinstance(dtype, T.dtype) and dtype not in (_float, _int, _bool):
            raise _to_invalid(*given)
        dtype = kwargs.pop('dtype', None)
        if dtype in (_float, _int, _bool):
            dtype = T.from_python_type(dtype)
        copy = kwargs.pop('copy', False)
        kwargs.pop('non_blocking', None)
        mf = T._memory_format_arg('to', kwargs.pop('memory_format', None), 'preserve')
        _check_device(kwargs.pop('device', None))
        if kwargs:
            raise _to_invalid(*given)
        for a in args:
            if isinstance(a, T.dtype):
                dtype = a
            elif a is _float or a is _int or a is _bool:   # Python's types are dtypes to the parser
                dtype = T.from_python_type(a)
            elif isinstance(a, Tensor):
                dtype = a.dtype
            elif isinstance(a, (str, T.device)):
                _check_device(a)
            elif isinstance(a, _bool):
                pass
            else:
                raise _to_invalid(*given)
        if dtype is None:
            dtype = self.dtype
        return wrap(call('to', self, _engine_dtype(dtype), _bool(copy), mf))

    def float(self, memory_format=None): return self.to(T.float32, memory_format=memory_format)
    def double(self, memory_format=None): return self.to(T.float64, memory_format=memory_format)
    def long(self, memory_format=None): return self.to(T.int64, memory_format=memory_format)
    def bool(self, memory_format=None): return self.to(T.bool, memory_format=memory_format)
    def int(self, memory_format=None): return self.to(T.int32, memory_format=memory_format)
    def half(self, memory_format=None): return self.to(T.float16, memory_format=memory_format)
    def bfloat16(self, memory_format=None): return self.to(T.bfloat16, memory_format=memory_format)
    def short(self, memory_format=None): return self.to(T.int16, memory_format=memory_format)
    def char(self, memory_format=None): return self.to(T.int8, memory_format=memory_format)
    def byte(self, memory_format=None): return self.to(T.uint8, memory_format=memory_format)
    def type_as(self, other): return self.to(other.dtype)

    # --- in-place fills and copies --------------------------------------------------------------------------------------
    def copy_(self, src, non_blocking=False):
        if not isinstance(src, Tensor):
            if _sk(src) is None:
                raise TypeError(f"copy_(): argument 'other' (position 1) must be Tensor, not {type(src).__name__}")
            return self.fill_(src)   # PyTorch 1.13 accepts a Python number here
        call('copy_', self, src)
        return self

    def fill_(self, value): call('fill_', self, value); return self
    def zero_(self): call('zero_', self); return self

    def uniform_(self, a=0, b=1, *, generator=None):
        call('uniform_', self, _float(a), _float(b), generator)
        return self

    def normal_(self, mean=0, std=1, *, generator=None):
        call('normal_', self, _float(mean), _float(std), generator)
        return self

    def multinomial(self, num_samples, replacement=False, *, generator=None):
        from ._creation import multinomial
        return multinomial(self, num_samples, replacement, generator=generator)

    def exponential_(self, lambd=1, *, generator=None):
        call('exponential_', self, _float(lambd), generator)
        return self

    def cauchy_(self, median=0, sigma=1, *, generator=None):
        call('cauchy_', self, _float(median), _float(sigma), generator)
        return self

    def log_normal_(self, mean=1, std=2, *, generator=None):
        call('log_normal_', self, _float(mean), _float(std), generator)
        return self

    def geometric_(self, p, *, generator=None):
        call('geometric_', self, _float(p), generator)
        return self

    def bernoulli_(self, p=0.5, *, generator=None):
        if isinstance(p, Tensor):
            return self.copy_(p.expand_as(self).bernoulli(generator=generator))
        call('bernoulli_scalar', self, _float(p), generator)
        return self

    def bernoulli(self, p=None, *, generator=None):
        if p is not None:
            return self.clone().bernoulli_(p, generator=generator)
        return wrap(call('bernoulli_tensor', self.contiguous(), generator))

    def random_(self, *args, generator=None, **kwargs):
        if 'from' in kwargs or 'to' in kwargs:
            args = (kwargs.pop('from', 0), kwargs.pop('to', None))
        if kwargs:
            raise TypeError(f"random_() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if not args:   # the dtype's whole range, drawn as PyTorch's random_kernel draws it
            call('random_', self, generator)
            return self
        lo, hi = (0, args[0]) if len(args) == 1 else args
        if hi is None:
            raise NotImplementedError('tnb: random_(from, None) is not supported; give both bounds')
        call('random_from_to_', self, _int(lo), _int(hi), len(args) == 1, generator)
        return self

    def new(self, *args, device=None):
        """The legacy constructor in self's dtype: new(*sizes) / new(torch.Size) an uninitialized tensor (tnb: zeros),
        new(sequence) a tensor of that data, new(tensor) an alias of it, new() an empty one."""
        from . import _creation
        if len(args) == 1 and isinstance(args[0], Tensor):
            return args[0].detach()
        if len(args) == 1 and not isinstance(args[0], T.Size) and isinstance(args[0], (list, tuple)):
            return _creation.tensor(list(args[0]), dtype=self.dtype)
        if len(args) == 1 and isinstance(args[0], T.Size):
            args = tuple(args[0])
        if not args:
            return _creation.empty(0, dtype=self.dtype)
        if len(args) == 1 and isinstance(args[0], _float):
            raise TypeError(f'new(): data must be a sequence (got {type(args[0]).__name__})')
        for a in args:
            if not isinstance(a, _int) or isinstance(a, _bool):
                raise TypeError(f"new(): invalid data type '{type(a).__name__}'")
        return _creation.empty(*args, dtype=self.dtype)

    def new_tensor(self, data, dtype=None, device=None, requires_grad=False):
        from . import _creation
        if isinstance(data, Tensor):
            warnings.warn('To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() '
                          'or sourceTensor.clone().detach().requires_grad_(True), rather than '
                          'tensor.new_tensor(sourceTensor).', stacklevel=2)
            _check_device(device)
            return wrap(call('tensor_from_tensor', data, _engine_dtype(dtype or self.dtype), _bool(requires_grad)))
        return _creation.tensor(data, dtype=dtype or self.dtype, requires_grad=requires_grad)

    def _new_args(self, name, size, dtype, sequence=False):
        """(size, dtype) of new_zeros/new_ones/new_empty/new_full, checked with the parser's texts."""
        if dtype is not None and not isinstance(dtype, T.dtype) and dtype not in (_float, _int, _bool):
            raise TypeError(f"{name}(): argument 'dtype' must be torch.dtype, not {type(dtype).__name__}")
        return _size(size, name, sequence=sequence), dtype if dtype is not None else self.dtype

    def new_zeros(self, *size, dtype=None, device=None, requires_grad=False):
        from . import _creation
        size, dtype = self._new_args('new_zeros', size, dtype)
        return _creation.zeros(size, dtype=dtype, requires_grad=requires_grad)

    def new_ones(self, *size, dtype=None, device=None, requires_grad=False):
        from . import _creation
        size, dtype = self._new_args('new_ones', size, dtype)
        return _creation.ones(size, dtype=dtype, requires_grad=requires_grad)

    def new_empty(self, *size, dtype=None, device=None, requires_grad=False):
        from . import _creation
        size, dtype = self._new_args('new_empty', size, dtype)
        return _creation.zeros(size, dtype=dtype, requires_grad=requires_grad)

    def new_full(self, size, fill_value, dtype=None, device=None, requires_grad=False):
        from . import _creation
        size, dtype = self._new_args('new_full', (size,), dtype, sequence=True)
        return _creation.full(size, fill_value, dtype=dtype, requires_grad=requires_grad)


def _arange(start, end, step):
    from . import _creation
    return _creation.arange(start, end, step)


def _scalar_like(t, v):
    from . import _creation
    return _creation.tensor(v, dtype=t.dtype)


# Argument checks with the texts of PyTorch's argument parser. Positions count from the method's first argument
# after self; torch.<fn>(input, ...) (_method_function) adds one, as PyTorch's function forms number them.
def _arg_error(fn, name, pos, what, v):
    return TypeError(f"{fn}(): argument '{name}' (position {pos}) must be {what}, not {type(v).__name__}")


def _tensor_arg(fn, name, v, pos=1):
    if not isinstance(v, Tensor):
        raise _arg_error(fn, name, pos, 'Tensor', v)
    return v


def _int_arg(fn, name, pos, v):
    if not isinstance(v, _int) or isinstance(v, _bool):
        raise _arg_error(fn, name, pos, 'int', v)
    return v


def _int_list_arg(fn, name, pos, v):
    """An int or a list/tuple of ints, as a list (an IntArrayRef argument)."""
    items = list(v) if isinstance(v, (list, tuple)) else [v]
    if any(not isinstance(i, _int) or isinstance(i, _bool) for i in items):
        raise _arg_error(fn, name, pos, 'tuple of ints', v)
    return items


def _number_arg(fn, name, v):
    """A Number argument (alpha=...) given as a tensor: PyTorch takes a 0-dim tensor that does not require grad as
    its value (LBFGS passes such alphas), and refuses any other tensor."""
    if isinstance(v, Tensor):
        if v.dim() != 0 or v.requires_grad:
            raise TypeError(f"{fn}(): argument '{name}' must be Number, not Tensor")
        return v.item()
    return v


def _alpha_arg(fn, self, other, alpha):
    """add/sub's alpha as a number, with ATen's alpha_check against the result dtype."""
    alpha = _number_arg(fn, 'alpha', alpha)
    if type(alpha) is int and alpha == 1:
        return alpha
    try:
        from ._dtype_info import result_type
        dt = result_type(self, other)
    except TypeError:   # e.g. a complex scalar: the engine call reports it
        return alpha
    if isinstance(alpha, builtins.bool) and dt is not T.bool:
        raise RuntimeError("Boolean alpha only supported for Boolean results.")
    if not (dt.is_floating_point or dt.is_complex) and not isinstance(alpha, builtins.int):
        raise RuntimeError("For integral input tensors, argument alpha must not be a floating point number.")
    if not dt.is_complex and isinstance(alpha, builtins.complex):
        raise RuntimeError("For non-complex input tensors, argument alpha must not be a complex number.")
    return alpha


def _checked(r, name, other):
    if r is NotImplemented:
        raise _arg_error(name, 'other', 1, 'Tensor', other)
    return r


# --- PyTorch's argument parser on overloaded ops ------------------------------------------------------------------
# An op with several signatures (Tensor other / Number other, ...) rejects arguments that fit none of them with the
# parser's "received an invalid combination of arguments" text (torch/csrc/utils/invalid_arguments.cpp): the
# arguments' types, then each signature, with the arguments marked !like this! where they do not fit, for the
# signatures that take as many arguments as were given ('*' counts as one, and fits nothing). The method and the
# torch.<op> function have different signatures: name -> (the method's, the function's), as PyTorch 1.13.1 lists them.
_TENSOR_OR_NUMBER = ('Tensor other', 'Number other')
_COMPARISON_FN = ('Tensor input, Tensor other, *, Tensor out', 'Tensor input, Number other, *, Tensor out')
_DIVISION_FN = ('Tensor input, Tensor other, *, Tensor out', 'Tensor input, Number other')
_OVERLOADS = {
    **{n: (_TENSOR_OR_NUMBER, _COMPARISON_FN) for n in (
        'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'greater', 'greater_equal', 'less', 'less_equal', 'not_equal', 'fmod')},
    **{n: (_TENSOR_OR_NUMBER, _DIVISION_FN) for n in ('floor_divide', 'true_divide', 'multiply')},
    'remainder': (_TENSOR_OR_NUMBER, ('Tensor input, Tensor other, *, Tensor out', 'Number self, Tensor other',
                                      'Tensor input, Number other, *, Tensor out')),
    'pow': (('Tensor exponent', 'Number exponent'),
            ('Tensor input, Tensor exponent, *, Tensor out', 'Number self, Tensor exponent, *, Tensor out',
             'Tensor input, Number exponent, *, Tensor out')),
    'divide': (('Tensor other', 'Tensor other, *, str rounding_mode', 'Number other', 'Number other, *, str rounding_mode'),
               ('Tensor input, Tensor other, *, Tensor out', 'Tensor input, Tensor other, *, str rounding_mode, Tensor out',
                'Tensor input, Number other', 'Tensor input, Number other, *, str rounding_mode')),
    'subtract': (('Tensor other, *, Number alpha', 'Number other, Number alpha'),
                 ('Tensor input, Tensor other, *, Number alpha, Tensor out', 'Tensor input, Number other, Number alpha')),
    'rsub': (('Tensor other, *, Number alpha', 'Number other, Number alpha'),
             ('Tensor input, Tensor other, *, Number alpha', 'Tensor input, Number other, Number alpha')),
    'lerp': (('Tensor end, Tensor weight', 'Tensor end, Number weight'),
             ('Tensor input, Tensor end, Tensor weight, *, Tensor out', 'Tensor input, Tensor end, Number weight, *, Tensor out')),
    **{n: (('int dim, *, torch.dtype dtype', 'name dim, *, torch.dtype dtype'),
           ('Tensor input, int dim, *, torch.dtype dtype, Tensor out', 'Tensor input, name dim, *, torch.dtype dtype, Tensor out'))
       for n in ('cumsum', 'cumprod')},
    'lerp_': (('Tensor end, Tensor weight', 'Tensor end, Number weight'), ()),
    'clamp': (('Tensor min, Tensor max', 'Number min, Number max'),
              ('Tensor input, Tensor min, Tensor max, *, Tensor out', 'Tensor input, Number min, Number max, *, Tensor out')),
    'clip': (('Tensor min, Tensor max', 'Number min, Number max'),
             ('Tensor input, Tensor min, Tensor max, *, Tensor out', 'Tensor input, Number min, Number max, *, Tensor out')),
}


def _fits(kind, v):
    if kind == 'Tensor':
        return isinstance(v, Tensor)
    if kind == 'Number':
        return isinstance(v, (_int, _float, complex))
    if kind == 'int':
        return isinstance(v, _int)
    return kind in ('str', 'name') and isinstance(v, str)


def _params(sig):
    """[(type, name)] of a signature's parameters, '*' as ('*', '*')."""
    return [tuple(p.rsplit(' ', 1)) if p != '*' else ('*', '*') for p in sig.split(', ')]


def _accepts(sig, args, kwargs):
    """Whether a signature takes these arguments (its parameters named alpha have a default, the others before '*'
    are required)."""
    ps = _params(sig)
    star = next((i for i, p in enumerate(ps) if p[0] == '*'), len(ps))
    if len(args) > star or not all(_fits(k, v) for (k, _), v in zip(ps, args)):
        return False
    kinds = {n: k for k, n in ps[len(args):] if k != '*'}
    if any(n not in kinds or not _fits(kinds[n], v) for n, v in kwargs.items()):
        return False
    return all(n in kwargs or n == 'alpha' for _, n in ps[len(args):star])


def _arg_list(items, positional):
    """'(a, b=c)' as the parser writes it: every item followed by ', ', the last one's cut only when an argument
    was given by position (so keywords alone end in ', ')."""
    text = ''.join(f'{i}, ' for i in items)
    return f'({text[:-2] if positional else text})'


def _typename(v):
    """The type's name as the parser prints it (tp_name: torch.dtype, torch.Size, torch.device, Tensor, int)."""
    if isinstance(v, (T.dtype, T.Size, T.device)):
        return 'torch.' + type(v).__name__
    return type(v).__name__


def _got(args, kwargs):
    """The parser's "got (...)" of a call: the arguments' types, keywords in reverse order (its hash map's)."""
    return _arg_list([_typename(a) for a in args] + [f'{k}={_typename(v)}' for k, v in reversed(kwargs.items())], args)


def _invalid_combination(name, sigs, args, kwargs):
    """The parser's TypeError when no signature of `name` takes (args, kwargs)."""
    got = _got(args, kwargs)
    lines = [f'{name}() received an invalid combination of arguments - got {got}, but expected one of:\n']
    for sig in sigs:
        lines.append(f' * ({sig})\n')
        ps = _params(sig)
        if len(ps) != len(args) + len(kwargs):
            continue
        unknown = [k for k in kwargs if all(k != n for t, n in ps if t != '*')]
        if unknown:
            lines.append(f"      didn't match because some of the keywords were incorrect: {', '.join(unknown)}\n")
            continue
        marked = []
        for i, (kind, n) in enumerate(ps):
            if i < len(args):
                v, text = args[i], type(args[i]).__name__
            elif n in kwargs:
                v, text = kwargs[n], f'{n}={type(kwargs[n]).__name__}'
            else:
                continue
            # (the parser's matcher never fits a parameter named self: torch.remainder(2, 'x') marks the 2; nor
            # a Number parameter, whose type name its table lacks: a.clamp(1, 'x') marks the 1 in (Number min, ...))
            marked.append(text if _fits(kind, v) and n != 'self' and kind != 'Number' else f'!{text}!')
        lines.append(f"      didn't match because some of the arguments have invalid types: {_arg_list(marked, args)}\n")
    return TypeError(''.join(lines))


def _bitwise_arg(name, other):
    if isinstance(other, (Tensor, _int, _float)):   # bool is an int
        return other
    raise _invalid_combination(name, ('Tensor other', 'Number other'), (other,), {})


from ._types import SCALAR_TYPE_NAMES as _TYPE_WORDS  # noqa: E402


def _bitwise_inplace(self, r):
    """Writes a bitwise op's result into self, refusing a result type self cannot hold (Long into Bool)."""
    got, want = _dtype(r._h), _dtype(self._h)
    if got in _INTEGER and want == 'bool':
        raise RuntimeError(f"result type {_TYPE_WORDS[got]} can't be cast to the desired output type {_TYPE_WORDS[want]}")
    return self.copy_(r)


def _clamp_bounds(name, args, kwargs):
    """(min, max, whether they are tensors) of clamp's (Tensor? min, Tensor? max) or (Number? min, Number? max);
    bounds of both kinds, or of neither, get the parser's invalid-combination error."""
    bounds = dict(zip(('min', 'max'), args))
    ok = len(args) <= 2 and all(k in ('min', 'max') and k not in bounds for k in kwargs)
    bounds.update(kwargs)
    lo, hi = bounds.get('min'), bounds.get('max')
    given = [v for v in (lo, hi) if v is not None]
    tensors = ok and all(isinstance(v, Tensor) for v in given)
    # (the parser takes a 0-d tensor as a Number: clamp(torch.tensor(1.), 2) is the Number overload)
    numbers = ok and all((_fits('Number', v) and not isinstance(v, complex))
                         or (isinstance(v, Tensor) and v.dim() == 0) for v in given)
    if not (tensors or numbers):
        e = _invalid_combination(name, _CLAMP_SIGS, args, kwargs)
        e._tnb_call = (name, args, kwargs)
        raise e
    if not tensors:
        lo, hi = (v.item() if isinstance(v, Tensor) else v for v in (lo, hi))
    return lo, hi, builtins.bool(given) and tensors


_CLAMP_SIGS = ('Tensor min, Tensor max', 'Number min, Number max')


def _no_overload(name, args, kwargs):
    """The method's invalid-combination TypeError; torch.<op>(input, ...) rewrites it with the function's
    signatures (from the call it carries)."""
    e = _invalid_combination(name, _OVERLOADS[name][0], args, kwargs)
    e._tnb_call = (name, args, kwargs)
    return e


def _overloaded(name, impl):
    """Tensor.<name> running impl(self, *args, **kwargs) when one of PyTorch's signatures for it takes the
    arguments, else raising PyTorch's invalid-combination TypeError."""
    sigs = _OVERLOADS[name][0]
    one_arg = ',' not in sigs[0]   # its first signature takes one argument

    def method(self, *args, **kwargs):
        if one_arg and len(args) == 1 and not kwargs and isinstance(args[0], (Tensor, _int, _float)):
            return impl(self, *args)   # the common call, one tensor or number
        if any(_accepts(s, args, kwargs) for s in sigs):
            return impl(self, *args, **kwargs)
        raise _no_overload(name, args, kwargs)
    method.__name__ = method.__qualname__ = name
    return method


def _index_item(i):
    if i is None:
        return None
    if i is Ellipsis:
        return '...'
    if isinstance(i, slice):
        return [_slice_bound(i.start), _slice_bound(i.stop), _slice_bound(i.step)]
    if isinstance(i, Tensor):
        return i
    if isinstance(i, _bool):
        from . import _creation
        return _creation.tensor(i)
    if isinstance(i, _int):
        return _int(i)
    if isinstance(i, (list, tuple)):
        from . import _creation
        t = _creation.tensor(i)
        if t.dtype not in (T.int64, T.bool):
            raise IndexError('tensors used as indices must be long, byte or bool tensors')
        return t
    if hasattr(i, '__index__') and not isinstance(i, _float):
        return i.__index__()
    if isinstance(i, str):   # (a sequence to PyTorch, which makes a tensor of it)
        raise TypeError("new(): invalid data type 'str'")
    raise IndexError('only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices '
                     f'(got {type(i).__name__})')


def _slice_bound(v):
    if v is None:
        return None
    if isinstance(v, _int):
        return _int(v)
    if hasattr(v, '__index__'):
        return v.__index__()
    raise TypeError('slice indices must be integers or None or have an __index__ method')


_T_WARNED = [False]


def _legacy_new(d, args, typed):
    """PyTorch's legacy constructors (torch.Tensor, torch.FloatTensor, ...): no argument is an empty 1-d tensor, a
    sequence is data, a torch.Size or ints are a size (zero-filled here), a tensor is an alias (of the same dtype, for
    the typed ones); anything else is refused with the parser's texts."""
    from . import _creation
    if not args:
        return _creation.zeros(0, dtype=d)
    if len(args) == 1:
        a = args[0]
        if isinstance(a, Tensor):
            if typed and a.dtype != d:
                opts = ('TensorOptions(dtype={}, device=cpu, layout=Strided, requires_grad=false (default), '
                        'pinned_memory=false (default), memory_format=(nullopt))')
                raise TypeError(f'expected {opts.format(T.TYPE_META_NAMES[d._name])} '
                                f'(got {opts.format(T.TYPE_META_NAMES[a.dtype._name])})')
            return a.view(a.shape)
        if isinstance(a, T.Size):
            return _creation.zeros(tuple(a), dtype=d)
        if isinstance(a, (list, tuple)):
            return _creation.tensor(a, dtype=d)
        if not _is_index(a):
            raise TypeError(f'new(): data must be a sequence (got {type(a).__name__})')
    for i, v in enumerate(args):
        if not _is_index(v):
            raise TypeError(f"new(): argument 'size' must be tuple of ints, but found element of type "
                            f"{type(v).__name__} at pos {i + 1}")
    return _creation.zeros(*args, dtype=d)


def _index_items(idx):
    # PyTorch's treatSequenceAsTuple (NumPy's old rule): a short list holding a tensor, a sequence, a slice, None or
    # Ellipsis indexes as a tuple, x[[t0, t1]] is x[t0, t1] and x[[[0, 1], [1, 2]]] is x[[0, 1], [1, 2]]
    if isinstance(idx, list) and len(idx) < 32 and any(
            isinstance(o, (Tensor, list, tuple, slice)) or o is None or o is Ellipsis for o in idx):
        idx = tuple(idx)
    if isinstance(idx, tuple):
        return [_index_item(i) for i in idx]
    return [_index_item(idx)]


def _wrap_dim(d, n):
    """A dim index in [0, n), with PyTorch's IndexError for one out of range."""
    d = _dim_index(d)
    m = max(n, 1)
    if d < -m or d >= m:
        raise IndexError(f'Dimension out of range (expected to be in range of [{-m}, {m - 1}], but got {d})')
    return d + m if d < 0 else d


# Unary math methods and their in-place forms.
_UNARY = ['neg', 'exp', 'log', 'sqrt', 'abs', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'relu', 'sign', 'reciprocal',
          'rsqrt', 'log1p', 'expm1', 'log2', 'log10', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'floor', 'ceil', 'round',
          'trunc', 'square', 'erf', 'erfc']


def _no_arguments(name, args, kwargs):
    """A C method's TypeError for arguments it does not take (x.exp(2): PyTorch's methods are _TensorBase's)."""
    if kwargs:
        return TypeError(f'_TensorBase.{name}() takes no keyword arguments')
    e = TypeError(f'_TensorBase.{name}() takes no arguments ({len(args)} given)')
    e._tnb_positional = len(args)   # (torch.<name>(x, ...) says "takes 1 positional argument but 2 were given")
    return e


def _make_unary(name):
    def method(self, *args, **kwargs):
        if args or kwargs:
            raise _no_arguments(name, args, kwargs)
        return _unop(name, self)
    method.__name__ = name
    method.__qualname__ = 'Tensor.' + name

    def inplace(self, *args, **kwargs):
        if args or kwargs:
            raise _no_arguments(name + '_', args, kwargs)
        if _dead:
            _drain()
        try:
            _call(name + '_', 't', _site(), self._h)
        except _JsException as e:
            raise _err(e) from None
        return self
    inplace.__name__ = name + '_'
    inplace.__qualname__ = 'Tensor.' + name + '_'
    return method, inplace


for _n in _UNARY:
    _m, _i = _make_unary(_n)
    setattr(Tensor, _n, _m)
    setattr(Tensor, _n + '_', _i)
Tensor.negative = Tensor.neg
Tensor.absolute = Tensor.abs
Tensor.arcsin, Tensor.arccos, Tensor.arctan = Tensor.asin, Tensor.acos, Tensor.atan
Tensor.fix = Tensor.trunc
Tensor.negative_, Tensor.absolute_, Tensor.fix_ = Tensor.neg_, Tensor.abs_, Tensor.trunc_
Tensor.arcsin_, Tensor.arccos_, Tensor.arctan_ = Tensor.asin_, Tensor.acos_, Tensor.atan_
Tensor.divide_ = Tensor.true_divide_ = Tensor.div_
Tensor.multiply_, Tensor.subtract_ = Tensor.mul_, Tensor.sub_


def _round(self, decimals=None):
    if decimals is None:
        return _unop('round', self)
    # the overload with decimals (RoundBackward1), also for decimals=0
    if isinstance(decimals, _bool) or not isinstance(decimals, _int):
        raise TypeError(f"round(): argument 'decimals' must be int, not {type(decimals).__name__}")
    return wrap(call('round_decimals', self, decimals))


Tensor.round = _round
Tensor.__module__ = 'torch'
Tensor.__qualname__ = 'Tensor'


# The methods of ops with overloads (see _OVERLOADS): the same work, PyTorch's errors for arguments that fit none.
for _name, _impl in [
        ('eq', Tensor.eq), ('ne', Tensor.ne), ('lt', Tensor.lt), ('le', Tensor.le), ('gt', Tensor.gt), ('ge', Tensor.ge),
        ('greater', Tensor.gt), ('greater_equal', Tensor.ge), ('less', Tensor.lt), ('less_equal', Tensor.le),
        ('not_equal', Tensor.ne), ('fmod', Tensor.fmod), ('floor_divide', Tensor.floor_divide),
        ('true_divide', Tensor.div), ('multiply', Tensor.mul), ('remainder', Tensor.remainder), ('pow', Tensor.pow),
        ('divide', Tensor.div), ('subtract', Tensor.sub), ('rsub', Tensor.rsub), ('lerp', Tensor.lerp),
        ('lerp_', Tensor.lerp_)]:
    setattr(Tensor, _name, _overloaded(_name, _impl))


def _numpy_aliases(fn, dim_position):
    """PyTorch's argument parser takes NumPy's names for two parameters: axis= for dim= and keepdims= for keepdim=
    (x.sum(axis=0), x.mean(axis=1, keepdims=True)). Also gives a dim that is not an int the parser's text."""
    name = fn.__name__

    @functools.wraps(fn)
    def method(self, *args, **kwargs):
        if kwargs:
            if 'axis' in kwargs and 'dim' not in kwargs:
                kwargs['dim'] = kwargs.pop('axis')
            if 'keepdims' in kwargs and 'keepdim' not in kwargs:
                kwargs['keepdim'] = kwargs.pop('keepdims')
        try:
            return fn(self, *args, **kwargs)
        except _BadDim as e:
            raise _bad_dim_error(self, name, e, args, kwargs, dim_position) from None
        except TypeError as e:
            # a required argument left out (Python refused the call itself): the parser's wording
            m = _MISSING_ARGUMENT.match(str(e)) if e.__traceback__.tb_next is None else None
            if m is None:
                raise
            if name in _DIM_OVERLOADS:   # several signatures: none takes these arguments
                err = _invalid_combination(name, _DIM_OVERLOADS[name][0], args, kwargs)
                err._tnb_call = (name, args, kwargs)
                raise err from None
            if name not in _ONE_SIGNATURE:
                raise
            raise TypeError(f'{name}() missing {m.group(1)} required positional arguments: '
                            + ', '.join(f'"{a}"' for a in _QUOTED.findall(m.group(2)))) from None
    return method


# (methods with one signature, whose missing argument the parser names; the others keep Python's text)
_ONE_SIGNATURE = {'unsqueeze', 'unsqueeze_', 'topk', 'chunk'}
_MISSING_ARGUMENT = __import__('re').compile(r"^\S*\(\) missing (\d+) required positional arguments?: (.*)$")
_QUOTED = __import__('re').compile(r"'(\w+)'")


# Methods whose dim has several signatures (int/tuple of ints/names): the parser's invalid-combination text, with the
# function form's signatures for torch.<name>(input, ...) (the method and function texts of PyTorch 1.13.1)
_REDUCTION_SIGS = (('*, torch.dtype dtype', 'tuple of ints dim, bool keepdim, *, torch.dtype dtype',
                    'tuple of names dim, bool keepdim, *, torch.dtype dtype'),
                   ('Tensor input, *, torch.dtype dtype',
                    'Tensor input, tuple of ints dim, bool keepdim, *, torch.dtype dtype, Tensor out',
                    'Tensor input, tuple of names dim, bool keepdim, *, torch.dtype dtype, Tensor out'))
_DIM_OVERLOADS = {'sum': _REDUCTION_SIGS, 'mean': _REDUCTION_SIGS, 'nansum': _REDUCTION_SIGS,
                  'softmax': (('int dim, torch.dtype dtype', 'name dim, *, torch.dtype dtype'),
                              ('Tensor input, int dim, torch.dtype dtype, *, Tensor out',
                               'Tensor input, name dim, *, torch.dtype dtype')),
                  'log_softmax': (('int dim, torch.dtype dtype', 'name dim, *, torch.dtype dtype'),
                                  ('Tensor input, int dim, torch.dtype dtype, *, Tensor out',
                                   'Tensor input, name dim, *, torch.dtype dtype')),
                  'gather': (('int dim, Tensor index, *, bool sparse_grad', 'name dim, Tensor index, *, bool sparse_grad'),
                             ('Tensor input, int dim, Tensor index, *, bool sparse_grad, Tensor out',
                              'Tensor input, name dim, Tensor index, *, bool sparse_grad, Tensor out')),
                  'index_select': (('int dim, Tensor index', 'name dim, Tensor index'),
                                   ('Tensor input, int dim, Tensor index, *, Tensor out',
                                    'Tensor input, name dim, Tensor index, *, Tensor out')),
                  'transpose': (('int dim0, int dim1', 'name dim0, name dim1'),
                                ('Tensor input, int dim0, int dim1', 'Tensor input, name dim0, name dim1')),
                  'select': (('int dim, int index', 'name dim, int index'),
                             ('Tensor input, int dim, int index', 'Tensor input, name dim, int index')),
                  'narrow': (('int dim, Tensor start, int length', 'int dim, int start, int length'),
                             ('Tensor input, int dim, Tensor start, int length', 'Tensor input, int dim, int start, int length'))}
# (methods with only an int dim: a name is refused by type, not looked up)
_INT_DIM_ONLY = {'argmax', 'argmin', 'unsqueeze', 'unsqueeze_', 'topk', 'diff', 'narrow', 'roll'}


def _bad_dim_error(self, name, e, args, kwargs, position):
    v = e.value
    if e.element is not None:
        return TypeError(f"{name}(): argument 'dim' must be tuple of ints, but found element of type "
                         f"{type(v).__name__} at pos {e.element}")
    if isinstance(v, str) and name not in _INT_DIM_ONLY:   # a dim name: this tensor's dims have none
        return RuntimeError(f"Name '{v}' not found in Tensor[{', '.join(['None'] * self.dim())}].")
    if name in _DIM_OVERLOADS:
        err = _invalid_combination(name, _DIM_OVERLOADS[name][0], args, kwargs)
        err._tnb_call = (name, args, kwargs)
        return err
    where = f' (position {position})' if 'dim' not in kwargs and position is not None else ''
    return TypeError(f"{name}(): argument 'dim'{where} must be int, not {type(v).__name__}")


# (methods that PyTorch writes in Python, torch/_tensor.py, do not take the aliases)
_NO_NUMPY_ALIASES = {'norm', 'split', 'unique', 'unique_consecutive', 'unflatten', 'stft', 'istft'}


def _add_numpy_aliases():
    """Gives every Tensor method with a dim or keepdim parameter the parser's axis=/keepdims= aliases; run once all
    modules have added their methods (torch/__init__.py)."""
    import inspect
    for n, f in list(vars(Tensor).items()):
        if n.startswith('__') or n in _NO_NUMPY_ALIASES or not inspect.isfunction(f):
            continue
        try:
            params = inspect.signature(f).parameters
        except (TypeError, ValueError):
            continue
        if 'dim' in params or 'keepdim' in params:
            names = [p for p in params if p != 'self']
            setattr(Tensor, n, _numpy_aliases(f, names.index('dim') + 1 if 'dim' in names else None))
