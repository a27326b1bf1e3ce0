import torch
import math
import hashlib

# prod and vector norms of float32 / float64 (the wasm kernels of binary_kernel_reduce_vec and the NormOps): PyTorch
# 1.13's bits over all elements (one piece, and the two-pass split among threads from 32768 elements), along dims
# 0 / middle / last of 3-d tensors and dim tuples, keepdim, non-contiguous inputs (transposed, strided slices),
# contiguous rows (32/16-element vector blocks and the tail) and columns; p = 3, 0.5, -1, 1.5, 0, 1, 2, inf, -inf;
# gradients (prod_backward's two formulas, with its double backward); 1 and 2 threads. p-norms other than 0, 1, 2
# and inf take std::pow, glibc's FMA build (kernel glibc.ts), bit for bit too.

def pnorm(y, p, dim=None, keepdim=False):
    # the norm in float64 as a reference
    a = y.double().abs()
    return (a ** p).sum(dim=dim, keepdim=keepdim) ** (1 / p) if dim is not None else (a ** p).sum() ** (1 / p)


def show(tag, t):
    v = t.detach().double().flatten().tolist()
    print(tag, list(t.shape), hashlib.sha1(repr(v).encode()).hexdigest()[:12], repr(v[0]), repr(v[-1]), repr(math.fsum(x for x in v if math.isfinite(x))))


for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(11)
    for dt in (torch.float32, torch.float64):
        d = str(dt)[6:]
        near1 = lambda *s: (1 + 0.05 * torch.randn(*s)).to(dt)
        for shape in [(7, 5, 3), (4, 37, 19), (3, 50, 70), (65, 33), (200000,), (3, 70000)]:
            x0 = near1(*shape)
            views = [('c', x0), ('t', x0.transpose(0, -1)), ('s', x0[..., ::2])]
            for name, x in views:
                show(f't{threads} {d} {shape} {name} prod()', x.prod())
                for dim in range(x.dim()):
                    for keep in (False, True):
                        show(f't{threads} {d} {shape} {name} prod({dim}, {keep})', x.prod(dim, keepdim=keep))
                for p in (3, 0.5, -1, 1.5, 0, 1, 2, math.inf, -math.inf):
                    y = x * 3 - 2.5
                    out = lambda tag, t, *a: show(tag, t)
                    out(f't{threads} {d} {shape} {name} norm({p})', torch.linalg.vector_norm(y, p))
                    for dim in list(range(x.dim())) + ([(0, -1)] if x.dim() > 1 else []):
                        out(f't{threads} {d} {shape} {name} norm({p}, {dim})', torch.linalg.vector_norm(y, p, dim=dim), dim)
                    if x.dim() == 3:
                        out(f't{threads} {d} {shape} {name} norm({p}, 1, keepdim)', torch.linalg.vector_norm(y, p, dim=1, keepdim=True), 1, True)
        # gradients (prod with zeros, p-norms)
        x = near1(6, 9).requires_grad_()
        for dim in (0, 1):
            g, = torch.autograd.grad(x.prod(dim).sum(), x)
            show(f't{threads} {d} prod grad {dim}', g)
        z = near1(6, 9)
        z[1, 2] = 0
        z[3, 4] = 0
        z[3, 7] = 0
        z.requires_grad_()
        for dim in (0, 1):
            g, = torch.autograd.grad(z.prod(dim).sum(), z)
            show(f't{threads} {d} prod zeros grad {dim}', g)
        g, = torch.autograd.grad(z.prod(), z)
        show(f't{threads} {d} prod zeros grad all', g)
        for dim in (0, 1):
            g, = torch.autograd.grad(z.prod(dim).sum(), z, create_graph=True)
            gg, = torch.autograd.grad((g * g).sum(), z)
            # (cumprod's own backward rounds differently: values checked to a tolerance)
            zd = z.detach().double().requires_grad_()
            gd, = torch.autograd.grad(zd.prod(dim).sum(), zd, create_graph=True)
            ggd, = torch.autograd.grad((gd * gd).sum(), zd)
            print(f't{threads} {d} prod zeros double backward {dim}', type(g.grad_fn).__name__,
                  torch.allclose(gg.double(), ggd, rtol=1e-5 if dt == torch.float32 else 1e-12))
        for p in (3, 0.5, -1):
            y = (near1(5, 40) * 2 - 1.5).requires_grad_()
            n = torch.linalg.vector_norm(y, p, dim=0)
            g, = torch.autograd.grad(n.sum(), y)
            show(f't{threads} {d} norm({p})', n)
            yd = y.detach().double().requires_grad_()
            gd, = torch.autograd.grad(pnorm(yd, p, 0).sum(), yd)
            print(f't{threads} {d} norm({p}) grad', torch.allclose(g.double(), gd, rtol=1e-4 if dt == torch.float32 else 1e-11))
        # the order is taken as a float (norm_kernel_tensor_iterator_impl's `float val`), for double inputs too
        y = torch.randn(50, 7, dtype=dt)
        for p in (0.3, 2.2, 1 / 3, 2.0000000001, 1e39, -1e39):
            for dim in (None, 0, 1):
                n = torch.linalg.vector_norm(y, p, dim=dim)
                show(f't{threads} {d} float order norm({p}, {dim})', n)
                if p not in (2.0000000001, 1e39, -1e39):
                    ref = (y.double().abs() ** torch.tensor(p, dtype=torch.float32).item()).sum(dim=dim) ** (1 / torch.tensor(p, dtype=torch.float32).item()) if dim is not None else \
                        (y.double().abs() ** torch.tensor(p, dtype=torch.float32).item()).sum() ** (1 / torch.tensor(p, dtype=torch.float32).item())
                    print(f't{threads} {d} float order norm({p}, {dim})', torch.allclose(n.double(), ref, rtol=1e-5 if dt == torch.float32 else 1e-12, atol=0))
        # special values
        s = torch.tensor([1.5, -2.0, float('nan'), 0.0, float('inf'), -0.0, 3.0], dtype=dt)
        for p in (3, 0.5, -1, 0, 1, 2, math.inf, -math.inf):
            a, b = torch.linalg.vector_norm(s, p).item(), torch.linalg.vector_norm(s[[0, 1, 3, 5, 6]], p).item()
            print(f't{threads} {d} special norm({p})', a, b)
        print(f't{threads} {d} special prod', s.prod().item(), s[[0, 1, 3, 5, 6]].prod().item(), s[[0, 1, 5]].prod().item())

