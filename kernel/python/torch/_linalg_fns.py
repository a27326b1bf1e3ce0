# torch.linalg's functions and their torch.* / Tensor aliases (torch.det, torch.inverse, Tensor.slogdet, torch.dist,
# torch.cdist, ...), with PyTorch 1.13.1's argument handling, error texts and return types. The numerics and the
# backward formulas are the engine's (kernel/engine/ops/linalg_dense.ts); matrix_norm, matrix_power and cdist's
# matrix-product path are composed here from other ops exactly as ATen composes them, so grad_fn names match.
import builtins as _builtins
import math as _math
import warnings as _warnings

from . import _types as T
from ._bridge import call, wrap, to_py
from ._tensor import Tensor

_PKG = __file__.rsplit('/', 1)[0] + '/'
from ._types import SCALAR_TYPE_NAMES as _SCALAR_NAMES  # noqa: E402


class _LinAlgError(RuntimeError):
    """torch.linalg.LinAlgError: a matrix the operation cannot handle (singular, not positive-definite)."""


_LinAlgError.__module__ = 'torch._C'
LinAlgError = _LinAlgError


def _named_tuple(module_name, name, fields):
    """A torch.return_types.<name> class: a tuple with named fields, printed as PyTorch prints it."""
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        body = ',\n'.join(f'{f}={v!r}' for f, v in zip(fields, self))
        return f'torch.return_types.{name}(\n{body})'

    ns = {'__new__': __new__, '__repr__': __repr__, '_fields': tuple(fields), '__module__': module_name,
          '__qualname__': name}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)


slogdet_type = _named_tuple('torch.return_types', 'slogdet', ('sign', 'logabsdet'))
linalg_slogdet_type = _named_tuple('torch.return_types', 'linalg_slogdet', ('sign', 'logabsdet'))
linalg_qr_type = _named_tuple('torch.return_types', 'linalg_qr', ('Q', 'R'))
qr_type = _named_tuple('torch.return_types', 'qr', ('Q', 'R'))
triangular_solve_type = _named_tuple('torch.return_types', 'triangular_solve', ('solution', 'cloned_coefficient'))
linalg_cholesky_ex_type = _named_tuple('torch.return_types', 'linalg_cholesky_ex', ('L', 'info'))


def _no_out(out):
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')


def _check_tensor(fn, x, arg='input', pos=1):
    if not isinstance(x, Tensor):
        raise TypeError(f"{fn}(): argument '{arg}' (position {pos}) must be Tensor, not {type(x).__name__}")


def _ord_text(v):
    """A double as C++'s ostream writes it (what ATen's messages show)."""
    if _math.isinf(v):
        return 'inf' if v > 0 else '-inf'
    return f'{v:g}'


def _dims_list(dim):
    if dim is None:
        return None
    if isinstance(dim, (list, tuple)):
        return [d.__index__() for d in dim]
    return [dim.__index__()]


def _number(fn, name, pos, v):
    if isinstance(v, _builtins.bool) or not isinstance(v, (_builtins.int, _builtins.float)):
        raise TypeError(f"{fn}(): argument '{name}' (position {pos}) must be Number, not {type(v).__name__}")
    return _builtins.float(v)


def _norm_dtype(x, dtype, what):
    """check_linalg_norm_dtype: the input converted to dtype (no narrowing), or unchanged."""
    if dtype is None:
        return x
    if not isinstance(dtype, T.dtype):
        raise TypeError(f"dtype must be torch.dtype, not {type(dtype).__name__}")
    name = dtype._engine_name()
    if name not in ('float32', 'float64'):
        raise RuntimeError(f'{what}: dtype should be floating point or complex, but got {_SCALAR_NAMES.get(name, name)}')
    if x.dtype == T.float64 and name == 'float32':
        raise RuntimeError(f'{what}: the dtype of the input (Double) should be convertible without narrowing to the '
                           f'specified dtype (Float)')
    return x if x.dtype == dtype else x.to(dtype)


# --- norms ------------------------------------------------------------------------------------------------------------
def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    _no_out(out)
    _check_tensor('linalg_vector_norm', x)
    ord = _number('linalg_vector_norm', 'ord', 2, ord)
    if not x.is_floating_point():
        raise RuntimeError(f'linalg.vector_norm: Expected a floating point or complex tensor as input. Got '
                           f'{_SCALAR_NAMES[x.dtype._engine_name()]}')
    x = _norm_dtype(x, dtype, 'linalg.vector_norm')
    return wrap(call('linalg_vector_norm', x, ord, _dims_list(dim), _builtins.bool(keepdim)))


def _matrix_norm_checks(A, dim, dtype):
    if A.dim() < 2:
        raise RuntimeError('linalg.matrix_norm: The input tensor A must have at least 2 dimensions.')
    if not A.is_floating_point():
        raise RuntimeError(f'linalg.matrix_norm: Expected a floating point or complex tensor as input. Got '
                           f'{_SCALAR_NAMES[A.dtype._engine_name()]}')
    if len(dim) != 2:
        shown = dim[0] if len(dim) == 1 else '[' + ', '.join(str(d) for d in dim) + ']'
        raise RuntimeError(f'linalg.matrix_norm: dim must be a 2-tuple. Got {shown}')
    n = A.dim()
    wrapped = []
    for d in dim:
        if d < -n or d >= n:
            raise IndexError(f'Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {d})')
        wrapped.append(d + n if d < 0 else d)
    if wrapped[0] == wrapped[1]:
        raise RuntimeError(f'linalg.matrix_norm: dims must be different. Got ({wrapped[0]}, {wrapped[1]})')
    _norm_dtype(A, dtype, 'linalg.matrix_norm')
    return wrapped


