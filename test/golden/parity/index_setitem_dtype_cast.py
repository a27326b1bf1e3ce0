import torch
x = torch.zeros(3, dtype=torch.long)
x[0] = 2.7
x[1] = -2.7
x[2] = True
print(x)
b = torch.zeros(2, dtype=torch.bool)
b[1] = 1
print(b)
