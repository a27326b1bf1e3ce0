import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(6)
w = torch.randn(6, 3, requires_grad=True)
idx = torch.tensor([[0, 2, 5], [2, 2, 1]])
e = F.embedding(idx, w)
print(e.shape, e.grad_fn, e.grad_fn.next_functions)
print(e)
(e * torch.arange(18.0).reshape(2, 3, 3)).sum().backward()
print(w.grad)
w.grad = None
F.embedding(idx, w, padding_idx=2).sum().backward()
print(w.grad)
w.grad = None
F.embedding(idx, w, padding_idx=-1, scale_grad_by_freq=True).sum().backward()
print(w.grad)
print(torch.embedding(w, torch.tensor([3, 4])))
g, = torch.autograd.grad(F.embedding(idx, w).sum(), w, create_graph=True)
print(g.grad_fn)
