import torch
import hashlib
import struct
# Long random streams after manual_seed, pinned bit for bit: a hash of every value's bytes, the first and last
# values, and the state each stream leaves (the next call's values, and the final draws).


def digest(name, t):
    flat = t.reshape(-1)
    vals = flat.tolist()
    code = {torch.float32: 'f', torch.float64: 'd', torch.int64: 'q'}[t.dtype]
    h = hashlib.sha256(struct.pack(f'<{len(vals)}{code}', *vals)).hexdigest()[:24]
    print(name, t.dtype, len(vals), h, 'head', vals[:2], 'tail', vals[-2:])


for seed in (0, 1234567):
    torch.manual_seed(seed)
    digest('randn', torch.randn(10**6))
    digest('randn 1000003', torch.randn(1000003))
    digest('randn f64', torch.randn(10**6, dtype=torch.float64))
    digest('randn f64 100007', torch.randn(100007, dtype=torch.float64))
    digest('rand', torch.rand(10**6))
    digest('rand f64', torch.rand(10**6, dtype=torch.float64))
    digest('randint', torch.randint(-7, 100, (10**6,)))
    digest('randint big', torch.randint(-2**40, 2**45, (10**5,)))
    digest('randint f64', torch.randint(0, 10**9, (10**5,), dtype=torch.float64))
    digest('randperm', torch.randperm(10**6))
    x = torch.empty(1000, 1000)
    digest('normal_', x.normal_(0.5, 2.0))
    digest('uniform_', x.uniform_(-3, 5))
    digest('bernoulli_', x.bernoulli_(0.3))
    y = torch.empty(777, 1001, dtype=torch.float64)
    digest('normal_ f64', y.normal_(-1.0, 0.25))
    digest('uniform_ f64', y.uniform_(2, 3))
    digest('bernoulli_ f64', y.bernoulli_(0.7))
    digest('random_ int64', torch.empty(10**5, dtype=torch.int64).random_(-50, 50))
    digest('random_ f64', torch.empty(10**5, dtype=torch.float64).random_(0, 2**40))
    z = torch.empty(300, 400).t()
    digest('normal_ transposed', z.normal_())
    digest('uniform_ transposed', z.uniform_())
    digest('dropout', torch.nn.functional.dropout(torch.ones(512, 512), 0.5))
    w = torch.empty(1000, 1000)
    digest('kaiming_uniform_', torch.nn.init.kaiming_uniform_(w, a=5 ** 0.5))
    digest('xavier_normal_', torch.nn.init.xavier_normal_(w))
    digest('exponential_', torch.empty(10**5).exponential_(1.5))
    digest('exponential_ f64', torch.empty(10**5, dtype=torch.float64).exponential_(0.25))
    digest('random_() f32', torch.empty(10**5).random_())
    digest('random_() f64', torch.empty(10**5, dtype=torch.float64).random_())
    digest('random_() int64', torch.empty(10**5, dtype=torch.int64).random_())
    print('next', torch.rand(3).tolist(), torch.randn(3, dtype=torch.float64).tolist())
