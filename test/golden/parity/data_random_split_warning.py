import torch
from torch.utils.data import random_split
print([len(s) for s in random_split(range(2), [0.1, 0.1, 0.8], generator=torch.Generator().manual_seed(0))])
