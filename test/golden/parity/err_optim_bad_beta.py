import torch
torch.optim.AdamW([torch.zeros(1, requires_grad=True)], betas=(0.9, 1.0))
