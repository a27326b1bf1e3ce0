import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * x).exp().log()
z = (y * 0.5).sum()
z.backward()
print(z)
print(x.grad)
