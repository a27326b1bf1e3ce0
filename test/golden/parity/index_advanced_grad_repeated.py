import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x[torch.tensor([0, 0, 2])].sum().backward()
print(x.grad)
m = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
(m[m > 0] * 2).sum().backward()
print(m.grad)
