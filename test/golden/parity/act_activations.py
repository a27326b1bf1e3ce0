import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([-3.5, -1.5, -0.2, 0., 0.3, 1.0, 2.0, 25.0], requires_grad=True)
fns = [('gelu', F.gelu), ('gelu_tanh', lambda t: F.gelu(t, approximate='tanh')), ('elu', F.elu),
       ('elu_0.5', lambda t: F.elu(t, 0.5)), ('silu', F.silu), ('softplus', F.softplus),
       ('softplus_2_1', lambda t: F.softplus(t, 2, 1)), ('hardtanh', F.hardtanh),
       ('hardtanh_-0.2_0.3', lambda t: F.hardtanh(t, -0.2, 0.3)), ('relu6', F.relu6), ('logsigmoid', F.logsigmoid),
       ('leaky_relu', F.leaky_relu), ('leaky_relu_0.2', lambda t: F.leaky_relu(t, 0.2))]
for name, f in fns:
    y = f(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    print(name, y, g.detach())
for name, f in fns[:7] + fns[10:11]:
    y = f(x)
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    g2, = torch.autograd.grad(g.sum(), x)
    print(name, g2)
print(F.relu6(torch.tensor([-1., 3., 7.])), F.hardtanh(torch.tensor([1, -2, 3])), F.relu6(torch.tensor([1, -2, 7])))
y = x * 1
print(F.elu(y, inplace=True), y.grad_fn)
y = x * 1
F.leaky_relu_(y, 0.1)
print(y)
y.sum().backward()
print(x.grad)
print(F.silu(x * 1, inplace=True), F.hardtanh(x * 1, inplace=True), F.relu6(x * 1, inplace=True), F.elu_(x * 1))
print(F.gelu(x.double()), F.softplus(x.double(), beta=0.5, threshold=3))
