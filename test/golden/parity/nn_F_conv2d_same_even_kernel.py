import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(2)
x = torch.randn(1, 2, 5, 4, requires_grad=True)
w = torch.randn(3, 2, 2, 3, requires_grad=True)
y = F.conv2d(x, w, padding='same')
print(y.shape)
print(y[0, 1])
y.sum().backward()
print(x.grad[0, 0])
print(w.grad[1])
