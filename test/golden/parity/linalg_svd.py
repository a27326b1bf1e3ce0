import torch
# torch.linalg.svd / torch.svd / svdvals: LAPACK gesdd's singular vectors (its signs, through each of its paths: QR or
# LQ first for very tall / wide input, bidiagonalization otherwise), shapes, grad_fn names and gradients.
torch.manual_seed(0)


def rnd(g):   # gradients rounded to 10 decimals (exact zeros can come out as ±1e-16 noise)
    return tuple((t * 1e10).round() / 1e10 + 0. for t in g)


for shape in ((4, 3), (3, 5), (3, 3)):
    A = torch.randn(*shape, dtype=torch.float64)
    for full in (True, False):
        U, S, Vh = torch.linalg.svd(A, full_matrices=full)
        k = min(shape)
        print(shape, full, tuple(U.shape), tuple(S.shape), tuple(Vh.shape), S)
        print((U[:, :k] @ torch.diag(S) @ Vh[:k] - A).abs().max() < 1e-12,
              (U.mT @ U - torch.eye(U.shape[-1], dtype=torch.float64)).abs().max() < 1e-12,
              (Vh @ Vh.mT - torch.eye(Vh.shape[-2], dtype=torch.float64)).abs().max() < 1e-12)
        print((U[:, :k] * Vh[:k].mT[0]).abs().sum(0))
for shape in ((3, 3), (4, 3), (6, 3), (3, 4), (2, 7), (1, 4), (4, 1), (5, 5)):
    A = torch.randn(*shape, dtype=torch.float64)
    print(torch.linalg.svd(A), torch.linalg.svd(A, full_matrices=False).U)
X = torch.randn(3, 4, 3, dtype=torch.float64, requires_grad=True)
U, S, Vh = torch.linalg.svd(X, full_matrices=False)
print(torch.autograd.grad((U * torch.arange(36., dtype=torch.float64).view(3, 4, 3)).sum() + (Vh.sin()).sum(), X))
U, S, Vh = torch.linalg.svd(X.detach().mT)
print(U, Vh)
r = torch.linalg.svd(torch.randn(2, 3, 4))
print(type(r).__name__, r.S, r.U.shape, r.Vh.shape)
print(torch.linalg.svd(torch.zeros(2, 2)).S, torch.linalg.svd(torch.tensor([[3., 0.], [0., -4.]])).S)
print(torch.linalg.svdvals(torch.tensor([[1., 2.], [3., 4.], [5., 6.]], dtype=torch.float64)))
# torch.svd: V (not Vh), some / compute_uv
A = torch.randn(4, 3, requires_grad=True)
U, S, V = torch.svd(A)
print(U.shape, S, V.shape, U.grad_fn.name(), V.grad_fn.name(), S.grad_fn.name())
print(((U @ torch.diag(S) @ V.mT) - A).abs().max() < 1e-5)
print(torch.svd(A, some=False).U.shape, torch.svd(A, compute_uv=False), A.svd().S)
# gradients (LinalgSvdBackward0): tall, wide, square, full_matrices; values, vectors or both
for shape in ((5, 3), (3, 5), (4, 4)):
    for full in (False, True):
        X = torch.randn(*shape, dtype=torch.float64, requires_grad=True)
        U, S, Vh = torch.linalg.svd(X, full_matrices=full)
        k = min(shape)
        Uk, Vk = U[:, :k], Vh[:k]
        loss = (Uk.abs() ** 3).sum() + (Vk.abs() ** 3).sum() + S.sum() + (Uk @ Vk).pow(2).sum()
        print(shape, full, rnd(torch.autograd.grad(loss, X, retain_graph=True)))
        print(rnd(torch.autograd.grad((Uk ** 2 * torch.arange(float(k), dtype=torch.float64)).sum(), X, retain_graph=True)))
        print(rnd(torch.autograd.grad((S ** 2).sum(), X)))
Xf = torch.randn(2, 4, 3, requires_grad=True)
torch.linalg.svdvals(Xf).sum().backward()
print(Xf.grad)
Xd = torch.randn(3, 2, dtype=torch.float64, requires_grad=True)
s = torch.linalg.svdvals(Xd)
g, = torch.autograd.grad(s.sum(), Xd, create_graph=True)
print(s.output_nr, s.grad_fn.name(), g.grad_fn.name(), torch.autograd.grad((g * torch.arange(6., dtype=torch.float64).view(3, 2)).sum(), Xd))
with torch.no_grad():
    print(torch.linalg.svdvals(Xd), torch.linalg.matrix_norm(Xd, 'nuc'))
Z = torch.zeros(3, 3, dtype=torch.float64, requires_grad=True)
U, S, Vh = torch.linalg.svd(Z)
print(torch.autograd.grad(U.abs().sum(), Z))
for f in (lambda: torch.linalg.svd(torch.randn(3)), lambda: torch.linalg.svd(torch.ones(2, 2, dtype=torch.int64)),
          lambda: torch.svd(torch.randn(3)), lambda: torch.linalg.svd(torch.randn(2, 2), driver='gesvd'),
          lambda: torch.linalg.svd(torch.tensor([[1., float('nan')], [0., 1.]]))):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
