import torch
import math
import torch.nn as nn
from torch.nn import init

torch.set_printoptions(precision=8)
print(init.calculate_gain('relu'), init.calculate_gain('tanh'), init.calculate_gain('leaky_relu', 0.2),
      init.calculate_gain('linear'), init.calculate_gain('conv2d'), init.calculate_gain('sigmoid'),
      init.calculate_gain('selu'), init.calculate_gain('leaky_relu'))
torch.manual_seed(0)
w = torch.empty(3, 5)
print(init.uniform_(w, -0.5, 0.5))
print(init.normal_(w, 1.0, 0.1))
print(init.constant_(w, 0.3))
print(init.ones_(w), init.zeros_(w))
print(init.eye_(torch.empty(3, 4)))
print(init.xavier_uniform_(w))
print(init.xavier_normal_(w, gain=init.calculate_gain('tanh')))
print(init.kaiming_uniform_(w, mode='fan_out', nonlinearity='relu'))
print(init.kaiming_normal_(w, a=0.1))
print(init.kaiming_uniform_(torch.empty(2, 3, 4, 4), a=math.sqrt(5))[1, 2])
print(init._calculate_fan_in_and_fan_out(torch.empty(8, 3, 5, 5)))
print(init.dirac_(torch.empty(2, 2, 3)))
p = nn.Parameter(torch.empty(2, 2))
r = init.normal_(p)
print(r is p, p.requires_grad, p.grad_fn)
z = torch.empty(0, 3)
print(init.kaiming_uniform_(z).shape)
t = init.trunc_normal_(torch.empty(1000), mean=0.5, std=2.0, a=-1.0, b=1.0)
print(t.min().item() >= -1.0, t.max().item() <= 1.0)
torch.set_printoptions(precision=4)
torch.manual_seed(0)
print(init.trunc_normal_(torch.empty(2, 4), std=0.02))
print(init.trunc_normal_(torch.empty(5)))
torch.set_printoptions(profile="default")
