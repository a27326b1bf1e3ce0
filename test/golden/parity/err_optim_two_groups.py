import torch
x = torch.randn(2, requires_grad=True)
torch.optim.SGD([{'params': [x]}, {'params': [x], 'lr': 1.0}], lr=0.1)
