import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor(5.0, requires_grad=True)
y = x * 1
y[1] = w * 2
print(y)
(y * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(x.grad, w.grad)
