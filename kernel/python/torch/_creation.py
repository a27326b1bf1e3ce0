# Tensor creation (torch.tensor, zeros, ones, full, arange, linspace, eye, the random functions) and
# torch.Generator / manual_seed. Random streams are PyTorch 1.13's CPU streams, bit for bit (kernel/engine/random.ts).
import builtins
import functools
_builtins_any = builtins.any
import math
import time
import warnings

from . import _bridge as B
from . import _types as T
from ._bridge import call, wrap
from ._tensor import Tensor, _engine_dtype, _size, _check_device, _got, _is_index

_int, _float, _bool = builtins.int, builtins.float, builtins.bool


# --- the argument parser's texts for the factory functions ----------------------------------------------------------
_FACTORY_TAIL = 'torch.dtype dtype, torch.layout layout, torch.device device, bool pin_memory, bool requires_grad'
_SIZE_SIGS = (f'tuple of ints size, *, tuple of names names, {_FACTORY_TAIL}',
              f'tuple of SymInts size, *, Tensor out, {_FACTORY_TAIL}')
_RANDOM_SIGS = (f'tuple of ints size, *, torch.Generator generator, tuple of names names, {_FACTORY_TAIL}',
                f'tuple of ints size, *, torch.Generator generator, Tensor out, {_FACTORY_TAIL}',
                f'tuple of ints size, *, Tensor out, {_FACTORY_TAIL}',
                f'tuple of ints size, *, tuple of names names, {_FACTORY_TAIL}')
_RANDINT_SIGS = (f'int high, tuple of ints size, *, torch.Generator generator, Tensor out, {_FACTORY_TAIL}',
                 f'int high, tuple of ints size, *, Tensor out, {_FACTORY_TAIL}',
                 f'int low, int high, tuple of ints size, *, torch.Generator generator, Tensor out, {_FACTORY_TAIL}',
                 f'int low, int high, tuple of ints size, *, Tensor out, {_FACTORY_TAIL}')
_SIGNATURES = {
    'zeros': _SIZE_SIGS, 'ones': _SIZE_SIGS,
    'empty': (f'tuple of ints size, *, tuple of names names, torch.memory_format memory_format, {_FACTORY_TAIL}',
              f'tuple of SymInts size, *, torch.memory_format memory_format, Tensor out, {_FACTORY_TAIL}'),
    'full': (f'tuple of ints size, Number fill_value, *, tuple of names names, {_FACTORY_TAIL}',
             f'tuple of SymInts size, Number fill_value, *, Tensor out, {_FACTORY_TAIL}'),
    'rand': _RANDOM_SIGS, 'randn': _RANDOM_SIGS, 'randint': _RANDINT_SIGS,
    'arange': (f'Number end, *, Tensor out, {_FACTORY_TAIL}', f'Number start, Number end, *, {_FACTORY_TAIL}',
               f'Number start, Number end, Number step, *, Tensor out, {_FACTORY_TAIL}'),
    'eye': (f'int n, *, Tensor out, {_FACTORY_TAIL}', f'int n, int m, *, Tensor out, {_FACTORY_TAIL}'),
    'randperm': (f'int n, *, torch.Generator generator, Tensor out, {_FACTORY_TAIL}',
                 f'int n, *, Tensor out, {_FACTORY_TAIL}'),
}


def _no_signature(name, args, kwargs):
    """The parser's "invalid combination" TypeError of a factory function (the arguments' types, keywords in the
    reverse order of the call, as its hash map gives them; then every signature)."""
    return TypeError(f'{name}() received an invalid combination of arguments - got {_got(args, kwargs)}, but expected one of:\n'
                     + ''.join(f' * ({sig})\n' for sig in _SIGNATURES[name]))


