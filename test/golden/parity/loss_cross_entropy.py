import torch
try:
    import torch.nn.functional as F
except ImportError:  # a tnb build without torch.nn: the same functions live in torch._F_loss
    F = torch._F_loss
x = torch.tensor([[0.3, -1.2, 2.1, 0.7], [-0.4, 1.6, -2.2, 0.9], [1.1, 0.2, -0.8, 1.9]], requires_grad=True)
t = torch.tensor([2, 1, 3])
for kw in [{}, {'reduction': 'sum'}, {'reduction': 'none'}, {'weight': torch.tensor([1., 2., 0.5, 1.5])},
           {'ignore_index': 1}, {'ignore_index': 1, 'reduction': 'none'}, {'label_smoothing': 0.2},
           {'label_smoothing': 0.2, 'reduction': 'sum'}, {'label_smoothing': 0.2, 'reduction': 'none'},
           {'label_smoothing': 0.1, 'weight': torch.tensor([1., 2., 0.5, 1.5])},
           {'label_smoothing': 0.3, 'ignore_index': 1}, {'label_smoothing': 0.3, 'ignore_index': 1, 'weight': torch.tensor([1., 2., 0.5, 1.5])}]:
    x.grad = None
    loss = F.cross_entropy(x, t, **kw)
    loss.sum().backward()
    print(sorted(kw), loss, x.grad)
p = torch.tensor([[0.1, 0.2, 0.3, 0.4], [0.25, 0.25, 0.25, 0.25], [0., 0., 1., 0.]], dtype=torch.float64)
xd = x.detach().double().requires_grad_()   # float64: one gradient here is a cancellation float32 rounds differently
for kw in [{}, {'reduction': 'sum'}, {'reduction': 'none'}, {'label_smoothing': 0.2}, {'weight': torch.tensor([1., 2., 0.5, 1.5], dtype=torch.float64)}]:
    xd.grad = None
    loss = F.cross_entropy(xd, p, **kw)
    loss.sum().backward()
    print(sorted(kw), loss, xd.grad)
y = torch.tensor([[[0.5, -1.0, 0.2], [1.5, 0.3, -0.7]], [[0.1, 0.9, -0.3], [-1.1, 0.4, 0.8]]], requires_grad=True)  # (N=2, C=2, d=3)
ty = torch.tensor([[0, 1, 1], [1, 0, 0]])
print(F.cross_entropy(y, ty), F.cross_entropy(y, ty, reduction='none'))
F.cross_entropy(y, ty).backward()
print(y.grad)
z = torch.arange(24.).reshape(1, 3, 2, 4).sin().requires_grad_()
tz = torch.tensor([[[0, 1, 2, 1], [2, 2, 0, 1]]])
print(F.cross_entropy(z, tz), F.cross_entropy(z, tz, reduction='none'), F.cross_entropy(z, tz, ignore_index=2))
print(F.cross_entropy(torch.tensor([0.5, 1.5, -0.5]), torch.tensor(1)))
print(F.cross_entropy(x.double(), t))
