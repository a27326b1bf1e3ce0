import torch
x = torch.tensor([[1, 2], [3, 4]])
print(torch.zeros_like(x), torch.ones_like(x, dtype=torch.float32))
print(torch.full((2, 3), 7.5))
print(torch.full((2,), 3))
print(torch.full_like(x, 9))
print(torch.eye(3))
print(torch.eye(2, 3))
print(torch.empty(2, 2).shape, torch.zeros(2, 3, dtype=torch.bool))