def _dtype_errors(f):
    """A dtype= that is not a torch.dtype: an overloaded function's "invalid combination" text, the others'
    "argument 'dtype' must be torch.dtype"."""
    name = f.__name__

    @functools.wraps(f)
    def g(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except TypeError as e:
            if (name in _SIGNATURES and e.__traceback__.tb_next is None
                    and 'got an unexpected keyword argument' in str(e)):   # (Python refused the call itself)
                raise _no_signature(name, args, kwargs) from None
            if not getattr(e, '_tnb_dtype_arg', False):
                raise
            bad = kwargs.get('dtype')
            if name in _SIGNATURES:
                raise _no_signature(name, args, kwargs) from None
            raise TypeError(f"{name}(): argument 'dtype' must be torch.dtype, not {type(bad).__name__}") from None
    return g


def _flatten(data):
    """Nested sequences of numbers → (shape, flat values, kind), with PyTorch's errors for ragged input."""
    shape = []
    flat = []
    kinds = set()

    def scalar(v, first):
        if isinstance(v, _bool):
            kinds.add('bool'); flat.append(_int(v)); return
        if isinstance(v, _int):
            kinds.add('int'); flat.append(_int(v)); return
        if isinstance(v, _float):
            kinds.add('float'); flat.append(v); return
        if isinstance(v, Tensor):
            if v.numel() != 1:
                raise ValueError('only one element tensors can be converted to Python scalars')
            d = v.dtype
            kinds.add('float' if d.is_floating_point else 'bool' if d == T.bool else 'int')
            flat.append(v.item() if d != T.bool else _int(v.item()))
            return
        if isinstance(v, str):
            # (a string is a sequence to PyTorch: along the first elements, where the sizes are read, it nests
            # without end; elsewhere dtype inference refuses it)
            if first:
                raise ValueError(f"too many dimensions 'str'")
            raise TypeError("new(): invalid data type 'str'")
        if hasattr(v, '__float__'):
            kinds.add('float'); flat.append(_float(v)); return
        raise RuntimeError(f"Could not infer dtype of {type(v).__name__}")

    def visit(v, depth, first=True):
        if isinstance(v, (list, tuple)):
            n = len(v)
            if depth == len(shape):
                shape.append(n)
            elif shape[depth] != n:
                raise ValueError(f'expected sequence of length {shape[depth]} at dim {depth} (got {n})')
            for i, x in enumerate(v):
                visit(x, depth + 1, first and i == 0)
            return
        if depth < len(shape):
            if isinstance(v, Tensor) and v.dim() > 0:
                raise ValueError('only one element tensors can be converted to Python scalars')
            raise TypeError('not a sequence')
        scalar(v, first)

    if isinstance(data, str):
        raise TypeError("new(): invalid data type 'str'")
    visit(data, 0)
    kind = 'float' if 'float' in kinds else 'int' if 'int' in kinds else 'bool' if 'bool' in kinds else 'float'
    return shape, flat, kind


@_dtype_errors
def tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False):
    _check_device(device)
    if isinstance(data, Tensor):
        warnings.warn('To copy construct from a tensor, it is recommended to use sourceTensor.clone().detach() or '
                      'sourceTensor.clone().detach().requires_grad_(True), rather than torch.tensor(sourceTensor).',
                      stacklevel=3)   # (the caller of torch.tensor, past _dtype_errors)
        return wrap(call('tensor_from_tensor', data, _engine_dtype(dtype), _bool(requires_grad)))
    shape, flat, kind = _flatten(data)
    return wrap(call('tensor_from_flat', shape, flat, kind, _engine_dtype(dtype), _bool(requires_grad)))


@_dtype_errors
def as_tensor(data, dtype=None, device=None):
    if isinstance(data, Tensor):
        return data if dtype is None or dtype == data.dtype else data.to(dtype)
    shape, flat, kind = _flatten(data)
    return wrap(call('tensor_from_flat', shape, flat, kind, _engine_dtype(dtype), False))


def _rebuild(values, dtype, requires_grad, shape):
    t = tensor(values, dtype=T.BY_ENGINE[dtype]).reshape(shape)
    return t.requires_grad_(requires_grad) if requires_grad else t


def _no_out(out):
    if out is not None:
        raise NotImplementedError("tnb: the out= argument is not supported; assign the result instead")


