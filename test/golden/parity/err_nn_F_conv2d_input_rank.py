import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
w = torch.randn(4, 3, 3, 3)
F.conv2d(torch.randn(3, 8), w)
