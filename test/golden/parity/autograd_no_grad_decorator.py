import torch
@torch.no_grad()
def f(t):
    return t * 2
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = f(x)
print(y, y.requires_grad)
print((x * 2).requires_grad)
