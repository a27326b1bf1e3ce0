import torch
import warnings


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


s2 = torch.tensor([0.5, -1.], requires_grad=True)
m = torch.tensor([[1., 2., 3.], [-1., 0., 2.]], requires_grad=True)
v = torch.tensor([2., -1., 0.5], requires_grad=True)
for kw in [{}, {'beta': 0.5, 'alpha': 2}, {'beta': 0}]:
    show(f'addmv {kw}', lambda: torch.addmv(s2, m, v, **kw))
    grads(f'addmv grad {kw}', [s2, m, v], lambda a, b, c: torch.addmv(a, b, c, **kw))
show('Tensor.addmv', lambda: s2.addmv(m, v))
show('addmv scalar self', lambda: torch.addmv(torch.tensor(1.), m, v))
grads('addmv grad scalar self', [s2], lambda a: torch.addmv(a[:1].sum(), m, v))
show('addmv transposed', lambda: torch.addmv(v, m.t(), s2))
show('addmv beta0 nan', lambda: torch.addmv(torch.tensor([float('nan'), 1.]), m, v, beta=0))
show('addmv long', lambda: torch.addmv(torch.ones(2, dtype=torch.long), m.long(), v.long(), alpha=2))
show('addmv long float alpha', lambda: torch.addmv(torch.ones(2, dtype=torch.long), m.long(), v.long(), alpha=0.5))
show('addmv f64 self', lambda: torch.addmv(s2.double(), m, v))
show('addmv mat 1d', lambda: torch.addmv(s2, v, v))
show('addmv size', lambda: torch.addmv(s2, m, torch.ones(4)))
show('addmv self size', lambda: torch.addmv(torch.ones(3), m, v))
show('addmv self 2d', lambda: torch.addmv(torch.ones(1, 2), m, v))
show('addmv dtype', lambda: torch.addmv(s2, m.double(), v))

a3 = torch.tensor([[1., 0., 2.], [0.5, -1., 1.]], requires_grad=True)
for kw in [{}, {'beta': 2, 'alpha': -1}, {'beta': 0}]:
    show(f'addr {kw}', lambda: torch.addr(a3, s2, v, **kw))
    grads(f'addr grad {kw}', [a3, s2, v], lambda a, b, c: torch.addr(a, b, c, **kw))
show('Tensor.addr', lambda: a3.addr(s2, v))
show('addr bcast self', lambda: torch.addr(torch.ones(3), s2, v))
grads('addr grad bcast self', [v], lambda c: torch.addr(c, s2, v))
show('addr f64 vec', lambda: torch.addr(a3, s2.double(), v))
show('addr long', lambda: torch.addr(torch.ones(2, 3, dtype=torch.long), torch.tensor([1, 2]), torch.tensor([3, 4, 5])))
show('addr bool', lambda: torch.addr(torch.zeros(2, 2, dtype=torch.bool), torch.tensor([True, False]), torch.tensor([True, True])))
show('addr long beta float', lambda: torch.addr(torch.ones(2, 3, dtype=torch.long), torch.tensor([1, 2]), torch.tensor([3, 4, 5]), beta=0.5))
show('addr 2d vec', lambda: torch.addr(a3, m, v))
show('addr self size', lambda: torch.addr(torch.ones(3, 3), s2, v))

b1 = torch.tensor([[[1., 2.], [0., 1.]], [[-1., 0.5], [2., 1.]]], requires_grad=True)
b2 = torch.tensor([[[1., 0., 2.], [1., 1., 0.]], [[0., 2., 1.], [-1., 1., 1.]]], requires_grad=True)
c23 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
for kw in [{}, {'beta': 0.5, 'alpha': 2}, {'beta': 0}]:
    show(f'baddbmm {kw}', lambda: torch.baddbmm(c23, b1, b2, **kw))
    grads(f'baddbmm grad {kw}', [c23, b1, b2], lambda a, b, c: torch.baddbmm(a, b, c, **kw))
    show(f'addbmm {kw}', lambda: torch.addbmm(c23, b1, b2, **kw))
    grads(f'addbmm grad {kw}', [c23, b1, b2], lambda a, b, c: torch.addbmm(a, b, c, **kw))
