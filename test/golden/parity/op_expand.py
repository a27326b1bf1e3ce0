import torch
x = torch.tensor([[1], [2], [3]])
print(x.expand(3, 4))
print(x.expand(-1, 2))
print(torch.tensor([1.0, 2.0]).expand(2, 2, 2))
print(x.expand_as(torch.zeros(3, 2)))
print(x.expand(3, 4).stride())
