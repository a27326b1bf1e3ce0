import torch

a = torch.arange(3., requires_grad=True)
b = torch.arange(2.)
x, y = torch.meshgrid(a, b)
print(x, y, x.grad_fn, x.is_contiguous(), x.stride())
x, y = torch.meshgrid([a, b], indexing='xy')
print(x.shape, x.stride(), y.stride(), x.grad_fn)
(x * torch.arange(6.).view(2, 3)).sum().backward()
print(a.grad)
x, y, z = torch.meshgrid([a, b, a], indexing='xy')
print(x.shape, x.stride(), y.stride(), z.stride())
print(torch.meshgrid(torch.tensor(1.), indexing='ij'))
for bad in [lambda: torch.meshgrid(a, indexing='foo'), lambda: torch.meshgrid([], indexing='ij'),
            lambda: torch.meshgrid(a, b.long(), indexing='ij')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
