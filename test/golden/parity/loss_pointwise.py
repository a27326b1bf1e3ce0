import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([[0.3, -1.2, 2.1], [-0.4, 1.6, -2.2]], requires_grad=True)
y = torch.tensor([[0.5, -1.0, 0.0], [1.0, 1.5, -0.2]])
for f in [F.mse_loss, F.l1_loss, F.smooth_l1_loss, F.huber_loss]:
    for r in ['mean', 'sum', 'none']:
        x.grad = None
        loss = f(x, y, reduction=r)
        loss.sum().backward()
        print(f.__name__, r, loss, x.grad)
print(F.smooth_l1_loss(x, y, beta=0.5), F.smooth_l1_loss(x, y, beta=0.0), F.huber_loss(x, y, delta=2.0))
print(F.smooth_l1_loss(x, y, beta=0.5).grad_fn, F.huber_loss(x, y, delta=0.1))
yt = y.clone().requires_grad_()
F.mse_loss(x, yt).backward()
print(yt.grad)
yt.grad = None
F.huber_loss(x, yt, delta=0.5).backward()
print(yt.grad)
print(F.mse_loss(x, torch.zeros(3)))
print(F.mse_loss(x, torch.zeros(2, 3, dtype=torch.long)), F.mse_loss(x.double(), y))
print(F.mse_loss(x, y, reduce=False))
print(F.mse_loss(torch.tensor([1., 2.]), torch.tensor([1., 4.]), size_average=False))
g = torch.ones((), requires_grad=True)
gx, = torch.autograd.grad(F.mse_loss(x, y), x, g, create_graph=True)
print(gx)
