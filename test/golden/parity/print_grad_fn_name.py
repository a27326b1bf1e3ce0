import torch
x = torch.ones(2, requires_grad=True)
for y in [x * 2, x + 2, x - 2, x / 2, x ** 2, x.sum(), x.mean(), x.exp(), x.view(2, 1), -x]:
    print(y.grad_fn.name(), type(y.grad_fn).__name__)
