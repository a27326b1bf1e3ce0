import torch
# median / nanmedian / kthvalue / mode: values, which index wins among ties (PyTorch's algorithms), NaN, dims,
# keepdim, transposed input, integers, gradients and errors.

torch.manual_seed(0)
x = torch.randint(0, 4, (3, 9)).float()
print(x)
for d in (0, 1, -1):
    print(d, x.median(d), x.nanmedian(d, keepdim=True), x.mode(d), sep='\n')
    for k in (1, 2, 3):
        print(x.kthvalue(k, d))
print(x.median(), x.nanmedian(), torch.median(x.t(), 0), torch.mode(x.t().contiguous(), 1), sep='\n')
big = torch.randint(0, 5, (2, 40)).double()
print(big.median(1), big.kthvalue(7, 1), big.kthvalue(33, 1), big.mode(1), sep='\n')
print(torch.randint(0, 3, (64,)).median(0), torch.randint(0, 3, (65,)).kthvalue(20))

nan = float('nan')
y = torch.tensor([[1., nan, 3., 2.], [nan, nan, nan, nan], [4., 3., nan, 1.], [2., 2., 1., 1.]])
print(y.median(1), y.nanmedian(1), y.median(), y.nanmedian(), y.kthvalue(2, 1), y.kthvalue(4, 1), sep='\n')
print(torch.full((9,), nan).nanmedian(0), torch.tensor([nan, 1., nan]).mode())
print(torch.tensor([0., -0., 0.]).median(), torch.tensor([-0., 0.]).median(0))

i = torch.tensor([[5, 3, 3, 1], [2, 2, 7, 7]])
print(i.median(), i.median(1), i.kthvalue(3), i.mode(1), torch.tensor([True, False, True]).mode(), sep='\n')
print(torch.tensor(3.).median(0), torch.tensor(3.).kthvalue(1), torch.tensor(2.).mode(), torch.tensor([]).median(),
      torch.zeros(0, 2).median(1), torch.zeros(2, 0).kthvalue(1, 0), sep='\n')

w = torch.tensor([[1., 2., 1., 1., 5.], [3., 3., 0., 2., 2.]], requires_grad=True)
for f in (lambda t: t.median(), lambda t: t.nanmedian(), lambda t: t.median(1)[0], lambda t: t.nanmedian(0, True)[0],
          lambda t: t.kthvalue(2, 1)[0], lambda t: t.mode(1)[0], lambda t: torch.kthvalue(t, 1, 0, keepdim=True)[0]):
    w.grad = None
    r = f(w)
    print(r.grad_fn)
    (r * torch.arange(1., r.numel() + 1).view(r.shape)).sum().backward()
    print(w.grad)
v = torch.tensor([1., nan, 2.], requires_grad=True)
v.median().backward()
print(v.grad)
m = torch.tensor([1., nan, 2., 2.], requires_grad=True)
m.max().backward()
print(m.grad)

for bad in (lambda: torch.tensor([True, False]).median(), lambda: torch.tensor([True]).median(0),
            lambda: torch.tensor([1., 2.]).kthvalue(3), lambda: torch.tensor([[1., 2.]]).kthvalue(0, 0),
            lambda: torch.zeros(2, 0).median(1), lambda: torch.tensor([]).mode(), lambda: torch.zeros(2, 0).mode(1),
            lambda: torch.tensor([1., 2.]).median(2), lambda: torch.tensor([True, False]).kthvalue(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
