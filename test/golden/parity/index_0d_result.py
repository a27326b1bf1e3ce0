import torch
x = torch.tensor([[1.5, 2.5], [3.5, 4.5]])
e = x[1, 1]
print(e, e.shape, e.dim())
print(e.item())
print(x[0][1] + 1)
