import torch

# tril/triu, trace, roll, flip/fliplr/flipud, atan2, erf/erfc, addcmul/addcdiv, broadcast_to, ravel, movedim:
# values, grad_fn names, gradients, layouts and errors.
torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(2, 3, 3, requires_grad=True)
w = torch.arange(12.).reshape(3, 4)


def show(name, y, *leaves):
    print(name, tuple(y.shape), y.stride(), y.grad_fn)
    print(y)
    for t in leaves:
        t.grad = None
    (y * torch.arange(y.numel()).reshape(y.shape).to(y.dtype)).sum().backward()
    for t in leaves:
        print(t.grad)


show('tril', a.tril(), a)
show('tril(1)', torch.tril(a, 1), a)
show('tril(-1) batched', b.tril(-1), b)
show('triu', a.triu(), a)
show('triu(2)', torch.triu(a, diagonal=2), a)
show('triu(-5)', a.triu(-5), a)
print(torch.ones(3, 3, dtype=torch.bool).tril(), torch.arange(9).reshape(3, 3).triu())
show('trace', a.trace(), a)
print(torch.arange(12).reshape(3, 4).trace(), torch.ones(2, 2, dtype=torch.float64).trace())
show('roll(1)', a.roll(1), a)
show('roll(-1, 0)', a.roll(-1, 0), a)
show('roll((1, 2), (0, 1))', torch.roll(a, (1, 2), (0, 1)), a)
show('roll(5, 1)', a.roll(5, 1), a)
show('flip(0)', a.flip(0), a)
show('flip(0, 1)', torch.flip(a, (0, 1)), a)
show('fliplr', a.fliplr(), a)
show('flipud', torch.flipud(a), a)
print(a.t().flip(0).stride(), a.flip(1).stride())
show('atan2', torch.atan2(a, w), a)
x2 = torch.randn(3, 1, requires_grad=True)
show('atan2 broadcast', a.atan2(x2), a, x2)
print(torch.atan2(torch.tensor([0., -0., 1., -1.]), torch.tensor([-1., -1., 0., 0.])))
print(torch.atan2(torch.tensor([1, 2]), torch.tensor([3, 4])))
show('erf', a.erf(), a)
show('erfc', torch.erfc(a), a)
print(torch.erf(torch.tensor([0., 0.5, 1., 2., 4., -3., float('inf'), float('nan')])))
print(torch.erfc(torch.tensor([0., 0.5, 1., 2., 4., 6., 10., -3.], dtype=torch.float64)))
t1 = torch.randn(3, 4, requires_grad=True)
t2 = torch.randn(1, 4, requires_grad=True)
show('addcmul', torch.addcmul(a, t1, t2, value=0.5), a, t1, t2)
show('addcdiv', a.addcdiv(t1, t2, value=-2), a, t1, t2)
show('addcmul default', a.addcmul(t1, t2), a, t1, t2)
show('broadcast_to', torch.broadcast_to(x2, (2, 3, 4)), x2)
show('ravel', a.t().ravel(), a)
show('movedim', b.movedim(0, 2), b)
show('moveaxis', torch.moveaxis(b, (0, 1), (2, 0)), b)
print(torch.randn(2, 3, 4, 5).movedim(-1, 0).shape, torch.randn(2, 3, 4).movedim((1, 2), (0, 1)).shape)

bad = [
    lambda: torch.ones(3).tril(),
    lambda: torch.ones(3).triu(),
    lambda: torch.ones(2, 2, 2).trace(),
    lambda: torch.ones(3).trace(),
    lambda: a.roll((1, 2)),
    lambda: a.roll((1, 2), 0),
    lambda: a.roll(1, 2),
    lambda: a.flip(0, 0),
    lambda: a.flip(2),
    lambda: torch.ones(3).fliplr(),
    lambda: torch.ones(()).flipud(),
    lambda: a.atan2(2),
    lambda: torch.atan2(a, torch.ones(5)),
    lambda: torch.addcmul(a, t1, torch.ones(5)),
    lambda: torch.addcdiv(torch.ones(2, dtype=torch.long), torch.ones(2, dtype=torch.long), torch.ones(2, dtype=torch.long)),
    lambda: torch.broadcast_to(a, (2, 4)),
    lambda: b.movedim((0, 1), 2),
    lambda: b.movedim(0, 3),
]
for f in bad:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
for f in [lambda: b.movedim(0, (1,)), lambda: b.movedim([0], 1), lambda: torch.ones(()).tril(), lambda: torch.ones(()).trace(),
          lambda: b.movedim((0, 0), (1, 2)), lambda: b.movedim((0, 1), (2, 2)), lambda: b.flip(0, -3)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)

# diag: vector -> matrix and matrix -> vector, any offset, with gradients
v = torch.randn(3, requires_grad=True)
show('diag(v)', torch.diag(v), v)
show('diag(v, 1)', v.diag(1), v)
show('diag(v, -2)', torch.diag(v, -2), v)
show('diag(a)', a.diag(), a)
show('diag(a, 1)', torch.diag(a, 1), a)
show('diag(a.t(), -1)', torch.diag(a.t(), -1), a)
print(torch.diag(torch.arange(3)), torch.diag(torch.ones(2, 2, dtype=torch.bool)))
for f in [lambda: torch.diag(torch.ones(2, 2, 2)), lambda: torch.diag(torch.ones(())), lambda: torch.diag(torch.ones(3), 1.5)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)

# argument errors: the function forms count `input` as position 1, the methods start after self
for f in [lambda: torch.atan2(a, 2), lambda: torch.diag(a, True), lambda: a.diag(True), lambda: a.diag(1.5),
          lambda: torch.tril(a, 1.5), lambda: a.tril(1.5), lambda: torch.triu(a, True), lambda: a.triu(2.0),
          lambda: torch.roll(a, 1.5), lambda: a.roll(1.5), lambda: a.roll(1, 0.5), lambda: torch.roll(a, (1,), (0.5,)),
          lambda: torch.maximum(a, 2), lambda: a.maximum(2), lambda: torch.minimum(a, 2.5), lambda: a.minimum(None)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
x = torch.randn(3, 4, requires_grad=True)
x.trace().backward(torch.tensor(float('inf')))
print(x.grad)
