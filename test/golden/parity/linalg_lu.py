import torch
# LU with partial pivoting: linalg.lu_factor(_ex), linalg.lu, lu_unpack, linalg.lu_solve, torch.lu / lu_solve,
# pivots (int32, 1-based), infos, gradients and errors.
torch.manual_seed(0)
A = torch.randn(3, 3)
print(torch.linalg.lu_factor(A))
print(torch.linalg.lu_factor_ex(torch.tensor([[1., 2.], [2., 4.]])))
print(torch.linalg.lu(torch.tensor([[1., 2., 3.], [4., 5., 6.]])))
print(torch.linalg.lu(torch.tensor([[1., 2.], [3., 4.], [5., 6.]], dtype=torch.float64)))
B = torch.randn(2, 4, 4, dtype=torch.float64)
LU, piv = torch.linalg.lu_factor(B)
print(LU, piv)
P, L, U = torch.lu_unpack(LU, piv)
print((P @ L @ U - B).abs().max() < 1e-12, torch.lu_unpack(LU, piv, unpack_data=False), torch.lu_unpack(LU, piv, unpack_pivots=False).P)
Y = torch.randn(2, 4, 3, dtype=torch.float64)
for left, adjoint in ((True, False), (True, True)):
    print(torch.linalg.lu_solve(LU, piv, Y, left=left, adjoint=adjoint))
print(torch.linalg.lu_solve(LU, piv, Y.mT, left=False), torch.linalg.lu_solve(LU, piv, Y.mT, left=False, adjoint=True))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(torch.lu(B), torch.lu(torch.tensor([[1., 2.], [2., 4.]]), get_infos=True))
    print(torch.lu_solve(Y, LU, piv), B.lu()[1])
print([str(x.message) for x in w])
# gradients
for shape in ((3, 3), (3, 5), (5, 3), (2, 3, 3)):
    X = torch.randn(*shape, dtype=torch.float64, requires_grad=True)
    P, L, U = torch.linalg.lu(X)
    print(shape, L.grad_fn.name(), P.grad_fn, P.requires_grad)
    W1, W2 = torch.randn(L.shape, dtype=torch.float64), torch.randn(U.shape, dtype=torch.float64)
    print(torch.autograd.grad((L * W1).sum() + (U * W2).sum(), X, retain_graph=True))
    print(torch.autograd.grad((L * W1).sum(), X, retain_graph=True), torch.autograd.grad((U * W2).sum(), X))
    LU, piv = torch.linalg.lu_factor(X)
    print(LU.grad_fn.name(), torch.autograd.grad((LU * torch.randn(LU.shape, dtype=torch.float64)).sum(), X, retain_graph=True))
    P2, L2, U2 = torch.lu_unpack(LU, piv)
    print(L2.grad_fn.name(), torch.autograd.grad((L2 * W1).sum() + (U2 * W2).sum(), X))
X = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
LU, piv = torch.linalg.lu_factor(X)
for left in (True, False):
    for adjoint in (True, False):
        Bv = torch.randn(3, 2, dtype=torch.float64, requires_grad=True) if left else torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
        Z = torch.linalg.lu_solve(LU, piv, Bv, left=left, adjoint=adjoint)
        print(Z.grad_fn.name(), torch.autograd.grad((Z * Z).sum(), (X, Bv), retain_graph=True))
Xf = torch.randn(3, 3, requires_grad=True)
torch.linalg.lu(Xf).U.sum().backward()
print(Xf.grad)
for f in (lambda: torch.linalg.lu_factor(torch.tensor([[1., 2.], [2., 4.]])),
          lambda: torch.linalg.lu_factor(torch.stack([torch.eye(2), torch.ones(2, 2)])),
          lambda: torch.linalg.lu_factor(torch.eye(2), pivot=False), lambda: torch.linalg.lu(torch.eye(2), pivot=False),
          lambda: torch.linalg.lu_factor(torch.randn(3)), lambda: torch.linalg.lu_factor(torch.ones(2, 2, dtype=torch.int64)),
          lambda: torch.linalg.lu_solve(LU, piv, torch.ones(2, 2, dtype=torch.float64)),
          lambda: torch.linalg.lu_solve(LU, piv, torch.ones(3, dtype=torch.float64)),
          lambda: torch.linalg.lu_solve(LU, piv.long(), torch.ones(3, 1, dtype=torch.float64)),
          lambda: torch.linalg.lu_solve(LU, piv[:2], torch.ones(3, 1, dtype=torch.float64)),
          lambda: torch.linalg.lu_solve(LU, piv, torch.ones(3, 1)),
          lambda: torch.linalg.lu_solve(torch.randn(3, 4), piv, torch.ones(3, 1)),
          lambda: torch.lu_unpack(LU, piv.long())):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
