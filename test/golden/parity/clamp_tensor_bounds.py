import torch
# clamp / clip with tensor bounds: ClampBackward0 and PyTorch's gradients at ties (self gets the subgradient 1 at
# a bound; min and max only where they bind, max also where max < min), broadcasting, NaN bounds, in place; and
# the parser's errors for bounds of mixed kinds or other types.
x = torch.tensor([[0., 1., 2., 3.], [4., 5., float('nan'), 7.]], requires_grad=True)
lo = torch.tensor([1., 1., 3., 0.], requires_grad=True)
hi = torch.tensor([[2.], [5.]], requires_grad=True)
for f in (lambda: x.clamp(lo, hi), lambda: torch.clamp(x, min=lo), lambda: x.clip(max=hi), lambda: torch.clamp(x, hi, lo),
          lambda: x.clamp(torch.tensor(2.), None), lambda: torch.clip(x, lo, torch.tensor(float('nan')))):
    for t in (x, lo, hi):
        t.grad = None
    r = f()
    print(r, r.grad_fn)
    (r * torch.arange(1., 9.).view(2, 4)).nansum().backward()
    print(x.grad, lo.grad, hi.grad)
y = torch.tensor([1., 5., 9.], requires_grad=True) * 1
y.clamp_(torch.tensor([2., 2., 2.]), torch.tensor(6.))
print(y, y.grad_fn)
z = torch.tensor([1., 5., 9.])
z.clip_(max=torch.tensor([0., 10., 3.]))
print(z, torch.tensor([1, 5, 9]).clamp(torch.tensor([2, 2, 2])), torch.tensor([1, 5]).clamp(torch.tensor([1.5, 2.5])))
a = torch.tensor([1., 2.])
for bad in (lambda: a.clamp(1, 'x'), lambda: a.clamp(1.5, a), lambda: a.clamp(a, 1.5), lambda: torch.clamp(a, 'x'),
            lambda: a.clip(1, 'x'), lambda: torch.clip(a, max='x'), lambda: a.clamp_(1, 'x'), lambda: a.clamp(1, 2, 3),
            lambda: a.clamp(), lambda: a.clamp(None, None), lambda: a.clamp(min=a, mx=2), lambda: torch.clamp(a, None, None)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
