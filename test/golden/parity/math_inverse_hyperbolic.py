import torch
torch.manual_seed(0)
x = torch.cat([torch.rand(2000) * 10, torch.rand(200) * 1e-3, torch.rand(20) * 1e6]) + 1
y = torch.randn(4000) * 3
z = torch.rand(4000) * 2 - 1

for name, t in [('acosh', x), ('asinh', y), ('atanh', z)]:
    r = getattr(t, name)()
    print(name, r[:5], r.tolist()[::97])
a = torch.tensor([1.5, 2.5, 40.], requires_grad=True)
b = torch.tensor([-0.5, 0.25, 0.9], requires_grad=True, dtype=torch.float64)
for r in (a.acosh(), torch.asinh(a), b.atanh(), torch.arccosh(a), a.arcsinh(), b.arctanh()):
    print(r, r.grad_fn)
    print(torch.autograd.grad(r.sum(), [a if r.dtype == torch.float32 else b], create_graph=True))
print(torch.tensor([1, 2]).asinh(), torch.tensor([True]).atanh(), torch.tensor([0.5, 1., -1., 2., float('nan'), float('inf'), -0.]).atanh())
print(torch.tensor([0.5, 1., 2., float('inf'), float('nan')]).acosh(), torch.tensor([-0., float('-inf'), 1e-30, -1e30]).asinh())
c = torch.tensor([0.5, 0.7]); c.atanh_(); print(c); torch.acosh_(torch.tensor([2.])); torch.arcsinh_(c); print(c)
try: torch.tensor([1, 2]).asinh_()
except RuntimeError as e: print('RuntimeError', e)
