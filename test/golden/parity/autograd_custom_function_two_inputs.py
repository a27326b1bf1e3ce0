import torch
class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a * b
    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        print("backward called with", g)
        return g * b, g * a
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
out = Mul.apply(a, b)
print(out.requires_grad)
(out * 2).sum().backward()
print(a.grad, b.grad)
