import torch
LA = torch.linalg


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.shape, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


def grad_of(name, x, f):
    x.grad = None
    try:
        y = f(x)
        (y * torch.arange(1., y.numel() + 1, dtype=y.dtype).reshape(y.shape)).sum().backward()
        print(name, y.grad_fn, x.grad)
    except Exception as e:
        print(name, type(e).__name__, e)


A = torch.tensor([[1., 2., 3.], [4., 5., 6.5]], requires_grad=True)
W = torch.tensor([[1., -2.], [0.5, 3.], [2., 1.], [-1., 0.]], dtype=torch.float64, requires_grad=True)
S = torch.tensor([[1., 2.], [2., 4.]], requires_grad=True)
torch.manual_seed(0)
R = torch.randn(3, 4, 3, requires_grad=True)
for name, x in [('A', A), ('W', W), ('R', R), ('3I', (torch.eye(2) * 3).requires_grad_())]:
    show(f'svdvals {name}', lambda: LA.svdvals(x))
    grad_of(f'svdvals grad {name}', x, LA.svdvals)
show('svdvals transposed', lambda: LA.svdvals(A.t()))
show('svdvals zeros', lambda: LA.svdvals(torch.zeros(2, 3)))
show('svdvals empty', lambda: LA.svdvals(torch.ones(2, 0)))
show('svdvals 1-d', lambda: LA.svdvals(torch.ones(3)))
show('svdvals long', lambda: LA.svdvals(torch.ones(3, 3, dtype=torch.long)))
for o in ['nuc', 2, -2]:
    show(f'matrix_norm {o}', lambda: LA.matrix_norm(A, o))
    show(f'matrix_norm {o} keepdim', lambda: LA.matrix_norm(R, o, dim=(0, 2), keepdim=True))
    show(f'norm {o}', lambda: LA.norm(W, o))
    grad_of(f'matrix_norm grad {o}', A, lambda t: LA.matrix_norm(t, o))
show('torch.norm nuc', lambda: torch.norm(A, 'nuc'))
show('Tensor.norm nuc dim', lambda: R.norm('nuc', dim=(1, 2)))
show('torch.norm nuc 3d', lambda: torch.norm(R, 'nuc'))
# cond
M = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
for p in [None, 2, -2, 1, -1, float('inf'), -float('inf'), 'fro', 'nuc']:
    show(f'cond {p}', lambda: LA.cond(M, p))
    if p not in (None, 2, -2, 'nuc'):   # LAPACK's float32 roundoff leaves σ_min ≈ 6.6e-08 where tnb has 0
        show(f'cond singular {p}', lambda: LA.cond(S.detach(), p))
grad_of('cond grad', M.detach().double().requires_grad_(), LA.cond)
grad_of('cond grad fro', M, lambda t: LA.cond(t, 'fro'))
show('cond nonsquare', lambda: LA.cond(A))
show('cond nonsquare 1', lambda: LA.cond(A, 1))
show('cond nonsquare fro', lambda: LA.cond(A, 'fro'))
show('cond bad p', lambda: LA.cond(M, 3))
show('cond empty', lambda: LA.cond(torch.zeros(0, 0)))
show('cond batch', lambda: LA.cond(torch.stack([M.detach(), S.detach()]), 1))
show('cond 1.0', lambda: LA.cond(A, 1.0))
show('cond inf nonsquare', lambda: LA.cond(A, float('inf')))
# matrix_rank
for x in [A, W, torch.zeros(3, 3), torch.eye(4), R, torch.ones(2, 0)]:
    show('matrix_rank', lambda: LA.matrix_rank(x))
show('matrix_rank tol', lambda: LA.matrix_rank(A, tol=1.0))
show('matrix_rank atol', lambda: LA.matrix_rank(A, atol=0.7))
show('matrix_rank rtol', lambda: LA.matrix_rank(A, rtol=0.1))
show('matrix_rank atol rtol', lambda: LA.matrix_rank(A, atol=0.1, rtol=0.1))