# the benchmark's sizes
torch.manual_seed(12)
for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        z = torch.rand(4_000_000, dtype=dt) * 0.5 + 0.75
        x = torch.randn(1000, 1000, dtype=dt)
        print(f't{threads} {dt} 4e6', repr(z.prod().item()), repr(torch.linalg.vector_norm(z, 1).item()), repr(torch.linalg.vector_norm(z, 0).item()),
              repr(torch.linalg.vector_norm(z, math.inf).item()), repr(torch.linalg.vector_norm(z, -math.inf).item()))
        print(f't{threads} {dt} 4e6 norm(3), norm(0.5)', repr(torch.linalg.vector_norm(z, 3).item()), repr(torch.norm(z, 0.5).item()))
        show(f't{threads} {dt} 1000x1000 prod(0)', (1 + x * 0.01).prod(0))
        show(f't{threads} {dt} 1000x1000 prod(1)', (1 + x * 0.01).prod(1))
        show(f't{threads} {dt} 1000x1000 norm(3, 0)', torch.linalg.vector_norm(x, 3, dim=0))
        show(f't{threads} {dt} 1000x1000 norm(0.5, 1)', torch.linalg.vector_norm(x, 0.5, dim=1))
        show(f't{threads} {dt} 1000x1000 norm(1, 0)', torch.linalg.vector_norm(x, 1, dim=0))
        show(f't{threads} {dt} 1000x1000 norm(-inf, 1)', torch.linalg.vector_norm(x, -math.inf, dim=1))
