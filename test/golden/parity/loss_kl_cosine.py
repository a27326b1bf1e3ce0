import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
a = torch.tensor([[0.3, -1.2, 2.1, 0.7], [-0.4, 1.6, -2.2, 0.9], [1.1, 0.2, -0.8, 1.9]], requires_grad=True)
p = torch.tensor([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25], [0., 0., 1., 0.]])
for r in ['batchmean', 'sum', 'none', 'mean']:
    a.grad = None
    loss = F.kl_div(a.log_softmax(1), p, reduction=r)
    loss.sum().backward()
    print(r, loss, a.grad)
    if r != 'mean':   # (PyTorch warns about 'mean' once per process; one call keeps the comparison simple)
        print(F.kl_div(a.log_softmax(1), (p + 0.01).log(), reduction=r, log_target=True))
b = torch.tensor([[1.0, 0.5, -0.5, 2.0], [0.0, 0.0, 0.0, 0.0], [-1.1, -0.2, 0.8, -1.9]])
c = F.cosine_similarity(a, b)
print(c)
a.grad = None
c.sum().backward()
print(a.grad)
print(F.cosine_similarity(a, b, dim=0), F.cosine_similarity(a[0], b[0], dim=0), F.cosine_similarity(a, b[0:1]))
