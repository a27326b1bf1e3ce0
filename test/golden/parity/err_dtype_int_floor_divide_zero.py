import torch
x = torch.tensor([7, -7], dtype=torch.int32)
print(x // torch.tensor([2, 3], dtype=torch.int32))
print(x // torch.tensor([2, 0], dtype=torch.int32))
