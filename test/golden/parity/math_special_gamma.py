import torch
# lgamma, digamma, polygamma, mvlgamma: values (float32, float64, int64 promoted), poles, NaN/inf, gradients,
# double backward, in-place forms, non-contiguous inputs, errors

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

edge = [float('-inf'), -2.5, -2.0, -1.0, -0.5, -0.0, 0.0, 1e-8, 0.5, 1.0, 1.5, 2.0, 3.0, 10.0, 100.0, 1e10, float('inf'), float('nan')]
for dt in (torch.float32, torch.float64):
    e = torch.tensor(edge, dtype=dt)
    print(dt, 'lgamma', torch.lgamma(e))
    print(dt, 'digamma', torch.digamma(e))
    for n in (1, 2, 3):
        print(dt, 'polygamma', n, torch.polygamma(n, e))
torch.manual_seed(0)
for dt in (torch.float32, torch.float64):
    x = (torch.rand(4, 5, dtype=dt) * 12 - 6)
    print(dt, x.lgamma(), x.digamma(), x.polygamma(1), x.polygamma(2), sep='\n')
    print([round(v, 6) for v in torch.lgamma(x).flatten().tolist()[:5]])
    # (full digits for positive arguments: for negative ones glibc's lgamma_neg rounds its own way, 1-2 ulp apart)
    print(torch.lgamma(x[0, :3].abs()).tolist(), torch.digamma(x[1, :3]).tolist())
    print(torch.polygamma(3, x[2, :3]).tolist())
print(torch.lgamma(torch.tensor([1, 2, 3, 4, 5])), torch.digamma(torch.tensor([1, 2, 3])), torch.polygamma(2, torch.tensor([1, 2])))
print(torch.lgamma(torch.tensor([True, False])), torch.digamma(torch.tensor(3)).dtype)
print(torch.lgamma(torch.tensor(0.5)), torch.lgamma(torch.zeros(0, 3)), torch.digamma(torch.zeros(2, 0)).shape)
t = torch.arange(1., 7.).reshape(2, 3).t()
print(t.lgamma(), t.lgamma().stride(), t.digamma().stride())

# gradients and double backward
x = torch.tensor([0.3, 1.7, 4.2, -1.5], requires_grad=True)
y = torch.lgamma(x)
print(y, y.grad_fn)
g, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g, g.grad_fn)
g2, = torch.autograd.grad(g.sum(), x, create_graph=True)
print(g2, g2.grad_fn)
g3, = torch.autograd.grad(g2.sum(), x)
print(g3)
d = torch.digamma(x)
print(d.grad_fn, torch.autograd.grad(d.sum(), x)[0])
p = torch.polygamma(2, x)
print(p.grad_fn, torch.autograd.grad(p.sum(), x)[0])
xd = torch.tensor([0.3, 1.7, 4.2], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.lgamma, (xd,)), torch.autograd.gradcheck(torch.digamma, (xd,)),
      torch.autograd.gradcheck(lambda v: torch.polygamma(2, v), (xd,)))
(torch.lgamma(xd) * torch.tensor([1., 2., 3.], dtype=torch.float64)).sum().backward()
print(xd.grad)

# mvlgamma
m = torch.tensor([[1.5, 2.0, 3.25], [4.0, 0.75, 10.0]], requires_grad=True)
for p_ in (1, 2, 3, 5):
    r = torch.mvlgamma(m, p_)
    print(p_, r, r.grad_fn)
r = m.mvlgamma(p=3)
r.backward(torch.ones_like(r))
print(m.grad)
print(torch.mvlgamma(m.double(), 2), torch.mvlgamma(torch.tensor([3, 4]), 2))
print(torch.autograd.gradcheck(lambda v: torch.mvlgamma(v, 3), (torch.tensor([2.5, 4.0], dtype=torch.float64, requires_grad=True),)))
show('mvlgamma p=0', lambda: torch.mvlgamma(m, 0))
show('mvlgamma bool', lambda: torch.mvlgamma(torch.tensor([True]), 1))
show('mvlgamma float p', lambda: torch.mvlgamma(m, 1.5))
show('mvlgamma below domain', lambda: torch.mvlgamma(torch.tensor([0.2, 1.0]), 3))

# in place
a = torch.tensor([0.5, 1.5, 2.5])
print(a.lgamma_(), a)
a = torch.tensor([0.5, 1.5, 2.5])
print(a.digamma_(), a.polygamma_(1), a.mvlgamma_(1))
b = torch.tensor([1.0, 2.0], requires_grad=True)
c = b * 2
c.lgamma_()
print(c.grad_fn)
c.sum().backward()
print(b.grad)
show('lgamma_ leaf', lambda: b.lgamma_())
show('lgamma_ int', lambda: torch.tensor([1, 2]).lgamma_())
show('polygamma_ int', lambda: torch.tensor([1, 2]).polygamma_(1))

# errors
show('polygamma -1', lambda: torch.polygamma(-1, x))
show('polygamma float n', lambda: torch.polygamma(1.5, x))
show('polygamma tensor n', lambda: torch.polygamma(x, 1))
show('method polygamma float n', lambda: x.polygamma(2.0))
show('lgamma str', lambda: torch.lgamma('a'))
show('lgamma float', lambda: torch.lgamma(2.0))
show('digamma list', lambda: torch.digamma([1.0]))
show('mvlgamma str', lambda: torch.mvlgamma('x', 2))