show('Tensor.baddbmm', lambda: c23.baddbmm(b1, b2))
show('Tensor.addbmm', lambda: c23.addbmm(b1, b2))
show('baddbmm transposed', lambda: torch.baddbmm(c23, b1.transpose(1, 2), b2))
show('baddbmm self bcast', lambda: torch.baddbmm(torch.ones(3), b1, b2))
show('addbmm self bcast', lambda: torch.addbmm(torch.ones(3), b1, b2))
show('baddbmm 2d', lambda: torch.baddbmm(c23, b1[0], b2))
show('baddbmm batch', lambda: torch.baddbmm(c23, torch.ones(3, 2, 2), b2))
show('baddbmm inner', lambda: torch.baddbmm(c23, torch.ones(2, 2, 3), b2))
show('baddbmm self', lambda: torch.baddbmm(torch.ones(3, 3), b1, b2))
show('baddbmm dtype', lambda: torch.baddbmm(c23, b1.double(), b2))
show('addbmm batch', lambda: torch.addbmm(c23, torch.ones(3, 2, 2), b2))
show('addbmm inner', lambda: torch.addbmm(c23, torch.ones(2, 2, 3), torch.ones(2, 2, 3)))
show('addbmm self', lambda: torch.addbmm(torch.ones(3, 3), b1, b2))
show('addbmm dtype', lambda: torch.addbmm(c23, b1.double(), b2))
show('baddbmm long', lambda: torch.baddbmm(torch.zeros(2, 2, 2, dtype=torch.long), torch.ones(2, 2, 3, dtype=torch.long), torch.ones(2, 3, 2, dtype=torch.long), alpha=3))

# cross
p = torch.tensor([1., 2., 3.], requires_grad=True)
q = torch.tensor([-1., 0.5, 2.], requires_grad=True)
P = torch.tensor([[1., 0., 0.], [0., 1., 0.]], requires_grad=True)
Q = torch.tensor([[0., 1., 0.], [0., 0., 1.]], requires_grad=True)
show('cross', lambda: torch.cross(p, q))
show('linalg.cross', lambda: torch.linalg.cross(p, q))
show('Tensor.cross', lambda: p.cross(q))
show('cross 2d', lambda: torch.cross(P, Q))
show('cross 2d dim0', lambda: torch.cross(P.t(), Q.t(), dim=0))
show('linalg.cross bcast', lambda: torch.linalg.cross(P, q.unsqueeze(0)))
show('cross no dim 3x3', lambda: torch.cross(torch.eye(3), torch.ones(3, 3)))
show('cross no size 3', lambda: torch.cross(torch.ones(2, 2), torch.ones(2, 2)))
show('linalg.cross bad', lambda: torch.linalg.cross(torch.ones(2), torch.ones(2)))
show('linalg.cross ndim', lambda: torch.linalg.cross(p, P))
show('cross dtype', lambda: torch.cross(p, q.double()))
show('cross long', lambda: torch.cross(torch.tensor([1, 0, 0]), torch.tensor([0, 1, 0])))
grads('cross grad', [p, q], torch.cross)
grads('cross grad 2d', [P, Q], lambda a, b: torch.linalg.cross(a, b))
grads('cross grad bcast', [P, q], lambda a, b: torch.linalg.cross(a, b.unsqueeze(0)))
(g,) = torch.autograd.grad(torch.cross(p, q).pow(2).sum(), p, create_graph=True)
print('cross create_graph', g, torch.autograd.grad(g.sum(), q))

