import torch
a = torch.tensor([7, -7, 6])
print(a + 1, a * 2, a - 10)
print(a / 2)
print(a // 2)
print(a % 3)
print(a ** 2)
print(2 ** a.clamp(min=0))
