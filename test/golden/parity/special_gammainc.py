import torch
# torch.special.gammainc / gammaincc = torch.igamma / igammac (Math.h's calc_igamma / calc_igammac)
S = torch.special
a = torch.tensor([0.0, 0.5, 1.0, 2.0, 3.5, 10.0, 25.0, 30.0, 150.0, 250.0, 0.1, 7.0, float('inf'), 2.0, -1.0, 4.0])
x = torch.tensor([1.0, 0.3, 1.0, 0.7, 5.0, 9.0, 24.0, 31.5, 140.0, 260.0, 0.05, 1.05, 3.0, float('inf'), 1.0, 0.0])
for dt in (torch.float64, torch.float32):
    p = S.gammainc(a.to(dt), x.to(dt))
    q = S.gammaincc(a.to(dt), x.to(dt))
    print(dt, ['%.6e' % v for v in p.tolist()])
    print(dt, ['%.6e' % v for v in q.tolist()])
print(torch.igamma(torch.tensor([1, 2]), torch.tensor([0.5, 3.])), torch.igammac(torch.tensor([2.]), torch.tensor([1.5], dtype=torch.float64)))
print(torch.tensor([1., 2.]).igamma(torch.tensor([0.5, 3.])), torch.tensor([1., 2.]).igammac(torch.tensor([0.5, 3.])))
print(torch.igamma(torch.tensor([1., 2.]).half(), torch.tensor([1., 2.]).half()))
z = torch.tensor([1., 2.])
z.igamma_(torch.tensor([0.5, 3.], dtype=torch.float64))
print(z, torch.tensor([3.]).igammac_(torch.tensor([2.])))
xg = torch.tensor([0.5, 3.], requires_grad=True)
y = S.gammaincc(torch.tensor([2., 1.]), xg)
print(y.grad_fn.name())
y.sum().backward()
print(xg.grad)
xg.grad = None
y = torch.tensor([2., 1.5]).igamma(xg)
print(y.grad_fn.name())
(y * torch.tensor([1., -2.])).sum().backward()
print(xg.grad)
ag = torch.tensor([2., 1.], requires_grad=True)
for f in [lambda: S.gammaincc(ag, torch.tensor([1., 1.])).sum().backward(), lambda: torch.igamma(ag, torch.tensor([1., 1.])).sum().backward(),
          lambda: torch.igamma(torch.tensor([1., 2.]), 2.0), lambda: S.gammainc(torch.tensor([1., 2.]), 2),
          lambda: torch.igammac(torch.tensor([1, 2]), torch.tensor([1, 2])), lambda: S.gammainc(torch.tensor([1., 2.]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
