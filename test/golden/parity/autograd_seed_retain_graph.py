import torch
torch.manual_seed(0)
x = torch.ones(3, 3, 3, requires_grad=True)
y = x * 3
y.backward(torch.ones(3, 3, 3), retain_graph=True)
print(x.grad)
gradient = torch.randn(3, 3, 3)
y.backward(gradient)
print(x.grad)
