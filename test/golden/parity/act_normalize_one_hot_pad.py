import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([[3., 4.], [0., 0.], [1., -2.]], requires_grad=True)
n = F.normalize(x)
print(n)
n.sum().backward()
print(x.grad)
print(F.normalize(x, p=1, dim=0), F.normalize(x, dim=-1, eps=1e-3))
print(F.one_hot(torch.tensor([0, 2, 1])), F.one_hot(torch.tensor([[1, 2]]), 4), F.one_hot(torch.tensor(2), 4))
print(F.one_hot(torch.tensor([], dtype=torch.long), 3))
a = torch.arange(6.).reshape(2, 3).requires_grad_()
p = F.pad(a, (1, 2))
print(p)
(p * torch.arange(12.).reshape(2, 6)).sum().backward()
print(a.grad)
print(F.pad(a, (1, 1, 2, 0), value=-1.5), F.pad(a, (1, -1), value=5), F.pad(a, [1, 0]), F.pad(a, (0, 0, -1, 0)))
print(F.pad(torch.ones(2, 3, dtype=torch.long), (1, 1), value=2.5), F.pad(a, (-3, 0)))
q = F.pad(a, (-1, 1, 1, -1), 'constant', 0.5)
print(q)
q.sum().backward()
print(a.grad)
print(torch.constant_pad_nd(torch.ones(2, 2), (1, 0), 3.), torch.constant_pad_nd(torch.ones(2, 2, requires_grad=True), [0, 1]).grad_fn)
