import torch
import torch.nn as nn

model = nn.Linear(2, 1)
model(torch.ones(3, 2)).sum().backward()
g = model.weight.grad
print(g)
model.zero_grad()
print(model.weight.grad, model.weight.grad is g)
model(torch.ones(3, 2)).sum().backward()
model.zero_grad(set_to_none=True)
print(model.weight.grad, model.bias.grad)
model.zero_grad()
print(model.weight.grad)
