import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([-3.5, -3.0, -1.5, -0.5, -0.2, 0., 0.3, 0.5, 1.0, 3.0, 4.0], requires_grad=True)
fns = [('selu', F.selu), ('celu', F.celu), ('celu_0.5', lambda t: F.celu(t, 0.5)), ('hardswish', F.hardswish),
       ('hardsigmoid', F.hardsigmoid), ('mish', F.mish), ('softsign', F.softsign), ('tanhshrink', F.tanhshrink),
       ('hardshrink', F.hardshrink), ('softshrink', lambda t: F.softshrink(t, 0.3)), ('threshold', lambda t: F.threshold(t, 0.3, -2.0)),
       ('softmin', lambda t: F.softmin(t, 0) * torch.arange(11.)), ('elu_2', lambda t: F.elu(t, 2.0))]
for name, f in fns:
    y = f(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    # (hardsigmoid's gradient has PyTorch's NotImplemented node for double backward; tnb's is differentiable)
    print(name, y, g.detach(), y.grad_fn, g.grad_fn if name != 'hardsigmoid' else '')
for name, f in fns[:4] + fns[8:11]:
    y = f(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    g2, = torch.autograd.grad(g.sum(), x)
    print(name, g2)
print(torch.selu(x), torch.celu(x, 2.0), torch.hardshrink(x, 1.0), x.hardshrink(0.4), torch.threshold(x, 0.0, 5.0))
print(F.threshold(torch.tensor([1, 2, 3]), 1, 0), F.softmin(torch.tensor([[1., 2.], [3., 5.]])))
y = x * 1
print(F.selu(y, inplace=True), F.hardswish(x * 1, inplace=True), F.threshold(x * 1, 0.1, 9.0, inplace=True))
for f in [lambda: F.hardswish(torch.tensor([1, 2])), lambda: F.mish(torch.tensor([1, 2])), lambda: F.hardsigmoid(torch.tensor([1, 2])),
          lambda: F.hardshrink(torch.tensor([1, 2])), lambda: F.selu(torch.tensor([1, 2])), lambda: F.celu(torch.tensor([1, 2])),
          lambda: F.softshrink(torch.tensor([1.]), -1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
