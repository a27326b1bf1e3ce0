import torch

# torch.einsum's steps as ATen takes them, with the operands' sizes read once per operand (the Python facade keeps
# them through diagonals and sums): repeated labels in several places, ellipses that broadcast, size-1 dims summed
# on one side, three operands, outer products; grad_fn names, values, gradients and the size errors.
torch.manual_seed(0)
A = torch.randn(2, 3, 3, 4, dtype=torch.float64, requires_grad=True)
B = torch.randn(4, 3, 1, dtype=torch.float64, requires_grad=True)
C = torch.randn(3, 4, 3, dtype=torch.float64, requires_grad=True)
D = torch.randn(1, 5, 3, dtype=torch.float64, requires_grad=True)
E = torch.randn(2, 1, 4, 3, dtype=torch.float64, requires_grad=True)
cases = [
    ('biik->bk', (A,)), ('biik,kjx->bjx', (A, B)), ('bijk,kjx->bix', (A, B)), ('iki,kji->kj', (C, torch.randn(4, 5, 3, dtype=torch.float64))),
    ('...k,kjx->...jx', (A, B)), ('...jk,x...k->...jx', (E, D)), ('bijk,kjx,xyz->biy', (A, B, torch.ones(1, 2, 2, dtype=torch.float64))),
    ('aik,kab->iab', (C, torch.randn(3, 3, 2, dtype=torch.float64))), ('ij,kl->ijkl', (A[0, 0], B[:, :, 0])),
    ('bixk,xjk->bij', (E, torch.randn(4, 5, 3, dtype=torch.float64))), ('iji->j', (C,)), ('ikj,jxk->ix', (C, torch.randn(3, 1, 4, dtype=torch.float64))),
]
for eq, ops in cases:
    for t in (A, B, C, D, E):
        t.grad = None
    r = torch.einsum(eq, *ops)
    print(eq, tuple(r.shape), r.grad_fn.name() if r.grad_fn else None)
    print(' '.join(f'{v:.12g}' for v in r.detach().flatten()[:8].tolist()), f'{r.detach().sum().item():.12g}')
    (r * torch.linspace(-1, 1, r.numel(), dtype=r.dtype).reshape(r.shape)).sum().backward()
    print([None if t.grad is None else f'{t.grad.sum().item():.10g}' for t in (A, B, C, D, E)])
x32 = torch.randn(8, 64, 64)
y32 = torch.randn(8, 64, 64)
r = torch.einsum('bij,bjk->bik', x32, y32)
print(r.grad_fn, torch.equal(r, torch.bmm(x32, y32)), f'{r.sum().item():.9g}')
for f in [lambda: torch.einsum('iik->k', C), lambda: torch.einsum('ij,jk->ik', A[0, 0], torch.randn(5, 2)),
          lambda: torch.einsum('...k,...k->...', torch.randn(2, 3, 4), torch.randn(5, 4)),
          lambda: torch.einsum('bij,bjk->bik', torch.randn(2, 3, 4), torch.randn(3, 4, 5))]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
