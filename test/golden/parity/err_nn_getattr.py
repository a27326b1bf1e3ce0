import torch
import torch.nn as nn
m = nn.Linear(2, 3)
print(m.weight.shape)
m.wieght
