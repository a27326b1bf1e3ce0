import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 2
b = x * x
print(torch.autograd.grad([a.sum(), b.sum()], x, retain_graph=True))
print(torch.autograd.grad(b, x, grad_outputs=torch.tensor([1.0, 10.0])))
