import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(0)
x = torch.ones(3, 8, requires_grad=True)
y = F.dropout(x, 0.3)
print(y)
print(y.grad_fn, y.grad_fn.next_functions)
y.sum().backward()
print(x.grad)
print(F.dropout(torch.ones(10)))
print(F.dropout(torch.ones(6, dtype=torch.float64), 0.25))
print(F.dropout(x, 0.5, training=False) is x, F.dropout(x, 0.0) is x)
z = F.dropout(x, 1.0)
print(z, z.grad_fn)
t = torch.ones(2, 5)
r = F.dropout(t, 0.4, inplace=True)
print(r is t, t)
print(torch.dropout(torch.ones(7), 0.5, True), torch.dropout(torch.ones(3), 0.5, False))
print(F.dropout2d(torch.ones(2, 4, 2, 2), 0.5))
print(F.dropout1d(torch.ones(3, 4, 2), 0.5))
print(F.dropout1d(torch.ones(4, 3), 0.5))
print(torch.rand(3))
