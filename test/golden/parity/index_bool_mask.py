import torch
x = torch.tensor([[1.0, -2.0], [3.0, -4.0]])
mask = x > 0
print(mask)
print(x[mask])
print(x[x < -10])
print(x[x < -10].shape)
