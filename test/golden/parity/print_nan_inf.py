import torch
print(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.5]))
print(torch.tensor([float('nan')]))
print(torch.tensor([float('inf'), 1.0, 2.0]))
print(torch.tensor(float('-inf')))
print(torch.tensor([float('nan'), 1e-6, 1e6]))
