import torch

# Memory layout of new tensors, as PyTorch 1.13 chooses it: pointwise results follow their inputs' layout
# (TensorIterator), clone / .to() / *_like keep a dense input's strides (memory_format=preserve), a leaf's .grad
# follows the leaf (the gradient layout contract). It shows in stride(), is_contiguous() and view()'s errors.
torch.manual_seed(0)
x = torch.randn(2, 3)
p = torch.randn(2, 3, 4).permute(2, 0, 1)
nhwc = torch.randn(2, 4, 5, 3).permute(0, 3, 1, 2)
cases = {
    'x.t() * 2': lambda: x.t() * 2,
    'x.t() + x.t()': lambda: x.t() + x.t(),
    'x.t() + ones(3, 2)': lambda: x.t() + torch.ones(3, 2),
    'ones(3, 2) + x.t()': lambda: torch.ones(3, 2) + x.t(),
    'x.t() + ones(2)': lambda: x.t() + torch.ones(2),
    'x.t() + ones(3, 1)': lambda: x.t() + torch.ones(3, 1),
    'x.t().exp()': lambda: x.t().exp(),
    'x.t().relu()': lambda: x.t().relu(),
    'sigmoid(x.t())': lambda: torch.sigmoid(x.t()),
    'x.t() > 0': lambda: x.t() > 0,
    'where(x.t() > 0, x.t(), 0.)': lambda: torch.where(x.t() > 0, x.t(), torch.zeros(())),
    'where(cond contiguous, x.t(), 1.)': lambda: torch.where(torch.ones(3, 2, dtype=torch.bool), x.t(), torch.ones(())),
    'x.t() ** 2': lambda: x.t() ** 2,
    '2 ** x.t()': lambda: 2 ** x.t(),
    'maximum(x.t(), 0)': lambda: torch.maximum(x.t(), torch.zeros(3, 2)),
    'p * 1': lambda: p * 1,
    'p + p.contiguous()': lambda: p + p.contiguous(),
    'p.contiguous() + p': lambda: p.contiguous() + p,
    'nhwc * 2': lambda: nhwc * 2,
    'x[:, ::2] * 2': lambda: x[:, ::2] * 2,
    'expand * 2': lambda: torch.randn(3, 1).expand(3, 4) * 2,
    'x.t()[::2] * 2': lambda: x.t()[::2] * 2,
    'x.t().clone()': lambda: x.t().clone(),
    'p.clone()': lambda: p.clone(),
    'x[:, ::2].clone()': lambda: x[:, ::2].clone(),
    'x.t().clone(contiguous_format)': lambda: x.t().clone(memory_format=torch.contiguous_format),
    'x.t().contiguous()': lambda: x.t().contiguous(),
    'x.t().double()': lambda: x.t().double(),
    'x.t().to(int64)': lambda: x.t().to(torch.int64),
    'zeros_like(x.t())': lambda: torch.zeros_like(x.t()),
    'ones_like(p)': lambda: torch.ones_like(p),
    'full_like(x.t(), 7)': lambda: torch.full_like(x.t(), 7),
    'empty_like(x[:, ::2])': lambda: torch.empty_like(x[:, ::2]),
}
for name, f in cases.items():
    y = f()
    try:
        v = tuple(y.view(-1).shape)
    except RuntimeError as e:
        v = str(e)
    print(f'{name}: {tuple(y.shape)} {y.stride()} contiguous={y.is_contiguous()} view(-1): {v}')

# random *_like fill memory in order: a transposed template gets its values transposed
torch.manual_seed(1)
print(torch.rand_like(x.t()))
torch.manual_seed(1)
print(torch.randn_like(p)[:, 0])
torch.manual_seed(1)
print(torch.rand(3, 2))

