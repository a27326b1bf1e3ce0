import torch
import torch.nn as nn
import torch.nn.functional as F
mods = [nn.PReLU(), nn.PReLU(3, init=0.1), nn.Mish(), nn.Mish(True), nn.Hardswish(True), nn.Hardsigmoid(), nn.Hardshrink(), nn.Softshrink(0.3),
        nn.Threshold(0.1, 20.), nn.Threshold(0.1, 2, inplace=True), nn.GLU(), nn.GLU(1), nn.SELU(), nn.SELU(True), nn.CELU(), nn.CELU(0.5, True), nn.RReLU(), nn.RReLU(0.1, 0.3, True),
        nn.AlphaDropout(), nn.FeatureAlphaDropout(0.2), nn.Dropout3d(0.1)]
print(nn.Sequential(*mods))
print(list(mods[1].named_parameters()), mods[1].num_parameters)
torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)
for m in [nn.PReLU(), nn.PReLU(3, init=0.1), nn.Mish(), nn.Hardswish(), nn.Hardsigmoid(), nn.Hardshrink(), nn.Softshrink(0.3),
          nn.Threshold(0.1, 20.), nn.GLU(), nn.GLU(1 if False else -1), nn.SELU(), nn.CELU(0.5)]:
    y = m(x)
    g = torch.autograd.grad((y * torch.arange(y.numel()).view(y.shape)).sum(), [x] + list(m.parameters()))
    print(m, y[0, 1], y.grad_fn, [t[0, 0] if t.dim() > 1 else t for t in g])
m = nn.PReLU(3)
y = m(x)
gx, gw = torch.autograd.grad((y * y).sum(), (x, m.weight), create_graph=True)
print(gx.grad_fn, gw.grad_fn, gw)
print(torch.autograd.grad((gx * gx).sum() + (gw ** 3).sum(), (x, m.weight)))
y = F.glu(torch.randn(2, 4, requires_grad=True), 1)
g, = torch.autograd.grad(y.pow(2).sum(), y.grad_fn.next_functions[0][0].variable, create_graph=True)
print(y, g, g.grad_fn, torch.autograd.grad(g.pow(2).sum(), y.grad_fn.next_functions[0][0].variable))
torch.manual_seed(1)
r = nn.RReLU()
z = torch.randn(3, 5, requires_grad=True)
y = r(z)
print(y, y.grad_fn)
g, = torch.autograd.grad(y.sum(), z, create_graph=True)
print(g, g.grad_fn)
print(torch.rand(2))
r.eval()
y = r(z)
print(y, y.grad_fn, torch.autograd.grad(y.sum(), z))
y = F.rrelu(z.double(), 0.2, 0.4, training=True)
print(y, torch.rand(1, dtype=torch.float64))
w = z.detach().clone()
print(F.rrelu_(w, training=True) is w, w, torch.rrelu(z, 0.1, 0.9, True), torch.rrelu(z))
u = z * 1
y = F.rrelu(u, training=True, inplace=True)
print(y.grad_fn, torch.autograd.grad(y.sum(), z))
torch.manual_seed(2)
a = torch.ones(4, 5, requires_grad=True)
y = F.alpha_dropout(a, 0.3, True)
print(y, y.grad_fn, torch.autograd.grad(y.sum(), a))
print(F.alpha_dropout(a, 0.3), F.alpha_dropout(torch.ones(3, dtype=torch.float64), 0.5, True), F.alpha_dropout(a, 1.0, True))
print(F.feature_alpha_dropout(torch.ones(2, 3, 2), 0.5, True), torch.alpha_dropout(torch.ones(4), 0.2, True), torch.feature_alpha_dropout(torch.ones(2, 2, 2), 0.5, True))
t = torch.ones(5)
print(torch.alpha_dropout_(t, 0.5, True) is t, t)
d = nn.AlphaDropout(0.25)
print(d(torch.ones(6)), d.eval()(torch.ones(3)))
d = nn.FeatureAlphaDropout(0.5)
print(d(torch.ones(2, 3, 2)))
print(F.dropout3d(torch.ones(2, 3, 1, 1, 2), 0.5), F.dropout3d(torch.ones(3, 1, 2, 1), 0.5), nn.Dropout3d()(torch.ones(2, 4, 1, 1, 1)))
print(torch.rand(2))
torch.manual_seed(3)
lg = torch.randn(2, 5, requires_grad=True)
y = F.gumbel_softmax(lg, tau=0.5)
print(y, y.grad_fn)
y = F.gumbel_softmax(lg, hard=True, dim=0)
print(y, y.grad_fn, torch.autograd.grad((y * torch.arange(10.).view(2, 5)).sum(), lg))
for f in [lambda: F.prelu(torch.randn(2, 3), torch.tensor([0.1, 0.2])), lambda: F.prelu(torch.tensor([-1, 2]), torch.tensor([1])),
          lambda: F.prelu(torch.randn(2, 3), torch.tensor([[0.1, 0.2, 0.3]])), lambda: F.prelu(torch.tensor([-1., 2]), 0.5),
          lambda: F.prelu(torch.tensor([-1., 2]), torch.tensor([1], dtype=torch.float64)),
          lambda: F.glu(torch.randn(3)), lambda: F.glu(torch.tensor(1.)), lambda: F.glu(torch.tensor([1, 2])), lambda: F.glu(torch.randn(2, 4), 2),
          lambda: F.rrelu(torch.tensor([1, 2])), lambda: F.rrelu(torch.tensor([1., -2]), 0.5, 0.1, training=True),
          lambda: F.alpha_dropout(torch.ones(2), 1.5), lambda: nn.AlphaDropout(-0.1), lambda: F.gumbel_softmax(torch.randn(3), eps=0.1).shape,
          lambda: F.dropout3d(torch.ones(2, 2), 0.5).shape]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
