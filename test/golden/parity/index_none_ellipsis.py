import torch
x = torch.arange(6).reshape(2, 3)
print(x[None].shape)
print(x[:, None, :].shape)
print(x[..., 0])
print(x[..., None].shape)
print(x[None, ..., None].shape)
print(x[...])