def matrix_norm(A, ord='fro', dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    _no_out(out)
    _check_tensor('linalg_matrix_norm', A)
    dim = _dims_list(dim)
    if isinstance(ord, str):
        if ord == 'fro':
            _matrix_norm_checks(A, dim, dtype)
            return vector_norm(A, 2, dim, keepdim, dtype=dtype)
        if ord == 'nuc':
            d0, d1 = _matrix_norm_checks(A, dim, dtype)
            return _svdvals_norm(A, d0, d1, keepdim, dtype, 'sum')
        raise RuntimeError(f'linalg.matrix_norm: Order {ord} not supported.')
    o = _number('linalg_matrix_norm', 'ord', 2, ord)
    if _builtins.abs(o) not in (1.0, 2.0, _math.inf):
        raise RuntimeError(f'linalg.matrix_norm: Order {_ord_text(o)} not supported.')
    d0, d1 = _matrix_norm_checks(A, dim, dtype)
    if _builtins.abs(o) == 2.0:
        return _svdvals_norm(A, d0, d1, keepdim, dtype, 'amax' if o > 0 else 'amin')
    if _builtins.abs(o) == _math.inf:
        d0, d1 = d1, d0
    if not keepdim and d0 < d1:
        d1 -= 1
    s = vector_norm(A, 1.0, d0, keepdim, dtype=dtype)
    return s.amax(d1, keepdim) if o > 0 else s.amin(d1, keepdim)


def svdvals(A, *, driver=None, out=None):
    _no_out(out)
    _check_tensor('linalg_svdvals', A, 'A')
    if driver is not None:
        raise RuntimeError('torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with cuSOLVER '
                           'backend.')
    return wrap(call('linalg_svdvals', A))


def _svdvals_norm(A, d0, d1, keepdim, dtype, how):
    """ATen's nuclear and spectral norms: the singular values over (d0, d1) moved last, summed or max/min."""
    perm = [d for d in range(A.dim()) if d not in (d0, d1)] + [d0, d1]
    A_ = A if dtype is None else A.to(dtype)
    s = svdvals(A_.permute(perm))
    if how == 'sum':
        result = s.sum(-1, keepdim)
        if keepdim:
            result = result.unsqueeze(-1)
    else:
        result = s.amax(-1, keepdim) if how == 'amax' else s.amin(-1, keepdim)
        if keepdim:
            result = result.unsqueeze(-1)
    if keepdim:
        reverse = [0] * len(perm)
        for i, p in enumerate(perm):
            reverse[p] = i
        result = result.permute(reverse)
    return result


def cond(A, p=None, *, out=None):
    """ATen's linalg_cond: σ_max/σ_min for p = None or ±2, else ‖A‖·‖A⁻¹‖ (singular A: inf)."""
    _no_out(out)
    _check_tensor('linalg_cond', A, 'A')
    if A.dim() < 2:
        raise RuntimeError('linalg.cond: The input tensor A must have at least 2 dimensions.')
    if not A.is_floating_point():
        raise RuntimeError(f'linalg.cond: Expected a floating point or complex tensor as input. Got '
                           f'{_SCALAR_NAMES[A.dtype._engine_name()]}')
    if p is not None and not isinstance(p, str) and _builtins.abs(p) not in (1, 2, _math.inf):
        raise RuntimeError(f'linalg.cond got an invalid norm type: {_ord_text(_builtins.float(p))}')
    if isinstance(p, str) and p not in ('fro', 'nuc'):
        raise RuntimeError(f'linalg.cond got an invalid norm type: {p}')
    if A.numel() == 0:
        from . import zeros
        return zeros(A.shape[:-2], dtype=A.dtype)
    if p is None or (not isinstance(p, str) and _builtins.abs(p) == 2):
        s = svdvals(A)
        s_max, s_min = s.narrow(-1, 0, 1), s.narrow(-1, s.shape[-1] - 1, 1)
        return (s_min / s_max if p == -2 else s_max / s_min).squeeze(-1)
    if A.shape[-1] != A.shape[-2]:
        name = f'{p:f}' if isinstance(p, _builtins.float) else str(p)   # std::to_string for a double ord
        raise RuntimeError(f'linalg.cond(ord={name}): A must be batches of square matrices, but they are '
                           f'{A.shape[-2]} by {A.shape[-1]} matrices')
    inverse, singular = to_py(call('linalg_inv_unchecked', A))
    inverse, singular = wrap(inverse), wrap(singular)
    inverse.masked_fill_(singular.unsqueeze(-1).unsqueeze(-1), _math.inf)   # in place, as ATen (its backward then fails)
    result = matrix_norm(A, p) * matrix_norm(inverse, p)
    if p == 'nuc':   # 1.13.1 leaves the nuclear-norm product as it is (MulBackward0)
        return result
    return result.nan_to_num(_math.inf, _math.inf, -_math.inf)   # ATen: nan_to_num_ (also NanToNumBackward0)


def matrix_rank(A, tol=None, hermitian=False, *, atol=None, rtol=None, out=None):
    """Singular values above max(atol, rtol·σ_max); rtol defaults to eps·max(m, n) unless atol is given."""
    _no_out(out)
    _check_tensor('linalg_matrix_rank', A, 'input')
    if tol is not None:
        atol, rtol = tol, 0.0
    from . import tensor, as_tensor
    s = eigvalsh(A).abs().detach() if hermitian else svdvals(A).detach()
    eps = 1.1920928955078125e-07 if A.dtype == T.float32 else 2.220446049250313e-16
    a = as_tensor(0.0 if atol is None else atol, dtype=A.dtype)
    if rtol is None:
        default = eps * _builtins.max(A.shape[-1], A.shape[-2])
        r = tensor(default, dtype=A.dtype) if atol is None else (a > 0).logical_not().to(A.dtype) * default
    else:
        r = as_tensor(rtol, dtype=A.dtype)
    max_s = (s.amax(-1, True) if hermitian else s.narrow(-1, 0, 1)) if s.shape[-1] > 0 else s.sum(-1, True)
    tol_ = (a.unsqueeze(-1) if a.dim() else a).maximum((r.unsqueeze(-1) if r.dim() else r) * max_s)
    return (s > tol_).sum(-1)


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    _no_out(out)
    _check_tensor('linalg_norm', A)
    dims = _dims_list(dim)
    if isinstance(ord, str):
        if dims is not None:
            if len(dims) not in (1, 2):
                raise RuntimeError(f'linalg.norm: If dim is specified, it mut be of length 1 or 2. Got {dims}')
        elif A.dim() not in (1, 2):
            raise RuntimeError(f'linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got {A.dim()}D.')
        return matrix_norm(A, ord, dims if dims is not None else [0, 1], keepdim, dtype=dtype)
    if dims is not None:
        if len(dims) not in (1, 2):
            raise RuntimeError(f'linalg.norm: If dim is specified, it must be of length 1 or 2. Got {dims}')
    elif ord is not None and A.dim() not in (1, 2):
        raise RuntimeError(f'linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got {A.dim()}D.')
    if ord is not None and ((dims is not None and len(dims) == 2) or (dims is None and A.dim() == 2)):
        return matrix_norm(A, ord, dims if dims is not None else [0, 1], keepdim, dtype=dtype)
    return vector_norm(A, 2 if ord is None else ord, dims, keepdim, dtype=dtype)


def dist(input, other, p=2):
    _check_tensor('dist', input)
    _check_tensor('dist', other, 'other', 2)
    p = _number('dist', 'p', 3, p)
    return wrap(call('dist', input, other, p))


def cdist(x1, x2, p=2.0, compute_mode='use_mm_for_euclid_dist_if_necessary'):
    _check_tensor('cdist', x1, 'x1')
    _check_tensor('cdist', x2, 'x2', 2)
    modes = {'use_mm_for_euclid_dist_if_necessary': 0, 'use_mm_for_euclid_dist': 1, 'donot_use_mm_for_euclid_dist': 2}
    if compute_mode not in modes:
        raise ValueError(f'{compute_mode} is not a valid value for compute_mode')
    mode = modes[compute_mode]
    p = _number('cdist', 'p', 3, p)
    if x1.dim() < 2:
        raise RuntimeError(f'cdist only supports at least 2D tensors, X1 got: {x1.dim()}D')
    if x2.dim() < 2:
        raise RuntimeError(f'cdist only supports at least 2D tensors, X2 got: {x2.dim()}D')
    c = x1.shape[-1]
    if c != x2.shape[-1]:
        raise RuntimeError(f'X1 and X2 must have the same number of columns. X1: {c} X2: {x2.shape[-1]}')
    r1, r2 = x1.shape[-2], x2.shape[-2]
    if x1.numel() == 0 or x2.numel() == 0 or not (p == 2 and (mode == 1 or (mode == 0 and (r1 > 25 or r2 > 25)))):
        return wrap(call('cdist', x1, x2, p))
    # cdist_impl's matrix-product path
    for name, x in (('X1', x1), ('X2', x2)):
        if not x.is_floating_point():
            raise RuntimeError(f'cdist only supports floating-point dtypes, {name} got: {_SCALAR_NAMES[x.dtype._engine_name()]}')
    from . import broadcast_shapes
    batch = list(broadcast_shapes(x1.shape[:-2], x2.shape[:-2]))
    nb = 1
    for s in batch:
        nb *= s
    out_shape = batch + [r1, r2]
    if x1.dtype != x2.dtype:
        raise RuntimeError(f'expected scalar type {_SCALAR_NAMES[x1.dtype._engine_name()]} but found '
                           f'{_SCALAR_NAMES[x2.dtype._engine_name()]}')
    if nb != 1:
        x1, x2 = x1.expand(batch + [r1, c]).reshape(nb, r1, c), x2.expand(batch + [r2, c]).reshape(nb, r2, c)
    # _euclidean_dist: ‖a‖² - 2a·b + ‖b‖² through one matrix product, clamped at 0 (EuclideanDistBackward0)
    return wrap(call('euclidean_dist', x1, x2)).view(out_shape)


# --- LU / Cholesky family -------------------------------------------------------------------------------------------
def det(A, *, out=None):
    _no_out(out)
    _check_tensor('linalg_det', A, 'A')
    return wrap(call('linalg_det', A, 'linalg.det'))


def _slogdet(A, what, cls):
    s, l = to_py(call('linalg_slogdet', A, what))
    return cls(wrap(s), wrap(l))


def slogdet(A, *, out=None):
    _no_out(out)
    _check_tensor('linalg_slogdet', A, 'A')
    return _slogdet(A, 'linalg.slogdet', linalg_slogdet_type)


def inv(A, *, out=None):
    _no_out(out)
    _check_tensor('linalg_inv', A, 'A')
    return wrap(call('linalg_inv', A, 'linalg.inv'))


def solve(A, B, *, left=True, out=None):
    _no_out(out)
    _check_tensor('linalg_solve', A, 'A')
    _check_tensor('linalg_solve', B, 'B', 2)
    return wrap(call('linalg_solve', A, B, _builtins.bool(left)))


def solve_triangular(A, B, *, upper=None, left=True, unitriangular=False, out=None):
    _no_out(out)
    if upper is None:
        raise TypeError('linalg_solve_triangular() missing 1 required positional arguments: "upper"')
    _check_tensor('linalg_solve_triangular', A, 'input')
    _check_tensor('linalg_solve_triangular', B, 'B', 2)
    return wrap(call('linalg_solve_triangular', A, B, _builtins.bool(upper), _builtins.bool(left),
                     _builtins.bool(unitriangular)))


def cholesky_ex(A, *, upper=False, check_errors=False, out=None):
    """(L, info): info is 0 or the order of the first leading minor that is not positive-definite, per matrix."""
    _no_out(out)
    _check_tensor('linalg_cholesky_ex', A, 'A')
    L, info = to_py(call('linalg_cholesky_ex', A, _builtins.bool(upper), _builtins.bool(check_errors)))
    return linalg_cholesky_ex_type(wrap(L), wrap(info))


def cholesky(A, *, upper=False, out=None):
    _no_out(out)
    _check_tensor('linalg_cholesky', A, 'A')
    return wrap(call('linalg_cholesky', A, _builtins.bool(upper)))


def matrix_power(A, n, *, out=None):
    _no_out(out)
    _check_tensor('linalg_matrix_power', A)
    if isinstance(n, _builtins.bool) or not isinstance(n, _builtins.int):
        raise TypeError(f"linalg_matrix_power(): argument 'n' (position 2) must be int, not {type(n).__name__}")
    return _matrix_power(A, n)


def _matrix_power(A, n):
    if A.dim() < 2:
        raise RuntimeError('linalg.matrix_power: The input tensor A must have at least 2 dimensions.')
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f'linalg.matrix_power: A must be batches of square matrices, but they are '
                           f'{A.shape[-2]} by {A.shape[-1]} matrices')
    if n == 0:
        from . import eye
        return A.clone(memory_format=T.contiguous_format).copy_(eye(A.shape[-2], dtype=A.dtype))
    if n == 1:
        return A.clone(memory_format=T.contiguous_format)
    if n == -1:
        return inv(A)
    a = inv(A) if n < 0 else A
    n = _builtins.abs(n)
    if n == 2:
        return a.matmul(a)
    if n == 3:
        return a.matmul(a).matmul(a)
    z = result = None
    while n > 0:
        bit = n % 2
        n //= 2
        z = a if z is None else z.matmul(z)
        if bit == 1:
            result = z if result is None else result.matmul(z)
    return result