# the gradient layout contract
for name, leaf in [('x.t()', x.t()), ('p', p), ('x[:, ::2]', x[:, ::2])]:
    a = leaf.detach().requires_grad_()
    (a * torch.arange(a.numel()).reshape(a.shape)).sum().backward()
    print(name, 'grad', a.grad.stride(), a.grad.is_contiguous())
    print(a.grad)
    b = leaf.detach().requires_grad_()
    g, = torch.autograd.grad((b ** 2).sum(), b, create_graph=True)
    print(name, 'create_graph grad', g.stride(), g.grad_fn)
    b.grad = None
    (b ** 2).sum().backward(create_graph=True)
    print(name, '.grad with create_graph', b.grad.stride(), b.grad.grad_fn)

print(torch.contiguous_format, torch.preserve_format, torch.channels_last, type(torch.contiguous_format))
print(torch.strided, type(torch.strided), torch.ones(2).layout)
for f in [lambda: x.t().contiguous(memory_format=torch.preserve_format), lambda: x.clone(memory_format=3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

# in-place random fills visit a tensor in memory order (normal_ draws one by one when it is not contiguous)
for fill in ['normal_', 'uniform_', 'bernoulli_']:
    torch.manual_seed(0)
    y = torch.zeros(4, 5).t()
    getattr(y, fill)(0.5) if fill == 'bernoulli_' else getattr(y, fill)()
    print(fill, y)
torch.manual_seed(0)
y = torch.zeros(40, 5).t()
y.normal_()
print(y[:, :3])
torch.manual_seed(0)
y = torch.zeros(6, 8)[:, ::2]
y.normal_()
print(y)

# reductions, softmax, scans, indexing and composites over transposed and permuted inputs
x = torch.randn(3, 4).t()
more = {
    'x.sum(0)': lambda: x.sum(0), 'x.sum(1, keepdim)': lambda: x.sum(1, keepdim=True), 'p.sum(1)': lambda: p.sum(1),
    'p.mean(2, keepdim)': lambda: p.mean(2, keepdim=True), 'p.max(1).values': lambda: p.max(1).values,
    'p.var(1)': lambda: p.var(1), 'p.argmax(1)': lambda: p.argmax(1), 'softmax(x, 0)': lambda: x.softmax(0),
    'log_softmax(p, 1)': lambda: p.log_softmax(1), 'cumsum(x, 0)': lambda: x.cumsum(0), 'x @ x.t()': lambda: x @ x.t(),
    'cat([x, x])': lambda: torch.cat([x, x]), 'stack([x, x])': lambda: torch.stack([x, x]), 'x[[0, 1]]': lambda: x[[0, 1]],
    'masked_fill': lambda: x.masked_fill(x > 0, 0), 'clamp(x, 0)': lambda: x.clamp(min=0),
    'F.gelu(x)': lambda: torch.nn.functional.gelu(x), 'x // 2': lambda: x // 2, 'x % 2': lambda: x % 2,
    'x.nan_to_num()': lambda: x.nan_to_num(), 'x.logical_not()': lambda: x.logical_not(), 'x.bool()': lambda: x.bool(),
    'F.normalize(x)': lambda: torch.nn.functional.normalize(x), 'x.repeat(2, 1)': lambda: x.repeat(2, 1),
    '1 - x': lambda: 1 - x, 'lerp': lambda: torch.lerp(x, x, 0.5),
    'sort values': lambda: x.sort(1).values, 'sort indices': lambda: x.sort(0).indices, 'sort p': lambda: p.sort(2).values,
    'sort of a slice': lambda: x[:, ::2].sort(1).values, 'argsort': lambda: x.argsort(1),
    'mse none': lambda: torch.nn.functional.mse_loss(x, x * 2, reduction='none'),
    'mse none, row-major target': lambda: torch.nn.functional.mse_loss(x, torch.zeros(4, 3), reduction='none'),
    'l1 none': lambda: torch.nn.functional.l1_loss(x, x.abs(), reduction='none'),
    'huber none': lambda: torch.nn.functional.huber_loss(x, x.abs(), reduction='none'),
    'bce none': lambda: torch.nn.functional.binary_cross_entropy(x.sigmoid(), x.sigmoid(), reduction='none'),
    'mse mean': lambda: torch.nn.functional.mse_loss(x, x.abs()),
}
for name, f in more.items():
    y = f()
    print(name, tuple(y.shape), y.stride())
