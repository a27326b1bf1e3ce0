import torch
def f(x, y):
    return (x * y + x.exp()).sum()
x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = torch.tensor([1.5, 2.0, -0.5], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(f, (x, y)))
print(torch.autograd.gradcheck(lambda t: t ** 2 / 3, (x,)))
