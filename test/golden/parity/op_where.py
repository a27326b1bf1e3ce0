import torch
c = torch.tensor([True, False, True])
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([-1.0, -2.0, -3.0])
print(torch.where(c, a, b))
print(torch.where(a > 1.5, a, torch.tensor(0.0)))
print(torch.where(torch.tensor([[True], [False]]), a, b))
print(torch.where(torch.tensor([0, 3, 0, 5]) > 0))