# --- the torch.* functions and Tensor methods -------------------------------------------------------------------------
def _torch_slogdet(input):
    _check_tensor('slogdet', input)
    return _slogdet(input, 'linalg.slogdet', slogdet_type)


def _torch_logdet(input):
    _check_tensor('logdet', input)
    if input.dtype in (T.float16, T.bfloat16):
        raise RuntimeError(f'logdet: Low precision dtypes not supported. Got {_SCALAR_NAMES[input.dtype._engine_name()]}')
    return wrap(call('logdet', input))


def _torch_det(input):
    _check_tensor('det', input)
    return wrap(call('linalg_det', input, 'linalg.det'))


def _torch_inverse(input, *, out=None):
    _no_out(out)
    _check_tensor('inverse', input)
    return wrap(call('linalg_inv', input, 'linalg.inv'))


_cholesky_warned = [False]


def _torch_cholesky(input, upper=False, *, out=None):
    _no_out(out)
    _check_tensor('cholesky', input)
    if not _cholesky_warned[0]:
        _cholesky_warned[0] = True
        _warnings.warn(
            'torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a future PyTorch '
            'release.\nL = torch.cholesky(A)\nshould be replaced with\nL = torch.linalg.cholesky(A)\nand\n'
            'U = torch.cholesky(A, upper=True)\nshould be replaced with\nU = torch.linalg.cholesky(A).mH().\n'
            'This transform will produce equivalent results for all valid (symmetric positive definite) inputs. '
            '(Triggered internally at  ./aten/src/ATen/native/BatchLinearAlgebra.cpp:1615.)',
            UserWarning, skip_file_prefixes=(_PKG,))
    if input.dim() >= 2 and input.shape[-1] == input.shape[-2] and not input.is_floating_point():
        raise RuntimeError(f'"cholesky_cpu" not implemented for \'{_SCALAR_NAMES[input.dtype._engine_name()]}\'')
    return wrap(call('cholesky', input, _builtins.bool(upper)))


