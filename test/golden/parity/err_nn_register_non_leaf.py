import torch
import torch.nn as nn
m = nn.Module()
w = nn.Parameter(torch.ones(2))
m.register_parameter('w', w * 2)
