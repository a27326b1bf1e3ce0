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


def grads(name, xs, f):
    for x in xs:
        x.grad = None
    try:
        y = f(*xs)
        (y * torch.arange(1., y.numel() + 1, dtype=y.dtype).reshape(y.shape)).sum().backward()
        print(name, y.grad_fn, *[x.grad for x in xs])
    except Exception as e:
        print(name, type(e).__name__, e)


# the other triangle holds values that must not be read
A = torch.tensor([[2., 1., 0.], [0.5, 3., 1.], [9., 9., 4.]], requires_grad=True)
B = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
Ad = A.detach().double().requires_grad_()
for upper in [True, False]:
    for left in [True, False]:
        for unit in [False, True]:
            rhs = (lambda b: b) if left else (lambda b: b.t())
            show(f'upper={upper} left={left} unit={unit}', lambda: LA.solve_triangular(A, rhs(B), upper=upper, left=left, unitriangular=unit))
            grads(f'grad upper={upper} left={left} unit={unit}', [A, B],
                  lambda a, b: LA.solve_triangular(a, rhs(b), upper=upper, left=left, unitriangular=unit))
show('f64', lambda: LA.solve_triangular(Ad, B.double(), upper=True))
show('transposed A', lambda: LA.solve_triangular(A.t(), B, upper=True))
show('batch', lambda: LA.solve_triangular(torch.stack([A.detach(), 2 * A.detach()]), B, upper=False))
show('B f64', lambda: LA.solve_triangular(A, B.double(), upper=True))
show('singular', lambda: LA.solve_triangular(torch.tensor([[1., 2.], [0., 0.]]), torch.ones(2, 1), upper=True))
show('no upper', lambda: LA.solve_triangular(A, B))
show('vector B', lambda: LA.solve_triangular(A, B[:, 0], upper=True))
show('shape', lambda: LA.solve_triangular(A, B[:2], upper=True))
show('shape right', lambda: LA.solve_triangular(A, B, upper=True, left=False))
show('long', lambda: LA.solve_triangular(A.long(), B.long(), upper=True))
show('non-square', lambda: LA.solve_triangular(B, B, upper=True))
show('1-d A', lambda: LA.solve_triangular(B[0], B, upper=True))
(gA, gB) = torch.autograd.grad(LA.solve_triangular(Ad, B.double(), upper=True).sum(), [Ad, B], create_graph=True)
print('create_graph', gA, gB)
print('second', torch.autograd.grad((gA * gA).sum(), Ad))
