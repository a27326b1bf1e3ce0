import torch
print(torch.tensor(3.5))
print(torch.tensor(7))
print(torch.tensor(True))
print(torch.tensor(2.0, dtype=torch.float64))
print(torch.tensor(-0.125))
x = torch.tensor(4.0)
print(x.shape, x.dim(), x.numel())
