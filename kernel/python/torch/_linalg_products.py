# Matrix products and helpers of PyTorch 1.13.1 beyond mm/bmm/mv: addmv, addr, baddbmm, addbmm and cross (engine
# ops, kernel/engine/ops/linalg_products.ts), and kron, tensordot, linalg.multi_dot, chain_matmul, cartesian_prod,
# tril_indices, triu_indices, vander and linalg.vander composed from other ops exactly as ATen composes them, so
# results, dtypes and grad_fn names are PyTorch's.
import builtins as _builtins
import warnings as _warnings

from . import _types as T
from ._bridge import call, wrap
from ._tensor import Tensor
from ._linalg_fns import _check_tensor, _no_out, _SCALAR_NAMES

_PKG = __file__.rsplit('/', 1)[0] + '/'


def _scalar(fn, name, v):
    if isinstance(v, Tensor):
        if v.numel() != 1:
            raise RuntimeError(f'a Tensor with {v.numel()} elements cannot be converted to Scalar')
        v = v.item()
    if not isinstance(v, (_builtins.int, _builtins.float, _builtins.bool)):
        raise TypeError(f"{fn}(): argument '{name}' must be Number, not {type(v).__name__}")
    return _builtins.float(v) if isinstance(v, _builtins.float) else _builtins.int(v)


def _affine(name, engine, input, a, b, beta, alpha, out):
    _no_out(out)
    _check_tensor(name, input)
    _check_tensor(name, a, 'mat' if name == 'addmv' else 'vec1' if name == 'addr' else 'batch1', 2)
    _check_tensor(name, b, 'vec' if name == 'addmv' else 'vec2' if name == 'addr' else 'batch2', 3)
    return wrap(call(engine, input, a, b, _scalar(name, 'beta', beta), _scalar(name, 'alpha', alpha)))


def addmv(input, mat, vec, *, beta=1, alpha=1, out=None):
    return _affine('addmv', 'addmv', input, mat, vec, beta, alpha, out)


def addr(input, vec1, vec2, *, beta=1, alpha=1, out=None):
    return _affine('addr', 'addr', input, vec1, vec2, beta, alpha, out)


def baddbmm(input, batch1, batch2, *, beta=1, alpha=1, out=None):
    return _affine('baddbmm', 'baddbmm', input, batch1, batch2, beta, alpha, out)


def addbmm(input, batch1, batch2, *, beta=1, alpha=1, out=None):
    return _affine('addbmm', 'addbmm', input, batch1, batch2, beta, alpha, out)


def cross(input, other, dim=None, *, out=None):
    _no_out(out)
    _check_tensor('cross', input)
    _check_tensor('cross', other, 'other', 2)
    return wrap(call('cross', input, other, None if dim is None else dim.__index__()))


def linalg_cross(input, other, *, dim=-1, out=None):
    _no_out(out)
    _check_tensor('linalg_cross', input)
    _check_tensor('linalg_cross', other, 'other', 2)
    return wrap(call('linalg_cross', input, other, dim.__index__()))


def _unsafe_view(x, shape):
    return wrap(call('unsafe_view', x, [_builtins.int(s) for s in shape]))


def kron(input, other, *, out=None):
    """ATen's KronImpl: both operands viewed with interleaved singleton dims, multiplied, viewed back."""
    _no_out(out)
    _check_tensor('kron', input)
    _check_tensor('kron', other, 'other', 2)
    maxdim = _builtins.max(input.dim(), other.dim())
    pad_a, pad_b = maxdim - input.dim(), maxdim - other.dim()
    a_shape, b_shape, r_shape = [], [], []
    for i in range(maxdim):
        sa = input.shape[i - pad_a] if i >= pad_a else 1
        sb = other.shape[i - pad_b] if i >= pad_b else 1
        a_shape += [sa, 1]
        b_shape += [1, sb]
        r_shape.append(sa * sb)
    return _unsafe_view(_unsafe_view(input, a_shape) * _unsafe_view(other, b_shape), r_shape)


