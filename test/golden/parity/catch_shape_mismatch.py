import torch
try:
    torch.ones(2, 3) + torch.ones(4)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(2, 3) @ torch.ones(2, 3)
except RuntimeError as e:
    print(type(e).__name__, e)
