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
torch.set_warn_always(False)   # (the default; x.T warns once per process)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(torch.ones(2, 3, 4).T.shape, torch.ones(3).T.shape, torch.ones(2, 3).T.shape)
    print(torch.ones(4, 3, 2).T.shape)
    print([str(m.message) for m in w])
t('narrow(1, 2, 5)', lambda: x.narrow(1, 2, 5))
t('narrow(1, -1, 1)', lambda: x.narrow(1, -1, 1))
t('narrow(1, -4, 1)', lambda: x.narrow(1, -4, 1))
t('narrow(1, 4, 0)', lambda: x.narrow(1, 4, 0))
t('narrow(1, 3, 0)', lambda: x.narrow(1, 3, 0))
t('narrow(1, 1, -1)', lambda: x.narrow(1, 1, -1))
t('narrow(5, 0, 1)', lambda: x.narrow(5, 0, 1))
t('narrow 0-d', lambda: torch.tensor(1.).narrow(0, 0, 1))
t('narrow(1, t1, 2)', lambda: x.narrow(1, torch.tensor(1), 2))
t('torch.narrow', lambda: torch.narrow(x, 0, 1, 1))
t('x.flip()', lambda: x.flip())
t('torch.flip(x)', lambda: torch.flip(x))
t('x.flip([])', lambda: x.flip([]))
t('x.cumsum()', lambda: x.cumsum())
t('torch.cumsum(x)', lambda: torch.cumsum(x))
t('x.cumprod()', lambda: x.cumprod())
t('x.cumsum(dtype)', lambda: x.cumsum(dtype=torch.float64))
t('x.cumsum(1)', lambda: x.cumsum(1))
t('isclose(x, 1)', lambda: torch.isclose(x, 1))
t('isclose float long', lambda: torch.isclose(x, torch.ones(3, dtype=torch.long)))
t('isclose long long', lambda: torch.isclose(torch.ones(2, dtype=torch.long), torch.tensor([1, 2])))
t('allclose float double', lambda: torch.allclose(x, x.double()))
t('isclose bool', lambda: torch.isclose(torch.tensor([True, False]), torch.tensor([True, True])))
t('allclose(x, 1.0)', lambda: torch.allclose(x, 1.0))
t('isclose half', lambda: torch.isclose(x, x.half()))
t('allclose ok', lambda: torch.allclose(x, x + 1e-9))
for name, fn in [('Tensor()', lambda: torch.Tensor()), ('Tensor(2.5)', lambda: torch.Tensor(2.5)), ('Tensor(True)', lambda: torch.Tensor(True)),
                 ('Tensor([True])', lambda: torch.Tensor([True])), ('Tensor(long t)', lambda: torch.Tensor(torch.ones(2, dtype=torch.long))),
                 ('Tensor((1, 2))', lambda: torch.Tensor((1, 2))), ('FloatTensor()', lambda: torch.FloatTensor()), ('LongTensor()', lambda: torch.LongTensor()),
                 ('LongTensor(2.5)', lambda: torch.LongTensor(2.5)), ('Tensor(0)', lambda: torch.Tensor(0)), ('Tensor(2, 3.0)', lambda: torch.Tensor(2, 3.0)),
                 ('FloatTensor(long t)', lambda: torch.FloatTensor(torch.ones(2, dtype=torch.long))), ('LongTensor(float t)', lambda: torch.LongTensor(torch.ones(2))),
                 ('FloatTensor(float t)', lambda: torch.FloatTensor(torch.ones(2))), ('Tensor(Size)', lambda: torch.Tensor(torch.Size([2, 3])).shape),
                 ('LongTensor((2, 3))', lambda: torch.LongTensor((2, 3))), ('Tensor(3).shape', lambda: torch.Tensor(3).shape), ('IntTensor([1])', lambda: torch.IntTensor([1])),
                 ('BoolTensor(2).shape', lambda: torch.BoolTensor(2).shape), ('DoubleTensor([1])', lambda: torch.DoubleTensor([1]))]:
    t(name, fn)
t('tensor([2**62]) * 4', lambda: torch.tensor([2 ** 62]) * 4)
t('tensor([2**63])', lambda: torch.tensor([2 ** 63]))
t('tensor(-2**63)', lambda: torch.tensor([-2 ** 63]).dtype)
t('tensor(2**64)', lambda: torch.tensor(2 ** 64))
t('tensor([2**60], float)', lambda: torch.tensor([2 ** 60], dtype=torch.float32))
t('x.isclose(1)', lambda: x.isclose(1))
t('x.allclose(1.0)', lambda: x.allclose(1.0))
t('x.allclose(double)', lambda: x.allclose(x.double()))
t('x.isclose(x)', lambda: x.isclose(x + 1e-7))
for k in (31, 32, 40, 52, 53, 54, 62):   # Python ints beyond 2**53 as scalars (they reached the engine as BigInts)
    print(k, torch.tensor([1]) * 2 ** k, torch.tensor([1]) - 2 ** k, torch.full((1,), 2 ** k), torch.tensor([2 ** k]),
          torch.tensor([1.]) * 2 ** k)
