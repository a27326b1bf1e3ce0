import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
y.register_hook(lambda g: print("hook on y:", g))
x.register_hook(lambda g: print("hook on x:", g))
y.sum().backward()
print(x.grad)
