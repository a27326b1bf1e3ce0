import torch
import torch.nn.functional as F

# Convolution values and gradients on the paths of im2col / col2im (nn.ts): unit stride (rows copied and columns
# summed back as whole runs, with the zero padding before and after each run), stride 2, dilation, groups, 1-d, 3-d,
# transposed convolution (its forward is col2im), F.unfold / F.fold; float32 and float64, contiguous, channels_last
# and transposed inputs, 1 and 2 threads.
prev = torch.get_num_threads()


def show(name, t):
    t = t.detach()
    f = t.flatten()
    wide = t.dtype == torch.float64
    # float32 sums here are rounded in another order than PyTorch's (mkldnn) ones: fewer digits
    torch.set_printoptions(precision=8 if wide else 2)
    print(name, tuple(t.shape), f[:: max(1, f.numel() // 7)][:7], ('%.6f' if wide else '%.1f') % t.double().abs().sum().item())


for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        torch.manual_seed(0)
        tag = f'{threads} {str(dt)[6:]}'
        x = torch.randn(3, 4, 9, 11, dtype=dt)
        w = torch.randn(6, 4, 3, 3, dtype=dt)
        b = torch.randn(6, dtype=dt)
        for kw in (dict(padding=0), dict(padding=1), dict(padding=2), dict(padding=(3, 1)), dict(stride=2, padding=1),
                   dict(dilation=2, padding=2), dict(stride=(1, 3), padding=(0, 2))):
            xg, wg, bg = (t.clone().requires_grad_() for t in (x, w, b))
            y = F.conv2d(xg, wg, bg, **kw)
            (y * y.detach().cos()).sum().backward()
            show(f'{tag} conv2d {kw}', y)
            show('  gx', xg.grad)
            show('  gw', wg.grad)
            show('  gb', bg.grad)
        wg2 = torch.randn(6, 2, 3, 3, dtype=dt).requires_grad_()
        xg = x.clone().requires_grad_()
        y = F.conv2d(xg, wg2, padding=1, groups=2)
        (y * y.detach().sin()).sum().backward()
        show(f'{tag} groups=2', y)
        show('  gx', xg.grad)
        show('  gw', wg2.grad)
        for name, xin in (('channels_last', x.to(memory_format=torch.channels_last)), ('transposed', x.transpose(2, 3))):
            xg = xin.clone().requires_grad_() if name == 'channels_last' else x.transpose(2, 3).clone().transpose(2, 3).requires_grad_()
            y = F.conv2d(xg, w, b, padding=1)
            y.pow(2).sum().backward()
            show(f'{tag} {name}', y)
            show('  gx', xg.grad)
        x1 = torch.randn(2, 3, 17, dtype=dt).requires_grad_()
        w1 = torch.randn(5, 3, 4, dtype=dt).requires_grad_()
        y = F.conv1d(x1, w1, padding=3)
        (y * y.detach()).sum().backward()
        show(f'{tag} conv1d', y)
        show('  gx', x1.grad)
        show('  gw', w1.grad)
        x3 = torch.randn(2, 2, 4, 5, 6, dtype=dt).requires_grad_()
        w3 = torch.randn(3, 2, 2, 3, 3, dtype=dt).requires_grad_()
        y = F.conv3d(x3, w3, padding=1)
        (y.pow(2).sum() * 1e-3).backward()
        show(f'{tag} conv3d', y)
        show('  gx', x3.grad)
        show('  gw', w3.grad)
        xt = torch.randn(2, 6, 5, 7, dtype=dt).requires_grad_()
        wt = torch.randn(6, 3, 3, 3, dtype=dt).requires_grad_()
        for kw in (dict(padding=1), dict(stride=2, padding=1, output_padding=1), dict(padding=0)):
            y = F.conv_transpose2d(xt, wt, **kw)
            y.pow(2).sum().backward()
            show(f'{tag} conv_transpose2d {kw}', y)
            show('  gx', xt.grad)
            show('  gw', wt.grad)
            xt.grad = None
            wt.grad = None
        xu = torch.randn(2, 3, 8, 9, dtype=dt).requires_grad_()
        u = F.unfold(xu, (3, 2), padding=1)
        (u * u.detach()).sum().backward()
        show(f'{tag} unfold', u)
        show('  gx', xu.grad)
        cu = torch.randn(2, 12, 81, dtype=dt).requires_grad_()
        f = F.fold(cu, (8, 10), (2, 2), padding=(1, 0))
        f.pow(2).sum().backward()
        show(f'{tag} fold', f)
        show('  gc', cu.grad)
torch.set_num_threads(prev)
torch.set_printoptions(profile='default')