def _torch_cholesky_solve(input, input2, upper=False, *, out=None):
    _no_out(out)
    _check_tensor('cholesky_solve', input)
    _check_tensor('cholesky_solve', input2, 'input2', 2)
    return wrap(call('cholesky_solve', input, input2, _builtins.bool(upper)))


def _torch_cholesky_inverse(input, upper=False, *, out=None):
    _no_out(out)
    _check_tensor('cholesky_inverse', input)
    return wrap(call('cholesky_inverse', input, _builtins.bool(upper)))


_triangular_solve_warned = [False]


def _torch_triangular_solve(input, A, upper=True, transpose=False, unitriangular=False, *, out=None):
    _no_out(out)
    _check_tensor('triangular_solve', input)
    _check_tensor('triangular_solve', A, 'A', 2)
    if not _triangular_solve_warned[0]:
        _triangular_solve_warned[0] = True
        _warnings.warn(
            'torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be removed in a '
            'future PyTorch release.\ntorch.linalg.solve_triangular has its arguments reversed and does not return a '
            'copy of one of the inputs.\nX = torch.triangular_solve(B, A).solution\nshould be replaced with\n'
            'X = torch.linalg.solve_triangular(A, B). (Triggered internally at  '
            './aten/src/ATen/native/BatchLinearAlgebra.cpp:2115.)', UserWarning, skip_file_prefixes=(_PKG,))
    x, m = to_py(call('triangular_solve', input, A, _builtins.bool(upper), _builtins.bool(transpose),
                      _builtins.bool(unitriangular)))
    return triangular_solve_type(wrap(x), wrap(m))


