import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 2, 3, 4, 5, requires_grad=True)
theta = torch.randn(2, 3, 4) * 0.5 + torch.cat([torch.eye(3), torch.zeros(3, 1)], 1)
grid = F.affine_grid(theta, (2, 2, 2, 3, 4), align_corners=False).requires_grad_()
for mode in ['bilinear', 'nearest']:
    for pm in ['zeros', 'border', 'reflection']:
        for ac in [False, True]:
            y = F.grid_sample(x, grid, mode=mode, padding_mode=pm, align_corners=ac)
            w = torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape).cos()
            gx, gg = torch.autograd.grad((y * w).sum(), (x, grid), create_graph=True)
            print(mode, pm, ac, y.shape, y.grad_fn.name(), gx.grad_fn.name())
            print(torch.round(y[1, 1, 1] * 1000) / 1000 + 0.0)
            print(torch.round(gx[0, 1, 2] * 1000) / 1000 + 0.0)
            print(torch.round(gg[1, 1, 2] * 100) / 100 + 0.0)
def t(f):
    try:
        r = f()
        print('OK', r.shape if hasattr(r, 'shape') else r)
    except Exception as e:
        print(type(e).__name__, ':', e)
t(lambda: F.grid_sample(torch.randn(1, 2, 3), torch.randn(1, 3, 1), align_corners=False))
t(lambda: F.grid_sample(torch.randn(1, 2, 3, 3, 3), torch.randn(1, 3, 3, 2), align_corners=False))
t(lambda: F.grid_sample(torch.randn(1, 2, 3, 3, 3), torch.randn(1, 3, 3, 3, 2), align_corners=False))
t(lambda: F.grid_sample(torch.randn(1, 2, 3, 3, 3), torch.randn(1, 3, 3, 3, 3), mode='bicubic', align_corners=False))
