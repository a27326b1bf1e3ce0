# Per-call overhead of the Python -> engine path (issue 7): small tensors, so the time is the call path, not the
# arithmetic. The same file runs in tnb (`node dist/tnb.js run bench/overhead.py`, or bench.ts) and under real
# PyTorch (`/usr/bin/python3 bench/overhead.py`); prints one JSON object {case: microseconds per call}, each the
# median of 5 repetitions with an empty loop's time subtracted. `--table` prints a readable table instead.
import json
import sys
import time

import torch
from torch import nn, optim

try:
    torch.set_num_threads(1)
except Exception:
    pass


def per_call_us(fn, n):
    def loop(f):
        t = time.perf_counter()
        for _ in range(n):
            f()
        return time.perf_counter() - t
    empty = sorted(loop(lambda: None) for _ in range(5))[2]
    runs = sorted(loop(fn) for _ in range(5))[2]
    return max(runs - empty, 0.0) / n * 1e6


torch.manual_seed(0)
x = torch.rand(4, 4)
y = torch.rand(4, 4)
w = torch.rand(4, 4)
xg = torch.rand(4, 4, requires_grad=True)
wg = torch.rand(4, 4, requires_grad=True)


def backward_small():
    ((xg * 3 + wg) @ wg).relu().sum().backward()


lin = nn.Linear(8, 8)
lin_in = torch.rand(4, 8)


def mlp():
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(2, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 3))


def cnn():
    torch.manual_seed(1)
    return nn.Sequential(
        nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(16 * 3 * 3, 4))


def with_grads(model):
    model(torch.rand(30, 2)).sum().backward()
    return model


sgd_model = with_grads(mlp())
sgd = optim.SGD(sgd_model.parameters(), lr=0.01, momentum=0.9)
adam_model = with_grads(mlp())
adam = optim.Adam(adam_model.parameters(), lr=0.01)

loss_fn = nn.CrossEntropyLoss()
mlp_model = mlp()
mlp_opt = optim.Adam(mlp_model.parameters(), lr=0.01)
mlp_x, mlp_y = torch.rand(30, 2), torch.randint(0, 3, (30,))
cnn_model = cnn()
cnn_opt = optim.Adam(cnn_model.parameters(), lr=0.01)
cnn_x, cnn_y = torch.rand(32, 1, 12, 12), torch.randint(0, 4, (32,))


def train_step(model, opt, xb, yb):
    loss = loss_fn(model(xb), yb)
    opt.zero_grad()
    loss.backward()
    opt.step()


CASES = [
    ('x * 3', lambda: x * 3, 3000),
    ('x * 3 (requires_grad)', lambda: xg * 3, 3000),
    ('x + y', lambda: x + y, 3000),
    ('x + y (requires_grad)', lambda: xg + wg, 3000),
    ('x.relu()', lambda: x.relu(), 3000),
    ('x.relu() (requires_grad)', lambda: xg.relu(), 3000),
    ('x @ w', lambda: x @ w, 3000),
    ('x @ w (requires_grad)', lambda: xg @ wg, 3000),
    ('x.sum()', lambda: x.sum(), 3000),
    ('5-op graph forward + backward', backward_small, 500),
    ('nn.Linear(8, 8) forward', lambda: lin(lin_in), 2000),
    ('SGD(momentum).step(), MLP 2-64-64-3', sgd.step, 300),
    ('Adam.step(), MLP 2-64-64-3', adam.step, 300),
    ('training step, MLP (03 example, batch 30)', lambda: train_step(mlp_model, mlp_opt, mlp_x, mlp_y), 100),
    ('training step, CNN (04 example, batch 32)', lambda: train_step(cnn_model, cnn_opt, cnn_x, cnn_y), 20),
]

only = [a for a in sys.argv[1:] if not a.startswith('--')]
res = {}
for name, fn, n in CASES:
    if only and not any(o in name for o in only):
        continue
    fn()
    res[name] = per_call_us(fn, n)
if '--table' in sys.argv:
    for k, v in res.items():
        print(f'{k:45s} {v:10.1f} us')
else:
    print(json.dumps(res))
