import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(8)
x = torch.randn(2, 3, 4, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
y = F.layer_norm(x, (4,), w, b)
print(y.grad_fn, [type(f).__name__ for f, _ in y.grad_fn.next_functions])
print(y)
(y ** 3).sum().backward()
print(x.grad)
print(w.grad, b.grad)
z = F.layer_norm(x, x.shape[1:], eps=0.1)
print(z.grad_fn.next_functions[1:], z[1])
x.grad = None
z.pow(2).mul(torch.arange(24.0, dtype=torch.float64).reshape(2, 3, 4)).sum().backward()
print(x.grad[0])
print(torch.layer_norm(x, [4])[0, 0])
