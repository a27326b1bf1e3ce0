import torch
print(torch.linspace(0, 1, 5))
print(torch.linspace(-1, 1, steps=3))
print(torch.linspace(0, 1, 7))
print(torch.linspace(2, 2, 1))
print(torch.linspace(0, 10, 4, dtype=torch.float64))
