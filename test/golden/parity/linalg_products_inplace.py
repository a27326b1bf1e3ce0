import torch


def show(name, f):
    try:
        r = f()
        print(name, r)
        if isinstance(r, torch.Tensor):
            print('  ', r.dtype, r.shape, r.grad_fn)
    except Exception as e:
        print(name, type(e).__name__, e)


m = torch.tensor([[1., 2., 3.], [-1., 0., 2.]])
v = torch.tensor([2., -1., 0.5])
s = torch.tensor([1., 2.])
show('addmv_', lambda: s.addmv_(m, v, beta=2))
print(s)
show('addmv_ 0-d', lambda: torch.zeros(()).addmv_(m, v))
show('addmv_ long', lambda: torch.zeros(2, dtype=torch.long).addmv_(m, v))
show('addmv_ size', lambda: torch.zeros(3).addmv_(m, v))
x = torch.zeros(2, 3, requires_grad=True)
y = x * 1
show('addr_', lambda: y.addr_(torch.tensor([1., 2.]), v, alpha=2))
y.sum().backward()
print('addr_ grad', x.grad)
show('addr_ 1-d', lambda: torch.zeros(3).addr_(torch.ones(2), v))
show('addr_ size', lambda: torch.zeros(3, 3).addr_(torch.ones(2), v))
show('addr_ long', lambda: torch.zeros(2, 3, dtype=torch.long).addr_(torch.ones(2), v))
show('addr_ leaf', lambda: x.addr_(torch.ones(2), v))
c = torch.zeros(2, 2, 4)
show('baddbmm_', lambda: c.baddbmm_(torch.ones(2, 2, 3), torch.ones(2, 3, 4), alpha=0.5))
show('baddbmm_ expand', lambda: torch.zeros(2, 2, 3).baddbmm_(torch.ones(2, 2, 3), torch.ones(2, 3, 4)))
show('baddbmm_ bcast', lambda: torch.zeros(2, 1, 4).baddbmm_(torch.ones(2, 2, 3), torch.ones(2, 3, 4)))
w = torch.ones(2, 3, 4, requires_grad=True)
z = torch.zeros(2, 4, requires_grad=True)
zz = z.clone()
show('addbmm_', lambda: zz.addbmm_(torch.ones(2, 2, 3), w, beta=3))
zz.sum().backward()
print('addbmm_ grads', z.grad, w.grad)
show('addbmm_ expand', lambda: torch.zeros(3, 4).addbmm_(torch.ones(2, 2, 3), torch.ones(2, 3, 4)))