def _torch_matrix_power(input, n):
    _check_tensor('matrix_power', input)
    if isinstance(n, _builtins.bool) or not isinstance(n, _builtins.int):
        raise TypeError(f"matrix_power(): argument 'n' (position 2) must be int, not {type(n).__name__}")
    return _matrix_power(input, n)


def _torch_cdist(x1, x2, p=2.0, compute_mode='use_mm_for_euclid_dist_if_necessary'):
    return cdist(x1, x2, p, compute_mode)


def qr(A, mode='reduced', *, out=None):
    _no_out(out)
    _check_tensor('linalg_qr', A, 'A')
    if not isinstance(mode, str):
        raise TypeError(f"linalg_qr(): argument 'mode' (position 2) must be str, not {type(mode).__name__}")
    q, r = to_py(call('linalg_qr', A, mode))
    return linalg_qr_type(wrap(q), wrap(r))


_qr_warned = [False]


def _torch_qr(input, some=True, *, out=None):
    _no_out(out)
    _check_tensor('qr', input)
    if not _qr_warned[0]:
        _qr_warned[0] = True
        _warnings.warn(
            "torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch release.\n"
            "The boolean parameter 'some' has been replaced with a string parameter 'mode'.\n"
            "Q, R = torch.qr(A, some)\nshould be replaced with\n"
            "Q, R = torch.linalg.qr(A, 'reduced' if some else 'complete') "
            '(Triggered internally at  ./aten/src/ATen/native/BatchLinearAlgebra.cpp:2349.)',
            UserWarning, skip_file_prefixes=(_PKG,))
    q, r = to_py(call('linalg_qr', input, 'reduced' if some else 'complete'))
    return qr_type(wrap(q), wrap(r))


TORCH_FUNCTIONS = {
    'qr': _torch_qr,
    'det': _torch_det, 'slogdet': _torch_slogdet, 'logdet': _torch_logdet, 'inverse': _torch_inverse,
    'cholesky': _torch_cholesky, 'matrix_power': _torch_matrix_power, 'dist': dist, 'cdist': _torch_cdist,
    'cholesky_solve': _torch_cholesky_solve, 'cholesky_inverse': _torch_cholesky_inverse,
    'triangular_solve': _torch_triangular_solve,
}
for _n, _f in TORCH_FUNCTIONS.items():
    _f.__name__ = _f.__qualname__ = _n

Tensor.qr = lambda self, some=True: _torch_qr(self, some)
Tensor.det = lambda self: _torch_det(self)
Tensor.slogdet = lambda self: _torch_slogdet(self)
Tensor.logdet = lambda self: _torch_logdet(self)
Tensor.inverse = lambda self: _torch_inverse(self)
Tensor.cholesky = lambda self, upper=False: _torch_cholesky(self, upper)
Tensor.matrix_power = lambda self, n: _torch_matrix_power(self, n)
Tensor.dist = lambda self, other, p=2: dist(self, other, p)
Tensor.cholesky_solve = lambda self, input2, upper=False: _torch_cholesky_solve(self, input2, upper)
Tensor.cholesky_inverse = lambda self, upper=False: _torch_cholesky_inverse(self, upper)
Tensor.triangular_solve = lambda self, A, upper=True, transpose=False, unitriangular=False: \
    _torch_triangular_solve(self, A, upper, transpose, unitriangular)


def _frobenius_norm(x, dim, keepdim):
    """ATen's frobenius_norm: at::norm over at most one dim, else sqrt(sum(x * x)) (SqrtBackward0)."""
    if len(dim) > 2:
        raise RuntimeError(f'Expected at most 2 dimensions, but got {len(dim)} dimensions instead.')
    if len(dim) <= 1:
        return _norm_p(x, 2.0, dim or None, keepdim)
    return (x * x).sum(dim, keepdim).sqrt()


def _norm_p(x, p, dim, keepdim, with_dtype=False):
    return wrap(call('norm_p', x, p, dim, _builtins.bool(keepdim), with_dtype))


def tensor_norm(input, p='fro', dim=None, keepdim=False, dtype=None):
    """torch.norm / Tensor.norm as torch/functional.py of 1.13.1 dispatches it (NormBackward1 for numeric p)."""
    if dim is None and dtype is None and p is not None:
        if isinstance(p, str) and p == 'fro':
            return _frobenius_norm(input, [], keepdim)
        if not isinstance(p, str):
            return _norm_p(input, _number('norm', 'p', 2, p), list(range(input.dim())), keepdim)
    dims = _dims_list(dim)
    if isinstance(p, str):
        if p == 'fro':
            if dtype is not None:
                raise ValueError('dtype argument is not supported in frobenius norm')
            return _frobenius_norm(input, dims if dims is not None else list(range(input.dim())), keepdim)
        if p == 'nuc':
            if dtype is not None:
                raise ValueError('dtype argument is not supported in nuclear norm')
            if dims is None:
                if input.dim() != 2:
                    raise RuntimeError(f'Expected a tensor with 2 dimensions, but got a tensor with {input.dim()} '
                                       f'dimension{"" if input.dim() == 1 else "s"} instead.')
                dims = [0, 1]
            return matrix_norm(input, 'nuc', dims, keepdim)
        raise RuntimeError(f"only valid string values are 'fro' and 'nuc', found {p}")
    p = 2.0 if p is None else _number('norm', 'p', 2, p)
    if dims is None:
        dims = list(range(input.dim()))
    if dtype is not None:
        if not input.is_floating_point():
            raise RuntimeError(f'norm(): input dtype should be either floating point or complex. Got '
                               f'{_SCALAR_NAMES[input.dtype._engine_name()]} instead.')
        return _norm_p(input.to(dtype), p, dims, keepdim, True)
    return _norm_p(input, p, dims, keepdim)


