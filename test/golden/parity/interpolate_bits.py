import torch
import struct
import torch.nn.functional as F

# F.interpolate's values and gradients bit for bit through the wasm kernel (interp.ts): every mode, float32,
# up- and downsampling (rows interpolated once per plane, or per use), align_corners, odd sizes, transposed and
# channels_last inputs, a weighted upstream gradient. (Not yet PyTorch's bits, so left out: float64 interpolation,
# float32 bicubic values, and float32 bilinear values of channels_last inputs.)


def digest(t):
    t = t.detach()
    fmt, dt = ('<f', torch.float32) if t.dtype == torch.float32 else ('<d', torch.float64)
    acc = 0
    for i, v in enumerate(t.to(dt).flatten().tolist()):
        acc = (acc * 1000003 + int.from_bytes(struct.pack(fmt, v), 'little') + i) % ((1 << 61) - 1)
    return acc


def show(name, t):
    t = t.detach()
    head = ' '.join(repr(v) for v in t.flatten()[:4].tolist())
    print(name, tuple(t.shape), tuple(t.stride()), digest(t), head)


torch.manual_seed(0)
for dt in (torch.float32,):
    base2 = torch.randn(3, 5, 13, 11, dtype=dt)
    inputs2 = {
        'contiguous': base2,
        'transposed': base2.transpose(2, 3).contiguous().transpose(2, 3),
        'channels_last': base2.contiguous(memory_format=torch.channels_last),
    }
    sizes2 = [dict(scale_factor=2), dict(size=(29, 7)), dict(size=(5, 4)), dict(scale_factor=(0.45, 1.7)), dict(size=(13, 11))]
    for iname, x0 in inputs2.items():
        for mode in ('nearest', 'nearest-exact', 'bilinear', 'bicubic'):
            for kw in sizes2:
                for ac in ([None] if mode.startswith('nearest') else [False, True]):
                    x = x0.clone().requires_grad_()
                    y = F.interpolate(x, mode=mode, align_corners=ac, **kw)
                    w = torch.linspace(-1.3, 2.1, y.numel(), dtype=dt).reshape(y.shape).sin()
                    (y * w).sum().backward()
                    if mode != 'bicubic' and not (mode == 'bilinear' and iname == 'channels_last'):
                        show(f'{str(dt)[6:]} {iname} {mode} {kw} {ac}', y)
                    else:
                        print(f'{str(dt)[6:]} {iname} {mode} {kw} {ac}', tuple(y.shape), tuple(y.stride()))
                    show('  grad', x.grad)
    x1 = torch.randn(2, 3, 17, dtype=dt)
    x3 = torch.randn(2, 2, 5, 6, 7, dtype=dt)
    for x0, mode, kws in ((x1, 'linear', [dict(scale_factor=2.5), dict(size=6), dict(size=40)]),
                          (x1, 'nearest', [dict(scale_factor=1.7), dict(size=5)]),
                          (x3, 'trilinear', [dict(scale_factor=2), dict(size=(3, 9, 4)), dict(size=(11, 3, 13))]),
                          (x3, 'nearest-exact', [dict(size=(3, 9, 4))])):
        for kw in kws:
            for ac in ([None] if mode.startswith('nearest') else [False, True]):
                x = x0.clone().requires_grad_()
                y = F.interpolate(x, mode=mode, align_corners=ac, **kw)
                w = torch.linspace(-1.3, 2.1, y.numel(), dtype=dt).reshape(y.shape).cos()
                (y * w).sum().backward()
                show(f'{str(dt)[6:]} {mode} {kw} {ac}', y)
                show('  grad', x.grad)
