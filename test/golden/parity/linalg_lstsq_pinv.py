import torch
# torch.linalg.lstsq (each driver's residuals / rank / singular_values), pinv / pinverse, gradients.
torch.manual_seed(0)
A = torch.randn(5, 3, dtype=torch.float64)
B = torch.randn(5, 2, dtype=torch.float64)
for d in (None, 'gels', 'gelsy', 'gelsd', 'gelss'):
    print(d, torch.linalg.lstsq(A, B, driver=d))
print(torch.linalg.lstsq(A.mT, B[:3]))
Ab, Bb = torch.randn(2, 4, 3), torch.randn(2, 4, 2)
r = torch.linalg.lstsq(Ab, Bb)
print(r.solution, r.residuals.shape, r.rank, r.singular_values.shape)
r = torch.linalg.lstsq(Ab, Bb, driver='gelsd')
print(r.residuals, r.rank, r.singular_values)
R = torch.tensor([[1., 2.], [2., 4.], [3., 6.]], dtype=torch.float64)
r = torch.linalg.lstsq(R, torch.tensor([[1.], [2.], [3.]], dtype=torch.float64), driver='gelsd')
print(r.solution, r.residuals, r.rank, (r.singular_values * 1e10).round() / 1e10)
Ag, Bg = A.clone().requires_grad_(), B.clone().requires_grad_()
X = torch.linalg.lstsq(Ag, Bg).solution
print(X.grad_fn.name())
print(torch.autograd.grad((X * torch.tensor([[1., 2.], [3., 4.], [5., 6.]], dtype=torch.float64)).sum(), (Ag, Bg)))
Av, bv = A.clone().requires_grad_(), torch.randn(5, dtype=torch.float64, requires_grad=True)
r = torch.linalg.lstsq(Av, bv, driver='gelsd')
print(r, r.solution.grad_fn.name(), torch.autograd.grad(r.solution.sum(), bv, retain_graph=True))
try:   # 1.13.1's backward treats a vector b as a matrix: A's gradient fails
    torch.autograd.grad(r.solution.sum(), Av)
except IndexError as e:
    print(type(e).__name__, e)
print(torch.linalg.lstsq(A.expand(2, 5, 3), torch.randn(2, 5, dtype=torch.float64), driver='gels'))
print(torch.linalg.svdvals(A).grad_fn, torch.svd(A, compute_uv=False).S)
# pinv
M = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
P = torch.linalg.pinv(M)
print(P, P.grad_fn.name())
print(torch.autograd.grad((P * torch.arange(12., dtype=torch.float64).view(4, 3)).sum(), M))
T = torch.randn(4, 2, dtype=torch.float64, requires_grad=True)
print(torch.autograd.grad(torch.linalg.pinv(T).sin().sum(), T))
print(torch.linalg.pinv(torch.ones(3, 3)), (torch.pinverse(torch.tensor([[1., 2., 3.], [4., 5., 7.]], dtype=torch.float64)) * 1e8).round() / 1e8 + 0.)
print(torch.linalg.pinv(torch.tensor([[1., 0.], [0., 1e-10]], dtype=torch.float64)))
print(torch.linalg.pinv(torch.tensor([[1., 0.], [0., 1e-3]], dtype=torch.float64), atol=1e-2))
print(torch.linalg.pinv(torch.tensor([[1., 0.], [0., 0.1]], dtype=torch.float64), rtol=0.5))
print(torch.linalg.pinv(torch.tensor([[1., 0.], [0., 0.1]], dtype=torch.float64), 0.05), torch.randn(2, 3, 2).pinverse().shape)
print(torch.linalg.matrix_rank(torch.tensor([[1., 2.], [2., 4.]])), torch.linalg.matrix_rank(torch.eye(3), hermitian=True))
for f in (lambda: torch.linalg.lstsq(A, B, driver='foo'), lambda: torch.linalg.lstsq(A, B.float()),
          lambda: torch.linalg.lstsq(A, B[:4]), lambda: torch.linalg.lstsq(torch.randn(3), B)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
