import torch
# The argument parser's texts for slips with the factory functions: randint without a size tuple or with a third
# int, dtype given as a string, Python's float/int/bool as dtypes (accepted), a size that is not a tuple.


def t(label, fn):
    try:
        r = fn()
        print(label, 'OK', r.dtype if isinstance(r, torch.Tensor) else r, tuple(r.shape) if isinstance(r, torch.Tensor) else '')
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


x = torch.ones(2, 3)
t('randint(5)', lambda: torch.randint(5))
t('randint(0, 5)', lambda: torch.randint(0, 5))
t('randint(0, 5, 3)', lambda: torch.randint(0, 5, 3))
t('randint(5, 3)', lambda: torch.randint(5, 3))
t('randint(5, size=3)', lambda: torch.randint(5, size=3))
t('randint(2.5, (3,))', lambda: torch.randint(2.5, (3,)))
t('randint(0, 5.5, (3,))', lambda: torch.randint(0, 5.5, (3,)))
t('randint(True, (2,))', lambda: torch.randint(True, (2,)))
t('randint()', lambda: torch.randint())
t('randint 4 args', lambda: torch.randint(0, 5, (2,), 3))
t('randint str size', lambda: torch.randint(0, 5, 'a'))
t('randint generator=1', lambda: torch.randint(0, 5, (2,), generator=1))
t('randint ok', lambda: torch.randint(0, 5, [3]))
t('randint high/size kw', lambda: torch.randint(high=5, size=(2,)))
t('randint tensor high', lambda: torch.randint(0, torch.tensor(5), (2,)))
torch.manual_seed(0)
print(torch.randint(10, (5,)), torch.randint(3, 9, (2, 2), dtype=torch.float64))
for name, fn in [
        ('zeros', lambda: torch.zeros(2, 3, dtype='float32')), ('ones', lambda: torch.ones([2], dtype='float32')),
        ('empty', lambda: torch.empty(2, dtype='float32')), ('full', lambda: torch.full((2,), 1, dtype='float32')),
        ('rand', lambda: torch.rand(2, dtype='float32')), ('randn', lambda: torch.randn(2, dtype='float32')),
        ('arange', lambda: torch.arange(0, 3, dtype='float32')), ('linspace', lambda: torch.linspace(0, 1, 3, dtype='f')),
        ('eye', lambda: torch.eye(2, 3, dtype='float32')), ('zeros_like', lambda: torch.zeros_like(x, dtype='float32')),
        ('full_like', lambda: torch.full_like(x, 1, dtype='float32')), ('randperm', lambda: torch.randperm(3, dtype='l')),
        ('tensor', lambda: torch.tensor([1], dtype='float32')), ('as_tensor', lambda: torch.as_tensor([1], dtype='float32')),
        ('to kw', lambda: x.to(dtype='float32')), ('new_zeros', lambda: x.new_zeros(2, dtype='float32')),
        ('new_full', lambda: x.new_full((2,), 1, dtype='float32')), ('zeros rg', lambda: torch.zeros(2, dtype='float32', requires_grad=True)),
        ('zeros float', lambda: torch.zeros(2, dtype=float)), ('to(float)', lambda: x.to(float)), ('to(int)', lambda: x.to(int)),
        ('to(bool)', lambda: x.to(bool)), ('to(dtype=float)', lambda: x.to(dtype=float)), ('tensor int', lambda: torch.tensor([1.5], dtype=int)),
        ('arange float', lambda: torch.arange(3, dtype=float)), ('ones_like int', lambda: torch.ones_like(x, dtype=int)),
        ('randn float', lambda: torch.randn(2, dtype=float)), ('new_zeros float', lambda: x.new_zeros(2, dtype=float)),
        ('Linear.to(float)', lambda: torch.nn.Linear(2, 2).to(float).weight), ('Linear.to(dtype=float)', lambda: torch.nn.Linear(2, 2).to(dtype=float).bias),
        ('type(float)', lambda: x.type(float)), ('type(int)', lambda: x.type(int)), ('to("float32")', lambda: x.to('float32'))]:
    t(name, fn)
for name, fn in [
        ('zeros a', lambda: torch.zeros('a')), ('zeros 2.5', lambda: torch.zeros(2.5)), ('ones 2 a', lambda: torch.ones(2, 'a')),
        ('randn 2 2.5', lambda: torch.randn(2, 2.5)), ('rand 2.5', lambda: torch.rand(2.5)), ('reshape a', lambda: x.reshape('a')),
        ('reshape 3 2.0', lambda: x.reshape(3, 2.0)), ('expand a', lambda: x.expand('a')), ('permute a', lambda: x.permute('a')),
        ('repeat 2.5', lambda: x.repeat(2.5)), ('view 2.5', lambda: x.view(2.5)), ('view None', lambda: x.view(None)),
        ('view a', lambda: x.view('a')), ('view 2.0 3', lambda: x.view(2.0, 3)), ('zeros None', lambda: torch.zeros(None)),
        ('zeros tensor2', lambda: torch.zeros(torch.tensor([2, 3]))), ('full 2.5', lambda: torch.full(2.5, 1.)),
        ('full 2', lambda: torch.full(2, 1.)), ('new_zeros 2.5', lambda: x.new_zeros(2.5)), ('new_full 2', lambda: x.new_full(2, 1)),
        ('zeros tensor', lambda: torch.zeros(torch.tensor(2))), ('reshape tensor', lambda: x.reshape(torch.tensor(6)))]:
    t(name, fn)
for s in ['cpu:0', 'CPU', 'cpu:01', 'cpu:a', 'cpu:', 'gpu', 'gpu:0', 'float32', 'cuda:-1', '', 'cpu 0']:
    t(f'device({s!r})', lambda: torch.device(s))
t('tensor([1, "a"])', lambda: torch.tensor([1, 'a']))
t('tensor(["a", 1])', lambda: torch.tensor(['a', 1]))
t('tensor([[1], ["a"]])', lambda: torch.tensor([[1], ['a']]))
t('tensor(None)', lambda: torch.tensor(None))
t('tensor([1, None])', lambda: torch.tensor([1, None]))
t('tensor([{}])', lambda: torch.tensor([{}]))
x = torch.ones(2)
for f in [lambda: torch.ones_like(x, size=(2,)), lambda: torch.zeros(2, foo=1), lambda: torch.rand_like(x, foo=1), lambda: torch.randn(2, 3, foo=1), lambda: torch.ones(2, shape=3), lambda: torch.arange(5, stop=3), lambda: torch.full((2,), 1., foo=2), lambda: torch.eye(2, k=1), lambda: torch.zeros(2, requires_grad=True).requires_grad]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
