import torch
x = torch.arange(1000).reshape(10, 100)
print(x[0])
print(torch.arange(1000.0).reshape(20, 50)[:2])
