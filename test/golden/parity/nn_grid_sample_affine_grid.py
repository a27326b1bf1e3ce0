import torch
import torch.nn.functional as F
torch.manual_seed(0)
theta = torch.tensor([[[0.9, -0.2, 0.1], [0.3, 1.1, -0.05]], [[1.2, 0.4, -0.3], [-0.5, 0.8, 0.2]]], requires_grad=True)
for ac in [False, True]:
    g = F.affine_grid(theta, (2, 2, 3, 4), align_corners=ac)
    print(g.grad_fn.name(), g[1, 2])
    g.pow(2).sum().backward()
    print(theta.grad)
    theta.grad = None
t3 = torch.randn(1, 3, 4, dtype=torch.float64, requires_grad=True)
g3 = F.affine_grid(t3, (1, 1, 2, 3, 2), align_corners=False)
print(g3[0, 1], g3.grad_fn.name())
g3.sum().backward()
print(t3.grad)
x = torch.randn(2, 3, 4, 5, requires_grad=True)
grid = (torch.rand(2, 3, 6, 2) * 2.6 - 1.3).requires_grad_()
for mode in ['bilinear', 'nearest']:
    for pm in ['zeros', 'border', 'reflection']:
        for ac in [False, True]:
            y = F.grid_sample(x, grid, mode=mode, padding_mode=pm, align_corners=ac)
            w = torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape).cos()
            gx, gg = torch.autograd.grad((y * w).sum(), (x, grid), create_graph=True)
            print(mode, pm, ac, y.grad_fn.name(), gx.grad_fn.name(), gg.grad_fn)
            print(y[1, 2])
            print(gx[0, 1])
            print(gg[1, 1])
try:
    gx.sum().backward()
except RuntimeError as e:
    print('RuntimeError:', e)
img = torch.arange(16.).reshape(1, 1, 4, 4)
rot = torch.tensor([[[0., -1., 0.], [1., 0., 0.]]])
print(F.grid_sample(img, F.affine_grid(rot, (1, 1, 4, 4), align_corners=False), align_corners=False))
print(F.grid_sample(img, F.affine_grid(rot, (1, 1, 4, 4), align_corners=True), align_corners=True, mode='nearest'))
