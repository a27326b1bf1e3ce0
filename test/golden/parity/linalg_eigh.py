import torch
# torch.linalg.eigh / eigvalsh: eigenvalues ascending, eigenvectors with LAPACK syevd's signs (tridiagonal reduction
# of the UPLO triangle + implicit QL/QR), gradients (LinalgEighBackward0), errors.
torch.manual_seed(0)
A = torch.randn(4, 4, dtype=torch.float64)
S = A + A.mT
for uplo in ('L', 'U'):
    r = torch.linalg.eigh(S, UPLO=uplo)
    print(type(r).__name__, r.eigenvalues, r.eigenvectors)
print(torch.linalg.eigh(torch.triu(S), UPLO='U').eigenvalues, torch.linalg.eigvalsh(torch.tril(S)))
B = torch.randn(2, 3, 5, 5)
B = B + B.mT
L, V = torch.linalg.eigh(B)
print(L)
print((V @ torch.diag_embed(L) @ V.mT - B).abs().max() < 1e-5, V.abs().sum(-2))
print(torch.linalg.eigh(torch.tensor([[2., 1., 0.], [1., 2., 0.], [0., 0., 3.]], dtype=torch.float64)))
print(torch.linalg.eigh(torch.diag(torch.tensor([3., 1., 2.]))))
print(torch.linalg.eigh(torch.zeros(3, 3)), torch.linalg.eigh(torch.tensor([[5.]])))
print(torch.linalg.eigh(torch.tensor([[1., 2.], [2., 1.]], dtype=torch.float64)))
# gradients
Sg = S.clone().requires_grad_()
L, V = torch.linalg.eigh(Sg)
print(L.grad_fn.name(), L.grad_fn is V.grad_fn, L.output_nr, V.output_nr)
W = torch.arange(16., dtype=torch.float64).view(4, 4) / 10
print(torch.autograd.grad((L * torch.arange(4.)).sum() + (V * V.sign().detach() * W).sum(), Sg))
print(torch.autograd.grad(torch.linalg.eigvalsh(Sg, 'U').pow(2).sum(), Sg))
print(torch.linalg.eigvalsh(Sg).grad_fn.name())
L, V = torch.linalg.eigh(Sg)
print(torch.autograd.grad((V[:, 0] * V[:, 0].sign().detach()).sum(), Sg))
Sf = S.float().requires_grad_()
torch.linalg.eigvalsh(Sf).sum().backward()
print((Sf.grad * 1e4).round() / 1e4 + 0.)   # V Vᵀ = I up to float32 rounding
# matrix_rank / pinv with hermitian=True
print(torch.linalg.matrix_rank(S, hermitian=True), torch.linalg.matrix_rank(torch.ones(3, 3), hermitian=True))
print(torch.linalg.pinv(S, hermitian=True))
for f in (lambda: torch.linalg.eigh(torch.randn(3)), lambda: torch.linalg.eigh(torch.randn(3, 4)),
          lambda: torch.linalg.eigh(torch.ones(2, 2, dtype=torch.int64)), lambda: torch.linalg.eigh(torch.eye(2), 'X'),
          lambda: torch.linalg.eigvalsh(torch.eye(2), UPLO='UL')):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
