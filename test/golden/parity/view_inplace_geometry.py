import torch
a = torch.ones(2, 3, requires_grad=True)
for name, f in [('unsqueeze_', lambda t: t.unsqueeze_(0)), ('squeeze_', lambda t: t.squeeze_()), ('t_', lambda t: t.t_()), ('transpose_', lambda t: t.transpose_(0, 1)), ('swapaxes_', lambda t: t.swapaxes_(0, 1))]:
    try: f(a)
    except RuntimeError as e: print(name, 'RuntimeError', e)
b = torch.ones(2, 3, requires_grad=True) * 2
v = b
r = b.unsqueeze_(0); print(r is b, v is b, b.shape, b.grad_fn, b.stride(), b.is_leaf)
b.squeeze_(0); print(b.shape, b.grad_fn)
b.t_(); print(b.shape, b.grad_fn, b.stride(), b.is_contiguous())
b.transpose_(0, 1); print(b.grad_fn, b.stride())
b.swapdims_(0, 1); print(b.grad_fn, b.shape)
(b * torch.arange(6.).view(3, 2)).sum().backward()
c = torch.ones(1, 3); c.squeeze_(0); print(c.shape, c.stride())
d = torch.ones(2, 3); e = d.view(6); d.unsqueeze_(0); print(d.shape, e.shape, d._base is None)
x = torch.ones(3, 1, 2); x.squeeze_(1); print(x.shape); x.unsqueeze_(-1); print(x.shape, x.stride())
try: torch.ones(2, 2).squeeze_(5)
except IndexError as e: print('IndexError', e)
try: torch.ones(2, 2, 2).t_()
except RuntimeError as e: print('RuntimeError', e)
y = torch.ones(2, 3, requires_grad=True) * 1; z = y[0]; z.unsqueeze_(0); print(z.grad_fn, z.shape, z._base is y)
z.mul_(2); print(y)
with torch.no_grad():
    q = torch.ones(2, 3, requires_grad=True); q.unsqueeze_(0); print(q.shape, q.requires_grad, q.is_leaf)
w = torch.ones(1, 2, 1, requires_grad=True) * 3; w.squeeze_(); print(w.grad_fn, w.shape)
img = torch.zeros(3, 4, 4); img.unsqueeze_(0); print(img.shape, img.dim())
m = torch.arange(6.).view(2, 3); m.t_(); m.add_(1); print(m)
