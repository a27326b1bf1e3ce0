import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(9)
x = torch.randn(4, 3, 2, 2, requires_grad=True)
w = torch.randn(3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
rm, rv = torch.zeros(3), torch.ones(3)
y = F.batch_norm(x, rm, rv, w, b, training=True)
print(y.grad_fn, [type(f).__name__ for f, _ in y.grad_fn.next_functions])
print(y[1])
print(rm, rv)
(y ** 3).sum().backward()
print(x.grad[2])
print(w.grad, b.grad)
y = F.batch_norm(x, rm, rv, training=True, momentum=0.5)
print(rm, rv, rm._version)
e = F.batch_norm(x, rm, rv, w, b)
print(e.grad_fn, e[0])
x.grad = None
(e ** 2).sum().backward()
print(x.grad[0], w.grad, b.grad)
x2 = torch.randn(5, 3, requires_grad=True)
print(F.batch_norm(x2, None, None, training=True))
x3 = torch.randn(2, 3, 4)
r3m, r3v = torch.full((3,), 0.5), torch.full((3,), 2.0)
print(F.batch_norm(x3, r3m, r3v, training=True, momentum=0.2, eps=1e-3))
print(r3m, r3v)
print(torch.batch_norm(x3, None, None, r3m, r3v, False, 0.1, 1e-5, False)[1])
