import torch
print(torch.tensor([1.0, -1.0, 0.0]) / 0)
print(torch.tensor([1, 2]) / torch.tensor([0, 4]))
print(torch.tensor([0.0]).log(), torch.tensor([-1.0]).sqrt())
print(torch.tensor([float('inf')]) - float('inf'))
