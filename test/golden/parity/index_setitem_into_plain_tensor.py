import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
buf = torch.zeros(4)
buf[1:3] = w * 3
print(buf)
buf.sum().backward()
print(w.grad)
