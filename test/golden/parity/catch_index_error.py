import torch
x = torch.arange(4)
try:
    x[4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x[-5] = 1
except IndexError as e:
    print(type(e).__name__, e)
print(x)
