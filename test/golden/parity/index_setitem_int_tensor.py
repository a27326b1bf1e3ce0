import torch
x = torch.zeros(5)
x[torch.tensor([0, 2])] = -1
print(x)
x[torch.tensor([1, 3])] = torch.tensor([5.0, 6.0])
print(x)
