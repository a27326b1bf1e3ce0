import torch
import torch.nn.functional as F

# F.linear's every path (ATen's Linear.cpp): addmm for 2-D input with a bias, addmm through a view for contiguous
# 3-D input, matmul then add otherwise; the graph each builds, its gradients, and its errors.
torch.manual_seed(0)
w = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, requires_grad=True)


def walk(fn, depth=0):
    if fn is None:
        return
    print('  ' * depth + type(fn).__name__)
    for nxt, _ in fn.next_functions:
        walk(nxt, depth + 1)


inputs = {
    '2-D': torch.randn(2, 4),
    '3-D contiguous': torch.randn(2, 5, 4),
    '3-D transposed': torch.randn(2, 4, 5).transpose(1, 2),
    '1-D': torch.randn(4),
    '4-D': torch.randn(2, 1, 3, 4),
}
for name, x in inputs.items():
    for bias in (b, None):
        x1 = x.detach().requires_grad_()
        y = F.linear(x1, w, bias)
        print(name, 'bias' if bias is not None else 'no bias', tuple(y.shape), y.grad_fn)
        walk(y.grad_fn)
        print(y)
        w.grad = b.grad = None
        (y * torch.arange(y.numel()).reshape(y.shape)).sum().backward()
        print(x1.grad, w.grad, b.grad, sep='\n')

with torch.no_grad():
    print(F.linear(inputs['2-D'], w, b))
print(F.linear(inputs['2-D'], w.detach(), b.detach()).grad_fn)
print(F.linear(inputs['2-D'].double(), w.double(), b.double()).dtype)

bad = [
    lambda: F.linear(torch.randn(2, 5), w, b),
    lambda: F.linear(torch.randn(2, 5), w),
    lambda: F.linear(torch.randn(2, 6, 5), w, b),
    lambda: F.linear(torch.randn(5), w, b),
    lambda: F.linear(torch.randn(2, 4), w, torch.randn(4)),
    lambda: F.linear(torch.randn(2, 4), torch.randn(2, 3, 4), b),
    lambda: F.linear(torch.randn(2, 4).double(), w, b),
    lambda: F.linear(torch.randn(2, 4), w, b.double()),
    lambda: F.linear([[1.0] * 4], w, b),
    lambda: F.linear(torch.randn(2, 4), [[1.0] * 4] * 3, b),
    lambda: F.linear(torch.randn(2, 4), w, [1.0, 2.0, 3.0]),
]
for f in bad:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
