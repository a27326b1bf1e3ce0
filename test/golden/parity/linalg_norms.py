import torch
import torch.linalg as LA


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


def grad_of(name, x, f):
    x.grad = None
    try:
        y = f(x)
        y.sum().backward()
        print(name, y.grad_fn, x.grad)
    except Exception as e:
        print(name, type(e).__name__, e)


x = torch.tensor([[1., -2., 3.], [-4., 5., 6.5]], requires_grad=True)
xd = torch.tensor([[0.5, -1.25], [2., 0.], [0., 0.]], dtype=torch.float64, requires_grad=True)
for o in [2, 1, 0, 3, 0.5, 1.5, float('inf'), -float('inf'), -1, -2.5]:
    show(f'vector_norm ord={o}', lambda: LA.vector_norm(x, o))
    show(f'vector_norm ord={o} dim=1', lambda: LA.vector_norm(x, o, dim=1))
    show(f'vector_norm ord={o} dim=(0,) keepdim', lambda: LA.vector_norm(xd, o, (0,), keepdim=True))
    grad_of(f'grad ord={o}', x, lambda t: LA.vector_norm(t, o, dim=-1))
    grad_of(f'grad64 ord={o}', xd, lambda t: LA.vector_norm(t, o, dim=1))
    grad_of(f'grad all ord={o}', xd, lambda t: LA.vector_norm(t, o))
show('vector_norm dtype', lambda: LA.vector_norm(x, dtype=torch.float64))
show('vector_norm 0-d', lambda: LA.vector_norm(torch.tensor(-3.)))
show('vector_norm 0-d dim', lambda: LA.vector_norm(torch.tensor(-3.), dim=0))
show('vector_norm empty', lambda: LA.vector_norm(torch.ones(0)))
show('vector_norm empty inf', lambda: LA.vector_norm(torch.ones(0), float('inf')))
show('vector_norm empty -1', lambda: LA.vector_norm(torch.ones(0), -1))
show('vector_norm empty dim inf', lambda: LA.vector_norm(torch.ones(2, 0), float('inf'), dim=1))
show('vector_norm empty dim0 inf', lambda: LA.vector_norm(torch.ones(2, 0), float('inf'), dim=0))
show('vector_norm nan', lambda: LA.vector_norm(torch.tensor([1., float('nan')]), float('inf')))
show('vector_norm nan 2', lambda: LA.vector_norm(torch.tensor([1., float('nan')])))
show('vector_norm transposed', lambda: LA.vector_norm(x.t(), dim=0))
show('vector_norm long', lambda: LA.vector_norm(torch.ones(3, dtype=torch.long)))
show('vector_norm str ord', lambda: LA.vector_norm(x, 'fro'))
show('vector_norm dtype long', lambda: LA.vector_norm(x, dtype=torch.long))
show('vector_norm narrowing', lambda: LA.vector_norm(xd, dtype=torch.float32))
show('vector_norm bad dim', lambda: LA.vector_norm(x, 2, 5))
show('vector_norm dup dim', lambda: LA.vector_norm(x, 2, (1, -1)))
z = torch.zeros(3, requires_grad=True)
grad_of('grad at zero 2', z, lambda t: LA.vector_norm(t))
grad_of('grad at zero 3', z, lambda t: LA.vector_norm(t, 3))
grad_of('grad at zero 0.5', z, lambda t: LA.vector_norm(t, 0.5))
grad_of('grad at zero inf', z, lambda t: LA.vector_norm(t, float('inf')))
t2 = torch.tensor([3., -3., 1.], requires_grad=True)
grad_of('grad ties inf', t2, lambda t: LA.vector_norm(t, float('inf')))
grad_of('grad ties -inf', t2, lambda t: LA.vector_norm(t, -float('inf')))

# matrix norms
A = torch.tensor([[1., -2., 3.], [-4., 5., 6.5], [0., 1., -1.]], requires_grad=True)
for o in ['fro', 1, -1, float('inf'), -float('inf')]:
    show(f'matrix_norm {o}', lambda: LA.matrix_norm(A, o))
    show(f'matrix_norm {o} keepdim', lambda: LA.matrix_norm(A, o, keepdim=True))
    show(f'matrix_norm {o} dim=(1,0)', lambda: LA.matrix_norm(A, o, dim=(1, 0)))
    grad_of(f'matrix_norm grad {o}', A, lambda t: LA.matrix_norm(t, o))
