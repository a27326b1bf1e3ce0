import torch
try:
    import torch.nn.functional as F
except ImportError:  # before torch.nn exists in tnb
    import torch._F_nn as F
torch.manual_seed(7)
print(F.dropout2d(torch.ones(2, 3, 4), 0.5))
print(F.dropout2d(torch.ones(2, 3), 0.5))
