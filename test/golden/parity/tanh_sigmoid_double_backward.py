import torch
# The gradients of tanh and sigmoid are the ops tanh_backward / sigmoid_backward: under create_graph their nodes
# are TanhBackwardBackward0 / SigmoidBackwardBackward0, and second and third derivatives follow derivatives.yaml
# (grad_output: tanh_backward(grad, output); output: grad * (-2 * output * grad_output); sigmoid's:
# grad * grad_output * (-2 * output + 1)), bit for bit.
torch.manual_seed(0)


def show(dt, f, v):
    return [repr(x) for x in v.tolist()]


for dt in (torch.float32, torch.float64):
    for f in (torch.tanh, torch.sigmoid):
        x = torch.randn(9, dtype=dt, requires_grad=True)
        y = f(x)
        g, = torch.autograd.grad(y.sum(), x, create_graph=True)
        print(f.__name__, dt, g.grad_fn.name(), [n[0].name() if n[0] else None for n in g.grad_fn.next_functions])
        print(' g ', show(dt, f, g))
        g2, = torch.autograd.grad(g.sum(), x, create_graph=True)
        print(' g2', g2.grad_fn.name(), show(dt, f, g2))
        g3, = torch.autograd.grad(g2.sum(), x)
        print(' g3', show(dt, f, g3))
        w = torch.randn(9, dtype=dt, requires_grad=True)
        h, = torch.autograd.grad(f(x), x, grad_outputs=w, create_graph=True)
        a, b = torch.autograd.grad((h * h).sum(), (x, w))
        print(' dx', show(dt, f, a))
        print(' dw', show(dt, f, b))
# the first-order gradient (no graph) is the same op's values
x = torch.randn(5, requires_grad=True)
torch.tanh(x).backward(torch.ones(5))
print(x.grad.tolist())
x.grad = None
torch.sigmoid(x * 3).sum().backward()
print(x.grad.tolist())
