import torch
print(torch.tensor([0.1, 123.456, 1000.5]))
print(torch.tensor([3.14159265, 2.71828182]))
print(torch.tensor([1.0 / 3, 2.0 / 3]))
print(torch.tensor([99999.0, 0.5]))
