import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(1)
x = torch.randn(2, 4, 9, requires_grad=True)
w = torch.randn(4, 2, 3, requires_grad=True)
b = torch.randn(4, requires_grad=True)
y = F.conv1d(x, w, b, stride=2, padding=1, groups=2)
print(y.shape, y.grad_fn)
print(y)
(y * torch.arange(y.numel()).reshape(y.shape)).sum().backward()
print(x.grad)
print(w.grad)
print(b.grad)
z = torch.conv1d(x[0], w, None, 1, 'same', 2, 2)
print(z.shape, z.grad_fn.name())
print(z)
