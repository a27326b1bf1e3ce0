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


a = torch.tensor([[1., -2., 3.], [0.5, 0., -1.]], requires_grad=True)
b = torch.tensor([2., -2., 1.], requires_grad=True)
ad = a.detach().double().requires_grad_()
for p in [2, 1, 0, 3, 0.5, 1.5, float('inf')]:
    show(f'dist p={p}', lambda: torch.dist(a, b, p))
    show(f'Tensor.dist p={p}', lambda: a.dist(b, p=p))
    grads(f'dist grad p={p}', [a, b], lambda x, y: torch.dist(x, y, p))
show('dist same', lambda: torch.dist(a, a))
grads('dist grad same', [a], lambda x: torch.dist(x, x.detach()))
show('dist f64 f32', lambda: torch.dist(ad, b))
show('dist long', lambda: torch.dist(torch.ones(3, dtype=torch.long), torch.ones(3, dtype=torch.long)))
show('dist broadcast error', lambda: torch.dist(a, torch.ones(2)))
show('dist scalar other', lambda: torch.dist(a, 2))
show('dist 0-d', lambda: torch.dist(torch.tensor(3.), torch.tensor(-1.)))
show('dist empty', lambda: torch.dist(torch.ones(0), torch.ones(0)))

x1 = torch.tensor([[0., 1.], [2., -1.], [1., 1.]], requires_grad=True)
x2 = torch.tensor([[1., 1.], [0., 0.], [3., 2.], [2., -1.]], requires_grad=True)
for p in [2, 1, 0, 3, 0.5, 1.5, float('inf')]:
    show(f'cdist p={p}', lambda: torch.cdist(x1, x2, p))
    grads(f'cdist grad p={p}', [x1, x2], lambda u, v: torch.cdist(u, v, p))
xb = torch.arange(12.).reshape(2, 3, 2).requires_grad_()
show('cdist batch broadcast', lambda: torch.cdist(xb, x2))
grads('cdist grad batch broadcast', [xb, x2], lambda u, v: torch.cdist(u, v))
show('cdist f64', lambda: torch.cdist(x1.double(), x2.double(), 1))
show('cdist transposed', lambda: torch.cdist(x1.t().contiguous().t(), x2))
show('cdist empty rows', lambda: torch.cdist(torch.ones(0, 2), x2))
show('cdist empty cols', lambda: torch.cdist(torch.ones(3, 0), torch.ones(2, 0)))
show('cdist 1-d', lambda: torch.cdist(torch.ones(3), torch.ones(3)))
show('cdist 1-d x2', lambda: torch.cdist(torch.ones(3, 2), torch.ones(2)))
show('cdist cols', lambda: torch.cdist(torch.ones(3, 2), torch.ones(3, 3)))
show('cdist p<0', lambda: torch.cdist(x1, x2, -1))
show('cdist long', lambda: torch.cdist(torch.ones(3, 2, dtype=torch.long), torch.ones(3, 2)))
show('cdist mixed', lambda: torch.cdist(x1.double(), x2))
show('cdist batch mismatch', lambda: torch.cdist(torch.ones(2, 3, 2), torch.ones(3, 4, 2)))
show('cdist bad mode', lambda: torch.cdist(x1, x2, compute_mode='fast'))
# the matrix-product path (p=2 with more than 25 rows, or use_mm_for_euclid_dist)
show('cdist mm mode', lambda: torch.cdist(x1, x2, compute_mode='use_mm_for_euclid_dist'))
grads('cdist mm grad', [x1, x2], lambda u, v: torch.cdist(u, v, compute_mode='use_mm_for_euclid_dist'))
show('cdist no mm', lambda: torch.cdist(x1, x2, compute_mode='donot_use_mm_for_euclid_dist'))
big = (torch.arange(60.).reshape(30, 2) % 7) / 2
big.requires_grad_()
r = torch.cdist(big, x2)
print('cdist 30 rows', r.grad_fn, r[:4], r.shape)
grads('cdist 30 rows grad', [big], lambda u: torch.cdist(u, x2)[:3])
show('cdist batch mm', lambda: torch.cdist(xb, x2, compute_mode='use_mm_for_euclid_dist'))
# double backward through cdist is not implemented in PyTorch
(g,) = torch.autograd.grad(torch.cdist(x1, x2).sum(), x1, create_graph=True)
print('cdist create_graph', g.detach())
try:
    g.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
# float32 cancellation at coincident points in the matrix-product path (PyTorch's residues, e.g. 9.7656e-04)
torch.manual_seed(0)
xr = torch.randn(30, 3)
dr = torch.cdist(xr, xr)
print('cdist randn diag', dr.diagonal())
print('cdist randn block', dr[:3, :5])
print('cdist randn f64', torch.cdist(xr.double(), xr.double()).diagonal()[:5])