_FACTORY_SIGNATURES = (
    ' * (tuple of ints size, *, tuple of names names, torch.dtype dtype, torch.layout layout, torch.device device, '
    'bool pin_memory, bool requires_grad)\n'
    ' * (tuple of SymInts size, *, Tensor out, torch.dtype dtype, torch.layout layout, torch.device device, '
    'bool pin_memory, bool requires_grad)\n')


def _arg_type_name(v):
    t = type(v)
    return t.__name__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__name__}'


def _factory(name):
    def f(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False,
          memory_format=None):
        if memory_format is not None and name != 'empty':   # zeros and ones take no memory_format
            kw = [('out', out), ('dtype', dtype), ('layout', layout), ('device', device),
                  ('requires_grad', requires_grad if requires_grad else None),
                  ('pin_memory', pin_memory if pin_memory else None), ('memory_format', memory_format)]
            got = [_arg_type_name(v) for v in size] + [f'{k}={_arg_type_name(v)}' for k, v in kw if v is not None]
            raise TypeError(f"{name}() received an invalid combination of arguments - got ({', '.join(got)}), but "
                            f'expected one of:\n{_FACTORY_SIGNATURES}')
        _no_out(out)
        _check_device(device)
        if name == 'empty' and memory_format is not None:
            return wrap(call(name, _size(size, name), _engine_dtype(dtype), _bool(requires_grad),
                             T._memory_format_arg(name, memory_format, 'contiguous')))
        return wrap(call(name, _size(size, name), _engine_dtype(dtype), _bool(requires_grad)))
    f.__name__ = f.__qualname__ = name
    return _dtype_errors(f)


zeros = _factory('zeros')
ones = _factory('ones')
empty = _factory('empty')


def empty_strided(size, stride, *, dtype=None, layout=None, device=None, requires_grad=False, pin_memory=False):
    _check_device(device)
    return wrap(call('empty_strided', _size((size,), 'empty_strided'), _size((stride,), 'empty_strided', 'stride'),
                     _engine_dtype(dtype), _bool(requires_grad)))


def _new_empty_strided(self, size, stride, *, dtype=None, layout=None, device=None, requires_grad=False,
                       pin_memory=False):
    return empty_strided(size, stride, dtype=dtype or self.dtype, requires_grad=requires_grad)


Tensor.new_empty_strided = _new_empty_strided


