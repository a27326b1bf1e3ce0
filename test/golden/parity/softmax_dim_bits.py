import torch
import math
import hashlib

# softmax / log_softmax along a dim that is not the last (the wasm column kernels): PyTorch 1.13's bits forward
# and backward, float32 and float64, dims 0 / middle / last of 3-d tensors, non-contiguous inputs, sizes whose
# thread ranges start inside a row (5x400x45 along dim 1 on 2 threads) or whose columns split across threads
# (300x701 along dim 0), vector tails (inner % 8, % 4), and -inf / nan / huge entries; 1 and 2 threads.

def show(tag, t):
    v = t.detach().double().flatten().tolist()
    print(tag, list(t.shape), hashlib.sha1(repr(v).encode()).hexdigest()[:12], repr(v[0]), repr(v[-1]), repr(math.fsum(x for x in v if math.isfinite(x))))


for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(3)
    for dt in (torch.float32, torch.float64):
        d = str(dt)[6:]
        for shape in [(4, 6, 11), (3, 19, 37), (5, 400, 45), (300, 701), (2, 33, 8, 5)]:
            x0 = (torch.randn(*shape) * 4 + 1).to(dt)
            views = [('c', x0), ('p', x0.transpose(0, 1))]
            for name, x in views:
                for dim in range(x.dim() - 1):
                    for fn in ('softmax', 'log_softmax'):
                        xx = x.detach().clone().requires_grad_() if name == 'c' else x.detach().requires_grad_()
                        y = getattr(torch, fn)(xx, dim)
                        g = torch.randn(y.shape, dtype=dt)
                        y.backward(g)
                        tag = f't{threads} {d} {shape} {name} {fn}({dim})'
                        show(tag, y)
                        show(tag + ' grad', xx.grad)
        # special values: -inf entries (a masked column), a whole -inf column (nan), a nan, huge values
        x = torch.randn(7, 19, dtype=dt) * 3
        x[2, 3] = -math.inf
        x[:, 5] = -math.inf
        x[4, 9] = math.nan
        x[1, 11] = 1e30 if dt == torch.float32 else 1e300
        x[3, 12] = -800.0
        x[:, 17] = torch.arange(7, dtype=dt) * 200 - 700
        for fn in ('softmax', 'log_softmax'):
            y = getattr(torch, fn)(x, 0)
            print(f't{threads} {d} special {fn}', y[:, [3, 5, 9, 11, 12, 17]].tolist())
            show(f't{threads} {d} special {fn}', y)

# the large case of the benchmark: 1000x1000 along dim 0
torch.manual_seed(5)
for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        x = torch.randn(1000, 1000, dtype=dt).requires_grad_()
        for fn in ('softmax', 'log_softmax'):
            y = getattr(torch, fn)(x, 0)
            g, = torch.autograd.grad(y, x, torch.ones_like(y) * 0.5 + torch.arange(1000, dtype=dt) / 1000)
            show(f't{threads} {str(dt)[6:]} 1000x1000 {fn}(0)', y)
            show(f't{threads} {str(dt)[6:]} 1000x1000 {fn}(0) grad', g)
