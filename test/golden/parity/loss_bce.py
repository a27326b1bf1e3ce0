import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
p = torch.tensor([[0.2, 0.9, 0.5], [0.7, 0.05, 0.999]], requires_grad=True)
t = torch.tensor([[0., 1., 1.], [0.5, 0., 1.]])
w = torch.tensor([1., 2., 0.5])
for kw in [{}, {'reduction': 'sum'}, {'reduction': 'none'}, {'weight': w}, {'weight': w, 'reduction': 'none'}]:
    p.grad = None
    loss = F.binary_cross_entropy(p, t, **kw)
    loss.sum().backward()
    print(sorted(kw), loss, p.grad)
print(F.binary_cross_entropy(torch.tensor([0., 1.]), torch.tensor([1., 0.])), F.binary_cross_entropy(torch.tensor([0., 1.]), torch.tensor([0., 1.])))
x = torch.tensor([[-1.5, 0.3, 2.0], [25.0, -30.0, 0.0]], requires_grad=True)
pw = torch.tensor([2., 0.5, 1.])
for kw in [{}, {'reduction': 'sum'}, {'reduction': 'none'}, {'weight': w}, {'pos_weight': pw},
           {'pos_weight': pw, 'weight': w, 'reduction': 'none'}]:
    x.grad = None
    loss = F.binary_cross_entropy_with_logits(x, t, **kw)
    loss.sum().backward()
    print(sorted(kw), loss, x.grad)
tt = t.clone().requires_grad_()
F.binary_cross_entropy_with_logits(x, tt, pos_weight=pw).backward()
print(tt.grad)
tb = t.clone().requires_grad_()
F.binary_cross_entropy(p, tb).backward()
print(tb.grad)
print(torch.binary_cross_entropy_with_logits(x, t), F.binary_cross_entropy(torch.sigmoid(x), t))
