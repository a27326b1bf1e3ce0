import torch
torch.manual_seed(42)
a = torch.rand(3)
torch.manual_seed(42)
b = torch.rand(3)
print(a, b, torch.equal(a, b))
print(torch.rand(3))
