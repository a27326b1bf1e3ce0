import torch
# cummax / cummin (ties move the index to the latest, NaN takes over), logcumsumexp (values, NaN/inf, gradient),
# diff (n, dim, prepend/append, bool), nanmean, bincount, histc, bucketize, searchsorted, with PyTorch's errors.
x = torch.tensor([[1., 3., 2., 3., 0.5], [2., 2., 5., 1., 7.]], requires_grad=True)
r = x.cummax(1)
print(r, r.values.grad_fn)
r.values.sum().backward()
print(x.grad)
x.grad = None
r = torch.cummin(x, 0)
print(r, r.values.grad_fn)
(r.values * torch.arange(10.).view(2, 5)).sum().backward()
print(x.grad)
x.grad = None
r = x.logcumsumexp(1)
print(r, r.grad_fn)
(r * torch.tensor([1., -2., 3., 0.5, -1.])).sum().backward()
print(x.grad)
x.grad = None
r = torch.logcumsumexp(x.t().double(), 0)
print(r)
r.sum().backward()
print(x.grad)
torch.manual_seed(0)
big = torch.randn(3, 50)
print(big.logcumsumexp(1)[:, -3:], big.cummax(-1).indices[:, -5:], big.t().cummin(0).indices[-5:])
inf, nan = float('inf'), float('nan')
s = torch.tensor([1., nan, 2., 0.])
print(s.cummax(0), s.cummin(0), s.logcumsumexp(0))
print(torch.tensor([-inf, -inf, 1., inf, 2.]).logcumsumexp(0), torch.tensor([inf, inf]).logcumsumexp(0))
print(torch.tensor([3, 1, 2]).cummax(0), torch.tensor([True, False]).cummin(0), torch.tensor(2.).cummax(0))

print(torch.diff(x), torch.diff(x, n=2, dim=1, prepend=torch.zeros(2, 1)), torch.diff(x, dim=0).grad_fn)
print(torch.diff(torch.tensor([1, 4, 9, 16]), append=torch.tensor([25, 36])), torch.diff(torch.tensor([True, False, False])),
      torch.diff(torch.tensor([1., 2.]), n=3), x.diff(0, 1))
y = torch.tensor([[1., nan], [2., 4.]], requires_grad=True)
print(torch.nanmean(torch.tensor([1., nan, 3.])), y.nanmean(0), y.nanmean(), torch.nanmean(y, 1, True))
y.nanmean().backward()
print(y.grad)

print(torch.bincount(torch.tensor([1, 1, 3])), torch.bincount(torch.tensor([0, 2]), weights=torch.tensor([0.5, 1.5]), minlength=5),
      torch.bincount(torch.tensor([0, 2]), torch.tensor([1., 2.], dtype=torch.float64)), torch.bincount(torch.tensor([], dtype=torch.long)),
      torch.tensor([4, 0]).bincount(minlength=2))
print(torch.histc(torch.tensor([1., 2., 1.]), bins=4, min=0, max=3), torch.histc(torch.tensor([1., 2., 1., 5.]), bins=3),
      torch.tensor([2., 2.]).histc(bins=4), torch.histc(big, bins=7), torch.histc(big.double(), 5, -1, 1),
      torch.histc(torch.tensor([0.1, 0.2, 0.3, 0.7]), 10, 0, 1))
print(torch.bucketize(torch.tensor([[1, 5], [3, 9]]), torch.tensor([1, 3, 5, 7, 9])),
      torch.bucketize(torch.tensor([1, 5]), torch.tensor([1, 3, 5]), right=True), torch.bucketize(3, torch.tensor([1, 3, 5])),
      torch.bucketize(torch.tensor([0.5, nan, 7.]), torch.tensor([1., 3., nan])))
print(torch.searchsorted(torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]]), torch.tensor([[3, 6, 9], [3, 6, 9]])),
      torch.searchsorted(torch.tensor([1, 3, 5, 7, 9]), 3, right=True), torch.searchsorted(torch.tensor([1., 3.]), torch.tensor([[2., 3.], [0., 9.]]), side='right'),
      torch.searchsorted(torch.tensor([3, 1]), torch.tensor([2])))
for bad in (lambda: torch.bincount(torch.tensor([-1])), lambda: torch.bincount(torch.tensor([[1]])), lambda: torch.bincount(torch.tensor([1.])),
            lambda: torch.bincount(torch.tensor([1]), minlength=-1), lambda: torch.bincount(torch.tensor([1, 2]), torch.tensor([1.])),
            lambda: torch.histc(torch.tensor([1, 2])), lambda: torch.histc(torch.tensor([1.]), bins=0), lambda: torch.histc(torch.tensor([1.]), 3, 2, 1),
            lambda: torch.histc(torch.tensor([1.]), 3, 0, inf), lambda: torch.diff(torch.tensor(1.)), lambda: torch.tensor([1, 2]).logcumsumexp(0),
            lambda: torch.searchsorted(torch.tensor([[1, 2]]), torch.tensor([[1], [2]])), lambda: torch.bucketize(torch.tensor([1]), torch.tensor([[1, 2]])),
            lambda: torch.searchsorted(torch.tensor([1]), torch.tensor([1]), side='middle'),
            lambda: torch.searchsorted(torch.tensor([1]), torch.tensor([1]), side='left', right=True),
            lambda: torch.nanmean(torch.tensor([1, 2])), lambda: torch.tensor([1.]).cummax(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
