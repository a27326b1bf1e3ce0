import torch
import torch.nn as nn
nn.Parameter(torch.tensor([1, 2]))
