import torch
x = torch.ones(3, 3, requires_grad=True)
print(x[0].grad_fn)
print(x[1:].grad_fn)
print(x[torch.tensor([0, 1])].grad_fn)
print(x[x > 0].grad_fn)
print(x[None].grad_fn)
y = x * 1
y[0] = 0
print(y.grad_fn)
