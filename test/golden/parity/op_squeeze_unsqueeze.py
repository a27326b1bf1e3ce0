import torch
x = torch.zeros(1, 3, 1, 2)
print(x.squeeze().shape)
print(x.squeeze(0).shape, x.squeeze(2).shape, x.squeeze(1).shape)
y = torch.tensor([1, 2, 3])
print(y.unsqueeze(0))
print(y.unsqueeze(1))
print(y.unsqueeze(-1).shape)
