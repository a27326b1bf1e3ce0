import torch
# Sums beside the plain float32 one, bit for bit: sum(dtype=float64) of float32 (converted first, strides kept),
# nansum (its own NansumBackward0, NaN read as 0 in the same order), integer and bool sums, 0-d and empty tensors,
# signed zeros, infinities, and mean as sum then division.
def h(t):
    v = t.flatten().tolist()
    return ' '.join(float(e).hex() for e in v)
torch.manual_seed(3)
for threads in (1, 2):
    torch.set_num_threads(threads)
    x = torch.randn(300, 257) * 5
    print(h(x.sum(dtype=torch.float64)), h(x.t().sum(0, dtype=torch.float64)[:4]), h(x.sum(1, dtype=torch.float64)[:4]))
    print(x.sum(dtype=torch.float64).dtype, x.sum(0, dtype=torch.float64).dtype, x.nansum(dtype=torch.float64).dtype)
    y = torch.randn(50, 60)
    y[3, 4] = float('nan'); y[10, :] = float('nan'); y[20, 7] = float('inf')
    print(h(y.nansum()), h(y.nansum(0)[:8]), h(y.nansum(1)[:12]), h(y.t().nansum(1)[:8]), h(y.sum(0)[:8]), y.sum())
    z = torch.randn(70000)
    z[::7] = float('nan')
    print(h(z.nansum()), h(z.nansum(dtype=torch.float64)), h(torch.nansum(z.view(700, 100), 1)[:5]))
print(torch.tensor([True, False, True]).sum(), torch.ones(5, dtype=torch.bool).sum(0).dtype, torch.arange(10).sum())
print(torch.arange(12).view(3, 4).sum(1), torch.tensor([1, 2, 3]).sum(dtype=torch.float32), torch.arange(5).nansum())
print(torch.tensor(2.5).sum(), torch.tensor(2.5).sum(0), torch.tensor(2.5).sum(0, keepdim=True), torch.tensor(2.5).mean())
print(torch.tensor(-0.0).sum(), torch.tensor([-0.0, -0.0]).sum(), torch.tensor([-0.0] * 20).sum(0), torch.zeros(0).sum())
print(torch.zeros(0, 3).sum(0), torch.zeros(3, 0).sum(1), torch.zeros(0, 3).sum(1), torch.zeros(0).mean())
print(torch.tensor([float('inf'), -float('inf'), 1.0]).sum(), torch.tensor([float('inf')] * 9).sum(), torch.tensor([3e38] * 4).sum())
w = torch.randn(4, 5, requires_grad=True)
w2 = w.detach().clone()
w2[1, 2] = float('nan')
w2.requires_grad_()
s = w2.nansum(1)
print(s.grad_fn.name(), w.nansum().grad_fn.name())
s.sum().backward()
print(w2.grad)
