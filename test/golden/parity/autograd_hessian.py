import torch
from torch.autograd.functional import hessian
def f(x):
    return (x ** 3).sum()
print(hessian(f, torch.tensor([1.0, 2.0])))
def g(x):
    return x[0] * x[1]
print(hessian(g, torch.tensor([3.0, 5.0])))
