import torch
x = torch.ones(2, requires_grad=True)
y = x * 2
acc = y.grad_fn.next_functions[0][0]
print(acc.name())
print(acc.variable is x)
print(y.grad_fn.next_functions[1])
