import torch
# Tensor.unfold: the windows view (strides, writes through to the base), UnfoldBackward0 summing overlapping
# windows, 0-d and empty windows, and PyTorch's errors.
x = torch.arange(1., 8.).requires_grad_()
u = x.unfold(0, 3, 2); print(u, u.grad_fn, u.stride(), u.is_contiguous())
(u * torch.arange(1., 10.).view(3, 3)).sum().backward(); print(x.grad)
y = torch.arange(24.).view(2, 3, 4).requires_grad_()
v = y.unfold(2, 2, 1); print(v.shape, v.stride()); v.pow(2).sum().backward(); print(y.grad)
w = y.detach().t() if False else y.detach().transpose(0, 2).unfold(1, 2, 2); print(w.shape, w.stride(), w)
print(torch.tensor(5.).unfold(0, 1, 1), torch.tensor(5.).unfold(0, 1, 1).shape)
print(torch.arange(4.).unfold(0, 4, 5), torch.arange(4.).unfold(-1, 0, 1).shape)
for f in ["torch.arange(4.).unfold(0, 5, 1)", "torch.arange(4.).unfold(0, 2, 0)", "torch.arange(4.).unfold(1, 2, 1)", "torch.tensor(5.).unfold(0, 2, 1)", "torch.arange(4.).unfold(0, -1, 1)"]:
    try: print(f, '->', eval(f))
    except Exception as e: print(f, '!!', type(e).__name__, e)
z = torch.zeros(5); z.unfold(0, 2, 1)[1, 1] = 7; print(z)

