import torch
# unique / unique_consecutive: the order of unique(sorted=False) is PyTorch's (std::unordered_set's iteration
# order), inverse and counts, dims (lexicographic order, PyTorch's strided result), NaN, -0, bool, empty and 0-d
# inputs, the non-differentiable nodes and the errors.

print(torch.tensor([3, 1, 3, 2, 1]).unique(sorted=False), torch.tensor([5., 2, 9, 7, 1, 4, 8, 3, 6, 0]).unique(sorted=False))
torch.manual_seed(0)
for n, hi in ((12, 5), (13, 20), (14, 20), (30, 1000), (200, 150), (3000, 100000)):
    t = torch.randint(-hi, hi, (n,))
    u = t.unique(sorted=False)
    print(n, u.numel(), u[:12].tolist(), u[-5:].tolist())
    f = (t.float() / 7).unique(sorted=False)
    print(f[:8].tolist(), f[-3:].tolist())
    print(t.double().unique(sorted=False, return_inverse=True, return_counts=True)[1][:10].tolist())
t = torch.tensor([[1, 2, 2], [1, 2, 2], [0, 5, 1]])
print(torch.unique(t), torch.unique(t, sorted=False, return_inverse=True), torch.unique(t, return_counts=True),
      torch.unique(t, return_inverse=True, return_counts=True), t.unique(True, True), torch.unique(t, False, False, True), sep='\n')
print(torch.unique(t, dim=0), torch.unique(t, dim=1, return_inverse=True, return_counts=True), torch.unique(t.t(), dim=0), sep='\n')
r = torch.unique(t, dim=1)
print(r.stride(), r.is_contiguous(), r + 1)
nan = float('nan')
print(torch.unique(torch.tensor([1., nan, 1., nan]), return_inverse=True, return_counts=True),
      torch.unique(torch.tensor([[1., nan], [1., nan]]), dim=0, return_counts=True),
      torch.unique(torch.tensor([1., -0., 0., -0.])), torch.unique(torch.tensor([-0., 0.]), sorted=False),
      torch.unique(torch.tensor([True, False, True]), sorted=False, return_counts=True),
      torch.unique(torch.tensor([True, True]), return_inverse=True), sep='\n')
print(torch.unique(torch.tensor([])), torch.unique(torch.tensor([]), return_inverse=True, return_counts=True),
      torch.zeros(0, 2).unique(dim=0), torch.zeros(2, 0).unique(dim=1), torch.zeros(0, 3).unique(dim=0, return_inverse=True, return_counts=True),
      torch.unique(torch.tensor(3.)), torch.unique(torch.tensor(5), return_counts=True, return_inverse=True), sep='\n')
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1])),
      torch.unique_consecutive(torch.tensor([[1, 1], [2, 2], [2, 2], [1, 1]]), dim=0, return_inverse=True, return_counts=True),
      torch.unique_consecutive(torch.tensor([[1, 1], [2, 2]]), return_inverse=True),
      torch.unique_consecutive(torch.tensor([]), return_counts=True, return_inverse=True),
      torch.unique_consecutive(torch.tensor([1., nan, nan]), return_counts=True), torch.tensor([3, 1, 3]).unique_consecutive(),
      torch.unique_consecutive(torch.tensor(5), return_counts=True, return_inverse=True), sep='\n')
x = torch.tensor([1., 2., 2.], requires_grad=True)
for f in (lambda: torch.unique(x), lambda: torch.unique(x, dim=0), lambda: torch.unique_consecutive(x),
          lambda: x.unique_consecutive(dim=0), lambda: x.unique(sorted=False, return_inverse=True)[0]):
    r = f()
    print(r)
    try:
        r.sum().backward()
    except Exception as e:
        print(type(e).__name__, e)
for bad in (lambda: torch.zeros(2, 0).unique(dim=0), lambda: torch.zeros(0, 0).unique(dim=0), lambda: torch.unique(torch.tensor(3.), dim=0),
            lambda: torch.unique(t, dim=2), lambda: torch.unique_consecutive(torch.tensor(5), dim=0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