B3 = torch.arange(24.).reshape(2, 3, 4) - 10
show('matrix_norm batched 1', lambda: LA.matrix_norm(B3, 1))
show('matrix_norm batched inf dim', lambda: LA.matrix_norm(B3, float('inf'), dim=(0, 2)))
show('matrix_norm batched fro', lambda: LA.matrix_norm(B3))
show('matrix_norm 1-d', lambda: LA.matrix_norm(torch.ones(3)))
show('matrix_norm order 3', lambda: LA.matrix_norm(A, 3))
show('matrix_norm order 2.5', lambda: LA.matrix_norm(A, 2.5))
show('matrix_norm order abc', lambda: LA.matrix_norm(A, 'abc'))
show('matrix_norm dim 1', lambda: LA.matrix_norm(A, dim=(0,)))
show('matrix_norm same dims', lambda: LA.matrix_norm(A, dim=(0, -3)))
show('matrix_norm long', lambda: LA.matrix_norm(torch.ones(2, 2, dtype=torch.long)))

# linalg.norm dispatch
show('norm default', lambda: LA.norm(A))
show('norm default 3d', lambda: LA.norm(B3))
show('norm 1', lambda: LA.norm(A, 1))
show('norm inf vec', lambda: LA.norm(A[0], float('inf')))
show('norm fro', lambda: LA.norm(A, 'fro'))
show('norm dim 1', lambda: LA.norm(A, 3, dim=1))
show('norm dim 2 tuple', lambda: LA.norm(B3, -1, dim=(0, 1)))
show('norm ord 3d', lambda: LA.norm(B3, 2))
show('norm fro 1d', lambda: LA.norm(A[0], 'fro'))
show('norm dims 3', lambda: LA.norm(B3, dim=(0, 1, 2)))
show('norm fro dims 3', lambda: LA.norm(B3, 'fro', dim=(0, 1, 2)))
show('norm fro 3d', lambda: LA.norm(B3, 'fro'))
show('norm keepdim', lambda: LA.norm(A, keepdim=True))

# torch.norm / Tensor.norm (NormBackward1)
show('Tensor.norm', lambda: A.norm())
show('Tensor.norm 1', lambda: A.norm(1))
show('Tensor.norm p=3 dim', lambda: A.norm(p=3, dim=0))
show('Tensor.norm fro dim', lambda: A.norm('fro', dim=1))
show('Tensor.norm fro 2 dims', lambda: A.norm(dim=(0, 1)))
show('Tensor.norm inf', lambda: A.norm(float('inf')))
show('Tensor.norm keepdim', lambda: A.norm(2, keepdim=True))
show('Tensor.norm dtype', lambda: A.norm(2, dtype=torch.float64))
show('Tensor.norm fro dtype', lambda: A.norm(dim=1, dtype=torch.float64))
show('Tensor.norm fro 3 dims', lambda: B3.norm('fro', dim=(0, 1, 2)))
show('Tensor.norm abc', lambda: A.norm('abc'))
show('Tensor.norm long', lambda: torch.ones(3, dtype=torch.long).norm())
show('torch.norm', lambda: torch.norm(A, 1, dim=1))
grad_of('Tensor.norm grad', A, lambda t: t.norm(dim=1))
grad_of('Tensor.norm grad p', A, lambda t: t.norm(3))
grad_of('Tensor.norm grad fro2', A, lambda t: t.norm(dim=(0, 1)))

# amax / amin
C = torch.tensor([[1., 3., 3.], [2., 2., 0.]], requires_grad=True)
show('amax', lambda: C.amax(1))
show('amin all', lambda: C.amin())
show('amax keepdim tuple', lambda: C.amax((0, 1), keepdim=True))
show('torch.amin dim', lambda: torch.amin(C, -1))
show('amax long', lambda: torch.tensor([[1, 5], [7, 2]]).amax(0))
show('amax empty', lambda: torch.zeros(0).amax())
show('amax empty dim', lambda: torch.zeros(2, 0).amax(1))
show('amax empty dim0', lambda: torch.zeros(2, 0).amax(0))
grad_of('amax grad', C, lambda t: t.amax(1))
grad_of('amin grad', C, lambda t: t.amin())
grad_of('amax grad keepdim', C, lambda t: t.amax(0, keepdim=True))

# double backward
w = torch.tensor([1., -2., 2.], dtype=torch.float64, requires_grad=True)
for o in [2, 3, 1.5]:
    (g,) = torch.autograd.grad(LA.vector_norm(w, o), w, create_graph=True)
    print('double', o, g)
    (gg,) = torch.autograd.grad(g.sum(), w)
    print('  ', gg)
