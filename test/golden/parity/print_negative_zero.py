import torch
print(torch.tensor([-0.0, 0.0, 1.0]))
print(torch.tensor(-0.0))
print(torch.tensor([-0.0, -0.0]))
print(torch.tensor([-0.0, 1.5]))
print(-torch.zeros(2))
