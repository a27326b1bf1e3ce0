import torch
import torch.utils.data
torch.utils.data.DataLoader(range(4), sampler=[0, 1], shuffle=True)