def _torch_norm(input, p='fro', dim=None, keepdim=False, out=None, dtype=None):
    _no_out(out)
    _check_tensor('norm', input)
    return tensor_norm(input, p, dim, keepdim, dtype)


TORCH_FUNCTIONS['norm'] = _torch_norm
_torch_norm.__name__ = _torch_norm.__qualname__ = 'norm'


def tensorinv(A, ind=2, *, out=None):
    """ATen's linalg_tensorinv: the inverse of A viewed as a prod(shape[:ind]) square matrix, reshaped."""
    _no_out(out)
    _check_tensor('linalg_tensorinv', A, 'input')
    if ind <= 0:
        raise RuntimeError(f"Expected a strictly positive integer for 'ind', but got {ind}")
    end, start = list(A.shape[ind:]), list(A.shape[:ind])
    p_end = p_start = 1
    for s in end:
        p_end *= s
    for s in start:
        p_start *= s
    if p_end != p_start:
        raise RuntimeError('Expected self to satisfy the requirement prod(self.shape[ind:]) == prod(self.shape[:ind]), '
                           f'but got {p_end} != {p_start}')
    return wrap(call('linalg_inv', A.reshape(p_end, p_end), 'inv')).reshape(end + start)


def tensorsolve(A, B, dims=None, *, out=None):
    """ATen's linalg_tensorsolve: A (dims moved last) as a square matrix, solved against B flattened, reshaped."""
    _no_out(out)
    _check_tensor('linalg_tensorsolve', A, 'input')
    _check_tensor('linalg_tensorsolve', B, 'other', 2)
    nd = A.dim()
    a = A
    if dims is not None:
        dims = _dims_list(dims)
        a = a.movedim(dims, list(range(nd - len(dims), nd)))
    result_shape = list(a.shape[B.dim():])
    rp = op = 1
    for s in result_shape:
        rp *= s
    for s in B.shape:
        op *= s
    if rp != op:
        raise RuntimeError('Expected self to satisfy the requirement prod(self.shape[other.ndim:]) == '
                           f'prod(self.shape[:other.ndim]), but got {rp} != {op}')
    return solve(a.reshape(rp, rp), B.flatten()).reshape(result_shape)


# --- eigh / svd / pinv / lstsq (engine: ops/eigh.ts, ops/svd.ts) -----------------------------------------------------
linalg_eigh_type = _named_tuple('torch.return_types', 'linalg_eigh', ('eigenvalues', 'eigenvectors'))
linalg_svd_type = _named_tuple('torch.return_types', 'linalg_svd', ('U', 'S', 'Vh'))
svd_type = _named_tuple('torch.return_types', 'svd', ('U', 'S', 'V'))
linalg_lstsq_type = _named_tuple('torch.return_types', 'linalg_lstsq', ('solution', 'residuals', 'rank', 'singular_values'))


def _check_str(fn, name, pos, v):
    if not isinstance(v, str):
        raise TypeError(f"{fn}(): argument '{name}' (position {pos}) must be str, not {type(v).__name__}")


def eigh(A, UPLO='L', *, out=None):
    _no_out(out)
    _check_tensor('linalg_eigh', A, 'A')
    _check_str('linalg_eigh', 'UPLO', 2, UPLO)
    L, V = to_py(call('linalg_eigh', A, UPLO, 'linalg.eigh'))
    return linalg_eigh_type(wrap(L), wrap(V))


def eigvalsh(A, UPLO='L', *, out=None):
    _no_out(out)
    _check_tensor('linalg_eigvalsh', A, 'A')
    _check_str('linalg_eigvalsh', 'UPLO', 2, UPLO)
    L, V = to_py(call('linalg_eigh', A, UPLO, 'linalg.eigh'))
    return wrap(L)


def _no_complex(what):
    raise NotImplementedError(f'tnb: torch.linalg.{what} returns complex tensors, and tnb has no complex dtype; for '
                              f'symmetric matrices use torch.linalg.eigh / eigvalsh')


def eig(A, *, out=None):
    _check_tensor('linalg_eig', A, 'A')
    _no_complex('eig')


def eigvals(A, *, out=None):
    _check_tensor('linalg_eigvals', A, 'A')
    _no_complex('eigvals')


def _check_driver(driver):
    if driver is not None:
        raise RuntimeError('torch.linalg.svd: keyword argument `driver=` is only supported on CUDA inputs with cuSOLVER '
                           'backend.')


def svd(A, full_matrices=True, *, driver=None, out=None):
    _no_out(out)
    _check_tensor('linalg_svd', A, 'A')
    _check_driver(driver)
    U, S, Vh = to_py(call('linalg_svd', A, _builtins.bool(full_matrices)))
    return linalg_svd_type(wrap(U), wrap(S), wrap(Vh))


