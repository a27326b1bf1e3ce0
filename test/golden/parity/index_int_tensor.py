import torch
x = torch.tensor([10, 20, 30, 40])
print(x[torch.tensor([0, 2, 0])])
print(x[torch.tensor([[0, 1], [3, 3]])])
print(x[[1, 3]])
print(x[torch.tensor([-1])])
