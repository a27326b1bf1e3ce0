import torch
import math
import hashlib
import struct

# layer_norm / batch_norm / group_norm / instance_norm give PyTorch 1.13's float32 and float64 bits, forward and
# backward (input, weight and bias gradients, running statistics, train and eval), in 1 and 2 threads: the AVX2
# kernels' lane orders (RowwiseMoments' Welford cascade, vec reductions) and their measured fused multiply-adds.
# Row lengths exercise the vector tails (7, 8, 9, 33, 1000 elements).

def show(tag, t):
    if t is None:
        print(tag, None)
        return
    v = t.detach().double().flatten().tolist()
    digest = hashlib.md5(struct.pack('%dd' % len(v), *v)).hexdigest()[:12]
    print(tag, list(t.shape), ' '.join(repr(x) for x in v[:3]), repr(math.fsum(v)), digest)


def run(tag, fn, x, params):
    xr = x.clone().requires_grad_()
    for p in params:
        p.grad = None
    y = fn(xr)
    show(tag + ' y', y)
    (y * y).sum().backward()
    show(tag + ' gx', xr.grad)
    for i, p in enumerate(params):
        show(tag + f' g{i}', p.grad)


F = torch.nn.functional
for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    for dt in (torch.float32, torch.float64):
        d = str(dt)[6:]
        for shape in [(5, 7), (4, 8), (3, 9), (2, 3, 33), (3, 1000)]:
            x = torch.randn(*shape, dtype=dt) * 3 + 1
            n = shape[-1]
            w = torch.randn(n, dtype=dt, requires_grad=True)
            b = torch.randn(n, dtype=dt, requires_grad=True)
            tag = f't{threads} {d} ln{shape}'
            run(tag, lambda t: F.layer_norm(t, (n,)), x, [])
            run(tag + ' affine', lambda t: F.layer_norm(t, (n,), w, b), x, [w, b])
        for shape in [(4, 6, 5), (8, 9, 20), (16, 10), (5, 9), (2, 3, 4, 3)]:
            x = torch.randn(*shape, dtype=dt) * 3 + 1
            c = shape[1]
            w = torch.randn(c, dtype=dt, requires_grad=True)
            b = torch.randn(c, dtype=dt, requires_grad=True)
            for affine in (False, True):
                rm = torch.randn(c, dtype=dt)
                rv = torch.rand(c, dtype=dt) + 0.5
                tag = f't{threads} {d} bn{shape}{" affine" if affine else ""}'
                ps = [w, b] if affine else []
                run(tag + ' train', lambda t: F.batch_norm(t, rm, rv, w if affine else None, b if affine else None, True, 0.1, 1e-5), x, ps)
                show(tag + ' running_mean', rm)
                show(tag + ' running_var', rv)
                run(tag + ' eval', lambda t: F.batch_norm(t, rm, rv, w if affine else None, b if affine else None, False, 0.1, 1e-5), x, ps)
        for shape, g in [((2, 6, 5), 3), ((1, 33, 7), 3), ((2, 16, 40), 2), ((2, 10, 3), 2), ((2, 4, 2, 3), 2)]:
            x = torch.randn(*shape, dtype=dt) * 3 + 1
            c = shape[1]
            w = torch.randn(c, dtype=dt, requires_grad=True)
            b = torch.randn(c, dtype=dt, requires_grad=True)
            tag = f't{threads} {d} gn{shape}/{g}'
            run(tag, lambda t: F.group_norm(t, g), x, [])
            run(tag + ' affine', lambda t: F.group_norm(t, g, w, b), x, [w, b])
        x = torch.randn(3, 5, 9, dtype=dt) * 3 + 1
        inorm = torch.nn.InstanceNorm1d(5, affine=True, track_running_stats=True).to(dt)
        run(f't{threads} {d} instance_norm', inorm, x, [inorm.weight, inorm.bias])
        show(f't{threads} {d} instance_norm running_var', inorm.running_var)

# the module forms, as a user writes them
torch.set_num_threads(1)
torch.manual_seed(0)
x = torch.randn(8, 33, 20) * 3 + 1
ln = torch.nn.LayerNorm(20)
show('LayerNorm', ln(x))
bn = torch.nn.BatchNorm1d(33)
show('BatchNorm1d train', bn(x))
show('BatchNorm1d running_var', bn.running_var)
bn.eval()
show('BatchNorm1d eval', bn(x))
show('GroupNorm', torch.nn.GroupNorm(3, 33)(x))
show('InstanceNorm1d', torch.nn.InstanceNorm1d(33)(x))
xr = x.clone().requires_grad_()
ln(xr).pow(2).sum().backward()
show('LayerNorm gx', xr.grad)
show('LayerNorm gw', ln.weight.grad)
bn2 = torch.nn.BatchNorm2d(4)
x4 = torch.randn(2, 4, 3, 5, requires_grad=True)
bn2(x4).pow(2).sum().backward()
show('BatchNorm2d gx', x4.grad)
show('BatchNorm2d gw', bn2.weight.grad)
bn3 = torch.nn.BatchNorm3d(3).double()
x5 = torch.randn(2, 3, 2, 3, 4, dtype=torch.float64, requires_grad=True)
bn3(x5).pow(2).sum().backward()
show('BatchNorm3d gx', x5.grad)
show('BatchNorm3d running_mean', bn3.running_mean)
