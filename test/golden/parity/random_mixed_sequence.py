import torch
torch.manual_seed(7)
print(torch.rand(2))
print(torch.randn(3))
print(torch.randint(0, 100, (3,)))
print(torch.randperm(4))
print(torch.rand(2))
