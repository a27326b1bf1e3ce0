# The op-by-dtype matrix: which ops accept which dtype, with what result or error text. Run by
# test/golden/gen_dtype_ops.py in real PyTorch 1.13.1 (fixture dtype_ops.json) and by test/kernel/dtype_ops.test.ts in
# the kernel; `matrix()` returns {op name: {dtype name: "dtype | repr" or "ErrorType: message"}}.
import torch
import torch.nn.functional as F

DTYPES = ['uint8', 'int8', 'int16', 'int32', 'int64', 'float16', 'bfloat16', 'float32', 'float64', 'bool']

OPS = [
    # pointwise arithmetic
    ('add', lambda x, y: x + y), ('sub', lambda x, y: x - y), ('mul', lambda x, y: x * y),
    ('div', lambda x, y: x / y), ('floor_divide', lambda x, y: x // y), ('remainder', lambda x, y: x % y),
    ('fmod', lambda x, y: torch.fmod(x, y)), ('div_trunc', lambda x, y: torch.div(x, y, rounding_mode='trunc')),
    ('div_floor', lambda x, y: torch.div(x, y, rounding_mode='floor')),
    ('floor_divide_zero', lambda x, y: x // torch.zeros_like(y)), ('remainder_zero', lambda x, y: x % torch.zeros_like(y)),
    ('pow', lambda x, y: x ** 2), ('pow_tensor', lambda x, y: x ** y), ('rpow', lambda x, y: 2 ** x),
    ('neg', lambda x, y: -x), ('abs', lambda x, y: x.abs()), ('sign', lambda x, y: x.sign()),
    ('add_scalar_float', lambda x, y: x + 1.5), ('mul_scalar_int', lambda x, y: x * 3),
    ('add_alpha', lambda x, y: torch.add(x, y, alpha=2)), ('rsub', lambda x, y: 10 - x),
    ('maximum', lambda x, y: torch.maximum(x, y)), ('minimum', lambda x, y: torch.minimum(x, y)),
    ('clamp', lambda x, y: x.clamp(2, 3)), ('clamp_min', lambda x, y: x.clamp(min=2)),
    ('where', lambda x, y: torch.where(x > 2, x, y)), ('lerp', lambda x, y: torch.lerp(x, y, 0.5)),
    ('addcmul', lambda x, y: torch.addcmul(x, x, y)), ('addcdiv', lambda x, y: torch.addcdiv(x, x, y)),
    ('square', lambda x, y: x.square()), ('reciprocal', lambda x, y: x.reciprocal()),
    # float math
    ('exp', lambda x, y: x.exp()), ('log', lambda x, y: x.log()), ('sqrt', lambda x, y: x.sqrt()),
    ('rsqrt', lambda x, y: x.rsqrt()), ('sin', lambda x, y: x.sin()), ('cos', lambda x, y: x.cos()),
    ('tanh', lambda x, y: x.tanh()), ('sigmoid', lambda x, y: x.sigmoid()), ('log1p', lambda x, y: x.log1p()),
    ('expm1', lambda x, y: x.expm1()), ('atan2', lambda x, y: torch.atan2(x, y)), ('erf', lambda x, y: x.erf()),
    ('floor', lambda x, y: x.floor()), ('ceil', lambda x, y: x.ceil()), ('round', lambda x, y: x.round()),
    ('trunc', lambda x, y: x.trunc()), ('frac', lambda x, y: x.frac()),
    # comparisons, logic, bitwise
    ('eq', lambda x, y: x == y), ('lt', lambda x, y: x < y), ('ge_scalar', lambda x, y: x >= 2),
    ('isnan', lambda x, y: x.isnan()), ('isfinite', lambda x, y: x.isfinite()), ('logical_not', lambda x, y: ~(x > 1)),
    ('bitwise_and', lambda x, y: x & y), ('bitwise_or', lambda x, y: x | y), ('bitwise_xor', lambda x, y: x ^ y),
    ('bitwise_not', lambda x, y: ~x), ('lshift', lambda x, y: x << 1), ('rshift', lambda x, y: x >> 1),
    ('logical_and', lambda x, y: torch.logical_and(x, y)),
    # reductions
    ('sum', lambda x, y: x.sum()), ('sum_dim', lambda x, y: x.sum(0)), ('prod', lambda x, y: x.prod()),
    ('mean', lambda x, y: x.mean()), ('max', lambda x, y: x.max()), ('max_dim', lambda x, y: x.max(1)),
    ('min', lambda x, y: x.min()), ('amax', lambda x, y: x.amax(0)), ('argmax', lambda x, y: x.argmax()),
    ('argmin', lambda x, y: x.argmin(1)), ('std', lambda x, y: x.std()), ('var', lambda x, y: x.var()),
    ('norm', lambda x, y: x.norm()), ('logsumexp', lambda x, y: x.logsumexp(0)), ('cumsum', lambda x, y: x.cumsum(0)),
    ('cumprod', lambda x, y: x.cumprod(1)), ('all', lambda x, y: x.all()), ('any', lambda x, y: x.any()),
    ('median', lambda x, y: x.median()), ('sort', lambda x, y: x.sort(1)), ('topk', lambda x, y: x.topk(1)),
    ('argsort', lambda x, y: x.argsort(0)), ('unique', lambda x, y: torch.unique(x)), ('count_nonzero', lambda x, y: x.count_nonzero()),
    ('sum_int32', lambda x, y: x.sum(dtype=torch.int32)), ('mean_float', lambda x, y: x.mean(dtype=torch.float32)),
    # linear algebra and nn
    ('matmul', lambda x, y: x @ y), ('mv', lambda x, y: torch.mv(x, y[0])), ('dot', lambda x, y: torch.dot(x[0], y[0])),
    ('bmm', lambda x, y: torch.bmm(x[None], y[None])), ('addmm', lambda x, y: torch.addmm(x, x, y)),
    ('outer', lambda x, y: torch.outer(x[0], y[0])), ('softmax', lambda x, y: torch.softmax(x, 1)),
    ('log_softmax', lambda x, y: torch.log_softmax(x, 1)), ('relu', lambda x, y: torch.relu(x)),
    ('gelu', lambda x, y: F.gelu(x)), ('silu', lambda x, y: F.silu(x)), ('leaky_relu', lambda x, y: F.leaky_relu(x)),
    ('linear', lambda x, y: F.linear(x, y)), ('conv1d', lambda x, y: F.conv1d(x[None], y[:, :, None])),
    ('max_pool1d', lambda x, y: F.max_pool1d(x[None], 2)), ('avg_pool1d', lambda x, y: F.avg_pool1d(x[None], 2)),
    ('dropout_eval', lambda x, y: F.dropout(x, 0.5, training=False)), ('mse_loss', lambda x, y: F.mse_loss(x, y)),
    ('layer_norm', lambda x, y: F.layer_norm(x, (2,))), ('cross_entropy', lambda x, y: F.cross_entropy(x, torch.tensor([0, 1]))),
    ('embedding_index', lambda x, y: F.embedding(x.clamp(0, 1), torch.eye(2))),
    # shape and indexing
    ('t', lambda x, y: x.t()), ('reshape', lambda x, y: x.reshape(4)), ('cat', lambda x, y: torch.cat([x, y])),
    ('cat_long', lambda x, y: torch.cat([x, y.long()])), ('stack', lambda x, y: torch.stack([x, y])),
    ('index_int32', lambda x, y: x[torch.tensor([1, 0], dtype=torch.int32)]),
    ('index_long', lambda x, y: x[torch.tensor([1, 0])]), ('mask_bool', lambda x, y: x[x > 1]),
    ('gather', lambda x, y: torch.gather(x, 1, torch.tensor([[0, 0], [1, 0]]))),
    ('index_select_int32', lambda x, y: x.index_select(0, torch.tensor([1], dtype=torch.int32))),
    ('flip', lambda x, y: x.flip(0)), ('roll', lambda x, y: x.roll(1)), ('tril', lambda x, y: x.tril()),
    ('diag', lambda x, y: x.diag()), ('trace', lambda x, y: x.trace()), ('repeat', lambda x, y: x.repeat(1, 2)),
    ('masked_fill', lambda x, y: x.masked_fill(x > 2, 0)), ('nonzero', lambda x, y: x.nonzero()),
    ('setitem', lambda x, y: x.clone().__setitem__(0, 7) or x),
    ('index_add_', lambda x, y: x.clone().index_add_(0, torch.tensor([0, 0]), y)),
    # in place and copies
    ('add_', lambda x, y: x.clone().add_(y)), ('add_float_', lambda x, y: x.clone().add_(1.5)),
    ('mul_float_tensor_', lambda x, y: x.clone().mul_(torch.tensor([1.5]))), ('div_', lambda x, y: x.clone().div_(y)),
    ('fill_', lambda x, y: x.clone().fill_(5)), ('zero_', lambda x, y: x.clone().zero_()),
    ('copy_from_float', lambda x, y: x.clone().copy_(torch.tensor([[2.7, -1.2], [300.5, 0.1]]))),
    ('to_float', lambda x, y: x.float()), ('to_long', lambda x, y: x.long()), ('to_half', lambda x, y: x.half()),
    ('clone', lambda x, y: x.clone()), ('contiguous_t', lambda x, y: x.t().contiguous()),
    # creation like x
    ('zeros_like', lambda x, y: torch.zeros_like(x)), ('full_like', lambda x, y: torch.full_like(x, 2)),
    ('rand_like', lambda x, y: (torch.manual_seed(0), torch.rand_like(x))[1]),
    ('randn_like', lambda x, y: (torch.manual_seed(0), torch.randn_like(x))[1]),
    ('randn_like_big', lambda x, y: (torch.manual_seed(0), torch.randn_like(x.repeat(3, 3)))[1]),
    ('randint_like', lambda x, y: (torch.manual_seed(0), torch.randint_like(x, 10))[1]),
    ('arange', lambda x, y: torch.arange(5, dtype=x.dtype)), ('linspace', lambda x, y: torch.linspace(0, 4, 3, dtype=x.dtype)),
    ('eye', lambda x, y: torch.eye(2, dtype=x.dtype)), ('randperm', lambda x, y: (torch.manual_seed(0), torch.randperm(4, dtype=x.dtype))[1]),
    ('random_', lambda x, y: (torch.manual_seed(0), x.clone().random_() % 1000)[1]),
    ('uniform_', lambda x, y: (torch.manual_seed(0), x.clone().uniform_(-2, 3))[1]),
    ('normal_', lambda x, y: (torch.manual_seed(0), x.clone().normal_())[1]), ('bernoulli_', lambda x, y: (torch.manual_seed(0), x.clone().bernoulli_(0.5))[1]),
    # metadata
    ('element_size', lambda x, y: x.element_size()), ('is_floating_point', lambda x, y: x.is_floating_point()),
    ('is_signed', lambda x, y: x.is_signed()), ('item', lambda x, y: x[0, 1].item()), ('tolist', lambda x, y: x.tolist()),
    ('type', lambda x, y: x.type()), ('requires_grad_', lambda x, y: x.clone().requires_grad_()),
    ('info', lambda x, y: torch.finfo(x.dtype) if x.dtype.is_floating_point else torch.iinfo(x.dtype)),
]


def operands(name):
    d = getattr(torch, name)
    return (torch.tensor([[1, 2], [3, 4]]).to(d), torch.tensor([[2, 1], [1, 3]]).to(d))


def describe(r):
    if isinstance(r, torch.Tensor):
        return f'{r.dtype} | {r!r}'
    if isinstance(r, tuple):
        return ' ; '.join(describe(v) for v in r)
    return f'{type(r).__name__} | {r!r}'


def matrix():
    out = {}
    for op, fn in OPS:
        row = out[op] = {}
        for d in DTYPES:
            x, y = operands(d)
            try:
                row[d] = describe(fn(x, y))
            except Exception as e:   # noqa: BLE001 (the error is the record)
                row[d] = f'{type(e).__name__}: {e}'
    return out
