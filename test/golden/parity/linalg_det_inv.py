import torch
import torch.linalg as LA


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.shape, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


def grad_of(name, x, f):
    x.grad = None
    try:
        y = f(x)
        y.sum().backward()
        print(name, y.grad_fn, x.grad)
    except Exception as e:
        print(name, type(e).__name__, e)


A = torch.tensor([[2., 1., 0.], [1., 3., 1.], [0., 1., 4.]], requires_grad=True)
M = torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64, requires_grad=True)
Bt = torch.tensor([[[4., 1.], [2., 3.]], [[0., 1.], [1., 0.]], [[2., 0.], [0., 0.5]]], requires_grad=True)
S = torch.tensor([[1., 2.], [2., 4.]])
P = torch.tensor([[0., 1., 0.], [1., 0., 0.], [0., 0., 1.]])
for name, f in [('linalg.det', LA.det), ('torch.det', torch.det), ('Tensor.det', torch.Tensor.det),
                ('logdet', torch.logdet), ('Tensor.logdet', torch.Tensor.logdet)]:
    show(name + ' A', lambda: f(A))
    show(name + ' M', lambda: f(M))
    show(name + ' batch', lambda: f(Bt))
    show(name + ' singular', lambda: f(S))
    show(name + ' perm', lambda: f(P))
    show(name + ' transposed', lambda: f(A.t()))
    show(name + ' empty', lambda: f(torch.zeros(0, 0)))
    show(name + ' empty batch', lambda: f(torch.zeros(2, 0, 0)))
    show(name + ' 1x1', lambda: f(torch.tensor([[-2.5]])))
    show(name + ' 2x3', lambda: f(torch.ones(2, 3)))
    show(name + ' 1-d', lambda: f(torch.ones(3)))
    show(name + ' long', lambda: f(torch.ones(2, 2, dtype=torch.long)))
    show(name + ' nan', lambda: f(torch.tensor([[1., float('nan')], [0., 1.]])))
    grad_of(name + ' grad A', A, f)
    grad_of(name + ' grad M', M, f)
    grad_of(name + ' grad batch', Bt, f)
for name, f in [('linalg.slogdet', LA.slogdet), ('torch.slogdet', torch.slogdet), ('Tensor.slogdet', torch.Tensor.slogdet)]:
    show(name + ' A', lambda: f(A))
    show(name + ' M', lambda: f(M))
    show(name + ' batch', lambda: f(Bt))
    show(name + ' singular', lambda: f(S))
    show(name + ' neg', lambda: f(-torch.eye(3)))
    show(name + ' 2x3', lambda: f(torch.ones(2, 3)))
    r = f(M)
    print(name, 'fields', r.sign, r.logabsdet, type(r).__name__, type(r).__module__, len(r))
    grad_of(name + ' grad', M, lambda t: f(t).logabsdet)
    grad_of(name + ' grad sign', M, lambda t: f(t)[0])
    grad_of(name + ' grad batch', Bt, lambda t: f(t)[1])

# det/slogdet gradients at a singular matrix (no create_graph: PyTorch's perturbed LU solve)
Ss = S.clone().requires_grad_()
grad_of('det grad singular', Ss, LA.det)
Z = torch.zeros(2, 2, requires_grad=True)
grad_of('det grad zeros', Z, LA.det)
grad_of('slogdet grad singular', Ss, lambda t: LA.slogdet(t).logabsdet)
# create_graph gradients
(g,) = torch.autograd.grad(LA.det(M), M, create_graph=True)
print('det create_graph', g)
(gg,) = torch.autograd.grad((g * torch.tensor([[1., 3.], [2., 5.]], dtype=torch.float64)).sum(), M)
print('det second', gg)
(g,) = torch.autograd.grad(LA.slogdet(M)[1], M, create_graph=True)
print('slogdet create_graph', g)
(gg,) = torch.autograd.grad(g.sum(), M)
print('slogdet second', gg)

# inverse
for name, f in [('linalg.inv', LA.inv), ('torch.inverse', torch.inverse), ('Tensor.inverse', torch.Tensor.inverse)]:
    show(name + ' A', lambda: f(A))
    show(name + ' M', lambda: f(M))
    show(name + ' batch', lambda: f(Bt))
    show(name + ' transposed', lambda: f(A.t()))
    show(name + ' perm', lambda: f(P))
    show(name + ' singular', lambda: f(S))
    show(name + ' zeros', lambda: f(torch.zeros(3, 3)))
    show(name + ' batch singular', lambda: f(torch.stack([torch.eye(2), S])))
    show(name + ' empty', lambda: f(torch.zeros(0, 0)))
    show(name + ' 2x3', lambda: f(torch.ones(2, 3)))
    show(name + ' 1-d', lambda: f(torch.ones(3)))
    show(name + ' long', lambda: f(torch.ones(2, 2, dtype=torch.long)))
    grad_of(name + ' grad A', A, f)
    grad_of(name + ' grad M', M, f)
    grad_of(name + ' grad batch', Bt, f)
try:
    LA.inv(S)
except LA.LinAlgError as e:
    print('LinAlgError caught', isinstance(e, RuntimeError), type(e).__module__, type(e).__name__)
(g,) = torch.autograd.grad(LA.inv(M).sum(), M, create_graph=True)
print('inv create_graph', g)
(gg,) = torch.autograd.grad(g.sum(), M)
print('inv second', gg)
