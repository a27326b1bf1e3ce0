import torch
import math
import hashlib

# softmax / log_softmax (any dim, contiguous or not) and their backward give PyTorch 1.13's bits for float32 and
# float64: the non-last-dim kernels (Sleef exp in the vector lanes, std::exp in the tail, the thread split), the
# last-dim sums in Vectorized lanes, the fused backward steps; 1 and 2 threads.

def show(tag, t):
    v = t.detach().double().flatten().tolist()
    print(tag, hashlib.sha1(repr(v).encode()).hexdigest()[:12], repr(v[0]), repr(math.fsum(v)))


for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(7)
    for dt in (torch.float32, torch.float64):
        for shape in [(7,), (9,), (17,), (33,), (3, 7), (9, 17), (33, 8), (5, 1000), (40, 1000), (2, 3, 9, 5)]:
            x0 = (torch.randn(*shape) * 3 + 1).to(dt)
            views = [('c', x0)] + ([('t', x0.transpose(0, -1))] if x0.dim() > 1 else [])
            for name, x in views:
                for d in range(x.dim()):
                    for fn in ('softmax', 'log_softmax'):
                        xx = x.detach().clone().requires_grad_() if name == 'c' else x.detach().requires_grad_()
                        y = getattr(xx, fn)(d)
                        g = torch.randn(y.shape, dtype=dt)
                        y.backward(g)
                        tag = f't{threads} {str(dt)[6:]} {shape} {name} {fn}({d})'
                        show(tag, y)
                        show(tag + ' grad', xx.grad)

# double backward goes through _softmax_backward_data / _log_softmax_backward_data
x = torch.randn(3, 5, dtype=torch.float64, requires_grad=True)
for fn in ('softmax', 'log_softmax'):
    y = getattr(x, fn)(0)
    g, = torch.autograd.grad(y, x, torch.randn(3, 5, dtype=torch.float64), create_graph=True)
    print(fn, type(g.grad_fn).__name__)
    gg, = torch.autograd.grad(g.sum(), x)
    show(fn + ' double backward', gg)
