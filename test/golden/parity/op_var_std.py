import torch
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 2.0]])
print(x.var(), x.std())
print(x.var(dim=1), x.std(dim=0))
print(x.var(dim=1, unbiased=False))
print(x.std(dim=1, keepdim=True))
print(torch.tensor([5.0]).var())