def _torch_svd(input, some=True, compute_uv=True, *, out=None):
    """torch.svd: linalg.svd(A, full_matrices=not some) with V = Vh.mT; without compute_uv, zero U (m×m) and V (n×n)."""
    _no_out(out)
    _check_tensor('svd', input)
    if input.dim() < 2:
        raise RuntimeError(f'linalg.svd: input should have at least 2 dimensions, but has {input.dim()} dimensions '
                           f'instead')
    if not compute_uv:
        from . import zeros
        S = svdvals(input)
        m, n = input.shape[-2], input.shape[-1]
        batch = list(input.shape[:-2])
        return svd_type(zeros(batch + [m, m], dtype=input.dtype), S, zeros(batch + [n, n], dtype=input.dtype))
    U, S, Vh = svd(input, full_matrices=not some)
    return svd_type(U, S, Vh.mT)


def pinv(A, *args, atol=None, rtol=None, out=None, **kwargs):
    _no_out(out)
    if len(args) > 2:
        raise TypeError(f'linalg_pinv() takes from 1 to 3 positional arguments but {len(args) + 1} were given')
    rcond_positional = len(args) >= 1
    rcond = args[0] if args else kwargs.pop('rcond', None)
    hermitian = args[1] if len(args) > 1 else kwargs.pop('hermitian', False)
    if kwargs:
        raise TypeError(f"linalg_pinv() got an unexpected keyword argument '{next(iter(kwargs))}'")
    _check_tensor('linalg_pinv', A, 'input')
    if rcond is not None:
        if atol is not None or rtol is not None:
            def kind(v):
                return 'Tensor' if isinstance(v, Tensor) else type(v).__name__
            given = ['Tensor'] + ([kind(rcond)] if rcond_positional else [])
            kw = {'atol': atol, 'rtol': rtol, 'hermitian': hermitian if hermitian else None}
            if not rcond_positional:
                kw['rcond'] = rcond
            given += [f'{k}={kind(v)}' for k, v in sorted(kw.items()) if v is not None]
            raise TypeError(
                f"linalg_pinv() received an invalid combination of arguments - got ({', '.join(given)}), but expected "
                "one of:\n * (Tensor input, *, Tensor atol, Tensor rtol, bool hermitian, Tensor out)\n"
                " * (Tensor input, *, float atol, float rtol, bool hermitian, Tensor out)\n"
                " * (Tensor input, Tensor rcond, bool hermitian, *, Tensor out)\n"
                " * (Tensor input, float rcond, bool hermitian, *, Tensor out)\n")
        atol, rtol = 0.0, rcond

    def num(v, name):
        if v is None:
            return None
        if isinstance(v, Tensor):
            if v.dim() != 0:
                raise NotImplementedError(f'tnb: linalg.pinv takes {name} as a number or a 0-dim tensor')
            return _builtins.float(v.item())
        return _number('linalg_pinv', name, 2, v)
    return wrap(call('linalg_pinv', A, num(atol, 'atol'), num(rtol, 'rtol'), _builtins.bool(hermitian)))


def _torch_pinverse(input, rcond=1e-15):
    _check_tensor('pinverse', input)
    return pinv(input, rcond=rcond)


def lstsq(A, B, rcond=None, *, driver=None, out=None):
    _no_out(out)
    _check_tensor('linalg_lstsq', A, 'self')
    _check_tensor('linalg_lstsq', B, 'b', 2)
    if driver is not None:
        _check_str('linalg_lstsq', 'driver', 4, driver)
    rc = None if rcond is None else _number('linalg_lstsq', 'rcond', 3, rcond)
    x, res, rank, sv = to_py(call('linalg_lstsq', A, B, rc, driver))
    return linalg_lstsq_type(wrap(x), wrap(res), wrap(rank), wrap(sv))


TORCH_FUNCTIONS.update({'svd': _torch_svd, 'pinverse': _torch_pinverse})
for _n in ('svd', 'pinverse'):
    TORCH_FUNCTIONS[_n].__name__ = TORCH_FUNCTIONS[_n].__qualname__ = _n
Tensor.svd = lambda self, some=True, compute_uv=True: _torch_svd(self, some, compute_uv)
Tensor.pinverse = lambda self, rcond=1e-15: _torch_pinverse(self, rcond)


# --- LU family, the _ex variants, matrix_exp (engine: ops/lu.ts, ops/linalg_dense.ts) --------------------------------
linalg_lu_factor_type = _named_tuple('torch.return_types', 'linalg_lu_factor', ('LU', 'pivots'))
linalg_lu_factor_ex_type = _named_tuple('torch.return_types', 'linalg_lu_factor_ex', ('LU', 'pivots', 'info'))
linalg_lu_type = _named_tuple('torch.return_types', 'linalg_lu', ('P', 'L', 'U'))
lu_unpack_type = _named_tuple('torch.return_types', 'lu_unpack', ('P', 'L', 'U'))
lu_with_info_type = _named_tuple('torch.return_types', '_lu_with_info', ('LU', 'pivots', 'info'))
linalg_solve_ex_type = _named_tuple('torch.return_types', 'linalg_solve_ex', ('result', 'info'))
linalg_inv_ex_type = _named_tuple('torch.return_types', 'linalg_inv_ex', ('inverse', 'info'))


def _wrap_all(v):
    return [wrap(t) for t in to_py(v)]


def lu_factor(A, *, pivot=True, out=None):
    _no_out(out)
    _check_tensor('linalg_lu_factor', A, 'A')
    LU, piv, _info = _wrap_all(call('linalg_lu_factor_ex', A, _builtins.bool(pivot), True, 'torch.linalg.lu_factor'))
    return linalg_lu_factor_type(LU, piv)


