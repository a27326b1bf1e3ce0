# Order statistics: Tensor.median / nanmedian / kthvalue / mode (engine ops with PyTorch's tie-breaking, see
# kernel/engine/ops/order.ts), quantile / nanquantile (PyTorch 1.13's quantile_compute, op for op), and unique /
# unique_consecutive (kernel/engine/ops/unique.ts).
import builtins as _builtins

from . import _bridge as B
from ._bridge import call, wrap
from ._tensor import Tensor, return_types, _dims, _wrap_dim

_bool, _int, _float = _builtins.bool, _builtins.int, _builtins.float
from ._types import SCALAR_TYPE_NAMES as _SCALAR_NAMES  # noqa: E402
from . import _types as T  # noqa: E402


def _median(self, dim=None, keepdim=False):
    if dim is None:
        return wrap(call('median_all', self, False))
    vals, idx = B.to_py(call('median_dim', self, _dims(dim), _bool(keepdim), False))
    return return_types['median'](wrap(vals), wrap(idx))


def _nanmedian(self, dim=None, keepdim=False):
    if dim is None:
        return wrap(call('median_all', self, True))
    vals, idx = B.to_py(call('median_dim', self, _dims(dim), _bool(keepdim), True))
    return return_types['nanmedian'](wrap(vals), wrap(idx))


def _kthvalue(self, k, dim=-1, keepdim=False):
    vals, idx = B.to_py(call('kthvalue', self, k.__index__(), _dims(dim), _bool(keepdim)))
    return return_types['kthvalue'](wrap(vals), wrap(idx))


def _mode(self, dim=-1, keepdim=False):
    vals, idx = B.to_py(call('mode', self, _dims(dim), _bool(keepdim)))
    return return_types['mode'](wrap(vals), wrap(idx))


_INTERPOLATIONS = ('linear', 'lower', 'higher', 'midpoint', 'nearest')


def _cpp_double(q):
    """A double as C++'s ostream prints it (6 significant digits, %g)."""
    return f'{q:g}'


def _quantile(self, q, dim=None, keepdim=False, *, interpolation='linear', ignore_nan=False):
    from . import _creation
    name = 'nanquantile' if ignore_nan else 'quantile'
    if not isinstance(q, Tensor):
        q = _float(q)
        if not (q >= 0 and q <= 1):
            raise RuntimeError(f'quantile() q must be in the range [0, 1] but got {_cpp_double(q)}')
        q = _creation.tensor(q, dtype=self.dtype)
    if interpolation not in _INTERPOLATIONS:
        raise RuntimeError('quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, '
                           f'but got {interpolation}')
    # quantile_checks
    if self.numel() == 0:
        raise RuntimeError('quantile() input tensor must be non-empty')
    if q.dim() > 1:
        raise RuntimeError('quantile() q must be a scalar or 1D tensor')
    if self.dtype not in (T.float32, T.float64):
        raise RuntimeError('quantile() input tensor must be either float or double dtype')
    if q.dtype != self.dtype:
        raise RuntimeError('quantile() q tensor must be same dtype as the input tensor')
    wrapped = _wrap_dim(0 if dim is None else dim, self.dim())
    # quantile_output_shape
    if dim is not None and self.dim() > 0:
        out_shape = list(self.shape)
        if keepdim:
            out_shape[wrapped] = 1
        else:
            del out_shape[wrapped]
    elif keepdim:
        out_shape = [1] * self.dim()
    else:
        out_shape = []
    if q.dim() > 0:
        out_shape.insert(0, q.numel())
    # quantile_compute
    if not _bool(q.ge(0).logical_and(q.le(1)).all()):
        raise RuntimeError('quantile() q values must be in the range [0, 1]')
    if dim is None:
        sorted_ = self.flatten().sort()[0]
    elif wrapped == self.dim() - 1:
        sorted_ = self.sort()[0]
    else:
        sorted_ = self.unsqueeze(-1).transpose(wrapped, -1).sort()[0]
    if q.dim() == 0:
        out_shape.insert(0, q.numel())
    in_shape = out_shape[1:] + [sorted_.size(-1)]
    sorted_ = sorted_.view(in_shape)
    if sorted_.size(-1) > 2 ** 24:
        raise RuntimeError('quantile() input tensor is too large')
    if ignore_nan:
        ranks = q * (sorted_.isnan().logical_not().sum(-1, True) - 1)
        ranks = ranks.masked_fill(ranks < 0, 0)
    else:
        last_index = sorted_.size(-1) - 1
        from . import broadcast_tensors, masked_fill
        tl = broadcast_tensors(q * last_index, sorted_.isnan().any(-1, True))
        ranks = masked_fill(tl[0], tl[1], last_index)
    if interpolation == 'lower':
        ranks = ranks.floor()
    elif interpolation == 'higher':
        ranks = ranks.ceil()
    elif interpolation == 'nearest':
        ranks = ranks.round()
    ranks_below = ranks.long()
    values_below = sorted_.gather(-1, ranks_below)
    if interpolation in ('linear', 'midpoint'):
        weights = ranks.new_full(ranks.shape, 0.5) if interpolation == 'midpoint' else ranks - ranks_below
        ranks_above = ranks.ceil().long()
        values_above = sorted_.gather(-1, ranks_above)
        values_below = wrap(call('lerp', values_below, values_above, weights, True))
    # PyTorch squeezes (or moves the quantiles first) in place on this temporary: the in-place node names
    if q.dim() == 0:
        return wrap(call('temp_view_', values_below, 'squeeze_', -1, 0))
    values_below = wrap(call('temp_view_', values_below, 'unsqueeze_', 0, 0))
    values_below = wrap(call('temp_view_', values_below, 'transpose_', 0, -1))
    return wrap(call('temp_view_', values_below, 'squeeze_', -1, 0))


