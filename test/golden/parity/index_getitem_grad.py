import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
x[1:3].sum().backward()
print(x.grad)
y = torch.ones(2, 3, requires_grad=True)
(y[:, 0] * 5).sum().backward()
print(y.grad)
