import torch
torch.optim.lr_scheduler.StepLR([torch.zeros(1)], step_size=2)
