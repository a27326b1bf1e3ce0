import torch
from torch.nn import init
init.xavier_uniform_(torch.empty(5))