# kron
A = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
B = torch.tensor([[0., 1.], [1., 0.], [2., -1.]], requires_grad=True)
show('kron', lambda: torch.kron(A, B))
show('kron vec', lambda: torch.kron(p, q))
show('kron mixed ndim', lambda: torch.kron(A, p))
show('Tensor.kron', lambda: A.kron(A))
show('kron long', lambda: torch.kron(torch.tensor([1, 2]), torch.tensor([[1], [3]])))
show('kron 0-d', lambda: torch.kron(torch.tensor(2.), A))
grads('kron grad', [A, B], torch.kron)

# tensordot
T3 = torch.arange(24.).reshape(2, 3, 4).requires_grad_()
show('tensordot 1', lambda: torch.tensordot(A, B.t(), dims=1))
show('tensordot 2', lambda: torch.tensordot(A, A, dims=2))
show('tensordot 0', lambda: torch.tensordot(p, q, dims=0))
show('tensordot lists', lambda: torch.tensordot(T3, torch.ones(4, 3), dims=([1, 2], [1, 0])))
show('tensordot tuple ints', lambda: torch.tensordot(A, B, dims=([0], [1])))
show('tensordot neg', lambda: torch.tensordot(A, A, dims=-1))
show('tensordot mismatch', lambda: torch.tensordot(A, B, dims=([0], [0])))
show('tensordot len', lambda: torch.tensordot(A, B, dims=([0, 1], [0])))
show('tensordot bad dims', lambda: torch.tensordot(A, B, dims='x'))
grads('tensordot grad', [T3], lambda t: torch.tensordot(t, torch.ones(4, 3), dims=([1, 2], [1, 0])))

# multi_dot / chain_matmul
C = torch.tensor([[1., -1.], [0.5, 2.]], requires_grad=True)
D = torch.ones(2, 4, requires_grad=True)
show('multi_dot 2', lambda: torch.linalg.multi_dot([A, C]))
show('multi_dot 3', lambda: torch.linalg.multi_dot([B, A, C]))
show('multi_dot 4', lambda: torch.linalg.multi_dot([B, A, C, D]))
show('multi_dot vec ends', lambda: torch.linalg.multi_dot([q[:2], A, C, s2]))
show('multi_dot 1', lambda: torch.linalg.multi_dot([A]))
show('multi_dot 3d', lambda: torch.linalg.multi_dot([A, T3]))
show('multi_dot mid 1d', lambda: torch.linalg.multi_dot([A, s2, A]))
show('multi_dot shapes', lambda: torch.linalg.multi_dot([A, B]))
show('multi_dot dtype', lambda: torch.linalg.multi_dot([A, C.double()]))
show('multi_dot dtype long', lambda: torch.linalg.multi_dot([torch.ones(2, 2, dtype=torch.long), torch.ones(2, 2, dtype=torch.bool)]))
grads('multi_dot grad', [B, A, C, D], lambda *t: torch.linalg.multi_dot(t))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show('chain_matmul', lambda: torch.chain_matmul(A, C, A))
    show('chain_matmul 1', lambda: torch.chain_matmul(A))
    print('warnings', len(w))

# cartesian_prod, tril/triu_indices, vander
show('cartesian_prod', lambda: torch.cartesian_prod(p, s2))
show('cartesian_prod 3', lambda: torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3]), torch.tensor([4, 5])))
show('cartesian_prod 1', lambda: torch.cartesian_prod(p))
show('cartesian_prod 2d', lambda: torch.cartesian_prod(A, p))
grads('cartesian_prod grad', [p, s2], torch.cartesian_prod)
for args in [(3, 3), (3, 4), (4, 3), (3, 4, 1), (3, 4, -1), (0, 3), (3, 3, 5), (3, 3, -5)]:
    show(f'tril_indices{args}', lambda: torch.tril_indices(*args))
    show(f'triu_indices{args}', lambda: torch.triu_indices(*args))
