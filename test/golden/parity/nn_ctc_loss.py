import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(6, 2, 5, requires_grad=True)
t = torch.tensor([[1, 2, 2], [3, 1, 0]])
for red in ('none', 'mean', 'sum'):
    l = F.ctc_loss(x.log_softmax(2), t, torch.tensor([6, 4]), torch.tensor([3, 2]), reduction=red)
    g, = torch.autograd.grad((l * torch.tensor([1., 2.])[:l.numel()].view(l.shape) if l.dim() else l).sum(), x)
    print(red, l, l.grad_fn, g[1])
lp = x.detach().log_softmax(2)
lpd = lp.clone().requires_grad_()
l = F.ctc_loss(lpd, torch.tensor([1, 2, 2, 3, 1]), (6, 4), (3, 2), reduction='sum')
g, = torch.autograd.grad(l, lpd, create_graph=True)
print(l, g[0], g.grad_fn)
print(F.ctc_loss(lp, t, (2, 4), (3, 2), reduction='none'), F.ctc_loss(lp, t, (2, 4), (3, 2), reduction='none', zero_infinity=True))
l = F.ctc_loss(x.log_softmax(2), t, (2, 4), (3, 2), zero_infinity=True)
print(l, l.grad_fn, torch.autograd.grad(l, x)[0][0])
print(F.ctc_loss(lp[:, 0], t[0], (6,), (3,), blank=4), F.ctc_loss(lp, t, (6, 5), (0, 1)))
c = nn.CTCLoss(blank=1, zero_infinity=True)
print(c, c.blank, c(lp, torch.tensor([[2, 3], [4, 2]]), (6, 6), (2, 2)))
print(torch.ctc_loss(lp, t, (6, 4), (3, 2)), torch.ctc_loss(lp, t, torch.tensor([6, 4]), torch.tensor([3, 2]), 0, 0))
lp64 = torch.randn(4, 1, 3, dtype=torch.float64).log_softmax(2)
print(F.ctc_loss(lp64, torch.tensor([[1, 1]]), (4,), (2,)))
for f in [lambda: F.ctc_loss(lp, t.float(), (6, 4), (3, 2)), lambda: F.ctc_loss(lp, t, (6, 4), (3, 2), blank=5),
          lambda: F.ctc_loss(lp, t, (6,), (3, 2)), lambda: F.ctc_loss(lp, t, (6, 4), (3,)), lambda: F.ctc_loss(lp, t, (7, 4), (3, 2)),
          lambda: F.ctc_loss(lp, t, (6, 4), (4, 2)), lambda: F.ctc_loss(lp, t[0], (6, 4), (3, 2)), lambda: F.ctc_loss(lp, t[:1], (6, 4), (3, 2)),
          lambda: F.ctc_loss(lp, t, (6, 4), (3, 2), reduction='avg'), lambda: F.ctc_loss(lp[0, 0], t, (6, 4), (3, 2))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
m = nn.NLLLoss2d(reduction='sum')
print(m, m(torch.randn(2, 3, 2, 2).log_softmax(1), torch.tensor([[[0, 1], [2, 0]], [[1, 1], [0, 2]]])))
