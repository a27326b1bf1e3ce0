# torch functions PyTorch 1.13 composes from other ops (CompositeImplicitAutograd: their graphs show the ops they
# are made of, e.g. take_along_dim is a GatherBackward0, repeat_interleave an IndexSelectBackward0, cov a chain that
# ends in SqueezeBackward0), and the tensor methods of the native ops of kernel/engine/ops/rearrange.ts
# (masked_select, take, vdot, diag_embed, index_copy). Each follows ATen's C++ composition step by step, so values,
# graphs and error texts are PyTorch's.
import builtins as _builtins
import math as _math
import warnings as _warnings

from . import _types as T
from ._bridge import call, wrap
from . import _PKG   # warnings point at the user's line, outside this package
from ._tensor import Tensor, _int_arg, _wrap_dim

__all__ = ['masked_select', 'take', 'take_along_dim', 'repeat_interleave', 'argwhere', 'msort', 'diag_embed',
           'diagflat', 'vdot', 'index_copy', 'index_put', 'put', 'is_same_size', 'is_nonzero', 'isposinf', 'isneginf',
           'isreal', 'atleast_1d', 'atleast_2d', 'atleast_3d', 'dstack', 'column_stack', 'row_stack', 'isin', 'cov',
           'corrcoef', 'scalar_tensor', 'range']


def _tensor_arg(fname, name, pos, v):
    if not isinstance(v, Tensor):
        raise TypeError(f"{fname}(): argument '{name}' (position {pos}) must be Tensor, not {type(v).__name__}")
    return v


# --- native ops (rearrange.ts) ------------------------------------------------------------------------------------------
def masked_select(input, mask):
    return wrap(call('masked_select', _tensor_arg('masked_select', 'input', 1, input),
                     _tensor_arg('masked_select', 'mask', 2, mask)))


def take(input, index):
    return wrap(call('take', _tensor_arg('take', 'input', 1, input), _tensor_arg('take', 'index', 2, index)))


def vdot(input, other):
    return wrap(call('vdot', _tensor_arg('vdot', 'input', 1, input), _tensor_arg('vdot', 'other', 2, other)))


def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    return wrap(call('diag_embed', _tensor_arg('diag_embed', 'input', 1, input), _int_arg('diag_embed', 'offset', 2, offset),
                     _int_arg('diag_embed', 'dim1', 3, dim1), _int_arg('diag_embed', 'dim2', 4, dim2)))


def index_copy(input, dim, index, source):
    return wrap(call('index_copy', input, _int_arg('index_copy', 'dim', 2, dim), index, source))


def _index_copy_(self, dim, index, source):
    call('index_copy_', self, _int_arg('index_copy_', 'dim', 1, dim), index, source)
    return self


def _index_put_args(fname, indices, values, pos):
    if not isinstance(indices, (tuple, list)):
        raise TypeError(f"{fname}(): argument 'indices' (position {pos}) must be tuple of Tensors, not {type(indices).__name__}")
    for k, t in enumerate(indices):
        if not isinstance(t, Tensor):
            raise TypeError(f'expected Tensor as element {k} in argument {pos - 1}, but got {type(t).__name__}')
    _tensor_arg(fname, 'values', pos + 1, values)
    return list(indices)


def index_put(input, indices, values, accumulate=False):
    """torch.index_put: index_put_ on a clone (IndexPutBackward0)."""
    _tensor_arg('index_put', 'input', 1, input)
    idx = _index_put_args('index_put', indices, values, 2)
    return _index_put_(input.clone(), idx, values, accumulate)


def _index_put_(self, indices, values, accumulate=False):
    """Tensor.index_put_(indices, values, accumulate): values of self's dtype; accumulate=True adds them up."""
    idx = _index_put_args('index_put_', indices, values, 1)
    call('index_put_tensors_', self, idx, values, _builtins.bool(accumulate))
    return self


def _put_args(fname, index, source):
    _tensor_arg(fname, 'index', 1, index)
    _tensor_arg(fname, 'source', 2, source)


