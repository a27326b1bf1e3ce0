import torch
x = torch.tensor([1.0, 2.0, 4.0])
print(2 - x)
print(2 / x)
print(2 ** x)
print(x ** 2)
print(3 * x, 1 + x)
print(x ** 0.5, x ** -1)
