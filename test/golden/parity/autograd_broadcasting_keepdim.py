import torch
a = torch.arange(6.0).reshape(2, 3).requires_grad_()
b = torch.tensor([[10.0], [20.0]], requires_grad=True)
s = torch.tensor(2.0, requires_grad=True)
((a + b) * s).sum().backward()
print(a.grad)
print(b.grad)
print(s.grad)