def _put_(self, index, source, accumulate=False):
    """Tensor.put_: source written (accumulate: added) at the row-major positions index of self (PutBackward0)."""
    _put_args('put_', index, source)
    call('put_', self, index, source, _builtins.bool(accumulate))
    return self


def put(input, index, source, accumulate=False):
    """torch.put: put_ on a clone."""
    _tensor_arg('put', 'input', 1, input)
    _put_args('put', index, source)
    return _put_(input.clone(), index, source, accumulate)


# --- compositions ---------------------------------------------------------------------------------------------------------
def take_along_dim(input, indices, dim=None):
    if indices.dtype is not T.int64:
        raise RuntimeError(f'torch.take_along_dim(): dtype of indices should be Long but got {T.SCALAR_TYPE_NAMES[indices.dtype._engine_name()]}')
    if dim is None:
        return input.view(-1).gather(0, indices.view(-1))
    if input.dim() != indices.dim():
        raise RuntimeError(f'torch.take_along_dim(): input and indices should have the same number of dimensions, but '
                           f'got {input.dim()} dimensions for input, and {indices.dim()} dimensions for indices')
    from . import broadcast_shapes
    d = _wrap_dim(dim, input.dim())
    sizes = list(input.shape)
    sizes[d] = indices.size(d)
    idx = indices.broadcast_to(broadcast_shapes(sizes, indices.shape))
    sizes = list(indices.shape)
    sizes[d] = input.size(d)
    return input.broadcast_to(broadcast_shapes(sizes, input.shape)).gather(d, idx)


def _repeats_index(repeats):
    """torch.repeat_interleave(repeats): i repeated repeats[i] times (the indices index_select takes)."""
    if repeats.dim() != 1:
        raise RuntimeError('repeat_interleave only accept 1D vector as repeat')
    if repeats.dtype is not T.int64:
        raise RuntimeError(f'"repeat_interleave_cpu" not implemented for \'{T.SCALAR_TYPE_NAMES[repeats.dtype._engine_name()]}\'')
    counts = repeats.tolist()
    if any(c < 0 for c in counts):
        raise RuntimeError('repeats can not be negative')
    from . import tensor
    return tensor([i for i, c in enumerate(counts) for _ in _builtins.range(c)], dtype=T.int64)


def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    if repeats is None:   # torch.repeat_interleave(repeats)
        return _repeats_index(_tensor_arg('repeat_interleave', 'repeats', 1, input))
    from . import tensor
    if not isinstance(repeats, Tensor):
        repeats = tensor([_int_arg('repeat_interleave', 'repeats', 2, repeats)])
    x = input
    if dim is None:
        x = input.reshape(-1)
        dim = 0
    n = x.size(dim) if x.dim() else 1
    if repeats.dim() == 0 or (repeats.dim() == 1 and repeats.size(0) == 1):
        if repeats.reshape(-1).tolist()[0] < 0:
            raise RuntimeError('repeats can not be negative')
        repeats = repeats.reshape(1).expand(n)
    elif repeats.dim() == 1:
        if repeats.size(0) != n:
            raise RuntimeError('repeats must have the same size as input along dim')
    else:
        raise RuntimeError('repeats must be 0-dim or 1-dim tensor')
    return x.index_select(dim, _repeats_index(repeats))


def argwhere(input):
    return input.nonzero()


def msort(input):
    return input.sort(0).values


def diagflat(input, offset=0):
    return input.contiguous().view(-1).diag(offset)


def is_same_size(input, other):
    return input.shape == other.shape


def is_nonzero(input):
    n = input.numel()
    if n == 0:
        raise RuntimeError('Boolean value of Tensor with no values is ambiguous')
    if n > 1:
        raise RuntimeError('Boolean value of Tensor with more than one value is ambiguous')
    return _builtins.bool(input.item() != 0)


def isposinf(input):
    return input == float('inf') if input.is_floating_point() else input != input


def isneginf(input):
    return input == float('-inf') if input.is_floating_point() else input != input


def isreal(input):
    from . import ones_like
    return ones_like(input, dtype=T.bool)


