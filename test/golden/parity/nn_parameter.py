import torch
import copy
import torch.nn as nn

t = torch.tensor([1.0, 2.0, 3.0])
p = nn.Parameter(t)
print(p)
print(repr(p))
print(isinstance(p, torch.Tensor), isinstance(p, nn.Parameter), p.is_leaf, p.requires_grad, p.grad_fn)
print(type(p).__name__, type(p).__module__, type(p * 2).__name__, type(p.data).__name__, type(p.detach()).__name__)
with torch.no_grad():
    p[0] = 10.0
print(t)  # Parameter(t) shares t's data
q = nn.Parameter(torch.zeros(2, 2), requires_grad=False)
print(q)
print(q.requires_grad, q.is_leaf)
e = nn.Parameter()
print(e, e.shape)
y = (p * p).sum()
y.backward()
print(p.grad)
print(y.grad_fn.name())
c = copy.deepcopy(p)
print(c, type(c).__name__, c.data_ptr() != p.data_ptr())
print(f'{p}')
print(str(p) == repr(p))
i = nn.Parameter(torch.tensor(2.5, dtype=torch.float64))
print(i, i.dtype)
