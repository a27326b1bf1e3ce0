import torch
import torch.nn.functional as F


def t(f):
    try:
        r = f()
        print('OK', r.shape if hasattr(r, 'shape') else r)
    except Exception as e:
        print(type(e).__name__, ':', e)


theta = torch.tensor([[[0.9, -0.2, 0.1], [0.3, 1.1, -0.05]]], requires_grad=True)
g = F.affine_grid(theta, (1, 2, 3, 4), align_corners=False)
x = torch.randn(1, 2, 3, 4, requires_grad=True)
t(lambda: F.grid_sample(x, g))
t(lambda: F.grid_sample(x, g, mode='foo'))
t(lambda: F.grid_sample(x, g, padding_mode='foo'))
t(lambda: F.grid_sample(x, g[0], align_corners=False))
t(lambda: F.grid_sample(x, torch.randn(2, 3, 3, 2), align_corners=False))
t(lambda: F.grid_sample(x, torch.randn(1, 3, 3, 3), align_corners=False))
t(lambda: F.grid_sample(x, g.double(), align_corners=False))
t(lambda: F.affine_grid(theta, (1, 2, 3, 4)))
t(lambda: F.affine_grid(theta, (1, 2, 3)))
t(lambda: F.affine_grid(theta[0], (1, 2, 3, 4), align_corners=False))
t(lambda: F.affine_grid(theta, (2, 2, 3, 4), align_corners=False))
t(lambda: F.affine_grid(theta, (1, 2, 0, 4), align_corners=False))
t(lambda: F.affine_grid(theta.long(), (1, 2, 3, 4), align_corners=False))
t(lambda: F.affine_grid(theta, (1, 2, 1, 4), align_corners=True))