def _atleast(name, nd, tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        return tuple(_atleast(name, nd, (t,)) for t in tensors[0])
    if len(tensors) > 1:
        return tuple(_atleast(name, nd, (t,)) for t in tensors)
    t = tensors[0]
    if not isinstance(t, Tensor):
        raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not {type(t).__name__}")
    d = t.dim()
    if d >= nd:
        return t
    if d == 0:
        return t.reshape([1] * nd)
    if nd == 2:
        return t.unsqueeze(0)
    return t.unsqueeze(0).unsqueeze(-1) if d == 1 else t.unsqueeze(-1)


def atleast_1d(*tensors): return _atleast('atleast_1d', 1, tensors)
def atleast_2d(*tensors): return _atleast('atleast_2d', 2, tensors)
def atleast_3d(*tensors): return _atleast('atleast_3d', 3, tensors)


def dstack(tensors, *, out=None):
    from . import cat
    return cat(atleast_3d(tuple(tensors)), 2)


def column_stack(tensors, *, out=None):
    from . import hstack
    return hstack([t.reshape(t.numel(), 1) if t.dim() <= 1 else t for t in tensors])


def row_stack(tensors, *, out=None):
    from . import vstack
    return vstack(tensors)


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    from . import tensor
    el = elements if isinstance(elements, Tensor) else tensor(elements)
    te = test_elements if isinstance(test_elements, Tensor) else tensor(test_elements)
    hit = (el.reshape(-1, 1) == te.reshape(1, -1)).any(1).reshape(el.shape) if te.numel() else el != el
    if not isinstance(elements, Tensor):
        hit = hit.reshape(())
    return hit.logical_not() if invert else hit


# cov / corrcoef: aten/src/ATen/native/Correlation.cpp, op for op.
def cov(input, *, correction=1, fweights=None, aweights=None):
    from . import scalar_tensor as _st
    if input.dim() > 2:
        raise RuntimeError(f'cov(): expected input to have two or fewer dimensions but got an input with {input.dim()} dimensions')
    if input.dtype is T.bool:
        raise RuntimeError('cov(): bool dtype is not supported for input')
    x = input.view(1, -1) if input.dim() < 2 else input
    n = x.size(1)
    w = None
    if fweights is not None:
        w = fweights
        if w.dim() > 1:
            raise RuntimeError(f'cov(): expected fweights to have one or fewer dimensions but got fweights with {w.dim()} dimensions')
        if w.is_floating_point() or w.dtype is T.bool:
            raise RuntimeError(f'cov(): expected fweights to have integral dtype but got fweights with {T.SCALAR_TYPE_NAMES[w.dtype._engine_name()]} dtype')
        if w.numel() != n:
            raise RuntimeError(f'cov(): expected fweights to have the same numel as there are observations in the input but got {w.numel()} != {n}')
        if n and not _builtins.bool(w.min().ge(0).item()):
            raise RuntimeError('cov(): fweights cannot be negative')
    if aweights is not None:
        aw = aweights
        if aw.dim() > 1:
            raise RuntimeError(f'cov(): expected aweights to have one or fewer dimensions but got aweights with {aw.dim()} dimensions')
        if not aw.is_floating_point():
            raise RuntimeError(f'cov(): expected aweights to have floating point dtype but got aweights with {T.SCALAR_TYPE_NAMES[aw.dtype._engine_name()]} dtype')
        if aw.numel() != n:
            raise RuntimeError(f'cov(): expected aweights to have the same numel as there are observations in the input but got {aw.numel()} != {n}')
        if n and not _builtins.bool(aw.min().ge(0).item()):
            raise RuntimeError('cov(): aweights cannot be negative')
        w = aw if w is None else w * aw
    w_sum = w.sum() if w is not None else _st(n, dtype=T.int64)
    if w is not None and not _builtins.bool(w_sum.ne(0).item()):
        raise RuntimeError("cov(): weights sum to zero, can't be normalized")
    avg = (x * w if w is not None else x).sum(1) / w_sum
    if w is not None and aweights is not None and correction != 0:
        norm = w_sum - correction * (w * aweights).sum() / w_sum
    else:
        norm = w_sum - correction
    if _builtins.bool(norm.le(0).item()):
        _warnings.warn('cov(): degrees of freedom is <= 0 (Triggered internally at  '
                       './aten/src/ATen/native/Correlation.cpp:100.)', UserWarning, skip_file_prefixes=(_PKG,))
        norm = norm.zero_() if norm.is_floating_point() else norm * 0
    x = x - avg.unsqueeze(1)
    c = x.mm((x * w if w is not None else x).t())
    return c.true_divide(norm).squeeze()


def corrcoef(input):
    c = cov(input)
    if c.dim() == 0:
        return c / c
    d = c.diag()
    std = d.sqrt()
    c = c / std.view(-1, 1)
    c = c / std.view(1, -1)
    return c.clip(-1, 1)


def scalar_tensor(s, *, dtype=None, layout=None, device=None, pin_memory=False, requires_grad=False):
    from . import tensor, get_default_dtype
    return tensor(s, dtype=dtype or get_default_dtype(), requires_grad=requires_grad)


def range(start=0, end=None, step=1, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    from . import arange, get_default_dtype
    _warnings.warn("torch.range is deprecated and will be removed in a future release because its behavior is "
                   "inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in "
                   "[start, end).", UserWarning, skip_file_prefixes=(_PKG,))
    if end is None:
        start, end = 0, start
    if step == 0:
        raise RuntimeError('step must be nonzero')
    if (step > 0 and start > end) or (step < 0 and start < end):
        raise RuntimeError('upper bound and larger bound inconsistent with step sign')
    n = _builtins.int((end - start) / step) + 1
    values = arange(n, dtype=T.float64) * step + start
    return values.to(dtype or get_default_dtype()).requires_grad_(requires_grad)


# --- the tensor methods -------------------------------------------------------------------------------------------------
Tensor.masked_select = lambda self, mask: masked_select(self, mask)
Tensor.take = lambda self, index: take(self, index)
Tensor.vdot = lambda self, other: vdot(self, other)
Tensor.diag_embed = lambda self, offset=0, dim1=-2, dim2=-1: diag_embed(self, offset, dim1, dim2)
Tensor.index_copy = lambda self, dim, index, source: index_copy(self, dim, index, source)
Tensor.index_copy_ = _index_copy_
Tensor.index_put = lambda self, indices, values, accumulate=False: index_put(self, indices, values, accumulate)
Tensor.index_put_ = _index_put_
Tensor.put_ = _put_
Tensor.put = lambda self, index, source, accumulate=False: put(self, index, source, accumulate)
Tensor.take_along_dim = lambda self, indices, dim=None: take_along_dim(self, indices, dim)
Tensor.repeat_interleave = lambda self, repeats=None, dim=None, *, output_size=None: repeat_interleave(self, repeats, dim)
Tensor.argwhere = argwhere
Tensor.msort = msort
Tensor.diagflat = lambda self, offset=0: diagflat(self, offset)
Tensor.is_same_size = is_same_size
Tensor.is_nonzero = is_nonzero
Tensor.isposinf = isposinf
Tensor.isneginf = isneginf
Tensor.isreal = isreal
Tensor.cov = lambda self, *, correction=1, fweights=None, aweights=None: cov(self, correction=correction, fweights=fweights, aweights=aweights)
Tensor.corrcoef = corrcoef


# --- as_strided, trapezoid rule, window functions -----------------------------------------------------------------------
def as_strided(input, size, stride, storage_offset=None):
    from ._tensor import _size
    size = _size((size,), 'as_strided', 'size')
    stride = _size((stride,), 'as_strided', 'stride')
    off = None if storage_offset is None else _int_arg('as_strided', 'storage_offset', 4, storage_offset)
    return wrap(call('as_strided', input, size, stride, off))


Tensor.as_strided = lambda self, size, stride, storage_offset=None: as_strided(self, size, stride, storage_offset)


def _mul_scalar(x, s):
    """x * s with s a C++ double (MulBackward1), as ATen's compositions multiply."""
    return wrap(call('mul_scalar', x, float(s)))


def _x_spacing(name, y, x, dim):
    """trapezoid's x viewed against y along dim, and its differences (Integration.cpp)."""
    if y.dtype is T.bool or x.dtype is T.bool:
        raise RuntimeError(f'{name}: received a bool input for `x` or `y`, but bool is not supported')
    if x.dim() == 1:
        if x.size(0) != y.size(dim):
            raise RuntimeError(f'{name}: There must be one `x` value for each sample point')
        sizes = [1] * y.dim()
        sizes[dim] = x.size(0)
        xv = x.view(sizes)
    elif x.dim() < y.dim():
        xv = x.view([1] * (y.dim() - x.dim()) + list(x.shape))
    else:
        xv = x
    n = xv.size(dim)
    return xv.narrow(dim, 1, n - 1) - xv.narrow(dim, 0, n - 1)


def _check_dx(name, y, dx):
    if y.dtype is T.bool:
        raise RuntimeError(f'{name}: received a bool input for `y`, but bool is not supported')
    if isinstance(dx, (_builtins.bool, complex)):
        raise RuntimeError(f'{name}: Currently, we only support dx as a real number.')


def trapezoid(y, x=None, *, dx=None, dim=-1):
    d = _wrap_dim(dim, y.dim())
    if y.size(d) == 0:
        from . import zeros
        return zeros([s for i, s in enumerate(y.shape) if i != d], dtype=y.dtype)
    n = y.size(d)
    if x is not None:
        spacing = _x_spacing('trapezoid', y, x, d)
        return wrap(call('div_scalar', ((y.narrow(d, 0, n - 1) + y.narrow(d, 1, n - 1)) * spacing).sum(d), 2.0))
    dx = 1 if dx is None else dx
    _check_dx('trapezoid', y, dx)
    return _mul_scalar(y.sum(d) - _mul_scalar(y.select(d, 0) + y.select(d, -1), 0.5), dx)


def trapz(y, x=None, *, dx=None, dim=-1):
    return trapezoid(y, x, dx=dx, dim=dim)


def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    d = _wrap_dim(dim, y.dim())
    n = y.size(d)
    left, right = y.narrow(d, 0, _builtins.max(n - 1, 0)), y.narrow(d, 1, _builtins.max(n - 1, 0)) if n else y
    if x is not None:
        spacing = _x_spacing('cumulative_trapezoid', y, x, d)
        return wrap(call('div_scalar', ((left + right) * spacing).cumsum(d), 2.0))
    dx = 1 if dx is None else dx
    _check_dx('cumulative_trapezoid', y, dx)
    return _mul_scalar(left + right, dx / 2.).cumsum(d)


def _window(name, window_length, periodic, dtype, requires_grad):
    from . import arange, empty, get_default_dtype, ones
    n = _int_arg(name, 'window_length', 1, window_length)
    dtype = dtype or get_default_dtype()
    if not dtype.is_floating_point:
        raise RuntimeError(f'{name} expects floating point dtypes, got: {T.SCALAR_TYPE_NAMES[dtype._engine_name()]}'.replace(
            ': Long', ": TensorOptions(dtype=long int, device=cpu, layout=Strided, requires_grad=false (default), "
                     "pinned_memory=false (default), memory_format=(nullopt))"))
    if n < 0:
        raise RuntimeError(f'{name} requires non-negative window_length, got window_length={n}')
    if n == 0:
        return empty(0, dtype=dtype, requires_grad=requires_grad), None
    if n == 1:
        return ones(1, dtype=dtype, requires_grad=requires_grad), None
    m = n + 1 if periodic else n
    return arange(m, dtype=dtype), m


def _windowed(name, window_length, periodic, dtype, requires_grad, shape):
    """TensorFactories' window functions: arange(m) (m = n + 1 when periodic) shaped by `shape`, the last point dropped
    when periodic; lengths 0 and 1 give empty(0) and ones(1)."""
    w, m = _window(name, window_length, periodic, dtype, requires_grad)
    if m is None:
        return w
    w = shape(w, m)
    if periodic:
        w = w.narrow(0, 0, m - 1)
    return w.requires_grad_(requires_grad) if requires_grad else w


def _hamming_shape(alpha, beta):
    return lambda w, m: w.mul_(_math.pi * 2. / (m - 1)).cos_().mul_(-beta).add_(alpha)


def _blackman_shape(w, m):
    w.mul_(_math.pi / (m - 1))
    return _mul_scalar(w, 4).cos_().mul_(0.08) - _mul_scalar(w, 2).cos_().mul_(0.5) + 0.42


def _bartlett_shape(w, m):
    w.mul_(2. / (m - 1))
    half = ((m - 1) >> 1) + 1
    w.narrow(0, half, m - half).mul_(-1).add_(2)
    return w


def hamming_window(window_length, periodic=True, alpha=0.54, beta=0.46, *, dtype=None, layout=None, device=None,
                   pin_memory=False, requires_grad=False):
    return _windowed('hamming_window', window_length, periodic, dtype, requires_grad, _hamming_shape(alpha, beta))


def hann_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, pin_memory=False,
                requires_grad=False):
    return _windowed('hann_window', window_length, periodic, dtype, requires_grad, _hamming_shape(0.5, 0.5))


def blackman_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, pin_memory=False,
                    requires_grad=False):
    return _windowed('blackman_window', window_length, periodic, dtype, requires_grad, _blackman_shape)


