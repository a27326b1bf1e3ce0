import torch
torch.manual_seed(1)
print(torch.randn(17))
