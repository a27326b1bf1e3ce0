import torch
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
y = x.t().reshape(6) * torch.arange(6.0)
y.sum().backward()
print(x.grad)
w = torch.ones(3, requires_grad=True)
w.unsqueeze(0).expand(2, 3).sum().backward()
print(w.grad)
