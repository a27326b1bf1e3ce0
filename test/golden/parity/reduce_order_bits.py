import torch
import math
import hashlib

# norms (torch.norm, linalg.vector_norm / norm, Tensor.norm), prod and logsumexp, with their gradients, give
# PyTorch 1.13's bits for float32 and float64: binary_kernel_reduce's order (and the float32 lastdim p=2 path),
# binary_kernel_reduce_vec over parallel_reduce for prod, logsumexp's composite steps; 1 and 2 threads.

def show(tag, t):
    v = t.detach().double().flatten().tolist()
    print(tag, hashlib.sha1(repr(v).encode()).hexdigest()[:12], repr(v[0]), repr(math.fsum(v)))


for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(11)
    for dt in (torch.float32, torch.float64):
        for shape in [(7,), (8,), (9,), (17,), (33,), (1000,), (3, 7), (9, 17), (33, 8), (5, 1000), (40, 1000), (2, 3, 9, 5), (70, 600)]:
            x0 = (torch.randn(*shape) * 2).to(dt)
            views = [('c', x0)] + ([('t', x0.transpose(0, -1))] if x0.dim() > 1 else [])
            for name, x in views:
                tag = f't{threads} {str(dt)[6:]} {shape} {name}'
                for d in range(x.dim()):
                    show(f'{tag} norm({d})', x.norm(dim=d))
                    show(f'{tag} logsumexp({d})', x.logsumexp(d))
                    show(f'{tag} prod({d})', (x * 0.05).exp().prod(d))
                show(f'{tag} norm()', x.norm())
                show(f'{tag} logsumexp(all)', x.logsumexp(tuple(range(x.dim()))))
                show(f'{tag} prod()', (x * 0.05).exp().prod())
                for p in (1, float('inf'), -float('inf'), 0, 2):
                    show(f'{tag} vector_norm({p})', torch.linalg.vector_norm(x, p))
                    show(f'{tag} vector_norm({p}, -1)', torch.linalg.vector_norm(x, p, dim=-1))
                    show(f'{tag} vector_norm({p}, 0)', torch.linalg.vector_norm(x, p, dim=0))
                if x.numel() <= 200:
                    for p in (3, 0.5):
                        show(f'{tag} vector_norm({p}, 0)', torch.linalg.vector_norm(x, p, dim=0))
                # gradients
                for fn in ('norm', 'logsumexp', 'prod'):
                    xx = ((x * 0.05).exp() if fn == 'prod' else x).detach().requires_grad_()
                    y = xx.norm(dim=0) if fn == 'norm' else xx.logsumexp(0) if fn == 'logsumexp' else xx.prod(0)
                    y.backward(torch.randn(y.shape, dtype=dt))
                    show(f'{tag} {fn}(0) grad', xx.grad)
                    xx.grad = None
                    y = xx.norm() if fn == 'norm' else xx.logsumexp(tuple(range(x.dim()))) if fn == 'logsumexp' else xx.prod()
                    y.backward(torch.tensor(1.5, dtype=dt))
                    show(f'{tag} {fn}() grad', xx.grad)
print(torch.linalg.norm(torch.arange(12.).reshape(3, 4) / 7), torch.norm(torch.arange(12.).reshape(3, 4) / 7, dim=1))
# empty reductions and special values
print(torch.zeros(0, 3).logsumexp(0), torch.zeros(0, 3).prod(0), torch.zeros(0, 3).norm(dim=0))
x = torch.tensor([[float('-inf'), 1.0, 2.0], [float('-inf')] * 3, [float('nan'), 1., 2.]])
print(x.softmax(0), x.log_softmax(1), x.logsumexp(1), x.norm(p=float('inf'), dim=0), x.prod(1))
h = torch.randn(3, 4, dtype=torch.float16)
for fn in ('softmax', 'log_softmax'):
    for d in (0, 1):
        try:
            getattr(h, fn)(d)
        except RuntimeError as e:
            print(fn, d, e)