show('tril_indices neg', lambda: torch.tril_indices(-1, 3))
x = torch.tensor([1., 2., 3.], requires_grad=True)
show('vander', lambda: torch.vander(x))
show('vander N', lambda: torch.vander(x, N=4, increasing=True))
show('vander N=1', lambda: torch.vander(x, N=1))
show('vander N=0', lambda: torch.vander(x, N=0))
show('vander long', lambda: torch.vander(torch.tensor([2, 3])))
show('vander 2d', lambda: torch.vander(A))
show('vander neg N', lambda: torch.vander(x, N=-1))
show('linalg.vander', lambda: torch.linalg.vander(x))
show('linalg.vander N', lambda: torch.linalg.vander(x, N=4))
show('linalg.vander batch', lambda: torch.linalg.vander(A))
show('linalg.vander 0-d', lambda: torch.linalg.vander(torch.tensor(2.)))
show('linalg.vander long', lambda: torch.linalg.vander(torch.tensor([2, 3])))
show('linalg.vander N=1', lambda: torch.linalg.vander(x, N=1))
grads('linalg.vander grad', [x], lambda t: torch.linalg.vander(t, N=4))

# linalg.matmul, linalg.diagonal, linalg.vecdot
show('linalg.matmul', lambda: torch.linalg.matmul(A, C))
show('linalg.diagonal', lambda: torch.linalg.diagonal(A))
show('linalg.diagonal offset', lambda: torch.linalg.diagonal(A, offset=1))
show('linalg.diagonal 3d', lambda: torch.linalg.diagonal(T3))
show('linalg.vecdot', lambda: torch.linalg.vecdot(A, C))
show('linalg.vecdot dim', lambda: torch.linalg.vecdot(A, C, dim=0))
show('linalg.vecdot bcast', lambda: torch.linalg.vecdot(torch.ones(3), torch.ones(2, 3)))
show('linalg.vecdot bad bcast', lambda: torch.linalg.vecdot(torch.ones(3), torch.ones(2, 4)))
show('linalg.vecdot dtype', lambda: torch.linalg.vecdot(A, C.double()))
show('linalg.vecdot long', lambda: torch.linalg.vecdot(A.long(), A.long()))
grads('linalg.vecdot grad', [A, C], lambda a, c: torch.linalg.vecdot(a, c))

# addmm with beta/alpha: one AddmmBackward0 node, beta=0 ignores self, integer scalars truncated for integer tensors
am = torch.tensor([[1., 2], [3, 4]], requires_grad=True)
bm = torch.tensor([[0.5, -1., 2.], [1., 0., 1.]], requires_grad=True)
cm = torch.tensor([1., -1., 2.], requires_grad=True)
show('addmm beta alpha', lambda: torch.addmm(cm, am, bm, beta=2, alpha=3))
show('Tensor.addmm beta 0', lambda: am.addmm(am, am, beta=0))
show('addmm beta 0 nan', lambda: torch.addmm(torch.full((2, 2), float('nan')), am, am, beta=0))
show('addmm long float beta', lambda: torch.addmm(torch.ones(2, 2, dtype=torch.long), torch.ones(2, 2, dtype=torch.long), torch.ones(2, 2, dtype=torch.long), beta=0.5))
show('addmm shape', lambda: torch.addmm(cm, am, am, beta=2))
show('addmm dtype', lambda: torch.addmm(cm.double(), am, bm, beta=2))
grads('addmm grad beta alpha', [cm, am, bm], lambda c, a, b: torch.addmm(c, a, b, beta=2, alpha=3))

# function names as PyTorch reports them
print([(n, getattr(torch.linalg, n).__name__) for n in ['det', 'norm', 'cross', 'vander', 'multi_dot', 'matrix_power',
                                                         'svdvals', 'cond', 'vecdot', 'matmul', 'diagonal', 'solve']])
print(torch.linalg.LinAlgError.__name__, torch.linalg.LinAlgError.__module__, issubclass(torch.linalg.LinAlgError, RuntimeError))
