import torch
import warnings


def show(name, f):
    try:
        r = f()
        print(name, r)
    except Exception as e:
        print(name, type(e).__name__, e)


A = torch.tensor([[2., 1., 0.5], [7., 3., 1.], [4., 5., 6.]], requires_grad=True)
b = torch.tensor([[1., 2.], [3., 4.], [5., 6.]], requires_grad=True)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for upper in [True, False]:
        for transpose in [False, True]:
            for unit in [False, True]:
                show(f'upper={upper} transpose={transpose} unit={unit}',
                     lambda: torch.triangular_solve(b, A, upper=upper, transpose=transpose, unitriangular=unit))
                A.grad = b.grad = None
                r = torch.triangular_solve(b, A, upper, transpose, unit)
                (r.solution * torch.arange(1., 7.).reshape(3, 2)).sum().backward()
                print('  grads', A.grad, b.grad)
    print('warnings', len(w))
r = b.triangular_solve(A)
print(type(r).__name__, r.solution.grad_fn, r.cloned_coefficient.grad_fn, r[0].shape, len(r))
A.grad = None
torch.triangular_solve(b, A).cloned_coefficient.sum().backward()
print('cloned grad', A.grad)
show('1-d b', lambda: torch.triangular_solve(b[0], A))
show('shapes', lambda: torch.triangular_solve(torch.ones(2, 1), A))
show('dtype', lambda: torch.triangular_solve(b.double(), A))
show('batch', lambda: torch.triangular_solve(torch.ones(2, 3, 1), A))
