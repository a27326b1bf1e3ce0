import torch
a = torch.tensor([[0.3, -1.2, 2.1, 0.7], [-0.4, 1.6, -2.2, 0.9], [1.1, 0.2, -0.8, 1.9]], requires_grad=True)
b = torch.tensor([[0.5, -1.0], [1.5, 0.3], [-0.7, 0.1], [0.9, 1.1]], requires_grad=True)
v = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
w = torch.tensor([0.25, 1.5, -1.0], requires_grad=True)
sq = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]], requires_grad=True)
bx = torch.arange(24.).reshape(2, 3, 4).sin().requires_grad_()
by = torch.arange(16.).reshape(2, 4, 2).cos().requires_grad_()
cases = [('ij,jk->ik', (a, b)), ('bij,bjk->bik', (bx, by)), ('i,i->', (v, w)), ('ij->ji', (a,)), ('ii->i', (sq,)),
         ('ij->', (a,)), ('bi,bi->b', (a, a)), ('i,j->ij', (v, w)), ('ij,jk', (a, b)), ('ij', (a,)), ('ji', (a,)),
         ('ii', (sq,)), ('ij,j->i', (a, b[:, 0])), ('...ij,...jk->...ik', (bx, by)), ('bij->bj', (bx,)), ('i,i,i->', (v, w, v)),
         ('ij,ij->ij', (a, a)), ('ik,kj->ij', [a, b])]
for eq, ops in cases:
    r = torch.einsum(eq, *ops) if isinstance(ops, tuple) else torch.einsum(eq, ops)
    print(eq, r.shape, r.grad_fn)
    print(r)
    for t in (a, b, v, w, sq, bx, by):
        t.grad = None
    r.sum().backward()
    print([None if t.grad is None else round(t.grad.sum().item(), 4) for t in (a, b, v, w, sq, bx, by)])
x = torch.randn(3, 3)
for f in [lambda: torch.einsum('ij,jk', x), lambda: torch.einsum('ij,jk->ik', x, torch.randn(4, 2)),
          lambda: torch.einsum('ij->jj', x), lambda: torch.einsum('ij->k', x), lambda: torch.einsum('i', x),
          lambda: torch.einsum('ij,j', x, x), lambda: torch.einsum('i1', x), lambda: torch.einsum('ii', torch.randn(2, 3)),
          lambda: x.diagonal(0, 0, 0)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(sq.diagonal(), torch.diagonal(sq, 1), sq.diagonal(-1), torch.diagonal(bx, 0, 1, 2))
d = sq.diagonal(1)
d.sum().backward()
print(d.grad_fn, sq.grad)
