import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(5, 3, padding_idx=0)
idx = torch.tensor([[0, 1, 4], [2, 2, 3]])
e = emb(idx)
print(e, e.grad_fn.name())
ln = nn.LayerNorm(3)
h = ln(e)
print(h, h.grad_fn.name())
(h * torch.arange(3.0)).sum().backward()
print(emb.weight.grad, ln.weight.grad, ln.bias.grad)
