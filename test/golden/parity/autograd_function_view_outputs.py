import torch
class Same(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x
    @staticmethod
    def backward(ctx, g):
        return g * 2
class ViewOut(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x[0:2]
    @staticmethod
    def backward(ctx, g):
        r = torch.zeros(3)
        r[0:2] = g
        return r
x = torch.ones(3, requires_grad=True)
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
y = x * 1
s = Same.apply(y)
print(s.grad_fn, s._is_view(), s._base is y, s.requires_grad)
t(lambda: s.mul_(2))
v = ViewOut.apply(y)
print(v.grad_fn, v._is_view(), v.requires_grad)
t(lambda: v.mul_(2))
s2 = Same.apply(y)
(s2 * 3).sum().backward()
print(x.grad)