def bartlett_window(window_length, periodic=True, *, dtype=None, layout=None, device=None, pin_memory=False,
                    requires_grad=False):
    return _windowed('bartlett_window', window_length, periodic, dtype, requires_grad, _bartlett_shape)


__all__ += ['as_strided', 'trapezoid', 'trapz', 'cumulative_trapezoid', 'hamming_window', 'hann_window',
            'blackman_window', 'bartlett_window']


# --- select_scatter / slice_scatter / diagonal_scatter (rearrange.ts) -----------------------------------------------------
# (PyTorch 1.13.1's Python binding of slice_scatter reads an uninitialised step when step is not passed, so its result
# there is arbitrary; tnb uses the documented default, step=1, as later PyTorch versions do.)
def select_scatter(input, src, dim, index):
    return wrap(call('select_scatter', input, src, _int_arg('select_scatter', 'dim', 3, dim), _int_arg('select_scatter', 'index', 4, index)))


def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    opt = lambda n, p, v: None if v is None else _int_arg('slice_scatter', n, p, v)   # noqa: E731
    return wrap(call('slice_scatter', input, src, _int_arg('slice_scatter', 'dim', 3, dim), opt('start', 4, start),
                     opt('end', 5, end), _int_arg('slice_scatter', 'step', 6, step)))


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    return wrap(call('diagonal_scatter', input, src, _int_arg('diagonal_scatter', 'offset', 3, offset),
                     _int_arg('diagonal_scatter', 'dim1', 4, dim1), _int_arg('diagonal_scatter', 'dim2', 5, dim2)))


