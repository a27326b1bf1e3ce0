import torch
# Indexing by one tensor index (x[idx], x[:, idx], x[mask]) and setitem through it, as wasm row kernels compute them:
# float32/float64/int64, non-contiguous inputs, negative and repeated indices, gradients and their accumulation order.
torch.manual_seed(0)
def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())
for dt in (torch.float32, torch.float64, torch.int64):
    x = (torch.randn(6, 5, 4) * 100).to(dt)
    idx = torch.tensor([3, -1, 0, 3, -6, 5])
    show('x[idx]', x[idx])
    show('x[:, idx2]', x[:, torch.tensor([[4, -5], [0, 2]])])
    show('x[..., idx3]', x[..., torch.tensor([-1, 1, 1])])
    t = x.transpose(0, 2)           # non-contiguous
    show('t[idx]', t[torch.tensor([2, -4, 0])])
    show('t[:, idx]', t[:, torch.tensor([4, 4, -2])])
    m = x[:, :, 0] > 0 if dt != torch.int64 else x[:, :, 0] % 2 == 0
    show('x[mask2d]', x[m])
    show('t[mask]', t[t > 0] if dt != torch.int64 else t[t % 3 == 0])
    show('x[:, mask1d]', x[:, torch.tensor([True, False, True, True, False])])
    show('x[0-d mask]', x[torch.tensor(True)])
    show('x[0-d false]', x[torch.tensor(False)])
    show('x[idx, idx]', x[torch.tensor([0, -1]), torch.tensor([[1], [-2]])])
    z = x.clone()
    z[idx] = torch.arange(20).reshape(5, 4).to(dt)
    show('z[idx]=', z)
    z = x.clone()
    z[m] = 7 if dt == torch.int64 else 0.25
    show('z[m]=', z)
    z = x.clone()
    z.index_put_((idx,), torch.ones(6, 5, 4, dtype=dt) * 3, accumulate=True)
    show('index_put acc', z)
    z = x.clone().transpose(0, 1)
    z[:, torch.tensor([1, 1, -1])] = torch.full((5, 3, 4), 2).to(dt)
    show('zt[:, idx]=', z)
for dt in (torch.float32, torch.float64):
    w = (torch.randn(5, 3) / 3).to(dt).requires_grad_()
    y = w[torch.tensor([1, 1, -1, 0, 1])] * torch.arange(1., 16.).reshape(5, 3).to(dt)
    y.sum().backward()
    print(y.grad_fn.next_functions[0][0].name(), w.grad.tolist())
    g = torch.autograd.grad(w[:, torch.tensor([2, -1, 0])].exp().sum(), w)[0]
    print(g.tolist())
    w.grad = None
    (w[w > 0] ** 2).sum().backward()
    print(w.grad.tolist())
    # double backward through IndexPutImplBackward0
    gy = torch.randn(5, 3, dtype=dt, requires_grad=True)
    gw, = torch.autograd.grad(w[torch.tensor([4, 4, 0])], w, torch.ones(3, 3, dtype=dt) * gy[:3], create_graph=True)
    print(gw.grad_fn.name(), gw.tolist())
    (gw * torch.arange(15.).reshape(5, 3).to(dt)).sum().backward()
    print(gy.grad.tolist())
    v = torch.randn(2, 3, dtype=dt, requires_grad=True)
    base = torch.zeros(5, 3, dtype=dt, requires_grad=True).clone()
    base[torch.tensor([-1, 2])] = v * 3
    base.sum().backward()
    print(base.grad_fn.name(), v.grad.tolist())
for t in (torch.tensor([0.5, -0.0, float('nan'), 0.0, 2.0]), torch.tensor([[0, 3], [-1, 0]]), torch.tensor(3.0), torch.tensor(0),
          torch.tensor([[True, False, True]]).t(), torch.zeros(2, 0)):
    print(t.nonzero().tolist(), tuple(t.nonzero().shape), [u.tolist() for u in t.nonzero(as_tuple=True)], torch.nonzero(t).dtype)
try:
    torch.arange(6.).reshape(2, 3)[:, torch.tensor([0, 3])]
except IndexError as e:
    print('IndexError', e)
try:
    torch.arange(6.).reshape(2, 3)[torch.tensor([-3])]
except IndexError as e:
    print('IndexError', e)
