import torch
import struct
import warnings
import torch.nn.functional as F

# mse_loss's values and gradients bit for bit (its forward runs as two kernels, (x - t) then its square, laid out
# as TensorIterator lays out the operands, then PyTorch's float sum): float32 and float64, contiguous, transposed,
# sliced and broadcast operands, every reduction, long enough for the cascade sum, with 1 and 2 threads.


def digest(t):
    t = t.detach()
    fmt, dt = ('<f', torch.float32) if t.dtype == torch.float32 else ('<d', torch.float64)
    acc = 0
    for i, v in enumerate(t.to(dt).flatten().tolist()):
        acc = (acc * 1000003 + int.from_bytes(struct.pack(fmt, v), 'little') + i) % ((1 << 61) - 1)
    return acc


def show(name, t):
    t = t.detach()
    head = ' '.join(repr(v) for v in t.flatten()[:6].tolist())
    print(name, tuple(t.shape), t.dtype, tuple(t.stride()) if t.dim() else (), digest(t), head)


prev = torch.get_num_threads()
torch.manual_seed(0)
for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        base_x = torch.randn(300, 257, dtype=dt)
        base_y = torch.randn(257, 300, dtype=dt)
        cases = {
            'contiguous': (base_x, base_y.t().contiguous()),
            'transposed target': (base_x, base_y.t()),
            'both transposed': (base_y.t(), base_x.t().contiguous().t()),
            'sliced': (base_x[::2, 1::3], base_y.t()[::2, 3:89]),
            'broadcast row': (base_x, base_y[0, :257]),
            'small': (base_x[:3, :5], base_y[:3, :5]),
        }
        for name, (x, y) in cases.items():
            for red in ('mean', 'sum', 'none'):
                xg = x.clone().requires_grad_()
                yg = y.clone().requires_grad_()
                if name == 'broadcast row':
                    with warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        out = F.mse_loss(xg, yg, reduction=red)
                else:
                    out = F.mse_loss(x if red == 'none' and name == 'sliced' else xg, yg, reduction=red)
                show(f'{threads} {str(dt)[6:]} {name} {red}', out)
                (out.sum() if red != 'none' else (out * 0.37).sum()).backward()
                if xg.grad is not None:
                    show('  input grad', xg.grad)
                show('  target grad', yg.grad)
torch.set_num_threads(prev)
