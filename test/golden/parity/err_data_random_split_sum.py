import torch
import torch.utils.data
torch.utils.data.random_split(range(10), [3, 3])
