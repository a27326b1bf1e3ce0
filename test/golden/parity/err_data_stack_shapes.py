import torch
import torch.utils.data
list(torch.utils.data.DataLoader([torch.zeros(2), torch.zeros(3)], batch_size=2))
