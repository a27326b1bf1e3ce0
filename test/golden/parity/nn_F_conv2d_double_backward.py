import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(3)
x = torch.randn(2, 2, 4, 4, dtype=torch.float64, requires_grad=True)
w = torch.randn(3, 2, 2, 2, dtype=torch.float64, requires_grad=True)
b = torch.randn(3, dtype=torch.float64, requires_grad=True)
y = F.conv2d(x, w, b, padding=1, stride=2)
gx, gw = torch.autograd.grad((y ** 2).sum(), [x, w], create_graph=True)
print(gx[1, 0])
print(gw[2])
(gx.sum() + (gw ** 2).sum()).backward()
print(x.grad[0, 1])
print(w.grad[0])
print(b.grad)
