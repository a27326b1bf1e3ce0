import torch
a = torch.tensor([1., 2., 3., 4.], requires_grad=True)
for args in [(), (3,), (2, True), (1,), (0,), (5,)]:
    r = torch.combinations(a, *args); print(args, r, r.grad_fn)
r = torch.combinations(a); print(torch.autograd.grad((r * torch.arange(12.).view(6, 2)).sum(), a))
print(torch.combinations(torch.tensor([1, 2, 3]), with_replacement=True))
for f in [lambda: torch.combinations(torch.ones(2, 2)), lambda: torch.combinations(a, -1)]:
    try: f()
    except RuntimeError as e: print('RuntimeError', e)
print(torch.gcd(torch.tensor([4, 6, -9, 0, 2**40]), torch.tensor([6, -4, 6, 0, 2**20])), torch.lcm(torch.tensor([4, 6, -9, 0]), torch.tensor([6, -4, 6, 5])), torch.tensor([[12], [18]]).gcd(torch.tensor([8, 27])))
x = torch.tensor([12, 18]); x.gcd_(torch.tensor([8, 27])); print(x); torch.lcm_(x, torch.tensor([3, 6])); print(x)
try: torch.gcd(torch.tensor([1.]), torch.tensor([2.]))
except RuntimeError as e: print('RuntimeError', e)
e = torch.empty_strided((2, 3), (1, 2)); print(e.shape, e.stride(), e.dtype, e.is_contiguous())
e = torch.empty_strided((2, 3), (3, 1), dtype=torch.float64, requires_grad=True); print(e.stride(), e.dtype, e.requires_grad)
print(torch.ones(2).new_empty_strided((2, 2), (1, 2)).stride(), torch.ones(2, dtype=torch.int64).new_empty_strided((3,), (2,)).dtype)
