import torch
x = torch.tensor([4, 6])
print(x // 2)
x // torch.tensor([1, 0])