def _quantile_method(self, q, dim=None, keepdim=False, *, interpolation='linear'):
    return _quantile(self, q, dim, keepdim, interpolation=interpolation)


def _nanquantile_method(self, q, dim=None, keepdim=False, *, interpolation='linear'):
    return _quantile(self, q, dim, keepdim, interpolation=interpolation, ignore_nan=True)


Tensor.median = _median
Tensor.nanmedian = _nanmedian
Tensor.kthvalue = _kthvalue
Tensor.mode = _mode
Tensor.quantile = _quantile_method
Tensor.nanquantile = _nanquantile_method
for _m in (_median, _nanmedian, _kthvalue, _mode, _quantile_method, _nanquantile_method):
    _n = _m.__name__.lstrip('_').replace('_method', '')
    _m.__name__ = _m.__qualname__ = _n


def _unique_result(r, return_inverse, return_counts):
    output, inverse, counts = (wrap(t) for t in B.to_py(r))
    if return_inverse and return_counts:
        return output, inverse, counts
    if return_inverse:
        return output, inverse
    if return_counts:
        return output, counts
    return output


def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    r = call('unique', input, _bool(sorted), _bool(return_inverse), _bool(return_counts), None if dim is None else _dims(dim))
    return _unique_result(r, return_inverse, return_counts)


def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    r = call('unique_consecutive', input, _bool(return_inverse), _bool(return_counts), None if dim is None else _dims(dim))
    return _unique_result(r, return_inverse, return_counts)


def _unique_method(self, sorted=True, return_inverse=False, return_counts=False, dim=None):
    return unique(self, sorted, return_inverse, return_counts, dim)


def _unique_consecutive_method(self, return_inverse=False, return_counts=False, dim=None):
    return unique_consecutive(self, return_inverse, return_counts, dim)


_unique_method.__name__ = _unique_method.__qualname__ = 'unique'
_unique_consecutive_method.__name__ = _unique_consecutive_method.__qualname__ = 'unique_consecutive'
Tensor.unique = _unique_method
Tensor.unique_consecutive = _unique_consecutive_method


# --- cummax / cummin / logcumsumexp, diff, nanmean, and the counting ops ----------------------------------------------
def _cummax(self, dim):
    vals, idx = B.to_py(call('cummax', self, _dims(dim)))
    return return_types['cummax'](wrap(vals), wrap(idx))


def _cummin(self, dim):
    vals, idx = B.to_py(call('cummin', self, _dims(dim)))
    return return_types['cummin'](wrap(vals), wrap(idx))


def _logcumsumexp(self, dim):
    return wrap(call('logcumsumexp', self, _dims(dim)))


def _diff(self, n=1, dim=-1, prepend=None, append=None):
    """PyTorch's diff: cat prepend/append, then n times narrow(1, ...) - narrow(0, ...) (xor for bool)."""
    from . import cat
    if self.dim() == 0:
        raise RuntimeError('diff expects input to be at least one-dimensional')
    if n < 0:
        raise RuntimeError(f'order must be non-negative but got {n}')
    if n == 0:   # PyTorch returns a copy (zeros_like(self).copy_(self))
        from ._creation import zeros_like
        return zeros_like(self).copy_(self)
    x = self
    if prepend is not None or append is not None:
        x = cat([t for t in (prepend, self, append) if t is not None], dim)
    for _ in range(n):
        length = x.size(dim)
        if length == 0:
            break
        hi, lo = x.narrow(dim, 1, length - 1), x.narrow(dim, 0, length - 1)
        x = hi.logical_xor(lo) if str(x.dtype) == 'torch.bool' else hi.sub(lo)
    return x


