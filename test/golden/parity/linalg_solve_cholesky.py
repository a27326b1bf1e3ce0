import torch
import warnings
import torch.linalg as LA


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


A = torch.tensor([[2., 1., 0.], [1., 3., 1.], [0., 1., 4.]], requires_grad=True)
B = torch.tensor([[1., 2.], [0., 1.], [3., -1.]], requires_grad=True)
b = torch.tensor([1., -1., 2.], requires_grad=True)
Ad = torch.tensor([[4., -2.], [1., 1.]], dtype=torch.float64, requires_grad=True)
Bd = torch.tensor([[1.], [2.]], dtype=torch.float64, requires_grad=True)
Ab = torch.tensor([[[4., 1.], [2., 3.]], [[0., 1.], [1., 0.]]], requires_grad=True)
S = torch.tensor([[1., 2.], [2., 4.]])

show('solve', lambda: LA.solve(A, B))
show('solve vec', lambda: LA.solve(A, b))
show('solve f64', lambda: LA.solve(Ad, Bd))
show('solve batch', lambda: LA.solve(Ab, torch.tensor([[1., 0.], [0., 1.]])))
show('solve batch vec', lambda: LA.solve(Ab, torch.tensor([[1., 2.], [3., 4.]])))
show('solve broadcast vec', lambda: LA.solve(Ab, torch.tensor([1., 2.])))
show('solve left=False', lambda: LA.solve(A, B.t(), left=False))
show('solve transposed A', lambda: LA.solve(A.t(), B))
show('solve perm', lambda: LA.solve(torch.tensor([[0., 1.], [1., 0.]]), torch.tensor([3., 4.])))
show('solve singular', lambda: LA.solve(S, torch.ones(2)))
show('solve batch singular', lambda: LA.solve(torch.stack([torch.eye(2), S]), torch.ones(2, 2, 1)))
show('solve bad shape', lambda: LA.solve(A, torch.ones(2)))
show('solve bad shape mat', lambda: LA.solve(A, torch.ones(2, 3)))
show('solve bad shape left=False', lambda: LA.solve(A, torch.ones(3, 2), left=False))
show('solve vec left=False', lambda: LA.solve(A, torch.ones(3), left=False))
show('solve dtype', lambda: LA.solve(A, B.double()))
show('solve 2x3', lambda: LA.solve(torch.ones(2, 3), torch.ones(2)))
show('solve 1-d', lambda: LA.solve(torch.ones(3), torch.ones(3)))
show('solve long', lambda: LA.solve(torch.ones(2, 2, dtype=torch.long), torch.ones(2, dtype=torch.long)))
show('solve empty', lambda: LA.solve(torch.zeros(0, 0), torch.zeros(0, 2)))
grads('solve grad', [A, B], LA.solve)
grads('solve grad vec', [A, b], LA.solve)
grads('solve grad f64', [Ad, Bd], LA.solve)
grads('solve grad left=False', [Ad], lambda a: LA.solve(a, Bd.t(), left=False))
grads('solve grad batch broadcast', [Ab, Ad], lambda a, bb: LA.solve(a, bb.float()))
(gA, gB) = torch.autograd.grad(LA.solve(Ad, Bd).sum(), [Ad, Bd], create_graph=True)
print('solve create_graph', gA, gB)
print('solve second', torch.autograd.grad((gA * gA).sum() + gB.sum(), [Ad, Bd]))

# cholesky
P = torch.tensor([[4., 2., 0.4], [2., 5., 1.], [0.4, 1., 3.]], requires_grad=True)
Pd = torch.tensor([[2., 1.], [1., 2.]], dtype=torch.float64, requires_grad=True)
Pb = torch.stack([torch.eye(2) * 4, torch.tensor([[1., 0.5], [0.5, 2.]])]).requires_grad_()
show('cholesky', lambda: LA.cholesky(P))
show('cholesky upper', lambda: LA.cholesky(P, upper=True))
show('cholesky f64', lambda: LA.cholesky(Pd))
show('cholesky batch', lambda: LA.cholesky(Pb))
show('cholesky not pd', lambda: LA.cholesky(S))
show('cholesky neg', lambda: LA.cholesky(-torch.eye(3)))
show('cholesky batch not pd', lambda: LA.cholesky(torch.stack([torch.eye(2), -torch.eye(2)])))
show('cholesky nan', lambda: LA.cholesky(torch.tensor([[float('nan'), 0.], [0., 1.]])))
show('cholesky 2x3', lambda: LA.cholesky(torch.ones(2, 3)))
show('cholesky 1-d', lambda: LA.cholesky(torch.ones(3)))
show('cholesky long', lambda: LA.cholesky(torch.ones(2, 2, dtype=torch.long)))
show('cholesky reads lower', lambda: LA.cholesky(torch.tensor([[4., 100.], [2., 5.]])))
show('cholesky empty', lambda: LA.cholesky(torch.zeros(0, 0)))
grads('cholesky grad', [P], LA.cholesky)
grads('cholesky grad upper', [P], lambda p: LA.cholesky(p, upper=True))
grads('cholesky grad f64', [Pd], LA.cholesky)
grads('cholesky grad batch', [Pb], LA.cholesky)
(g,) = torch.autograd.grad(LA.cholesky(Pd)[1, 1], Pd, create_graph=True)
print('cholesky create_graph', g)
print('cholesky second', torch.autograd.grad(g.sum(), Pd))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show('torch.cholesky', lambda: torch.cholesky(P))
    show('torch.cholesky upper', lambda: torch.cholesky(P, upper=True))
    show('Tensor.cholesky', lambda: P.cholesky())
    print('warnings', len(w), [str(x.message)[:60] for x in w])
show('torch.cholesky not pd', lambda: torch.cholesky(S))
show('torch.cholesky 2x3', lambda: torch.cholesky(torch.ones(2, 3)))
show('torch.cholesky long', lambda: torch.cholesky(torch.ones(2, 2, dtype=torch.long)))
grads('torch.cholesky grad', [P], torch.cholesky)

# matrix_power
M = torch.tensor([[1., 1.], [1., 0.]], requires_grad=True)
for n in [0, 1, 2, 3, 4, 5, 6, 7, 10, -1, -2, -3, -5]:
    show(f'matrix_power {n}', lambda: LA.matrix_power(M, n))
    grads(f'matrix_power grad {n}', [M], lambda m: LA.matrix_power(m, n))
show('matrix_power batch', lambda: torch.matrix_power(torch.stack([M.detach(), 2 * M.detach()]), 3))
show('Tensor.matrix_power', lambda: M.matrix_power(4))
show('matrix_power long', lambda: torch.matrix_power(torch.tensor([[1, 1], [1, 0]]), 10))
show('matrix_power long neg', lambda: torch.matrix_power(torch.tensor([[1, 1], [1, 0]]), -1))
show('matrix_power long 0', lambda: torch.matrix_power(torch.tensor([[1, 1], [1, 0]]), 0))
show('matrix_power float n', lambda: torch.matrix_power(M, 2.0))
show('matrix_power 2x3', lambda: LA.matrix_power(torch.ones(2, 3), 2))
show('matrix_power 1-d', lambda: LA.matrix_power(torch.ones(3), 2))
show('matrix_power singular neg', lambda: LA.matrix_power(S, -1))
show('matrix_power transposed', lambda: LA.matrix_power(M.t(), 3))
