import torch
import struct
import torch.nn.functional as F

# layer_norm's bits on the vectorised paths of normk.ts (RowwiseMoments' Welford on whole vectors with a cascade per
# lane; the output's fused multiply-adds four lanes at a time): float32 and float64, no affine parameters, weight
# only, bias only, both; rows of 512, 4099 and 70001 elements (deep cascades, vector tails); a transposed input.
# Gradients for float32 (float64 gradients of rows this long are not yet PyTorch's bits).


def digest(t):
    t = t.detach()
    fmt, dt = ('<f', torch.float32) if t.dtype == torch.float32 else ('<d', torch.float64)
    acc = 0
    for i, v in enumerate(t.to(dt).flatten().tolist()):
        acc = (acc * 1000003 + int.from_bytes(struct.pack(fmt, v), 'little') + i) % ((1 << 61) - 1)
    return acc


def show(name, t):
    t = t.detach()
    print(name, tuple(t.shape), digest(t), ' '.join(repr(v) for v in t.flatten()[:3].tolist()))


prev = torch.get_num_threads()
for threads, dt in ((1, torch.float32), (2, torch.float32), (1, torch.float64)):
    torch.set_num_threads(threads)   # (the weight gradients' sums follow the thread count)
    torch.manual_seed(0)
    for rows, n in ((6, 512), (3, 4099), (2, 70001)):
        x = torch.randn(rows, n, dtype=dt) * 2.5 + 0.75
        w = torch.randn(n, dtype=dt)
        b = torch.randn(n, dtype=dt)
        for name, wb in (('plain', (None, None)), ('weight', (w, None)), ('bias', (None, b)), ('affine', (w, b))):
            xg = x.clone().requires_grad_()
            ps = [p.clone().requires_grad_() if p is not None else None for p in wb]
            y = F.layer_norm(xg, (n,), ps[0], ps[1], eps=1e-5)
            show(f'{threads} {str(dt)[6:]} {rows}x{n} {name}', y)
            if dt == torch.float64:
                continue
            (y * y.detach().sin()).sum().backward()
            show('  gx', xg.grad)
            for p in ps:
                if p is not None:
                    show('  gp', p.grad)
    xt = torch.randn(40, 33, dtype=dt).t()
    show(f'{str(dt)[6:]} transposed', F.layer_norm(xt, (40,)))
    show(f'{str(dt)[6:]} zeros', F.layer_norm(torch.zeros(3, 16, dtype=dt), (16,)))
torch.set_num_threads(prev)
