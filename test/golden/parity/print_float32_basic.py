import torch
x = torch.tensor([1.5, -2.25, 3.0])
print(x)
print(x.dtype)
print(torch.tensor([0.1, 0.2, 0.3]))
print(torch.tensor([[1.0, 2.5], [-3.75, 4.0]]))
