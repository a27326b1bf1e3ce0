import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, 3, padding=1)
conv1 = nn.Conv1d(2, 4, 3, stride=2, groups=2)
x = torch.randn(2, 2, 5, 5, requires_grad=True)
seq = nn.Sequential(conv, nn.ReLU(), nn.MaxPool2d(2), nn.AvgPool2d(1), nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten())
y = seq(x)
print(y, y.grad_fn.name())
y.sum().backward()
print(x.grad[0, 0])
print(conv.weight.grad[0], conv.bias.grad)
s = torch.randn(1, 2, 7, requires_grad=True)
z = nn.AvgPool1d(2)(nn.MaxPool1d(2, stride=1)(conv1(s)))
print(z, z.grad_fn.name())
z.sum().backward()
print(s.grad, conv1.weight.grad)
