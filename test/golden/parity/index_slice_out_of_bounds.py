import torch
x = torch.arange(5)
print(x[3:100])
print(x[10:])
print(x[3:1])
print(x[-100:2])
print(x[5:].shape)
