import torch
x = torch.tensor([0.1, 0.2], dtype=torch.float64, requires_grad=True)
y = (x.sin() * x).sum()
y.backward()
print(y)
print(x.grad)
