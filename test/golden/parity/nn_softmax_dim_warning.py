import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0]])
print(F.softmax(x))
print(F.log_softmax(x))
print(F.softmin(x, dim=0))
print(nn.Softmax()(x))
print(F.softmax(x, dim=-1, dtype=torch.float64))
print(F.softmax(torch.tensor([1.0, 2.0])))
print(nn.Softmax2d()(torch.ones(2, 2, 1)))
