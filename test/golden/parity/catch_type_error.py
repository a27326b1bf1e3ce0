import torch
try:
    torch.ones(2) + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(2, dtype=torch.long).requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, e)
