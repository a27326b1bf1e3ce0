import torch
import torch.nn as nn
m = nn.Module()
m.register_buffer('a.b', torch.zeros(1))
