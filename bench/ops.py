# Per-op overhead of small tensor ops, the same code in tnb's kernel and in PyTorch: prints one JSON object
# {case: microseconds per op} (median of 5 repetitions, an empty loop subtracted).
import json
import time

import torch

try:
    torch.set_num_threads(1)
except Exception:   # tnb: no threads setting in this issue
    pass


def per_op_us(fn, n=2000):
    def loop(f):
        t = time.perf_counter()
        for _ in range(n):
            f()
        return time.perf_counter() - t
    empty = sorted(loop(lambda: None) for _ in range(5))[2]
    runs = sorted(loop(fn) for _ in range(5))[2]
    return max(runs - empty, 0.0) / n * 1e6


a1, b1 = torch.ones(1), torch.ones(1)
a, b = torch.ones(3, 3, 3), torch.ones(3, 3, 3)
x = torch.ones(3, 3, 3, requires_grad=True)
m = torch.ones(16, 16)
res = {
    'a * b (1 element)': per_op_us(lambda: a1 * b1),
    'a * b (3x3x3)': per_op_us(lambda: a * b),
    'a * 3 (3x3x3, Python scalar)': per_op_us(lambda: a * 3),
    'x * 3 with grad (3x3x3)': per_op_us(lambda: x * 3),
    'm @ m (16x16)': per_op_us(lambda: m @ m),
    'a.sum()': per_op_us(lambda: a.sum()),
    '(x * 3).sum().backward()': per_op_us(lambda: (x * 3).sum().backward(), 500),
    'repr(a)': per_op_us(lambda: repr(a), 500),
}
print(json.dumps(res))
