import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 1
c = b * b
b.mul_(2)
try:
    c.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
print(a.grad)
