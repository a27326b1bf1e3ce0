# Everyday calls at moderate sizes through the Python API, the same code in tnb's kernel and in PyTorch (one
# thread each): prints one JSON object {case: milliseconds per call}. Each case is timed in batches of about 40 ms
# (at least 3 calls), the median of 5 batches. Covers what a user writes between the bench's headline kernels:
# creation and random numbers, pointwise ops, reductions along a dim, indexing, shape ops, nn.functional layers,
# and forward+backward of small graphs.
import json
import time

import torch
import torch.nn.functional as F

try:
    torch.set_num_threads(1)
except Exception:
    pass


def ms_per_call(fn):
    fn()
    t = time.perf_counter()
    fn()
    once = time.perf_counter() - t
    reps = max(3, min(500, int(0.04 / max(once, 1e-7))))
    batches = []
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(reps):
            fn()
        batches.append((time.perf_counter() - t) / reps)
    return sorted(batches)[2] * 1e3


torch.manual_seed(0)
x, y = torch.randn(512, 512), torch.randn(512, 512)
xg = torch.randn(512, 512, requires_grad=True)
v = torch.randn(10 ** 6)
idx = torch.randint(0, 512, (512,))
gidx = torch.randint(0, 512, (512, 8))
ints = torch.randint(0, 1000, (10 ** 5,))
img, w = torch.randn(16, 16, 32, 32), torch.randn(32, 16, 3, 3)
imgg, wg = img.clone().requires_grad_(), w.clone().requires_grad_()
emb, tok = torch.randn(10000, 128, requires_grad=True), torch.randint(0, 10000, (64, 50))
b1, b2 = torch.randn(32, 64, 64), torch.randn(32, 64, 64)
logits, target = torch.randn(512, 1000, requires_grad=True), torch.randint(0, 1000, (512,))
lstm = torch.nn.LSTM(64, 128)
seq = torch.randn(50, 32, 64)


def backward(f):
    def run():
        f().backward()
    return run


cases = {
    'torch.randn(10**6)': lambda: torch.randn(10 ** 6),
    'torch.rand(10**6)': lambda: torch.rand(10 ** 6),
    'torch.arange(10**6)': lambda: torch.arange(10 ** 6),
    'torch.linspace(0, 1, 10**6)': lambda: torch.linspace(0, 1, 10 ** 6),
    'F.dropout(x, 0.5)': lambda: F.dropout(x, 0.5),
    'x.exp()': lambda: x.exp(),
    'x.tanh()': lambda: x.tanh(),
    'x.sigmoid()': lambda: x.sigmoid(),
    'F.gelu(x)': lambda: F.gelu(x),
    'F.relu(x)': lambda: F.relu(x),
    'x.clamp(-0.5, 0.5)': lambda: x.clamp(-0.5, 0.5),
    'torch.where(x > 0, x, y)': lambda: torch.where(x > 0, x, y),
    'x + y.t()': lambda: x + y.t(),
    'x + y[0] (broadcast row)': lambda: x + y[0],
    'x.t().contiguous()': lambda: x.t().contiguous(),
    'x.double()': lambda: x.double(),
    'x.sum(0)': lambda: x.sum(0),
    'x.sum(1)': lambda: x.sum(1),
    'x.mean(0)': lambda: x.mean(0),
    'x.max(1)': lambda: x.max(1),
    'x.argmax(0)': lambda: x.argmax(0),
    'x.var(1)': lambda: x.var(1),
    'x.cumsum(1)': lambda: x.cumsum(1),
    'x.norm()': lambda: x.norm(),
    'x.sort(1)': lambda: x.sort(1),
    'x.topk(10, 1)': lambda: x.topk(10, 1),
    'v.sort() (10**6)': lambda: v.sort(),
    'ints.unique() (10**5)': lambda: ints.unique(),
    'x[idx]': lambda: x[idx],
    'x.index_select(0, idx)': lambda: x.index_select(0, idx),
    'x.gather(1, gidx)': lambda: x.gather(1, gidx),
    'x[x > 0]': lambda: x[x > 0],
    'torch.cat([x, y], 1)': lambda: torch.cat([x, y], 1),
    'torch.stack([x, y])': lambda: torch.stack([x, y]),
    'F.pad(img, (1, 1, 1, 1))': lambda: F.pad(img, (1, 1, 1, 1)),
    'F.softmax(x, 1)': lambda: F.softmax(x, 1),
    'F.softmax(x, 0)': lambda: F.softmax(x, 0),
    'F.layer_norm(x, (512,))': lambda: F.layer_norm(x, (512,)),
    'F.batch_norm(img, training=True)': lambda: F.batch_norm(img, None, None, training=True),
    'F.conv2d(img, w, padding=1)': lambda: F.conv2d(img, w, padding=1),
    'F.max_pool2d(img, 2)': lambda: F.max_pool2d(img, 2),
    'F.avg_pool2d(img, 2)': lambda: F.avg_pool2d(img, 2),
    'F.interpolate(img, 2x, bilinear)': lambda: F.interpolate(img, scale_factor=2, mode='bilinear', align_corners=False),
    'F.unfold(img, 3)': lambda: F.unfold(img, 3),
    'torch.bmm(32x64x64)': lambda: torch.bmm(b1, b2),
    "einsum('bij,bjk->bik')": lambda: torch.einsum('bij,bjk->bik', b1, b2),
    'conv2d forward+backward': backward(lambda: F.conv2d(imgg, wg, padding=1).sum()),
    'embedding forward+backward': backward(lambda: F.embedding(tok, emb).sum()),
    'mse_loss forward+backward': backward(lambda: F.mse_loss(xg, y)),
    'cross_entropy 512x1000 fwd+bwd': backward(lambda: F.cross_entropy(logits, target)),
    '(xg @ y).tanh().sum() fwd+bwd': backward(lambda: (xg @ y).tanh().sum()),
    '(xg * 2 + 1).exp().mean() fwd+bwd': backward(lambda: (xg * 2 + 1).exp().mean()),
    'LSTM(64,128) seq 50 batch 32 fwd+bwd': backward(lambda: lstm(seq)[0].sum()),
}
print(json.dumps({name: ms_per_call(fn) for name, fn in cases.items()}))
