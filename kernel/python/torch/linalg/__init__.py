# torch.linalg: norms, determinants, inverses, solves and Cholesky (the functions are in torch/_linalg_fns.py; the
# numerics in the engine's ops/linalg_dense.ts). Functions not listed here do not exist in tnb yet.
from .._linalg_fns import (LinAlgError, vector_norm, matrix_norm, norm, det, slogdet, inv, solve, cholesky,  # noqa: F401
                           cholesky_ex,
                           matrix_power, solve_triangular, tensorinv, tensorsolve, svdvals, cond,
                           matrix_rank, qr, eigh, eigvalsh, eig, eigvals, svd, pinv, lstsq,
                           lu_factor, lu_factor_ex, lu, lu_solve, solve_ex, inv_ex, cholesky_ex, matrix_exp)
from .._linalg_products import multi_dot, linalg_cross as cross, linalg_vander as vander  # noqa: F401
from .._linalg_products import (linalg_matmul as matmul, linalg_diagonal as diagonal,  # noqa: F401
                                linalg_vecdot as vecdot)

for _n, _f in list(globals().items()):
    if callable(_f) and not _n.startswith('_') and _n != 'LinAlgError':
        _f.__name__ = _f.__qualname__ = 'linalg_' + _n   # PyTorch's names (torch.linalg.det.__name__ == 'linalg_det')
del _n, _f
