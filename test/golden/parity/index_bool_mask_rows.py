import torch
x = torch.arange(9).reshape(3, 3)
print(x[torch.tensor([True, False, True])])
print(x[:, torch.tensor([False, True, True])])
