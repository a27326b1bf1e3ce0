import torch
import torch.nn as nn
ml = nn.ModuleList([nn.ReLU()])
ml[3]
