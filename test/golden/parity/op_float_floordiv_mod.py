import torch
x = torch.tensor([5.5, -5.5, 7.0, -7.0])
print(x // 2)
print(x % 2)
print(x % -2)
print(torch.remainder(x, 3), torch.fmod(x, 3))
print(x / 0)