Tensor.select_scatter = select_scatter
Tensor.slice_scatter = slice_scatter
Tensor.diagonal_scatter = diagonal_scatter
__all__ += ['select_scatter', 'slice_scatter', 'diagonal_scatter']


# --- combinations (ATen's: meshgrid of r copies, masked by index order, stacked), gcd / lcm -------------------------------
def combinations(input, r=2, with_replacement=False):
    from . import empty, meshgrid, stack, tensor
    if input.dim() != 1:
        raise RuntimeError(f'Expect a 1D vector, but got shape {list(input.shape)}')
    if r < 0:
        raise RuntimeError(f'Expect a non-negative number, but got {r}')
    if r == 0:
        return empty(0, dtype=input.dtype)
    n = input.numel()
    grids = meshgrid(*([input] * r), indexing='ij')
    # the index tuples (i1, ..., ir) with i1 < i2 < ... (<= with replacement), as _triu_mask builds them
    import itertools
    ok = (lambda t: all(a <= b for a, b in zip(t, t[1:]))) if with_replacement else (lambda t: all(a < b for a, b in zip(t, t[1:])))
    mask = tensor([ok(t) for t in itertools.product(_builtins.range(n), repeat=r)], dtype=T.bool).reshape([n] * r)
    return stack([g.masked_select(mask) for g in grids], 1)


