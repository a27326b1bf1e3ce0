import torch
import torch.utils.data
torch.utils.data.default_collate([[1, 2], [3]])
