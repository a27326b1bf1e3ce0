import torch
# float32 tanh as PyTorch's CPU kernel gives it: exactly +-1 from |x| >= 8.66434097 (the float below gives
# 0.99999994), tanh rounded from double elsewhere (PyTorch's SLEEF tanhf agrees on all but about 0.1% of inputs),
# NaN, +-inf, -0 and subnormals; and TanhBackward0's fused 1 - y * y. Printed with all float32 digits.
torch.manual_seed(3)
torch.set_printoptions(precision=10)
print(torch.tensor([8.66434097290039, 8.664340019226074, -8.66434097290039, -8.664340019226074, 9., 20., -50.,
                    float('nan'), float('inf'), -float('inf'), 0., -0., 1e-40, -1e-40, 1e-5, 0.5, -1., 3.]).tanh())
x = torch.randn(24) * 2
print(x.tanh())
y = (torch.arange(12.) / 5 - 1.1).requires_grad_()
t = y.tanh()
t.backward(torch.arange(12.) / 4 - 1.5)
print(t, y.grad)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
