import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6]])
print(torch.cat([a, b]))
print(torch.cat([a, a], dim=1))
print(torch.stack([a, a]))
print(torch.stack([a, a], dim=2).shape)
print(torch.stack([torch.tensor(1.0), torch.tensor(2.0)]))
