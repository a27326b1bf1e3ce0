import torch
# gradients arriving for only some outputs of a node with several outputs (unbind, split): the others count as zeros
x = torch.arange(6.).reshape(2, 3).requires_grad_()
a, b = x.unbind(0)
(a * 2).sum().backward()
print(x.grad)
y = x * 1
p, q, r = y.unbind(1)
print(p.output_nr, q.output_nr, r.output_nr, p.grad_fn is r.grad_fn, p.is_leaf, p._version)
calls = []
p.register_hook(lambda g: calls.append(('p', g)))
q.register_hook(lambda g: calls.append(('q', g)))
p.retain_grad()
print(torch.autograd.grad(p.sum(), x, retain_graph=True))
print(calls, p.grad)
# gradients with respect to outputs of the node
s = (p * 3 + q).sum()
print(torch.autograd.grad(s, [q, p], retain_graph=True))
print(torch.autograd.grad(s, [r, p], allow_unused=True, retain_graph=True))
# backward(inputs=...) with an output of the node
q.retain_grad()
s.backward(inputs=[q, x], retain_graph=True)
print(q.grad, x.grad)
# retain_graph: the same node runs again
x.grad = None
s.backward()
print(x.grad)
try:
    s.backward()
except RuntimeError as e:
    print('second backward:', str(e)[:60])
# create_graph through unbind and split: double backward
x2 = torch.tensor([1., 2., 3.], requires_grad=True)
u = (x2 ** 2).unbind()
gx, = torch.autograd.grad(u[1] * u[2], x2, create_graph=True)
print(gx)
print(torch.autograd.grad(gx.sum(), x2))
v = (x2 ** 3).split([1, 2])
gx, = torch.autograd.grad(v[1].sum(), x2, create_graph=True)
print(gx, gx.grad_fn)
print(torch.autograd.grad(gx.sum(), x2))
# chunk pieces used twice and summed into one gradient
c1, c2 = (x2 * 1).chunk(2)
(c1.sum() * c2.sum() + c1.prod()).backward()
print(x2.grad)
# hooks replacing the gradient of one output
x3 = torch.ones(4, requires_grad=True)
h1, h2 = (x3 * 2).split(2)
h2.register_hook(lambda g: g * 10)
(h1 + h2).sum().backward()
print(x3.grad)
# gradient of a piece of a piece
m = torch.arange(12., requires_grad=True)
rows = m.view(3, 4).unbind()
cols = rows[1].split(3)
(cols[0] * torch.tensor([1., 2., 3.])).sum().backward()
print(m.grad)
