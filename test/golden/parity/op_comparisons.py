import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([3, 2, 1])
print(a == b, a != b)
print(a < b, a <= b)
print(a > 2, a >= 2)
print(torch.eq(a, b), torch.equal(a, a), torch.equal(a, b))
print(torch.tensor([1.0, float('nan')]) == torch.tensor([1.0, float('nan')]))
