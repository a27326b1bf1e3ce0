import torch
x = torch.tensor([[1, 2], [3, -40]])
print(x)
print(x.dtype)
print(torch.tensor([0, 1000000, -7]))
print(torch.zeros(3, dtype=torch.long))
print(torch.tensor([5], dtype=torch.int64))
