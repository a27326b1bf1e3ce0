import torch
import warnings
# Slips with matmul/mm/cat/stack arguments and with indexing, as PyTorch reports them; cat of 0-d tensors is an
# error (not an empty result); a list holding tensors/slices/lists indexes as a tuple (NumPy's old rule).


def t(label, fn):
    try:
        print(label, 'OK', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


x = torch.arange(6.).reshape(2, 3)
t('matmul(x, 2)', lambda: torch.matmul(x, 2))
t('x.matmul(2)', lambda: x.matmul(2))
t('matmul(2, x)', lambda: torch.matmul(2, x))
t('mm(x, 2)', lambda: torch.mm(x, 2))
t('x.mm(2)', lambda: x.mm(2))
t('bmm(x, 2)', lambda: torch.bmm(x, 2))
t('mv(x, list)', lambda: torch.mv(x, [1., 2., 3.]))
t('dot(v, 2)', lambda: torch.dot(x[0], 2))
t('cat((x, 1))', lambda: torch.cat((x, 1)))
t('cat([x, None])', lambda: torch.cat([x, None]))
t('cat(x, x)', lambda: torch.cat(x, x))
t('cat(x, 0)', lambda: torch.cat(x, 0))
t('cat(x, dim=0)', lambda: torch.cat(x, dim=0))
t('cat([x, x], 0, 1)', lambda: torch.cat([x, x], 0, 1))
t('cat((x, x), 0.5)', lambda: torch.cat((x, x), 0.5))
t('cat lists', lambda: torch.cat([[1.], [2.]]))
t('cat(5)', lambda: torch.cat(5))
t('cat(iter)', lambda: torch.cat(iter([x, x])))
t('cat dim str', lambda: torch.cat([x, x], dim='a'))
t('cat 0-d', lambda: torch.cat([torch.tensor(1.), torch.tensor(2.)]))
t('cat 1-d, 0-d', lambda: torch.cat([x[0], torch.tensor(1.)]))
t('cat ok', lambda: torch.cat([x, x], 1))
t('cat ok kw', lambda: torch.cat(tensors=[x, x], dim=-1).shape)
t('stack([x, 1])', lambda: torch.stack([x, 1]))
t('stack(x, x)', lambda: torch.stack(x, x))
t('stack(x)', lambda: torch.stack(x))
t('stack 0-d', lambda: torch.stack([torch.tensor(1.), torch.tensor(2.)]))
t('x[[t0]]', lambda: x[[torch.tensor(0)]])
t('x[[t1, t2]]', lambda: x[[torch.tensor(1), torch.tensor(2)]])
t('x[[0, t1]]', lambda: x[[0, torch.tensor(1)]])
t('x[[t01]]', lambda: x[[torch.tensor([0, 1])]])
t('x[[0, :]]', lambda: x[[0, slice(None)]])
t('x[[None, 0]]', lambda: x[[None, 0]])
t('x[[[0, 1], [1, 2]]]', lambda: x[[[0, 1], [1, 2]]])
t('x[[0, 1]]', lambda: x[[0, 1]])
t('x["a"]', lambda: x['a'])
z = torch.zeros(2, 3, 4)
t('z[:, :, [5]]', lambda: z[:, :, [5]])
t('z[:, [0], [5]]', lambda: z[:, [0], [5]])
t('z[[0], :, [5]]', lambda: z[[0], :, [5]])
t('z[:, [7]]', lambda: z[:, [7]])
t('z[[0], [5]]', lambda: z[[0], [5]])
t('z[[0, 1], [0, 1, 2]]', lambda: z[[0, 1], [0, 1, 2]])


def sv(i, v):
    y = x.clone()
    y[i] = v
    return y


t('y[0] = list', lambda: sv(0, [1., 2., 3.]))
t('y[0] = tuple', lambda: sv(0, (1., 2., 3.)))
t('y[0] = None', lambda: sv(0, None))
t('y[0] = "a"', lambda: sv(0, 'a'))
t('y[0] = 5', lambda: sv(0, 5))
t('y[0] = True', lambda: sv(0, True))
t('y[0] = 0-d', lambda: sv(0, torch.tensor(7.)))
t('y[[t0]] = 9', lambda: sv([torch.tensor(1)], 9.))
t('y[:, [7]] = 1', lambda: sv((slice(None), [7]), 1.))
t('y[[0, 1], [0, 1, 2]] = 1', lambda: sv(([0, 1], [0, 1, 2]), 1.))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(torch.ones(2, 3, 4).T.shape, torch.ones(3).T.shape, torch.ones(2, 3).T.shape)
    print(torch.ones(4, 3, 2).T.shape)
    print([str(m.message) for m in w])
