import torch
import torch.utils.data
torch.utils.data.DataLoader(range(4), batch_sampler=[[0, 1]], batch_size=2)
