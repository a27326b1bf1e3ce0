import torch
class Two(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.save_for_backward(x)
        ctx.k = k
        return x * k, x ** 2
    @staticmethod
    def backward(ctx, ga, gb):
        print('backward got', ga, gb)
        x, = ctx.saved_tensors
        return ga * ctx.k + gb * 2 * x, None
x = torch.tensor([1., 2., 3.], requires_grad=True)
a, b = Two.apply(x, 3.)
print(a, b, a.output_nr, b.output_nr, a.grad_fn is b.grad_fn, type(a.grad_fn).__name__, a.grad_fn.next_functions)
a.sum().backward(retain_graph=True)
print(x.grad)
x.grad = None
(a.sum() + b.sum()).backward()
print(x.grad)
class NoMat(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        return x.clone(), x.clone()
    @staticmethod
    def backward(ctx, g1, g2):
        print('nomat got', g1, g2)
        return g1 if g1 is not None else g2
x.grad = None
a, b = NoMat.apply(x)
b.sum().backward()
print(x.grad)
class WithIdx(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        v, i = x.max(0)
        ctx.mark_non_differentiable(i)
        ctx.save_for_backward(i)
        return v, i
    @staticmethod
    def backward(ctx, gv, gi):
        print('withidx got', gv, gi)
        i, = ctx.saved_tensors
        r = torch.zeros(3)
        r[i] = gv
        return r
x.grad = None
v, i = WithIdx.apply(x)
print(v, i, i.requires_grad, i.grad_fn, v.grad_fn, v.output_nr)
v.backward()
print(x.grad)
class Mixed(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, 5, x + 1
    @staticmethod
    def backward(ctx, g1, g2, g3):
        print('mixed got', g1, g2, g3)
        return g1 + g3
x.grad = None
r = Mixed.apply(x)
print(r[1], r[0].output_nr, r[2].output_nr)
r[2].sum().backward()
print(x.grad)
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3
    @staticmethod
    def backward(ctx, g1):
        return g1
try:
    Bad.apply(x)[0].sum().backward()
except Exception as e: print(type(e).__name__, e)
class Hooked(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3
    @staticmethod
    def backward(ctx, g1, g2):
        return g1 * 2 + g2 * 3
x.grad = None
p, q = Hooked.apply(x)
q.register_hook(lambda g: print('hook q', g))
p.register_hook(lambda g: print('hook p', g))
gx, = torch.autograd.grad(p.sum(), x, create_graph=True)
print(gx)
p, q = Hooked.apply(x)
q.retain_grad()
(q * p).sum().backward()
print(x.grad, q.grad)
class Same(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x, y * 2
    @staticmethod
    def backward(ctx, g1, g2):
        return g1, g2 * 2
y = torch.ones(3, requires_grad=True)
s, t = Same.apply(x, y)
print(s.grad_fn, s is x, s._base is x if False else '', t.output_nr, s.output_nr)
# create_graph through a custom Function with two outputs
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2, x ** 3
    @staticmethod
    def backward(ctx, g2, g3):
        x, = ctx.saved_tensors
        return g2 * 2 * x + g3 * 3 * x ** 2
x4 = torch.tensor([1., 2.], requires_grad=True)
s2, s3 = Sq.apply(x4)
g, = torch.autograd.grad(s3.sum(), x4, create_graph=True)
print(g, g.grad_fn is not None)
print(torch.autograd.grad(g.sum(), x4))
class Saves(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp()
        z = x * 2
        ctx.save_for_backward(z)
        return y, z
    @staticmethod
    def backward(ctx, gy, gz):
        z, = ctx.saved_tensors
        return gz * 2 + gy * z
y, z = Saves.apply(x4)
z.add_(1) if False else None
print([t.shape for t in y.grad_fn.saved_tensors])
y2, z2 = Saves.apply(x4)
with torch.no_grad():
    z2.mul_(1)
try:
    y2.sum().backward()
except RuntimeError as e:
    print(e)
