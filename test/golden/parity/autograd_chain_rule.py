import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
z = 3 * y + 1
print(z)
z.backward()
print(x.grad)