def lu_factor_ex(A, *, pivot=True, check_errors=False, out=None):
    _no_out(out)
    _check_tensor('linalg_lu_factor_ex', A, 'A')
    return linalg_lu_factor_ex_type(*_wrap_all(call('linalg_lu_factor_ex', A, _builtins.bool(pivot),
                                                    _builtins.bool(check_errors), 'torch.linalg.lu_factor_ex')))


def lu(A, *, pivot=True, out=None):
    _no_out(out)
    _check_tensor('linalg_lu', A, 'A')
    return linalg_lu_type(*_wrap_all(call('linalg_lu', A, _builtins.bool(pivot))))


def lu_solve(LU, pivots, B, *, left=True, adjoint=False, out=None):
    _no_out(out)
    _check_tensor('linalg_lu_solve', LU, 'LU')
    _check_tensor('linalg_lu_solve', pivots, 'pivots', 2)
    _check_tensor('linalg_lu_solve', B, 'B', 3)
    return wrap(call('linalg_lu_solve', LU, pivots, B, _builtins.bool(left), _builtins.bool(adjoint)))


def _torch_lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True, *, out=None):
    _no_out(out)
    _check_tensor('lu_unpack', LU_data, 'LU_data')
    _check_tensor('lu_unpack', LU_pivots, 'LU_pivots', 2)
    return lu_unpack_type(*_wrap_all(call('lu_unpack', LU_data, LU_pivots, _builtins.bool(unpack_data),
                                          _builtins.bool(unpack_pivots))))


_lu_warned = [False]


def _torch_lu(A, pivot=True, get_infos=False, out=None):
    """torch.lu (torch/functional.py): torch._lu_with_info with check_errors=not get_infos."""
    _no_out(out)
    _check_tensor('_lu_with_info', A, 'self')
    if not _lu_warned[0]:
        _lu_warned[0] = True
        _warnings.warn(
            'torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and will be removed '
            'in a future PyTorch release.\nLU, pivots = torch.lu(A, compute_pivots)\nshould be replaced with\n'
            'LU, pivots = torch.linalg.lu_factor(A, compute_pivots)\nand\n'
            'LU, pivots, info = torch.lu(A, compute_pivots, get_infos=True)\nshould be replaced with\n'
            'LU, pivots, info = torch.linalg.lu_factor_ex(A, compute_pivots) (Triggered internally at  '
            './aten/src/ATen/native/BatchLinearAlgebra.cpp:1915.)', UserWarning, skip_file_prefixes=(_PKG,))
    # _lu_with_info's check_errors only concerns invalid arguments: a singular matrix is no error here
    LU, piv, info = _wrap_all(call('linalg_lu_factor_ex', A, _builtins.bool(pivot), False, 'torch.lu'))
    return lu_with_info_type(LU, piv, info) if get_infos else (LU, piv)


_lu_solve_warned = [False]


def _torch_lu_solve(input, LU_data, LU_pivots, *, out=None):
    _no_out(out)
    _check_tensor('lu_solve', input)
    _check_tensor('lu_solve', LU_data, 'LU_data', 2)
    _check_tensor('lu_solve', LU_pivots, 'LU_pivots', 3)
    if not _lu_solve_warned[0]:
        _lu_solve_warned[0] = True
        _warnings.warn(
            'torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a future PyTorch '
            'release.\nNote that torch.linalg.lu_solve has its arguments reversed.\nX = torch.lu_solve(B, LU, pivots)\n'
            'should be replaced with\nX = torch.linalg.lu_solve(LU, pivots, B) (Triggered internally at  '
            './aten/src/ATen/native/BatchLinearAlgebra.cpp:2072.)', UserWarning, skip_file_prefixes=(_PKG,))
    return wrap(call('linalg_lu_solve', LU_data, LU_pivots, input, True, False))


def solve_ex(A, B, *, left=True, check_errors=False, out=None):
    _no_out(out)
    _check_tensor('linalg_solve_ex', A, 'A')
    _check_tensor('linalg_solve_ex', B, 'B', 2)
    return linalg_solve_ex_type(*_wrap_all(call('linalg_solve_ex', A, B, _builtins.bool(left),
                                                _builtins.bool(check_errors))))


def inv_ex(A, *, check_errors=False, out=None):
    _no_out(out)
    _check_tensor('linalg_inv_ex', A, 'A')
    return linalg_inv_ex_type(*_wrap_all(call('linalg_inv_ex', A, _builtins.bool(check_errors))))


def matrix_exp(A, *, out=None):
    _no_out(out)
    _check_tensor('linalg_matrix_exp', A)
    return wrap(call('linalg_matrix_exp', A, 'linalg.matrix_exp'))


def _torch_matrix_exp(input):
    _check_tensor('matrix_exp', input)
    return wrap(call('linalg_matrix_exp', input, 'linalg.matrix_exp'))


TORCH_FUNCTIONS.update({'lu': _torch_lu, 'lu_unpack': _torch_lu_unpack, 'lu_solve': _torch_lu_solve,
                        'matrix_exp': _torch_matrix_exp})
for _n in ('lu', 'lu_unpack', 'lu_solve', 'matrix_exp'):
    TORCH_FUNCTIONS[_n].__name__ = TORCH_FUNCTIONS[_n].__qualname__ = _n
Tensor.lu = lambda self, pivot=True, get_infos=False: _torch_lu(self, pivot, get_infos)
Tensor.lu_solve = lambda self, LU_data, LU_pivots: _torch_lu_solve(self, LU_data, LU_pivots)
Tensor.matrix_exp = lambda self: _torch_matrix_exp(self)