def tensordot(a, b, dims=2, out=None):
    _no_out(out)
    if not isinstance(dims, (tuple, list, Tensor, _builtins.int)):
        raise RuntimeError('tensordot expects dims to be int or Tuple[List[int], List[int]] or List[List[int]] '
                           f'containing two lists, but got dims={dims}')
    if isinstance(dims, Tensor):
        dims = dims.item() if dims.numel() == 1 else dims.tolist()
    if isinstance(dims, (tuple, list)):
        dims_a, dims_b = dims
        dims_a = [dims_a] if isinstance(dims_a, _builtins.int) else list(dims_a)
        dims_b = [dims_b] if isinstance(dims_b, _builtins.int) else list(dims_b)
    else:
        if dims < 0:
            raise RuntimeError(f'tensordot expects dims >= 0, but got dims={dims}')
        dims_a, dims_b = list(range(-dims, 0)), list(range(dims))
    _check_tensor('tensordot', a, 'self')
    _check_tensor('tensordot', b, 'other', 2)
    if len(dims_a) != len(dims_b):
        raise RuntimeError('both dimension lists should have same length')
    t1, t2 = a, b
    csize = 1
    for da, db in zip(dims_a, dims_b):
        s1, s2 = a.size(da), b.size(db)
        if s2 == 1:
            t1 = t1.sum(da, True)
        elif s1 == 1:
            t2 = t2.sum(db, True)
        else:
            if s1 != s2:
                raise RuntimeError(f'contracted dimensions need to match, but first has size {s1} in dim {da} and '
                                   f'second has size {s2} in dim {db}')
            csize *= s1
    ca = {d % a.dim() for d in dims_a} if a.dim() else set()
    cb = {d % b.dim() for d in dims_b} if b.dim() else set()
    p1, p2, rsizes = [], [], []
    size1 = size2 = 1
    for i in range(a.dim()):
        if i not in ca:
            p1.append(i)
            size1 *= t1.size(i)
            rsizes.append(t1.size(i))
    p1 += dims_a
    p2 += dims_b
    for i in range(b.dim()):
        if i not in cb:
            p2.append(i)
            size2 *= t2.size(i)
            rsizes.append(t2.size(i))
    t1 = t1.permute(p1).reshape(size1, csize)
    t2 = t2.permute(p2).reshape(csize, size2)
    return t1.mm(t2).reshape(rsizes)


def _chain_order(ms):
    """ATen's matrix_chain_order: the split points of the cheapest parenthesization."""
    n = len(ms)
    p = [m.size(0) for m in ms] + [ms[-1].size(1)]
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            cost[i][j] = None
            for k in range(i, j):
                q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
                if cost[i][j] is None or q < cost[i][j]:
                    cost[i][j] = q
                    split[i][j] = k
    return split


def _chain(ms, split, i, j):
    if i == j:
        return ms[i]
    return _chain(ms, split, i, split[i][j]).mm(_chain(ms, split, split[i][j] + 1, j))


def multi_dot(tensors, *, out=None):
    _no_out(out)
    tensors = list(tensors)
    n = len(tensors)
    if n < 2:
        raise RuntimeError(f'multi_dot(): expected at least 2 tensors but got {n}')
    ms = list(tensors)
    out_shape = []
    if tensors[0].dim() == 1:
        ms[0] = tensors[0].unsqueeze(0)
    elif tensors[0].dim() == 2:
        out_shape.append(tensors[0].size(0))
    else:
        raise RuntimeError(f'multi_dot(): the first tensor must be 1D or 2D but got {tensors[0].dim()}D')
    if tensors[-1].dim() == 1:
        ms[-1] = tensors[-1].unsqueeze(-1)
    elif tensors[-1].dim() == 2:
        out_shape.append(tensors[-1].size(1))
    else:
        raise RuntimeError(f'multi_dot(): the last tensor must be 1D or 2D but got {tensors[-1].dim()}D')
    for i in range(1, n - 1):
        if tensors[i].dim() != 2:
            raise RuntimeError(f'multi_dot(): tensor {i} must be 2D but got {tensors[i].dim()}D')
    for i in range(1, n):
        if ms[i].dtype != ms[0].dtype:
            meta = T.TYPE_META_NAMES
            raise RuntimeError(f'multi_dot(): all tensors must have be the same dtype but tensor 0 is '
                               f'{meta[ms[0].dtype._engine_name()]} and tensor {i} {meta[ms[i].dtype._engine_name()]}')
        if ms[i - 1].size(-1) != ms[i].size(0):
            raise RuntimeError(f'multi_dot(): tensors {i - 1} and {i} with shapes {list(tensors[i - 1].shape)} and '
                               f'{list(tensors[i].shape)} cannot be multiplied')
    if n == 2:
        result = ms[0].mm(ms[1])
    elif n == 3:
        a, b, c, d = ms[0].size(0), ms[1].size(0), ms[2].size(0), ms[2].size(1)
        if (a * c) * (b + d) > (b * d) * (a + c):
            result = ms[0].mm(ms[1].mm(ms[2]))
        else:
            result = ms[0].mm(ms[1]).mm(ms[2])
    else:
        result = _chain(ms, _chain_order(ms), 0, n - 1)
    return result.view(out_shape)


