import torch
import torch.nn.functional as F
# Sums made inside autograd and losses, bit for bit: broadcast gradients summed back to the input's shape, a
# Linear bias gradient, and the reductions of PyTorch 1.13's loss kernels (mean/sum of the elementwise losses
# through the cascade sum; nll_loss's own 8-level accumulation of loss and total weight, weighted and ignored).
def h(t):
    v = t.flatten().tolist()
    return ' '.join(float(e).hex() for e in v)
torch.manual_seed(4)
torch.set_num_threads(1)
w = torch.randn(7, 1, 5, requires_grad=True)
g = torch.randn(4, 7, 6, 5)
(w * g).sum().backward()
print(h(w.grad))
b = torch.randn(300, requires_grad=True)
(torch.randn(64, 300) * b).mean().backward()
print(h(b.grad[:10]))
lin = torch.nn.Linear(20, 300)
out = lin(torch.randn(64, 20))
out.backward(torch.randn(64, 300))
print(h(lin.bias.grad[:16]))
x = torch.randn(64, 128)
t = torch.randn(64, 128)
for red in ('mean', 'sum'):
    print(red, h(F.mse_loss(x, t, reduction=red)), h(F.smooth_l1_loss(x, t, reduction=red)), h(F.huber_loss(x, t, reduction=red, delta=0.7)),
          h(F.l1_loss(x, t, reduction=red)), h(F.smooth_l1_loss(x, t, reduction=red, beta=0.3)))
p = torch.rand(5000, 10)
q = torch.rand(5000, 10)
print(h(F.binary_cross_entropy(p, q)), h(F.binary_cross_entropy(p, q, weight=torch.rand(10))), h(F.binary_cross_entropy_with_logits(x, t.sigmoid())))
logits = torch.randn(5000, 10)
tgt = torch.randint(0, 10, (5000,))
wt = torch.rand(10)
print(h(F.cross_entropy(logits, tgt)), h(F.cross_entropy(logits, tgt, weight=wt)), h(F.cross_entropy(logits, tgt, reduction='sum')))
tgt2 = tgt.clone()
tgt2[::3] = -100
print(h(F.cross_entropy(logits, tgt2)), h(F.cross_entropy(logits, tgt2, weight=wt)), h(F.nll_loss(logits.log_softmax(1), tgt2, weight=wt, reduction='sum')))
img = torch.randn(4, 6, 9, 11, requires_grad=True)
itgt = torch.randint(0, 6, (4, 9, 11))
for kw in ({}, {'weight': torch.rand(6)}):
    loss = F.cross_entropy(img, itgt, **kw)
    img.grad = None
    loss.backward()
    print(h(loss), h(img.grad[0, :, 0, :3]))
lg = torch.randn(64, 10, requires_grad=True)
loss = F.cross_entropy(lg, tgt[:64], weight=wt)
loss.backward()
print(h(loss), h(lg.grad[:2]))
