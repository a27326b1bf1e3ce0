import torch
import torch.nn as nn
m = nn.PReLU(4)
print(m, m.weight)
m(torch.randn(2, 3, 5))
