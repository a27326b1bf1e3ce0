import torch
import torch.utils.data
torch.utils.data.default_collate([object(), object()])