def _gcd_lcm(name, a, b, fn):
    from . import broadcast_tensors, tensor
    for v in (a, b):
        if v.is_floating_point() or v.dtype is T.bool:
            raise RuntimeError(f'"{name}_cpu" not implemented for \'{T.SCALAR_TYPE_NAMES[v.dtype._engine_name()]}\'')
    x, y = broadcast_tensors(a, b)
    vals = [fn(p, q) for p, q in zip(x.reshape(-1).tolist(), y.reshape(-1).tolist())]
    return tensor(vals, dtype=T.int64).reshape(x.shape)


def _gcd(p, q):
    p, q = abs(p), abs(q)
    while p:
        p, q = q % p, p
    return q


def _lcm(p, q):
    g = _gcd(p, q)
    return 0 if g == 0 else abs(p // g * q)


def gcd(input, other): return _gcd_lcm('gcd', input, other, _gcd)
def lcm(input, other): return _gcd_lcm('lcm', input, other, _lcm)


def _gcd_(self, other): return self.copy_(gcd(self, other))
def _lcm_(self, other): return self.copy_(lcm(self, other))


Tensor.gcd, Tensor.lcm, Tensor.gcd_, Tensor.lcm_ = gcd, lcm, _gcd_, _lcm_
gcd_, lcm_ = _gcd_, _lcm_
__all__ += ['combinations', 'gcd', 'lcm', 'gcd_', 'lcm_']


# --- apply_ / map_: a Python callable per element (CPU tensors only in PyTorch too) ----------------------------------------
def _element_cast(dtype):
    import numbers

    def cast(v):
        if dtype is T.bool:
            return _builtins.bool(v)
        if not isinstance(v, numbers.Real):
            raise TypeError(f'must be real number, not {type(v).__name__}')
        return _builtins.float(v) if dtype.is_floating_point else _builtins.int(v)
    return cast


def _write_back(self, values):
    from . import no_grad, tensor
    with no_grad():
        self.copy_(tensor(values, dtype=self.dtype).reshape(self.shape))
    return self


def _apply_(self, callable):
    if self.requires_grad:
        raise RuntimeError("Can't call apply_() on Variable that requires grad. Use var.detach().apply_() instead.")
    cast = _element_cast(self.dtype)
    return _write_back(self, [cast(callable(v)) for v in self.reshape(-1).tolist()])


def _map_(self, tensor, callable):
    if self.requires_grad:
        raise RuntimeError("Can't call map_() on Variable that requires grad. Use var.detach().map_() instead.")
    other = tensor.expand(self.shape)
    cast = _element_cast(self.dtype)
    pairs = zip(self.reshape(-1).tolist(), other.reshape(-1).tolist())
    return _write_back(self, [cast(callable(a, b)) for a, b in pairs])


Tensor.apply_ = _apply_
Tensor.map_ = _map_


# --- scatter_reduce (rearrange.ts) ---------------------------------------------------------------------------------------
def scatter_reduce(input, dim, index, src, reduce, *, include_self=True):
    return wrap(call('scatter_reduce', input, _int_arg('scatter_reduce', 'dim', 2, dim), index, src, reduce,
                     _builtins.bool(include_self), False))


def _scatter_reduce_(self, dim, index, src, reduce, *, include_self=True):
    call('scatter_reduce', self, _int_arg('scatter_reduce_', 'dim', 1, dim), index, src, reduce,
         _builtins.bool(include_self), True)
    return self


Tensor.scatter_reduce = scatter_reduce
Tensor.scatter_reduce_ = _scatter_reduce_
__all__ += ['scatter_reduce']


# --- gradient: second-order central differences inside, one-sided at the edges (ReduceOps.cpp's gradient_helper*) ----------
def _slice(t, d, start, end=None):
    n = t.size(d)
    s = start + n if start < 0 else start
    e = n if end is None else (end + n if end < 0 else end)
    return t.narrow(d, s, e - s)


def _div_scalar(x, s): return wrap(call('div_scalar', x, float(s)))


def gradient(input, *, spacing=1, dim=None, edge_order=1):
    from . import cat
    dims = list(_builtins.range(input.dim())) if dim is None else ([dim] if isinstance(dim, _builtins.int) else list(dim))
    if isinstance(spacing, (list, tuple)):
        spacing_list = list(spacing)
        if dim is None and len(spacing_list) not in (1, input.dim()):
            raise RuntimeError(f'torch.gradient expected spacing to be unspecified, a scalar or a list of length '
                               f'{input.dim()} but got a list of length {len(spacing_list)}')
        if dim is not None and len(spacing_list) != len(dims):
            raise RuntimeError(f"torch.gradient expected spacing to be unspecified, a scalar or it's spacing and dim "
                               f"arguments to have the same length, but got a spacing argument of length "
                               f"{len(spacing_list)} and a dim argument of length {len(dims)}.")
        if len(spacing_list) == 1 and len(dims) > 1:
            spacing_list = spacing_list * len(dims)
    else:
        spacing_list = [spacing] * len(dims)
    if edge_order not in (1, 2):
        raise RuntimeError('torch.gradient only supports edge_order=1 and edge_order=2.')
    for i in _builtins.range(input.dim()):
        if input.size(i) < edge_order + 1:
            raise RuntimeError('torch.gradient expected each dimension size to be at least edge_order+1')
    out = []
    for d, h in zip(dims, spacing_list):
        d = _wrap_dim(d, input.dim())
        if isinstance(h, Tensor):
            if h.dim() != 1:
                raise RuntimeError(f'torch.gradient expected each element of spacing to have one dimension, but got an '
                                   f'element with {h.dim()} dimensions!')
            shape = [1] * input.dim()
            shape[d] = -1
            dx = h.diff(1, 0)
            dx1, dx2 = _slice(dx, 0, 0, -1), _slice(dx, 0, 1)
            a = (-dx2 / (dx1 * (dx1 + dx2))).reshape(shape)
            b = ((dx2 - dx1) / (dx1 * dx2)).reshape(shape)
            c = (dx1 / (dx2 * (dx1 + dx2))).reshape(shape)
            center = a * _slice(input, d, 0, -2) + b * _slice(input, d, 1, -1) + c * _slice(input, d, 2)
            if edge_order == 1:
                pre = (_slice(input, d, 1, 2) - _slice(input, d, 0, 1)) / dx[0]
                app = (_slice(input, d, -1) - _slice(input, d, -2, -1)) / dx[-1]
            else:
                a = -(_mul_scalar(dx[0], 2.0) + dx[1]) / (dx[0] * (dx[0] + dx[1]))
                b = (dx[0] + dx[1]) / (dx[0] * dx[1])
                c = (-dx[0]) / (dx[1] * (dx[0] + dx[1]))
                pre = a * _slice(input, d, 0, 1) + b * _slice(input, d, 1, 2) + c * _slice(input, d, 2, 3)
                a = dx[-1] / (dx[-2] * (dx[-1] + dx[-2]))
                b = -(dx[-1] + dx[-2]) / (dx[-1] * dx[-2])
                c = (_mul_scalar(dx[-1], 2) + dx[-2]) / (dx[-1] * (dx[-1] + dx[-2]))
                app = a * _slice(input, d, -3, -2) + b * _slice(input, d, -2, -1) + c * _slice(input, d, -1)
            out.append(cat([pre, center, app], d))
            continue
        center = _div_scalar(_slice(input, d, 2) - _slice(input, d, 0, -2), h)
        if edge_order == 1:
            pre = _div_scalar(_slice(input, d, 1, 2) - _slice(input, d, 0, 1), h)
            app = _div_scalar(_slice(input, d, -1) - _slice(input, d, -2, -1), h)
        else:
            pre = _div_scalar(_mul_scalar(_slice(input, d, 0, 1), -1.5) + _mul_scalar(_slice(input, d, 1, 2), 2)
                              - _mul_scalar(_slice(input, d, 2, 3), 0.5), h)
            app = _div_scalar(_mul_scalar(_slice(input, d, -3, -2), 0.5) - _mul_scalar(_slice(input, d, -2, -1), 2)
                              + _mul_scalar(_slice(input, d, -1), 1.5), h)
        out.append(cat([pre, _div_scalar(center, 2), app], d))
    return tuple(out)


__all__ += ['gradient']