def _nanmean(self, dim=None, keepdim=False, *, dtype=None):
    if not self.is_floating_point():
        raise RuntimeError(f'nanmean(): expected input to have floating point dtype but got {_SCALAR_NAMES[self.dtype._engine_name()]}')
    factor = self.isnan().logical_not().sum(dim, keepdim) if dim is not None else self.isnan().logical_not().sum()
    total = self.nansum(dim, keepdim, dtype=dtype) if dim is not None else self.nansum(dtype=dtype)
    return total.div(factor)


def bincount(input, weights=None, minlength=0):
    if not isinstance(minlength, _int):
        raise TypeError(f"bincount(): argument 'minlength' must be int, not {type(minlength).__name__}")
    return wrap(call('bincount', input, weights, minlength))


def histc(input, bins=100, min=0, max=0, *, out=None):
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    return wrap(call('histc', input, bins.__index__(), _float(min), _float(max)))


def searchsorted(sorted_sequence, input, *, out_int32=False, right=False, side=None, sorter=None, out=None):
    from ._creation import tensor as _tensor
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    if side is not None:
        if side not in ('left', 'right'):
            raise RuntimeError(f"torch.searchsorted(): side can only be 'left' or 'right' but got {side}")
        if right and side == 'left':
            raise RuntimeError("torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True")
        right = side == 'right'
    values = input if isinstance(input, Tensor) else _tensor(input, dtype=sorted_sequence.dtype)
    return wrap(call('searchsorted', sorted_sequence, values, _bool(out_int32), _bool(right), sorter))


def bucketize(input, boundaries, *, out_int32=False, right=False, out=None):
    from ._creation import tensor as _tensor
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    if boundaries.dim() != 1:
        raise RuntimeError(f'boundaries tensor must be 1 dimension, but got dim({boundaries.dim()})')
    values = input if isinstance(input, Tensor) else _tensor(input, dtype=boundaries.dtype)
    return wrap(call('searchsorted', boundaries, values, _bool(out_int32), _bool(right), None))


def _histc_method(self, bins=100, min=0, max=0):
    return histc(self, bins, min, max)


def _named(name, fields):
    from ._linalg_fns import _named_tuple
    t = _named_tuple('torch.return_types', name, fields)
    return_types[name] = t
    return t


_histogram_type = _named('histogram', ('hist', 'bin_edges'))
_frexp_type = _named('frexp', ('mantissa', 'exponent'))


