import torch
LA = torch.linalg


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.shape, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


A4 = (torch.eye(4) * 2 + torch.arange(16.).reshape(4, 4) / 10).reshape(2, 2, 2, 2).requires_grad_()
show('tensorinv', lambda: LA.tensorinv(A4))
show('tensorinv ind=1', lambda: LA.tensorinv(A4.reshape(4, 2, 2), ind=1))
show('tensorinv bad ind', lambda: LA.tensorinv(A4, ind=0))
show('tensorinv shape', lambda: LA.tensorinv(torch.ones(2, 3, 4), ind=1))
show('tensorinv singular', lambda: LA.tensorinv(torch.zeros(2, 2, 2, 2)))
y = LA.tensorinv(A4)
y.sum().backward()
print('tensorinv grad', A4.grad)
A6 = (torch.eye(6) * 3 + torch.arange(36.).reshape(6, 6) / 20).reshape(2, 3, 6).requires_grad_()
Bt = torch.arange(6.).reshape(2, 3).requires_grad_()
show('tensorsolve', lambda: LA.tensorsolve(A6, Bt))
show('tensorsolve with dims', lambda: LA.tensorsolve(A6.reshape(2, 3, 2, 3), Bt, dims=(0, 1)))
show('tensorsolve shape', lambda: LA.tensorsolve(torch.ones(2, 3, 4), torch.ones(2, 3)))
y = LA.tensorsolve(A6, Bt)
(y * torch.arange(1., 7.)).sum().backward()
print('tensorsolve grads', A6.grad, Bt.grad)
