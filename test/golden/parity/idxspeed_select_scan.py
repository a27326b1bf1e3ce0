import torch
# index_select / index_add / embedding / gather / scatter_add / masked_select / cumsum / cumprod / max / argmax /
# clamp / unique over the rewritten kernels: values to the last bit, dtypes, grad_fns, gradients, error texts; one and
# two threads.
import torch.nn.functional as F
torch.manual_seed(1)
def show(name, t):
    print(name, t.dtype, tuple(t.shape), t.tolist())
for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64, torch.int64):
        x = (torch.randn(7, 9) * 50).to(dt)
        xt = x.t()
        i = torch.tensor([8, 0, 3, 3, 1])
        show('index_select0', xt.index_select(0, i))
        show('index_select1', x.index_select(1, i))
        show('index_select int32', x.index_select(1, i.int()))
        show('index_add', x.index_add(1, i, torch.ones(7, 5, dtype=dt) * 3))
        if dt != torch.int64:
            show('index_add alpha', x.index_add(0, torch.tensor([6, 6, 0]), torch.randn(3, 9).to(dt), alpha=0.5))
        show('gather', xt.gather(1, torch.tensor([[0, 6], [5, 5], [1, 2]])))
        show('scatter_add', x.scatter_add(1, torch.tensor([[0, 0, 8]] * 7), torch.ones(7, 3, dtype=dt)))
        show('cumsum1', x.cumsum(1))
        show('cumsum0 t', xt.cumsum(0))
        show('cumprod', (x / 40).cumprod(1) if dt != torch.int64 else x.remainder(5).cumprod(0))
        show('masked_select', x.masked_select(x > 3))
        show('masked_select bcast', x.masked_select(torch.tensor([True, False, True, False, True, False, True, False, True])))
    for dt in (torch.float32, torch.float64):
        x = torch.randn(6, 40, dtype=dt)
        x[1, 7] = float('nan'); x[1, 30] = float('nan'); x[2, :] = -3.0; x[2, 5] = 0.0; x[3, :] = -0.5; x[3, 39] = 2.5
        x[4, 10] = x[4, 20] = 9.0
        zs = torch.zeros(4, 40, dtype=dt); zs[0, 0] = -0.0; zs[1] = -0.0; zs[1, 39] = 0.0; zs[2, 5] = -0.0; zs[3, :3] = -0.0
        for zz in (zs, zs.t().contiguous().t()):
            print('zero signs', [str(v) for v in zz.max(1).values.tolist()], [str(v) for v in zz.min(1).values.tolist()],
                  [str(v) for v in zz.t().max(0, keepdim=True).values.flatten().tolist()], zz.max(1).indices.tolist(), zz.min(1).indices.tolist())
        r = x.max(1); print('max1', r.values.tolist(), r.indices.tolist())
        r = x.min(1); print('min1', r.values.tolist(), r.indices.tolist())
        print('argmax', x.argmax(1).tolist(), x.argmin(1).tolist(), x.amax(1).tolist(), x.amin(1).tolist())
        print('signs', [str(v) for v in x.max(1).values.tolist()], [str(v) for v in x.min(1).values.tolist()])
        xg = x.clone().requires_grad_()
        xg.max(1).values.sum().backward()
        print('max grad', xg.grad.nonzero().tolist())
        c = torch.tensor([-0.7, -0.5, -0.0, 0.0, 0.1, 0.5, 1e-46, float('nan'), float('inf')] * 9, dtype=dt)
        for lo, hi in ((-0.5, 0.5), (0.1, None), (None, -0.0), (1e-50, 0.3), (0.0, 0.0), (0.7, -0.2)):
            print('clamp', lo, hi, [str(v) for v in c.clamp(lo, hi)[:9].tolist()], c.clamp(lo, hi).dtype)
        cg = c.clone().requires_grad_()
        cg.clamp(-0.5, 0.5).sum().backward()
        print('clamp grad', cg.grad[:9].tolist())
        s = torch.randn(4, 5, dtype=dt, requires_grad=True)
        s.cumsum(1).mul(torch.arange(20.).reshape(4, 5).to(dt)).sum().backward()
        print('cumsum grad', s.grad.tolist(), s.cumsum(0).grad_fn.name())
        s.grad = None
        (s.masked_select(s > 0) * 3).sum().backward()
        print('masked_select grad', s.grad.tolist())
        w = torch.randn(10, 4, dtype=dt, requires_grad=True)
        tok = torch.tensor([[1, 9, 1], [0, 1, 9]])
        e = F.embedding(tok, w)
        (e * torch.arange(24.).reshape(2, 3, 4).to(dt)).sum().backward()
        print('embedding', e.grad_fn.name(), e.tolist(), w.grad.tolist())
        w.grad = None
        F.embedding(tok, w, padding_idx=1).sum().backward()
        print('embedding pad', w.grad.tolist())
        w2 = torch.randn(4, 10, dtype=dt).t().requires_grad_()   # non-contiguous weight
        e = F.embedding(tok, w2)
        e.pow(2).sum().backward()
        print('embedding nc', e.tolist(), w2.grad.tolist())
        xs = torch.randn(3, 8, dtype=dt, requires_grad=True)
        y = xs.index_select(1, torch.tensor([7, 0, 7]))
        (y * torch.arange(9.).reshape(3, 3).to(dt)).sum().backward()
        print('index_select grad', y.grad_fn.name(), xs.grad.tolist())
    u = torch.tensor([3., -0.0, 2., 0.0, 3., -1.5, 2.])
    print('unique', [str(v) for v in u.unique().tolist()], u.unique(return_inverse=True, return_counts=True))
    print('unique int', torch.tensor([[5, 1], [5, -7]]).unique(return_inverse=True, return_counts=True))
    print('unique +0 first', [str(v) for v in torch.tensor([0.0, -0.0, 1.0], dtype=torch.float64).unique().tolist()])
    print('index_select ok', torch.zeros(0, 4).index_select(1, torch.tensor([], dtype=torch.long)).shape, torch.tensor(2.).index_select(0, torch.tensor([0])))
    print('unique wide ints', torch.tensor([10**12, -5, 10**12, 3, -2**40]).unique(return_inverse=True, return_counts=True))
    print('unique floats', torch.tensor([[0.5, -2.25], [0.5, 1e-30]], dtype=torch.float64).unique(return_inverse=True, return_counts=True))
    print('unique nan', torch.tensor([1.0, float('nan'), 1.0]).unique())
    r = torch.randint(0, 1000, (10**4,))
    ur, inv, cnt = r.unique(return_inverse=True, return_counts=True)
    print('unique big', ur.shape, ur[:5].tolist(), ur[-3:].tolist(), inv[:8].tolist(), cnt.sum().item(), (ur[inv] == r).all().item())
for bad in (lambda: torch.zeros(3, 4).index_select(0, torch.tensor([3])),
            lambda: torch.zeros(3, 4).index_select(1, torch.tensor([0, 4])),
            lambda: torch.zeros(3, 4, 2).index_select(2, torch.tensor([-1])),
            lambda: torch.zeros(0, 4).index_select(1, torch.tensor([5])),
            lambda: torch.zeros(5).index_select(0, torch.tensor([5])),
            lambda: torch.tensor(2.).index_select(0, torch.tensor([1])),
            lambda: torch.zeros(3, 4).index_add(0, torch.tensor([-1]), torch.ones(1, 4)),
            lambda: F.embedding(torch.tensor([10]), torch.zeros(10, 2)),
            lambda: torch.zeros(3, 4).gather(1, torch.tensor([[4]]))):
    try:
        bad()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
