import torch
from torch.autograd.functional import vjp
def f(x):
    return x * x * 2
out, g = vjp(f, torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 0.5, 0.0]))
print(out)
print(g)
