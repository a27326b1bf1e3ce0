import torch
opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9, last_epoch=4)
