import torch
from torch.autograd.functional import jvp
def f(x):
    return x ** 3
out, t = jvp(f, torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0]))
print(out)
print(t)
