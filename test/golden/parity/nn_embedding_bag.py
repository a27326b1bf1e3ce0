import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
m = nn.EmbeddingBag(6, 3, mode='sum')
print(m, m.weight)
inp = torch.tensor([1, 2, 4, 5, 4, 3, 2, 0])
off = torch.tensor([0, 3, 3, 6])
for mode in ('sum', 'mean', 'max'):
    w = m.weight
    o = F.embedding_bag(inp, w, off, mode=mode)
    g, = torch.autograd.grad((o * torch.arange(12.).view(4, 3)).sum(), w, create_graph=True)
    print(mode, o, o.grad_fn, g, g.grad_fn)
o = F.embedding_bag(inp, m.weight, off, mode='sum', per_sample_weights=torch.arange(8.) / 4)
print(o, o.grad_fn)
psw = torch.arange(8.).requires_grad_()
o = F.embedding_bag(inp, m.weight, off, mode='sum', per_sample_weights=psw)
print(torch.autograd.grad(o.sum(), (m.weight, psw)))
print(F.embedding_bag(inp.view(2, 4), m.weight, mode='mean'), F.embedding_bag(inp, m.weight, off, include_last_offset=True))
print(nn.EmbeddingBag(6, 3, padding_idx=2, mode='mean')(inp, off), nn.EmbeddingBag.from_pretrained(torch.eye(3)), nn.EmbeddingBag(5, 2, max_norm=1.0, mode='max'))
for f in [lambda: F.embedding_bag(inp, m.weight), lambda: nn.EmbeddingBag(3, 2, mode="sum", scale_grad_by_freq=True), lambda: F.embedding_bag(inp, m.weight, off, mode='max', per_sample_weights=torch.ones(8)),
          lambda: F.embedding_bag(inp.view(2, 4), m.weight, off), lambda: F.embedding_bag(torch.tensor([7]), m.weight, torch.tensor([0])),
          lambda: F.embedding_bag(inp, m.weight, torch.tensor([1, 3])), lambda: F.embedding_bag(inp, m.weight, off, mode='bad')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
w = torch.arange(18.).view(6, 3)
inp = torch.tensor([1, 2, 4, 5, 4, 3, 2, 0])
print(F.embedding_bag(inp, w, off, mode='mean', padding_idx=2))
print(F.embedding_bag(inp, w, torch.tensor([0, 3, 3, 8]), mode='mean', include_last_offset=True))
w2 = w.clone().requires_grad_()
o = F.embedding_bag(inp, w2, torch.tensor([0, 3, 3, 8]), mode='mean', include_last_offset=True)
(o * torch.tensor([[1.], [2.], [3.]])).sum().backward()
print(w2.grad)
e = nn.EmbeddingBag(4, 3, max_norm=1.0)
print(e(torch.tensor([[0, 1], [1, 3]])), e.weight)
e = nn.EmbeddingBag(4, 3, padding_idx=-1, mode='sum')
print(e, e.weight, e(torch.tensor([0, 3, 1]), torch.tensor([0, 1])))
for f in [lambda: F.embedding_bag(torch.tensor([1, 7]), w, torch.tensor([0]), mode='max'),
          lambda: F.embedding_bag(torch.tensor([1, 7]), w, torch.tensor([0, 1]), mode='mean'),
          lambda: F.embedding_bag(torch.tensor([1, -1]), w, torch.tensor([0, 1]), mode='sum'),
          lambda: F.embedding_bag(inp, w, torch.tensor([0, 9])),
          lambda: F.embedding_bag(inp.float(), w, torch.tensor([0])),
          lambda: F.embedding_bag(inp, w, torch.tensor([0.])),
          lambda: F.embedding_bag(inp, w.long(), torch.tensor([0])),
          lambda: F.embedding_bag(inp, w, torch.tensor([0, 2]), per_sample_weights=torch.ones(3)),
          lambda: F.embedding_bag(inp.view(2, 2, 2), w),
          lambda: F.embedding_bag(inp, w, torch.tensor([[0]]))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
