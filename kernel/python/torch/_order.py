# Order statistics: Tensor.median / nanmedian / kthvalue / mode (engine ops with PyTorch's tie-breaking, see
# kernel/engine/ops/order.ts), quantile / nanquantile (PyTorch 1.13's quantile_compute, op for op), and unique /
# unique_consecutive (kernel/engine/ops/unique.ts).
import builtins as _builtins

from . import _bridge as B
from ._bridge import call, wrap
from ._tensor import Tensor, return_types, _dims

_bool, _int, _float = _builtins.bool, _builtins.int, _builtins.float


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
    if not self.is_floating_point():
        raise RuntimeError('quantile() input tensor must be either float or double dtype')
    if q.dtype != self.dtype:
        raise RuntimeError('quantile() q tensor must be same dtype as the input tensor')
    wrapped = _int(call('wrap_dim', 0 if dim is None else _dims(dim), self.dim()))
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
