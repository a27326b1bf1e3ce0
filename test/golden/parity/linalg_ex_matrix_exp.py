import torch
# linalg.solve_ex / inv_ex / cholesky_ex (infos, check_errors) and linalg.matrix_exp with its gradient.
torch.manual_seed(0)
A = torch.tensor([[1., 2.], [2., 4.]])
print(torch.linalg.solve_ex(torch.eye(2) * 2, torch.ones(2)), torch.linalg.solve_ex(A, torch.ones(2)))
print(torch.linalg.inv_ex(A), torch.linalg.inv_ex(torch.stack([torch.eye(2), A])))
print(torch.linalg.cholesky_ex(A), torch.linalg.cholesky_ex(torch.stack([torch.eye(2), -torch.eye(2)])))
print(torch.linalg.cholesky_ex(torch.tensor([[4., 2.], [2., 3.]]), upper=True))
S = torch.randn(3, 3, dtype=torch.float64)
S = (S @ S.mT + torch.eye(3, dtype=torch.float64)).requires_grad_()
L, info = torch.linalg.cholesky_ex(S)
print(L.grad_fn.name(), info, torch.autograd.grad(L.sum(), S))
X, info = torch.linalg.solve_ex(S, torch.ones(3, dtype=torch.float64))
print(X.grad_fn.name(), X, info, torch.autograd.grad(X.sum(), S))
Inv, info = torch.linalg.inv_ex(S)
print(Inv.grad_fn.name(), info, torch.autograd.grad(Inv.sum(), S))
for f in (lambda: torch.linalg.solve_ex(torch.stack([torch.eye(2), A]), torch.ones(2, 2, 1), check_errors=True),
          lambda: torch.linalg.inv_ex(A, check_errors=True), lambda: torch.linalg.cholesky_ex(A, check_errors=True),
          lambda: torch.linalg.lu_factor_ex(A, check_errors=True)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
# matrix_exp
print(torch.linalg.matrix_exp(torch.tensor([[0., 1.], [-1., 0.]])), torch.matrix_exp(torch.zeros(2, 2)))
M = torch.randn(2, 4, 4, dtype=torch.float64) * 3
print(torch.linalg.matrix_exp(M))
print(torch.linalg.matrix_exp(torch.tensor([[1., 1.], [0., 1.]], dtype=torch.float64)), torch.tensor([[0.5]]).matrix_exp())
print(torch.linalg.matrix_exp(torch.randn(3, 3) * 0.5), torch.linalg.matrix_exp(torch.randn(2, 3, 3) * 2))
print(torch.linalg.matrix_exp(torch.tensor([[0.5]])), torch.linalg.matrix_exp(torch.eye(2) * 1e-5), torch.linalg.matrix_exp(torch.randn(3, 3, dtype=torch.float64) * 0.01))
Mg = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
E = torch.linalg.matrix_exp(Mg)
print(E.grad_fn.name(), torch.autograd.grad((E * torch.arange(9., dtype=torch.float64).view(3, 3)).sum(), Mg))
for f in (lambda: torch.linalg.matrix_exp(torch.randn(2, 3)), lambda: torch.linalg.matrix_exp(torch.ones(2, 2, dtype=torch.int64))):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
