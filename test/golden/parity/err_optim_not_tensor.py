import torch
torch.optim.SGD([torch.zeros(1, requires_grad=True), 3], lr=0.1)
