import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(0)
x = torch.randn(2, 3, 5, 5, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 3, 3, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(4, dtype=torch.float64, requires_grad=True)
y = F.conv2d(x, w, b)
print(y.shape, y.grad_fn.name(), [type(f).__name__ if f else None for f, _ in y.grad_fn.next_functions])
print(y[1, 2])
y.pow(2).sum().backward()
print(x.grad[0, 1])
print(w.grad[3])
print(b.grad)
for kw in [dict(stride=2, padding=1), dict(stride=(1, 2), padding=(2, 0), dilation=2), dict(padding='same'), dict(padding='valid')]:
    z = F.conv2d(x, w, None, **kw)
    print(kw, z.shape, z.sum().item() == z.sum().item(), z[0, 0, 0])
    print([type(f).__name__ if f else None for f, _ in z.grad_fn.next_functions])
wg = torch.randn(6, 1, 2, 2, dtype=torch.float64, requires_grad=True)
z = F.conv2d(x, wg[:3], groups=3)
print('groups', z.shape, z[1, 2])
z.sum().backward()
print(wg.grad[:3].squeeze(1))
u = torch.conv2d(x[0], w, b, 1, 1)
print('unbatched', u.shape, u.grad_fn.name(), u.grad_fn.next_functions[0][0].name())

print(F.conv2d(x.detach().float(), w.detach().float(), stride=2)[0, 1])
