import torch
import torch.utils.data
dl = torch.utils.data.DataLoader(range(4))
dl.batch_size = 3
