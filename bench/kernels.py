# The kernel cases of issue 7 in PyTorch, the same code as bench/kernels.ts. `kernels.py N` serves the cases of N
# threads (1 or 2): it reads a case name per line on stdin and answers one JSON line {case: milliseconds per call}
# (warm-up of 200 ms or more, then the median of 5 timed batches), so that bench.ts can alternate each case between tnb and PyTorch
# within seconds (this machine's speed drifts by up to 2x over tens of seconds). `kernels.py N --all` prints every
# case of N threads as one JSON object. bench.ts sets OPENBLAS_NUM_THREADS and OMP_NUM_THREADS to N as well:
# set_num_threads alone does not pin OpenBLAS.
import json
import sys
import time

import torch

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
torch.set_num_threads(THREADS)


def per_call(fn, reps, warm_s=0.2):
    warm, i = time.perf_counter() + warm_s, 0   # as bench/kernels.ts: reps/2 calls and 200 ms (the MLP step 1.5 s)
    while i < max(3, reps // 2) or time.perf_counter() < warm:
        fn()
        i += 1
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


def timed(make, fn, reps, warm_s=0.2):
    torch.manual_seed(0)
    ts = make()
    return per_call(lambda: fn(*ts), reps, warm_s)


def mlp_inputs():
    params = [(torch.randn(784, 256) * 0.05).requires_grad_(), torch.zeros(256, requires_grad=True),
              (torch.randn(256, 10) * 0.05).requires_grad_(), torch.zeros(10, requires_grad=True)]
    return params, torch.randn(64, 784), torch.randint(0, 10, (64, 1))


def cases():
    """{name: (threads, run)}, the names and order of kernelCaseList() in bench/kernels.ts (no ceiling row: ours only)."""
    out = {}

    def add(name, threads, run):
        out[name] = (threads, run)

    def gemm(n, reps):
        return lambda: timed(lambda: (torch.randn(n, n), torch.randn(n, n)), torch.mm, reps)

    for n in (128, 256, 512, 1024):
        add(f'gemm {n}x{n} float32, 1 thread', 1, gemm(n, max(2, round(2 ** 27 / n ** 3))))
    add('gemm 64x784 @ 784x256 (MLP x@W1), 1 thread', 1,
        lambda: timed(lambda: (torch.randn(64, 784), torch.randn(784, 256)), torch.mm, 200))

    def elementwise(threads):
        suffix = ', 2 threads' if threads == 2 else ''
        for n, tag, reps in ((10 ** 6, '1e6', 40), (10 ** 7, '1e7', 5)):
            def abd(n=n):
                return torch.randn(n), torch.randn(n), torch.randn(n)

            def one(n=n):
                return (torch.randn(n),)
            add(f'a * b ({tag}){suffix}', threads, lambda abd=abd, reps=reps: timed(abd, lambda a, b, d: a * b, reps))
            if threads == 1:
                add(f'a + b ({tag})', 1, lambda abd=abd, reps=reps: timed(abd, lambda a, b, d: a + b, reps))
            add(f'a * b + d ({tag}){suffix}', threads, lambda abd=abd, reps=reps: timed(abd, lambda a, b, d: a * b + d, reps))
            if threads == 2 or n == 10 ** 7:
                add(f'a.sum() ({tag}){suffix}', threads, lambda one=one, reps=reps: timed(one, lambda a: a.sum(), reps))
            if threads == 1 and n == 10 ** 7:
                add('a.mean() (1e7)', 1, lambda one=one, reps=reps: timed(one, lambda a: a.mean(), reps))
        add(f'softmax(1024x1024, dim=-1){suffix}', threads,
            lambda: timed(lambda: (torch.randn(1024, 1024),), lambda s: torch.softmax(s, -1), 20))
        add(f'MLP 784-256-10 training step (batch 64, SGD){suffix}', threads, lambda: timed(mlp_inputs, mlp_step, 20, 1.5))

    elementwise(1)
    for n in (128, 256, 512, 1024):
        add(f'gemm {n}x{n} float32, 2 threads', 2, gemm(n, max(2, round(2 ** 28 / n ** 3))))
    elementwise(2)
    return {k: run for k, (t, run) in out.items() if t == THREADS}


CASES = cases()
if '--all' in sys.argv:
    print(json.dumps({k: run() for k, run in CASES.items()}))
    sys.exit(0)
for line in sys.stdin:
    name = line.rstrip('\n')
    # an unknown name is an error (as in kernels.ts --serve): a case renamed on one side only must not drop its row
    reply = {name: CASES[name]()} if name in CASES else {'error': f'no {THREADS}-thread kernel case named {name!r}'}
    print(json.dumps(reply), flush=True)
