import torch
print(torch.tensor([-1e-8, 2.5e7]))
print(torch.tensor([[-1e9, 1.0], [2.0, 3.0]]))
print(torch.tensor([12345.678, 0.5]))
