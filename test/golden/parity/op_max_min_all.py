import torch
x = torch.tensor([[1.0, 5.0], [7.0, -2.0]])
print(x.max(), x.min())
print(torch.max(x), torch.max(x, 0))
print(torch.maximum(x, torch.zeros(2, 2)))
print(torch.tensor([3, 9, 1]).max())
