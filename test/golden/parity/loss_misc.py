import torch
try:
    import torch.nn.functional as F
except ImportError:
    F = torch._F_loss
torch.manual_seed(0)
x = torch.randn(5, requires_grad=True)
print(F.cross_entropy(x, torch.tensor(2), label_smoothing=0.1))
print(F.cross_entropy(x, torch.softmax(torch.randn(5), 0)))
print(torch.logsumexp(torch.randn(2, 3), 1), torch.logsumexp(torch.randn(2, 3), (0, 1)), torch.randn(2,3).logsumexp(dim=-1, keepdim=True))
for f in [lambda: torch.logsumexp(torch.tensor([1, 2]), 0), lambda: torch.logsumexp(torch.randn(2))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
y = torch.randn(4, 3, requires_grad=True)
l = F.cross_entropy(y, torch.tensor([0, 1, 2, 1]))
l.backward()
print(l, y.grad)
print(l.grad_fn.next_functions, l.grad_fn.next_functions[0][0].next_functions)
print(F.leaky_relu(torch.tensor([-1., 2.])), F.leaky_relu(torch.tensor([-1., 2.]), negative_slope=0.3))
print(torch.topk(torch.tensor([[1., 5, 3], [4, 2, 6]]), k=2, dim=1, largest=True))
print(torch.sort(torch.tensor([[1., 5, 3], [4, 2, 6]]), dim=0, descending=True).values)
v, i = torch.tensor([3., 1, 2]).sort()
print(v, i)
print(torch.tensor([1, 2, 3]).topk(2), torch.tensor([True, False]).argsort())
