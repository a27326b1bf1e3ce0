import torch
x = torch.ones(2, requires_grad=True)
w = torch.ones(2)
y = x * w
print(y.grad_fn.next_functions)
z = (y + x).sum()
print(z.grad_fn.next_functions)
print(z.grad_fn.next_functions[0][0].next_functions)
