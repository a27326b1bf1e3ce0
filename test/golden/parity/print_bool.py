import torch
x = torch.tensor([True, False, True])
print(x)
print(x.dtype)
print(torch.tensor([[True], [False]]))
print(torch.zeros(2, 2, dtype=torch.bool))
print(torch.tensor([1.0, -1.0, 2.0]) > 0)
