import torch
torch.optim.Adam(torch.randn(3, requires_grad=True))
