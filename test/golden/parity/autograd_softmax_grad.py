import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = torch.softmax(x, dim=0)
(s * torch.tensor([1.0, 0.0, 0.0])).sum().backward()
print(s)
print(x.grad)
