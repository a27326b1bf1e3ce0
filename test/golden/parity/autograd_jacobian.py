import torch
from torch.autograd.functional import jacobian
def f(x):
    return x ** 2
print(jacobian(f, torch.tensor([1.0, 2.0, 3.0])))
def g(x, y):
    return x * y
print(jacobian(g, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
