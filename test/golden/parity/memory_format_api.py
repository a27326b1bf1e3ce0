import torch
import torch.nn as nn
# Memory formats: torch.channels_last / channels_last_3d / contiguous_format / preserve_format; contiguous, clone,
# to, is_contiguous and the strides they give; empty / *_like with memory_format (random values drawn in memory
# order); Module.to(memory_format=); the gradient layout of channels_last leaves.
cl, cl3, cf, pf = torch.channels_last, torch.channels_last_3d, torch.contiguous_format, torch.preserve_format
print(cl, cl3, cf, pf, type(cl), repr(cl))
x = torch.arange(24.).view(1, 2, 3, 4)
y = x.contiguous(memory_format=cl)
print(y.stride(), y.is_contiguous(), y.is_contiguous(memory_format=cl), y.is_contiguous(memory_format=cf),
      y.is_contiguous(memory_format=pf), y.grad_fn)
print(y)
print(y.as_strided((24,), (1,)).tolist())
for mf in [cl, cf, pf]:
    for t in [x, y, x.transpose(1, 2)]:
        try:
            r = t.contiguous(memory_format=mf)
            print(mf, t.stride(), '->', r.stride(), r is t)
        except RuntimeError as e:
            print(mf, t.stride(), 'RuntimeError', e)
z = torch.randn(2, 3, 4, 5, 6)
z3 = z.contiguous(memory_format=cl3)
print(z3.stride(), z3.is_contiguous(memory_format=cl3), z3.is_contiguous(memory_format=cl), torch.equal(z3, z))
print(torch.empty(2, 3, 4, 5, memory_format=cl).stride(), torch.empty(1, 2, 3, 4, 5, memory_format=cl3).stride(),
      torch.empty(2, 3, memory_format=cf).stride())
print(torch.empty_like(x, memory_format=cl).stride(), torch.zeros_like(x, memory_format=cl).stride(),
      torch.ones_like(y).stride(), torch.rand_like(y, memory_format=cf).stride(),
      torch.full_like(x, 2., memory_format=cl).stride(), torch.empty_like(y).stride())
a = x.to(memory_format=cl)
print(a.stride(), a.to(memory_format=cl) is a, x.to(memory_format=cf) is x, x.transpose(2, 3).to(memory_format=cf).stride())
print(x.to(torch.float64, memory_format=cl).stride(), x.double().stride(), y.double().stride(), y.float() is y,
      y.clone().stride(), y.clone(memory_format=cf).stride(), y.double(memory_format=cf).stride(),
      y.cpu(memory_format=cf).stride())
for shp in [(2, 1, 4, 5), (2, 3, 1, 1), (1, 3, 4, 5), (2, 3, 1, 5), (1, 1, 1, 1), (0, 3, 4, 5)]:
    t = torch.empty(shp, memory_format=cl)
    print(shp, t.stride(), t.is_contiguous(), t.is_contiguous(memory_format=cl))
p = torch.randn(2, 4, 5, 3).permute(0, 3, 1, 2)
print(p.stride(), p.is_contiguous(memory_format=cl), p.clone().stride(), p.to(memory_format=cl) is p)
print(x.permute(0, 2, 3, 1).is_contiguous(memory_format=cl))

# random *_like values follow the new tensor's memory order
torch.manual_seed(0)
print(torch.randn_like(y))
print(torch.rand_like(x, memory_format=cl))
print(torch.randint_like(y, 10))
print(torch.randn(2, 3, 4, 5).contiguous(memory_format=cl).sum(), torch.randn_like(z3).stride())

# autograd: CloneBackward0 / ToCopyBackward0; a channels_last leaf gets a channels_last grad
xr = torch.randn(2, 3, 4, 5, requires_grad=True)
yr = xr.contiguous(memory_format=cl)
print(yr.grad_fn.name(), yr.is_leaf, xr.to(memory_format=cl).grad_fn.name(), xr.to(torch.float64, memory_format=cl).grad_fn.name())
(yr * torch.arange(5.)).sum().backward()
print(xr.grad.stride(), xr.grad[0, 0])
leaf = torch.randn(2, 3, 4, 5).contiguous(memory_format=cl).requires_grad_()
(leaf * 2).sum().backward()
print(leaf.grad.stride())
leaf.grad = None
(leaf.contiguous() ** 2).sum().backward()
print(leaf.grad.stride(), leaf.grad.is_contiguous(memory_format=cl))

# Module.to(memory_format=): 4-d and 5-d parameters are converted, the others kept
m = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.Linear(4, 2))
m2 = m.to(memory_format=cl)
print(m2 is m, [tuple(p.stride()) for p in m.parameters()], [type(p).__name__ for p in m.parameters()])
m.to(torch.float64, memory_format=cl)
print([(p.dtype, p.stride()) for p in m.parameters()][:2])
print(m[0].weight.is_contiguous(memory_format=cl), m[0].weight.is_leaf, m[0].weight.requires_grad)

# copies keep a dense tensor's layout (torch.tensor / new_tensor / .to / clone), non-dense ones their dim order
t = torch.arange(6.).view(2, 3).t()
print(t[::2].to(torch.float64).stride(), t[::2].clone().stride(), torch.tensor(y).stride(), y.new_tensor(y).stride(),
      torch.tensor(t[::2]).stride(), torch.tensor(y, dtype=torch.float64).stride())
q = torch.randn(2, 4, 5, 6).permute(0, 3, 1, 2)[:, :, :, ::2]
print(q.stride(), q.double().stride(), q.clone().stride(), torch.empty_like(q).stride())
