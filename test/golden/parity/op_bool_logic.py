import torch
a = torch.tensor([True, True, False, False])
b = torch.tensor([True, False, True, False])
print(a & b, a | b, a ^ b)
print(~a, torch.logical_not(a))
print(a.any(), a.all(), torch.tensor([]).bool().all())
print(a.sum(), a.float().mean())
