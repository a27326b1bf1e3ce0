import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([4.0, 8.0], requires_grad=True)
(x / y).sum().backward()
print(x.grad, y.grad)
z = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
(2 ** z).sum().backward()
print(z.grad)
