import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_norm_
w = nn.Parameter(torch.ones(2))
w.grad = torch.tensor([float('inf'), 1.0])
clip_grad_norm_(w, 1.0, error_if_nonfinite=True)
