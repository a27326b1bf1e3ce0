import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.prod(), x.prod(dim=0), x.prod(dim=1))
print(torch.tensor([1, 2, 3, 4]).prod())
print(torch.tensor([2.0, 0.0, 3.0]).prod())
