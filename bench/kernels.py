# The kernel cases of issue 7 in PyTorch, the same code as bench/kernels.ts, one thread (bench.ts also sets
# OPENBLAS_NUM_THREADS=1 and OMP_NUM_THREADS=1: set_num_threads alone does not pin OpenBLAS). Prints
# {case: milliseconds per call}: warm-up, then the median of 5 timed batches. `kernels.py 2`: only the "2 threads"
# cases, with set_num_threads(2) (bench.ts sets OPENBLAS_NUM_THREADS=2 then).
import json
import sys
import time

import torch

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
torch.set_num_threads(THREADS)


def per_call(fn, reps):
    for _ in range(max(3, reps // 2)):
        fn()
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(reps):
            fn()
        runs.append((time.perf_counter() - t) / reps * 1e3)
    return sorted(runs)[2]


def mlp_step(p, x, y):
    w1, b1, w2, b2 = p
    h = torch.relu(x @ w1 + b1)
    z = h @ w2 + b2
    loss = -torch.log_softmax(z, 1).gather(1, y).mean()
    loss.backward()
    with torch.no_grad():
        for t in p:
            t.sub_(t.grad * 0.01)
            t.grad.zero_()


res = {}
torch.manual_seed(0)
params = [(torch.randn(784, 256) * 0.05).requires_grad_(), torch.zeros(256, requires_grad=True),
          (torch.randn(256, 10) * 0.05).requires_grad_(), torch.zeros(10, requires_grad=True)]
x, y = torch.randn(64, 784), torch.randint(0, 10, (64, 1))
if THREADS == 2:
    res['MLP 784-256-10 training step (batch 64, SGD), 2 threads'] = per_call(lambda: mlp_step(params, x, y), 20)
    for n in (128, 256, 512, 1024):
        a, b = torch.randn(n, n), torch.randn(n, n)
        res[f'gemm {n}x{n} float32, 2 threads'] = per_call(lambda: torch.mm(a, b), max(2, round(2 ** 28 / n ** 3)))
    for n, tag in ((10 ** 6, '1e6'), (10 ** 7, '1e7')):
        a, b, d = torch.randn(n), torch.randn(n), torch.randn(n)
        reps = 40 if n == 10 ** 6 else 5
        res[f'a * b ({tag}), 2 threads'] = per_call(lambda: a * b, reps)
        res[f'a * b + d ({tag}), 2 threads'] = per_call(lambda: a * b + d, reps)
        res[f'a.sum() ({tag}), 2 threads'] = per_call(lambda: a.sum(), reps)
    s = torch.randn(1024, 1024)
    res['softmax(1024x1024, dim=-1), 2 threads'] = per_call(lambda: torch.softmax(s, -1), 20)
    print(json.dumps(res))
    sys.exit(0)
for n in (128, 256, 512, 1024):
    a, b = torch.randn(n, n), torch.randn(n, n)
    res[f'gemm {n}x{n} float32, 1 thread'] = per_call(lambda: torch.mm(a, b), max(2, round(2 ** 27 / n ** 3)))
a, b = torch.randn(64, 784), torch.randn(784, 256)
res['gemm 64x784 @ 784x256 (MLP x@W1), 1 thread'] = per_call(lambda: torch.mm(a, b), 200)
for n, tag in ((10 ** 6, '1e6'), (10 ** 7, '1e7')):
    a, b, d = torch.randn(n), torch.randn(n), torch.randn(n)
    reps = 40 if n == 10 ** 6 else 5
    res[f'a * b ({tag})'] = per_call(lambda: a * b, reps)
    res[f'a + b ({tag})'] = per_call(lambda: a + b, reps)
    res[f'a * b + d ({tag})'] = per_call(lambda: a * b + d, reps)
    if n == 10 ** 7:
        res['a.sum() (1e7)'] = per_call(lambda: a.sum(), reps)
        res['a.mean() (1e7)'] = per_call(lambda: a.mean(), reps)
s = torch.randn(1024, 1024)
res['softmax(1024x1024, dim=-1)'] = per_call(lambda: torch.softmax(s, -1), 20)
res['MLP 784-256-10 training step (batch 64, SGD)'] = per_call(lambda: mlp_step(params, x, y), 20)
print(json.dumps(res))
