import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    x -= 0.5 * torch.tensor([1.0, 1.0])
    x[0] = 7.0
print(x)
print(x.is_leaf, x.grad_fn)
