import torch


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.shape, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


def grads(name, xs, f):
    for x in xs:
        x.grad = None
    try:
        y = f(*xs)
        (y * torch.arange(1., y.numel() + 1, dtype=y.dtype).reshape(y.shape)).sum().backward()
        print(name, y.grad_fn, *[x.grad for x in xs])
    except Exception as e:
        print(name, type(e).__name__, e)


# the unused triangle of the factor holds values that must not be read
L = torch.tensor([[2., 7.], [1., 3.]], requires_grad=True)
U = torch.tensor([[2., 1.], [7., 3.]], requires_grad=True)
B = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
show('cholesky_solve', lambda: torch.cholesky_solve(B, L))
show('cholesky_solve upper', lambda: torch.cholesky_solve(B, U, upper=True))
show('Tensor.cholesky_solve', lambda: B.cholesky_solve(L))
show('cholesky_solve batch', lambda: torch.cholesky_solve(torch.ones(3, 2, 1), L))
show('cholesky_solve f64', lambda: torch.cholesky_solve(B.double(), L.double()))
show('cholesky_solve vec', lambda: torch.cholesky_solve(B[0], L))
show('cholesky_solve shape', lambda: torch.cholesky_solve(torch.ones(3, 2), L))
show('cholesky_solve dtype', lambda: torch.cholesky_solve(B.double(), L))
show('cholesky_solve long', lambda: torch.cholesky_solve(torch.ones(2, 2, dtype=torch.long), torch.ones(2, 2, dtype=torch.long)))
grads('cholesky_solve grad', [B, L], lambda b, l: torch.cholesky_solve(b, l))
grads('cholesky_solve grad upper', [B, U], lambda b, u: torch.cholesky_solve(b, u, upper=True))
show('cholesky_inverse', lambda: torch.cholesky_inverse(L))
show('cholesky_inverse upper', lambda: torch.cholesky_inverse(U, upper=True))
show('Tensor.cholesky_inverse', lambda: L.cholesky_inverse())
show('cholesky_inverse batch', lambda: torch.cholesky_inverse(torch.stack([L.detach(), 2 * L.detach()])))
show('cholesky_inverse 1-d', lambda: torch.cholesky_inverse(torch.ones(3)))
show('cholesky_inverse 2x3', lambda: torch.cholesky_inverse(torch.ones(2, 3)))
show('cholesky_inverse long', lambda: torch.cholesky_inverse(torch.ones(2, 2, dtype=torch.long)))
grads('cholesky_inverse grad', [L], torch.cholesky_inverse)
grads('cholesky_inverse grad upper', [U], lambda u: torch.cholesky_inverse(u, upper=True))
P = torch.tensor([[4., 2.], [2., 3.]])
Lp = torch.linalg.cholesky(P)
print('from linalg.cholesky', torch.cholesky_inverse(Lp), torch.cholesky_solve(torch.eye(2), Lp))
