import torch
x = torch.arange(6.0).reshape(2, 3)
print(x.sum(), x.mean())
print(x.sum(dim=0), x.sum(dim=1))
print(x.sum(dim=1, keepdim=True))
print(x.mean(dim=-1), x.sum(dim=(0, 1)))
print(torch.arange(5).sum(), torch.arange(5).sum().dtype)
print(torch.tensor([True, True, False]).sum())
