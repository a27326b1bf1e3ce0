import torch
# one differentiable output plus indices: still one output per node (output_nr 0), gradients through the values
x = torch.tensor([[3., 1., 4., 1.5], [5., 9., 2., 6.]], requires_grad=True)
cases = [('max', lambda: x.max(1)), ('min', lambda: torch.min(x, 0, keepdim=True)), ('sort', lambda: x.sort(1, descending=True)),
         ('topk', lambda: x.topk(2)), ('kthvalue', lambda: x.kthvalue(2, 1)), ('median', lambda: x.median(1)),
         ('mode', lambda: x.mode(0)), ('nanmedian', lambda: x.nanmedian(1)), ('cummax', lambda: x.cummax(1)), ('msort', lambda: torch.sort(x, 0))]
for name, f in cases:
    r = f()
    v, i = r
    print(name, v.grad_fn.name(), v.output_nr, i.requires_grad, i.grad_fn, i.dtype, type(r).__name__)
    print(' ', torch.autograd.grad((v * torch.arange(1., v.numel() + 1).view(v.shape)).sum(), x))
v, i = x.max(1)
v.register_hook(lambda g: print('hook', g))
v.sum().backward()
print(x.grad)
