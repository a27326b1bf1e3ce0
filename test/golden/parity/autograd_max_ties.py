import torch
x = torch.tensor([2.0, 5.0, 5.0, 1.0], requires_grad=True)
x.max().backward()
print(x.grad)
y = torch.tensor([2.0, 5.0, 5.0, 1.0], requires_grad=True)
y.max(dim=0)[0].backward()
print(y.grad)
