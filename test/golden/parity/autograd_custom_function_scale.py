import torch
class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        return x * k
    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None
x = torch.tensor([1.0, -1.0], requires_grad=True)
y = Scale.apply(x, 5.0)
y.sum().backward()
print(y, x.grad)