@_dtype_errors
def full(size, fill_value, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    _check_device(device)
    if dtype is None and isinstance(fill_value, _bool):
        dtype = T.bool
    elif dtype is None and isinstance(fill_value, _int):
        dtype = T.int64
    return wrap(call('full', _size((size,), 'full', sequence=True), fill_value, _engine_dtype(dtype), _bool(requires_grad)))


def _like_input(name, input):
    if not isinstance(input, Tensor):
        raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")


def _like(name):
    def f(input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
        _check_device(device)
        _like_input(name, input)
        return wrap(call(name, input, _engine_dtype(dtype), _bool(requires_grad),
                         T._memory_format_arg(name, memory_format, 'preserve')))
    f.__name__ = f.__qualname__ = name
    return _dtype_errors(f)


zeros_like = _like('zeros_like')
ones_like = _like('ones_like')
empty_like = _like('empty_like')
rand_like = _like('rand_like')
randn_like = _like('randn_like')


@_dtype_errors
def full_like(input, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=None):
    _like_input('full_like', input)
    return wrap(call('full_like', input, fill_value, _engine_dtype(dtype), _bool(requires_grad),
                     T._memory_format_arg('full_like', memory_format, 'preserve')))


@_dtype_errors
def arange(start=0, end=None, step=1, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    _check_device(device)
    return wrap(call('arange', _num(start), _num(end), _num(step), _engine_dtype(dtype), _bool(requires_grad)))


def _num(v):
    if isinstance(v, Tensor):
        return v.item()
    return v


@_dtype_errors
def linspace(start, end, steps, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    return wrap(call('linspace', _float(_num(start)), _float(_num(end)), _int(steps), _engine_dtype(dtype), _bool(requires_grad)))


def logspace(start, end, steps, base=10.0, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    return wrap(call('logspace', _float(_num(start)), _float(_num(end)), _int(steps), _float(base), _engine_dtype(dtype),
                     _bool(requires_grad)))


@_dtype_errors
def eye(n, m=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    return wrap(call('eye', _int(n), m, _engine_dtype(dtype), _bool(requires_grad)))


# --- random ------------------------------------------------------------------------------------------------------------
class Generator:
    """torch.Generator (CPU): an independent mt19937 stream."""

    def __repr__(self):
        return f'<torch._C.Generator object at {hex(id(self))}>'

    def __init__(self, device='cpu'):
        _check_device(device)
        self._g = _int(B.js(B._E.new_generator))
        self.device = T.CPU

    def manual_seed(self, seed):
        B.js(B._E.generator_manual_seed, self._g, str(_seed_int(seed)))
        return self

    def initial_seed(self):
        return _int(B.js(B._E.generator_initial_seed, self._g))

    def seed(self):
        s = time.time_ns() & ((1 << 63) - 1)
        self.manual_seed(s)
        return s

    def get_state(self):
        return tensor(list(B.to_py(B.js(B._E.generator_get_state, self._g))), dtype=T.int64)

    def set_state(self, state):
        B.js(B._E.generator_set_state, self._g, [(_int(v) & 255) for v in state.tolist()])
        return self

    def __del__(self):
        if self._g == 0:   # (the default generator is never released)
            return
        try:
            B._E.release_generator(self._g)
        except Exception:
            pass


Generator.__module__ = 'torch._C'   # (type(g) prints <class 'torch._C.Generator'>, as PyTorch's)

# the default stream (engine generator 0): a Generator like any other to type() and isinstance
default_generator = Generator.__new__(Generator)
default_generator._g = 0
default_generator.device = T.CPU


def _seed_int(seed):
    if isinstance(seed, Tensor):
        seed = seed.item()
    s = _int(seed)   # as torch.manual_seed: int(seed), so 2.9 seeds with 2
    if s < -(1 << 63) or s >= (1 << 64):
        raise RuntimeError('Overflow when unpacking long')
    return s


def manual_seed(seed):
    default_generator.manual_seed(seed)
    return default_generator


def seed():
    return default_generator.seed()


def initial_seed():
    return default_generator.initial_seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state):
    default_generator.set_state(new_state)


def _gen(generator):
    return None if generator is None or generator is default_generator else generator


@_dtype_errors
def rand(*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    return wrap(call('rand', _size(size, 'rand'), _gen(generator), _engine_dtype(dtype), _bool(requires_grad)))


@_dtype_errors
def randn(*size, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    return wrap(call('randn', _size(size, 'randn'), _gen(generator), _engine_dtype(dtype), _bool(requires_grad)))


@_dtype_errors
def randint(*args, **kwargs):
    """randint(high, size) and randint(low, high, size), with the argument parser's errors: an int where the size
    goes (randint(0, 10)) or a third int (randint(0, 10, 3)) are the common slips."""
    unknown = set(kwargs) - {'generator', 'out', 'dtype', 'layout', 'device', 'requires_grad', 'pin_memory', 'size',
                             'low', 'high'}
    named = [kwargs[k] for k in ('low', 'high', 'size') if k in kwargs]
    n = len(args) + len(named)
    if unknown or n not in (2, 3) or (n == 2 and 'low' in kwargs):
        raise _no_signature('randint', args, kwargs)
    params = dict(zip(('high', 'size') if n == 2 else ('low', 'high', 'size'), args))
    params.update((k, kwargs[k]) for k in ('low', 'high', 'size') if k in kwargs)
    positions = {k: i + 1 for i, k in enumerate(('high', 'size') if n == 2 else ('low', 'high', 'size'))}
    generator = kwargs.get('generator')
    fits = all(_is_index(params[k]) for k in ('low', 'high') if k in params) \
        and isinstance(params['size'], (tuple, list)) and all(_is_index(v) for v in params['size']) \
        and (generator is None or isinstance(generator, Generator))
    if not fits:
        if n == 3:
            raise _no_signature('randint', args, kwargs)
        # one signature takes two arguments: the parser names the one that does not fit
        for k, what in (('high', 'int'), ('size', 'tuple of ints')):
            ok = _is_index(params[k]) if k == 'high' else isinstance(params[k], (tuple, list)) and all(
                _is_index(v) for v in params[k])
            if not ok:
                where = f' (position {positions[k]})' if k not in kwargs else ''
                raise TypeError(f"randint(): argument '{k}'{where} must be {what}, not {type(params[k]).__name__}")
        raise _no_signature('randint', args, kwargs)
    _no_out(kwargs.get('out'))
    low = params.get('low', 0)
    return wrap(call('randint', _int(low), _int(params['high']), _size((params['size'],), 'randint'), _gen(generator),
                     _engine_dtype(kwargs.get('dtype')), _bool(kwargs.get('requires_grad', False))))


def randint_like(input, low=0, high=None, *, dtype=None, layout=None, device=None, pin_memory=False,
                 requires_grad=False, memory_format=None):
    _check_device(device)
    if high is None:
        low, high = 0, low
    mf = T._memory_format_arg('randint_like', memory_format, 'preserve')
    if mf == 'contiguous' or (mf == 'preserve' and input.is_contiguous()):
        return randint(low, high, input.shape, dtype=dtype or input.dtype, requires_grad=requires_grad)
    # ATen: empty_like(input, memory_format).random_(low, high), the values drawn in the new tensor's memory order
    out = wrap(call('empty_like', input, _engine_dtype(dtype), False, mf)).random_(low, high)
    return out.requires_grad_(requires_grad) if requires_grad else out


def _random_int64(generator=None):
    """int(torch.empty((), dtype=torch.int64).random_(generator=generator).item()), exactly (the engine's item()
    of an int64 above 2**53 would round): the seed RandomSampler and DataLoader draw, consuming the same stream."""
    return int(call('random_int64', _gen(generator)))


@_dtype_errors
def randperm(n, *, generator=None, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    _no_out(out)
    return wrap(call('randperm', _int(n), _gen(generator), _engine_dtype(dtype), _bool(requires_grad)))


from ._types import SCALAR_TYPE_NAMES as _SCALAR_WORDS  # noqa: E402


def multinomial(input, num_samples, replacement=False, *, generator=None, out=None):
    """PyTorch 1.13's multinomial: without replacement the Gumbel trick, argmax/topk of
    p / q with q ~ Exp(1) drawn by exponential_; with replacement a binary search of a 53-bit uniform per sample in
    the normalized cumulative distribution. Same generator calls, so the same samples after manual_seed."""
    _no_out(out)
    if not isinstance(input, Tensor):
        raise TypeError(f"multinomial(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    n_sample = num_samples.__index__()
    if not (0 < input.dim() <= 2):
        raise RuntimeError('prob_dist must be 1 or 2 dim')
    if not input.is_floating_point():
        raise RuntimeError(f'multinomial only supports floating-point dtypes for input, got: {_SCALAR_WORDS[input.dtype._engine_name()]}')
    if input.dtype is T.float16:
        raise RuntimeError('multinomial is not implemented for half on CPU')
    if n_sample <= 0:
        raise RuntimeError('cannot sample n_sample <= 0 samples')
    n_categories = input.size(-1)
    if not replacement and n_sample > n_categories:
        raise RuntimeError('cannot sample n_sample > prob_dist.size(-1) samples without replacement')
    if n_categories > 2 ** 24:
        raise RuntimeError('number of categories cannot exceed 2^24')
    if not replacement:   # (1.13.1: one sample with replacement draws by the with-replacement kernel)
        if not _bool((input.max() < math.inf) & (input.min() >= 0)):
            raise RuntimeError('probability tensor contains either `inf`, `nan` or element < 0')
        zero = _bool(input.sum() == 0) if input.dim() == 1 else _bool((input.sum(1) == 0).sum())
        if zero:
            raise RuntimeError('invalid multinomial distribution (sum of probabilities <= 0)')
        from . import no_grad
        with no_grad():
            q = empty_like(input).exponential_(1, generator=generator)
            q = input / q
            if n_sample == 1:
                return q.argmax(-1, keepdim=True)
            return q.topk(n_sample)[1]
    return wrap(call('multinomial_replacement', input.detach(), n_sample, _gen(generator)))


def normal(mean, std=1.0, size=None, *, generator=None, out=None, dtype=None, requires_grad=False):
    _no_out(out)
    if isinstance(mean, Tensor) or isinstance(std, Tensor):
        m = mean if isinstance(mean, Tensor) else None
        s = std if isinstance(std, Tensor) else None
        shape = (m if m is not None else s).shape
        if m is not None and s is not None:   # (ATen's infer_size of the two)
            from . import broadcast_shapes
            shape = broadcast_shapes(m.shape, s.shape)
        from .autograd import no_grad, is_grad_enabled
        with no_grad():
            z = zeros(shape, dtype=(m if m is not None else s).dtype).normal_(generator=generator)
            z = z * std + mean
        if is_grad_enabled() and _builtins_any(t is not None and t.requires_grad for t in (m, s)):
            # PyTorch's NormalBackward1/2/3: the sample is not reparameterised, its gradient is zero
            return wrap(call('normal_of', z, m, s))
        return z
    return empty(size, dtype=dtype, requires_grad=False).normal_(mean, std, generator=generator).requires_grad_(requires_grad)


def _tensor_arg(name, arg, value, position=1):
    if not isinstance(value, Tensor):
        raise TypeError(f"{name}(): argument '{arg}' (position {position}) must be Tensor, not {type(value).__name__}")


def _standard_gamma(input, generator=None):
    """A Gamma(input, 1) sample per element (ATen's _s_gamma_cpu; StandardGammaBackward0)."""
    _tensor_arg('_standard_gamma', 'input', input)
    return wrap(call('_standard_gamma', input, _gen(generator)))


def _standard_gamma_grad(input, output):
    _tensor_arg('_standard_gamma_grad', 'input', input)
    _tensor_arg('_standard_gamma_grad', 'output', output, 2)
    return wrap(call('_standard_gamma_grad', input, output))


def _sample_dirichlet(input, generator=None):
    """A Dirichlet(input) sample per row of the last dim (ATen's _s_dirichlet_cpu)."""
    _tensor_arg('_sample_dirichlet', 'input', input)
    return wrap(call('_sample_dirichlet', input, _gen(generator)))


def _dirichlet_grad(x, alpha, total):
    for i, (n, v) in enumerate((('x', x), ('alpha', alpha), ('total', total))):
        _tensor_arg('_dirichlet_grad', n, v, i + 1)
    return wrap(call('_dirichlet_grad', x, alpha, total))


def poisson(input, generator=None):
    """A Poisson(input) sample per element (ATen's _s_poisson_cpu; PoissonBackward0, a zero gradient)."""
    _tensor_arg('poisson', 'input', input)
    return wrap(call('poisson', input, _gen(generator)))


def binomial(count, prob, generator=None):
    """A Binomial(count, prob) sample per element (ATen's _s_binomial_cpu)."""
    _tensor_arg('binomial', 'count', count)
    _tensor_arg('binomial', 'prob', prob, 2)
    return wrap(call('binomial', count, prob, _gen(generator)))


def bernoulli(input, p=None, *, generator=None, out=None):
    _no_out(out)
    return input.bernoulli(p, generator=generator)


def is_tensor(obj):
    return isinstance(obj, Tensor)


def from_numpy(ndarray):
    raise RuntimeError('tnb: NumPy is not available in this kernel; use torch.tensor(list) instead')