_chain_matmul_warned = [False]


def chain_matmul(*matrices, out=None):
    _no_out(out)
    if not _chain_matmul_warned[0]:
        _chain_matmul_warned[0] = True
        _warnings.warn('torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use '
                       'torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than '
                       'multiple parameters. (Triggered internally at  ./aten/src/ATen/native/LinearAlgebra.cpp:967.)',
                       UserWarning, skip_file_prefixes=(_PKG,))
    if len(matrices) == 1 and isinstance(matrices[0], (list, tuple)):
        matrices = tuple(matrices[0])
    for i, m in enumerate(matrices):
        if m.dim() != 2:
            raise RuntimeError(f'Expected 2-dimensional tensor, but got {m.dim()}-dimensional tensor for argument '
                               f'#{i + 1} \'matrices\' (while checking arguments for chain_matmul)')
    if len(matrices) == 0:
        raise RuntimeError('chain_matmul(): Expected one or more matrices')
    if len(matrices) == 1:
        return matrices[0].clone()
    return multi_dot(matrices)


def block_diag(*tensors):
    for i, t in enumerate(tensors):
        if not isinstance(t, Tensor):
            raise TypeError(f'expected Tensor as element {i} in argument 0, but got {type(t).__name__}')
    return wrap(call('block_diag', list(tensors)))


def cartesian_prod(*tensors):
    from . import meshgrid, stack
    for t in tensors:
        if t.dim() != 1:
            raise RuntimeError(f'Expect a 1D vector, but got shape {list(t.shape)}')
    if len(tensors) == 1:
        return tensors[0]
    return stack([g.flatten() for g in meshgrid(*tensors, indexing='ij')], 1)


def _tri_indices(name, row, col, offset, dtype, lower):
    from . import tensor
    for v, what in ((row, 'row'), (col, 'col')):
        if v < 0:
            raise RuntimeError(f'{what} must be non-negative, got{v}')
    rows, cols = [], []
    for i in range(row):
        for j in range(col):
            if (j - i <= offset) if lower else (j - i >= offset):
                rows.append(i)
                cols.append(j)
    dtype = T.int64 if dtype is None else dtype
    if dtype not in (T.int64,):
        raise RuntimeError(f'"{name}" not implemented for \'{_SCALAR_NAMES.get(dtype._engine_name(), dtype)}\'')
    return tensor([rows, cols], dtype=dtype).reshape(2, len(rows))


def tril_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _tri_indices('tril_indices', row, col, offset, dtype, True)


def triu_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _tri_indices('triu_indices', row, col, offset, dtype, False)


def vander(x, N=None, increasing=False):
    """ATen's vander: ones, then the cumulative product of x in the other columns (in place), flipped unless
    increasing."""
    from . import empty, cumprod
    _check_tensor('vander', x, 'x')
    if x.dim() != 1:
        raise RuntimeError('x must be a one-dimensional tensor.')
    n = x.size(0)
    if N is not None:
        n = N
        if n < 0:
            raise RuntimeError('N must be non-negative.')
    dtype = x.dtype if x.is_floating_point() else T.int64
    result = empty(x.size(0), n, dtype=dtype)
    if n > 0:
        result.select(1, 0).fill_(1)
        if n > 1:
            result[:, 1:].copy_(x.unsqueeze(1))
            result[:, 1:].copy_(cumprod(result[:, 1:], 1))
    if not increasing:
        return result.flip(1)
    return result


