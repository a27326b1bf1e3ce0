import torch
x = torch.tensor(3.0, requires_grad=True)
y = x * x
z = y + y * 2
w = z * y
w.backward()
print(w, x.grad)
