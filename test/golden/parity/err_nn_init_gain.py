import torch
from torch.nn import init
init.calculate_gain('softmax')