def linalg_vander(x, *, N=None):
    from . import cat, cumprod
    _check_tensor('linalg_vander', x, 'x')
    if x.dtype == T.bool:
        raise RuntimeError('linalg.vander supports floating point, complex, and integer tensors, but got Bool')
    x_ = x.unsqueeze(-1) if x.dim() == 0 else x
    shape = list(x_.shape)
    n = shape[-1] if N is None else N
    if n <= 1:
        raise RuntimeError('N must be greater than 1.')
    shape.append(n - 1)
    result = cumprod(x_.unsqueeze(-1).expand(shape), -1)
    shape[-1] = 1
    return cat([result.new_ones(shape), result], -1)


TORCH_FUNCTIONS = {
    'addmv': addmv, 'addr': addr, 'baddbmm': baddbmm, 'addbmm': addbmm, 'cross': cross, 'kron': kron,
    'tensordot': tensordot, 'chain_matmul': chain_matmul, 'cartesian_prod': cartesian_prod, 'block_diag': block_diag,
    'tril_indices': tril_indices, 'triu_indices': triu_indices, 'vander': vander,
}

Tensor.addmv = lambda self, mat, vec, *, beta=1, alpha=1: addmv(self, mat, vec, beta=beta, alpha=alpha)
Tensor.addr = lambda self, vec1, vec2, *, beta=1, alpha=1: addr(self, vec1, vec2, beta=beta, alpha=alpha)
Tensor.baddbmm = lambda self, batch1, batch2, *, beta=1, alpha=1: baddbmm(self, batch1, batch2, beta=beta, alpha=alpha)
Tensor.addbmm = lambda self, batch1, batch2, *, beta=1, alpha=1: addbmm(self, batch1, batch2, beta=beta, alpha=alpha)
Tensor.cross = lambda self, other, dim=None: cross(self, other, dim)


def _inplace(name):
    def method(self, a, b, *, beta=1, alpha=1):
        _check_tensor(name, a, 'mat' if name == 'addmv_' else 'vec1' if name == 'addr_' else 'batch1', 1)
        _check_tensor(name, b, 'vec' if name == 'addmv_' else 'vec2' if name == 'addr_' else 'batch2', 2)
        call(name, self, a, b, _scalar(name, 'beta', beta), _scalar(name, 'alpha', alpha))
        return self
    method.__name__ = method.__qualname__ = name
    return method


for _n in ('addmv_', 'addr_', 'baddbmm_', 'addbmm_'):
    setattr(Tensor, _n, _inplace(_n))
Tensor.kron = lambda self, other: kron(self, other)


def linalg_matmul(input, other, *, out=None):
    _no_out(out)
    return input.matmul(other)


def linalg_diagonal(A, *, offset=0, dim1=-2, dim2=-1):
    _check_tensor('linalg_diagonal', A, 'A')
    return A.diagonal(offset, dim1, dim2)


def linalg_vecdot(x, y, *, dim=-1, out=None):
    """ATen's linalg_vecdot for real inputs: (x * y).sum(dim) (SumBackward1)."""
    _no_out(out)
    _check_tensor('linalg_vecdot', x, 'x')
    _check_tensor('linalg_vecdot', y, 'y', 2)
    if x.dtype != y.dtype:
        raise RuntimeError(f'linalg.vecdot: Expected x and y to have the same dtype, but found x of type '
                           f'{_SCALAR_NAMES[x.dtype._engine_name()]} and y of type {_SCALAR_NAMES[y.dtype._engine_name()]} instead')
    if not x.is_floating_point():
        raise RuntimeError(f'linalg.vecdot: Expected a floating point or complex tensor as input. Got '
                           f'{_SCALAR_NAMES[x.dtype._engine_name()]}')
    return (x * y).sum(dim)


