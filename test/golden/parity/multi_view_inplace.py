import torch
# in-place changes of the views that unbind/split/chunk return: refused while they could be tracked
w = torch.ones(3, requires_grad=True)
def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
x = torch.arange(6.).reshape(2, 3).requires_grad_()
y = x * 1
t(lambda: y.unbind(0)[0].mul_(2))
t(lambda: x.unbind(0)[0].mul_(2))
t(lambda: y.split(1)[0].add_(1))
t(lambda: y.split([1, 1])[1].zero_())
def setitem():
    y.chunk(2)[1][0] = 5
t(setitem)
t(lambda: y.split(1)[0].view(3).mul_(2))
# a tensor that does not require grad: allowed, unless the other operand requires grad
z = torch.zeros(2, 3)
p, q = z.unbind()
p.add_(1)
print(z)
t(lambda: z.unbind()[0].add_(w))
# in-place under no_grad is allowed, but the view cannot be used afterwards
a, b = (w * 2).split(2)
with torch.no_grad():
    a.mul_(2)
t(lambda: a.grad_fn)
t(lambda: a + 1)
# the base changed in place: the views made by unbind become unusable, other views are rebased
y2 = x.clone()
p, q = y2.unbind()
v = y2[0]
y2.mul_(2)
t(lambda: p.grad_fn)
t(lambda: q)
print(v.grad_fn.name())
# views made under no_grad
with torch.no_grad():
    nv = y[0:1]
print(nv.requires_grad, nv.grad_fn, nv.is_leaf)
t(lambda: nv.mul_(2))
with torch.no_grad():
    zv = z[0]
t(lambda: zv.add_(w))
zv.add_(1)
print(z)
# unsafe_split: pieces share memory but are not views, so in place is allowed
y3 = x * 1
s1, s2 = y3.unsafe_split(1)
s1.mul_(2)
print(s1.grad_fn.name(), s1._version, y3._version, y3, s1._base)
s1.sum().backward()
print(x.grad)
