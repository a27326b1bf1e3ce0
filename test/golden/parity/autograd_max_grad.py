import torch
x = torch.tensor([1.0, 5.0, 3.0], requires_grad=True)
x.max().backward()
print(x.grad)
y = torch.tensor([[1.0, 4.0], [3.0, 2.0]], requires_grad=True)
y.max(dim=1).values.sum().backward()
print(y.grad)
