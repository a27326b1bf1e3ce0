import torch
for f in ['hann_window', 'hamming_window', 'blackman_window', 'bartlett_window']:
    fn = getattr(torch, f)
    print(f, fn(5).tolist(), fn(5, periodic=False).tolist(), fn(1).tolist(), fn(0).tolist(), fn(4, dtype=torch.float64).tolist(), fn(7, False, dtype=torch.float64).tolist())
    print(fn(12).tolist(), fn(40).tolist()[::3])
print(torch.hamming_window(5, True, 0.5, 0.4).tolist(), torch.hann_window(3, requires_grad=True))
for a in [(-1,)]:
    try: torch.hann_window(*a)
    except RuntimeError as e: print('RuntimeError', e)
y = torch.tensor([[1., 4., 9., 16.], [2., 3., 5., 7.]], requires_grad=True)
x = torch.tensor([0., 1., 3., 6.])
for r in (torch.trapz(y), torch.trapezoid(y, dx=0.5), torch.trapezoid(y, x), torch.trapz(y, x, dim=1), torch.trapezoid(y, dim=0), torch.cumulative_trapezoid(y), torch.cumulative_trapezoid(y, x), torch.cumulative_trapezoid(y, dx=2., dim=0), torch.trapezoid(y, x.view(1, 4).expand(2, 4))):
    print(r, r.grad_fn)
    print('  ', torch.autograd.grad(r.sum(), y))
print(torch.trapezoid(torch.ones(2, 0)), torch.trapz(torch.tensor([1, 2, 3])))
for f in [lambda: torch.trapezoid(y, torch.ones(3)), lambda: torch.trapezoid(torch.tensor([True, False])), lambda: torch.trapezoid(y, dx=True)]:
    try: f()
    except RuntimeError as e: print('RuntimeError', e)
z = torch.arange(6.).requires_grad_()
w = z.as_strided((3, 3), (1, 1)); print(w, w.grad_fn, w.is_contiguous(), w.stride())
w.sum().backward(); print(z.grad)
z2 = torch.arange(6.).requires_grad_()
w2 = z2[1:].as_strided((2, 2), (1, 2)); print(w2, w2.storage_offset()); w2.backward(torch.tensor([[1., 2.], [3., 4.]])); print(z2.grad)
print(torch.as_strided(torch.arange(4.), (2,), (2,)), torch.arange(6.).view(2, 3).t().as_strided((2, 2), (2, 1), 1))
for args in [((3, 3), (1, 2)), ((3, 3), (1,)), ((3, -3), (1, 1)), ((2,), (1,), -1)]:
    try: torch.arange(6.).as_strided(*args)
    except RuntimeError as e: print('RuntimeError', e)
v = torch.arange(4.).requires_grad_()
ov = v.as_strided((2,), (0,)) * torch.tensor([2., 3.]); ov.sum().backward(); print(v.grad)
b = torch.zeros(6); bv = b.as_strided((2,), (3,)); bv.fill_(1); print(b)
