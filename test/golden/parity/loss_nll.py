import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([[0.3, -1.2, 2.1, 0.7], [-0.4, 1.6, -2.2, 0.9], [1.1, 0.2, -0.8, 1.9]], requires_grad=True)
lp = x.log_softmax(1)
t = torch.tensor([2, 1, 3])
for kw in [{}, {'reduction': 'sum'}, {'reduction': 'none'}, {'weight': torch.tensor([1., 2., 0.5, 1.5])},
           {'weight': torch.tensor([1., 2., 0.5, 1.5]), 'reduction': 'none'}, {'ignore_index': 3}]:
    print(sorted(kw), F.nll_loss(lp, t, **kw))
loss = F.nll_loss(x, t)
print(loss)
g = torch.tensor(2., requires_grad=True)
gx, = torch.autograd.grad(loss, x, g, create_graph=True)
print(gx)
gg, = torch.autograd.grad(gx.sum(), g)
print(gg)
print(F.nll_loss(x, torch.tensor([-100, -100, -100])), F.nll_loss(x, torch.tensor([-100, -100, -100]), reduction='sum'))
x4 = torch.arange(40.).reshape(2, 2, 2, 5).cos().requires_grad_()
t4 = torch.tensor([[[0, 1, 1, 0, 1], [1, 1, 0, 0, 0]], [[1, 0, 1, 0, 1], [0, 0, 0, 1, 1]]])
l4 = F.nll_loss(x4, t4)
print(l4, F.nll_loss(x4, t4, reduction='none').shape)
l4.backward()
print(x4.grad[0, :, 0])
x3 = torch.arange(12.).reshape(2, 2, 3).cos().requires_grad_()
l3 = F.nll_loss(x3, torch.tensor([[0, 1, 1], [1, 0, 0]]), reduction='none')
print(l3)
print(F.nll_loss(torch.tensor([0.5, -1.5]), torch.tensor(1)))
print(F.nll_loss(x, t, size_average=False), F.nll_loss(x, t, reduce=False))
