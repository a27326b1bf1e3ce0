import torch
torch.manual_seed(0)
print(torch.randn(2, 3))
print(torch.randn(4))
print(torch.randn(()))
