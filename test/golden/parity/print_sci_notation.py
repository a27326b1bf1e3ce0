import torch
print(torch.tensor([1e-5, 1.0, 1e5]))
print(torch.tensor([1e10, 1.0]))
print(torch.tensor([0.001, 0.01]))
print(torch.tensor([1e-8]))
print(torch.tensor(123456789.0))
print(torch.tensor([1e-5, 1.0, 1e5], dtype=torch.float64))