def histogram(input, bins, *, range=None, weight=None, density=False, out=None):  # noqa: A002
    """torch.histogram (kernel/engine/ops/cumulative.ts): (hist, bin_edges) as torch.return_types.histogram."""
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    if not isinstance(input, Tensor):
        raise TypeError(f"histogram(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    if not isinstance(bins, Tensor):
        if isinstance(bins, _builtins.bool) or not isinstance(bins, _builtins.int):
            raise TypeError(f"histogram(): argument 'bins' (position 2) must be Tensor, not {type(bins).__name__}")
    rng = None if range is None else [_float(v) for v in range]
    if weight is not None and not isinstance(weight, Tensor):
        raise TypeError(f"histogram(): argument 'weight' must be Tensor, not {type(weight).__name__}")
    h, e = B.to_py(call('histogram', input, bins, rng, weight, _bool(density)))
    return _histogram_type(wrap(h), wrap(e))


def _histogram_method(self, bins, *, range=None, weight=None, density=False):  # noqa: A002
    return histogram(self, bins, range=range, weight=weight, density=density)


def frexp(input, *, out=None):
    """torch.frexp: (mantissa, int32 exponent) as torch.return_types.frexp; FrexpBackward0."""
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    if not isinstance(input, Tensor):
        raise TypeError(f"frexp(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    m, e = B.to_py(call('frexp', input))
    return _frexp_type(wrap(m), wrap(e))


def _frexp_method(self):
    return frexp(self)


def renorm(input, p, dim, maxnorm, *, out=None):
    """torch.renorm (kernel/engine/ops/linalg_dense.ts): RenormBackward0."""
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    return wrap(call('renorm', input, _float(p), dim.__index__(), _float(maxnorm)))


def _renorm_method(self, p, dim, maxnorm):
    return renorm(self, p, dim, maxnorm)


def _renorm_(self, p, dim, maxnorm):
    call('renorm_', self, _float(p), dim.__index__(), _float(maxnorm))
    return self


def _bincount_method(self, weights=None, minlength=0):
    return bincount(self, weights, minlength)


for _n, _f in (('cummax', _cummax), ('cummin', _cummin), ('logcumsumexp', _logcumsumexp), ('diff', _diff),
               ('nanmean', _nanmean), ('histc', _histc_method), ('bincount', _bincount_method),
               ('histogram', _histogram_method), ('frexp', _frexp_method), ('renorm', _renorm_method), ('renorm_', _renorm_)):
    _f.__name__ = _f.__qualname__ = _n
    setattr(Tensor, _n, _f)


# --- index_add / index_fill / fill_diagonal_ ------------------------------------------------------------------------
def _index_tensor(name, index):
    if not isinstance(index, Tensor):
        raise TypeError(f"{name}(): argument 'index' (position 2) must be Tensor, not {type(index).__name__}")
    return index


_INDEX_FILL_SIGS = ('int dim, Tensor index, Tensor value', 'name dim, Tensor index, Tensor value',
                    'int dim, Tensor index, Number value', 'name dim, Tensor index, Number value')


def _index_fill_args(name, dim, index, value):
    """PyTorch's parser for index_fill: (int dim, Tensor index, Tensor or Number value)."""
    from ._tensor import _invalid_combination
    ok = isinstance(dim, _int) and isinstance(index, Tensor) and (isinstance(value, (Tensor, _int, _float)))
    if not ok:
        raise _invalid_combination(name, _INDEX_FILL_SIGS, (dim, index, value), {})


def _index_add(self, dim, index, source, *, alpha=1):
    return wrap(call('index_add', self, _dims(dim), _index_tensor('index_add', index), source, _float(alpha), False))


def _index_add_(self, dim, index, source, *, alpha=1):
    call('index_add', self, _dims(dim), _index_tensor('index_add_', index), source, _float(alpha), True)
    return self


def _index_reduce_args(name, source, reduce):
    if not isinstance(source, Tensor):
        raise TypeError(f"{name}(): argument 'source' (position 3) must be Tensor, not {type(source).__name__}")
    if not isinstance(reduce, str):
        raise TypeError(f"{name}(): argument 'reduce' (position 4) must be str, not {type(reduce).__name__}")


def _index_reduce(self, dim, index, source, reduce, *, include_self=True):
    """Tensor.index_reduce (kernel/engine/ops/gather.ts): 'prod', 'mean', 'amax' or 'amin' of source slices into self's."""
    _index_reduce_args('index_reduce', source, reduce)
    return wrap(call('index_reduce', self, _dims(dim), _index_tensor('index_reduce', index), source, reduce,
                     _bool(include_self), False))


def _index_reduce_(self, dim, index, source, reduce, *, include_self=True):
    _index_reduce_args('index_reduce_', source, reduce)
    call('index_reduce', self, _dims(dim), _index_tensor('index_reduce_', index), source, reduce, _bool(include_self), True)
    return self


def _index_fill(self, dim, index, value):
    _index_fill_args('index_fill', dim, index, value)
    return wrap(call('index_fill', self, _dims(dim), _index_tensor('index_fill', index), value, False))


def _index_fill_(self, dim, index, value):
    _index_fill_args('index_fill_', dim, index, value)
    call('index_fill', self, _dims(dim), _index_tensor('index_fill_', index), value, True)
    return self


def _fill_diagonal_(self, fill_value, wrap=False):
    """PyTorch's fill_diagonal_: the main diagonal (all dims equal beyond 2-D) filled in place through a view
    (CopySlices on a tensor with history); with wrap, a tall matrix's diagonal restarts every width + 1 rows."""
    n = self.dim()
    if n < 2:
        raise RuntimeError('dimensions must larger than 1')
    height, width = self.size(0), self.size(1)
    if n > 2 and any(self.size(i) != height for i in range(1, n)):
        raise RuntimeError('all dimensions of input must be of equal length')
    diag = self
    for _ in range(n - 1):
        diag = diag.diagonal(0, 0, 1) if diag.dim() > 2 else diag.diagonal()
    diag.fill_(fill_value)
    if wrap and n == 2 and height > width + 1:
        if not self.is_contiguous():
            raise NotImplementedError('tnb: fill_diagonal_(wrap=True) of a non-contiguous tall matrix is not supported')
        step = width + 1
        size = min(height, width)
        wrap_size = (self.numel() + step - 1) // step - size
        self.view(-1)[step * width::step][:wrap_size].fill_(fill_value)
    return self


for _n, _f in (('index_add', _index_add), ('index_add_', _index_add_), ('index_reduce', _index_reduce),
               ('index_reduce_', _index_reduce_), ('index_fill', _index_fill),
               ('index_fill_', _index_fill_), ('fill_diagonal_', _fill_diagonal_)):
    _f.__name__ = _f.__qualname__ = _n
    setattr(Tensor, _n, _f)


def _unfold(self, dimension, size, step):
    """Tensor.unfold: a view of every size-long window along dimension, step apart, as a new last dim."""
    return wrap(call('unfold', self, _dims(dimension), size.__index__(), step.__index__()))


_unfold.__name__ = _unfold.__qualname__ = 'unfold'
Tensor.unfold = _unfold
