import torch
torch.manual_seed(0)
print(torch.randperm(6))
print(torch.randperm(10))
print(torch.randperm(1))
