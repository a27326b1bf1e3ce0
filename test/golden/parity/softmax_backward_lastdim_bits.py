import torch
import math
import hashlib
import torch.nn.functional as F

# softmax / log_softmax backward along the last dim (the wasm kernel's four-lane path and its scalar tail) and the
# losses built on it give PyTorch 1.13's bits: row lengths around the 8-lane sums and 4-lane output blocks, -inf
# outputs (exp 0), zeros of both signs, NaN and huge gradients, float32 and float64, 1 and 2 threads; then
# cross_entropy / nll_loss with weight, reductions, ignore_index and label_smoothing on a 64x1000 batch, and an MLP
# step (to 5 digits); per-pixel losses along the class dim of (N, C, H, W).

def show(tag, t):
    v = t.detach().double().flatten().tolist()
    print(tag, hashlib.sha1(repr(v).encode()).hexdigest()[:12], repr(v[0]), repr(math.fsum(x for x in v if x == x)))


for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(3)
    for dt in (torch.float32, torch.float64):
        for D in (8, 9, 11, 12, 15, 16, 17, 23, 24, 31, 64, 100, 1000, 1001):
            x = (torch.randn(6, D) * 4).to(dt)
            x[1, D // 3] = -math.inf
            x[2, :] = torch.linspace(-200, 200, D, dtype=dt)
            x[3, 0] = 0.0
            x[3, 1] = -0.0
            x = x.requires_grad_()
            for fn in ('softmax', 'log_softmax'):
                x.grad = None
                y = getattr(x, fn)(-1)
                g = torch.randn(6, D, dtype=dt) * 3
                g[0, 1] = -0.0
                g[0, D - 1] = 1e30
                g[4, D // 2] = math.nan
                g[5, :] = 0.0
                g[5, D - 1] = -0.0
                y.backward(g)
                tag = f't{threads} {str(dt)[6:]} D={D} {fn}'
                show(tag + ' out', y)
                show(tag + ' grad', x.grad)
                print(tag, [repr(v) for v in x.grad[5, -3:].tolist()], repr(x.grad[1, D // 3].item()))

    # big enough to be split by rows across threads
    torch.manual_seed(4)
    for shape in [(257, 1000), (300, 1001), (1000, 131)]:
        x = (torch.randn(*shape) * 3).requires_grad_()
        for fn in ('softmax', 'log_softmax'):
            x.grad = None
            y = getattr(x, fn)(-1)
            y.backward(torch.randn(*shape))
            show(f't{threads} float32 {shape} {fn} grad', x.grad)

    torch.manual_seed(5)
    for dt in (torch.float32, torch.float64):
        x = (torch.randn(64, 1000) * 2).to(dt).requires_grad_()
        y = torch.randint(0, 1000, (64,))
        y[3] = 7
        w = torch.rand(1000, dtype=dt)
        cases = [{}, {'reduction': 'sum'}, {'reduction': 'none'}, {'weight': w}, {'weight': w, 'reduction': 'sum'},
                 {'ignore_index': 7}, {'label_smoothing': 0.1}, {'label_smoothing': 0.25, 'weight': w},
                 {'label_smoothing': 0.1, 'reduction': 'none'}]
        for kw in cases:
            x.grad = None
            loss = F.cross_entropy(x, y, **kw)
            loss.sum().backward()
            tag = f't{threads} {str(dt)[6:]} cross_entropy {sorted(kw)}'
            show(tag, loss)
            show(tag + ' grad', x.grad)
        lp = torch.log_softmax(x.detach(), 1).requires_grad_()
        for kw in [{}, {'weight': w}, {'reduction': 'sum'}, {'reduction': 'none'}, {'weight': w, 'reduction': 'none'}]:
            lp.grad = None
            loss = F.nll_loss(lp, y, **kw)
            loss.sum().backward()
            tag = f't{threads} {str(dt)[6:]} nll_loss {sorted(kw)}'
            show(tag, loss)
            show(tag + ' grad', lp.grad)

    # along the class dim of (N, C, H, W) (the non-last-dim kernels): per-pixel cross_entropy and softmax
    torch.manual_seed(8)
    for dt in (torch.float32, torch.float64):
        x = (torch.randn(3, 21, 13, 37) * 2).to(dt).requires_grad_()
        y = torch.randint(0, 21, (3, 13, 37))
        for kw in [{}, {'label_smoothing': 0.1}, {'reduction': 'none'}]:
            x.grad = None
            loss = F.cross_entropy(x, y, **kw)
            loss.sum().backward()
            show(f't{threads} {str(dt)[6:]} cross_entropy NCHW {sorted(kw)}', loss)
            show(f't{threads} {str(dt)[6:]} cross_entropy NCHW {sorted(kw)} grad', x.grad)
        x.grad = None
        p = torch.softmax(x, 1)
        p.backward(torch.randn(3, 21, 13, 37, dtype=dt))
        show(f't{threads} {str(dt)[6:]} softmax NCHW', p)
        show(f't{threads} {str(dt)[6:]} softmax NCHW grad', x.grad)

    torch.manual_seed(9)
    model = torch.nn.Sequential(torch.nn.Linear(20, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10))
    xm = torch.randn(32, 20)
    ym = torch.randint(0, 10, (32,))
    loss = F.cross_entropy(model(xm), ym)
    loss.backward()
    # (tnb's float32 products round differently from OpenBLAS's fused kernels in the last bits: 5 digits here)
    print(f't{threads} mlp', loss.grad_fn.name(), loss.grad_fn.next_functions[0][0].name(), f'{loss.item():.5g}')
    for n, p in model.named_parameters():
        print(f't{threads} mlp {n}', p.grad.shape, f'{p.grad.abs().sum().item():.5g}', f'{p.grad.flatten()[1].item():.4g}')
