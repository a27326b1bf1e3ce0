import torch
import hashlib
import struct
# torch.arange / linspace over long lengths, pinned bit for bit: a hash of every value's bytes plus the ends; both
# split their steps into one chunk per thread past 32768 of them (where the 16-float blocks restart), so they run with
# 1 and 2 threads.


def digest(name, t):
    vals = t.tolist()
    code = {torch.float32: 'f', torch.float64: 'd', torch.int64: 'q', torch.int32: 'i'}[t.dtype]
    h = hashlib.sha256(struct.pack(f'<{len(vals)}{code}', *vals)).hexdigest()[:24]
    print(name, t.dtype, len(vals), h, vals[:2], vals[-2:])


for threads in (1, 2):
    torch.set_num_threads(threads)
    for a, b, n in [(0, 1, 10**6), (-3.3, 7.1, 1000003), (2.5, -1.25, 70001), (1e-3, 1e3, 65536), (5, 5, 40000)]:
        for dt in (torch.float32, torch.float64):
            digest(f'linspace({a}, {b}, {n}) threads={threads}', torch.linspace(a, b, n, dtype=dt))
    for a, b, s in [(0, 1, 1e-6), (-3.5, 100000, 0.37), (0.1, 5000.3, 0.013), (-7.25, 3.3, 1e-4), (1e6, 1e6 + 3, 1e-5)]:
        for dt in (torch.float32, torch.float64):
            digest(f'arange({a}, {b}, {s}) threads={threads}', torch.arange(a, b, s, dtype=dt))
torch.set_num_threads(1)
digest('arange(1e6)', torch.arange(10**6))
digest('arange(-5e5, 5e5, 3)', torch.arange(-500000, 500000, 3))
digest('arange(1e6, -1e6, -7)', torch.arange(10**6, -10**6, -7))
digest('arange(2**40, 2**40 + 1e5)', torch.arange(2**40, 2**40 + 100000))
digest('arange(-2**62, -2**62 + 1e4 * 2**20, 2**20)', torch.arange(-2**62, -2**62 + 10000 * 2**20, 2**20))
digest('arange(1e6) float32', torch.arange(10**6, dtype=torch.float32))
digest('arange(0, 1, 1e-6)', torch.arange(0, 1, 1e-6))
digest('arange(-3.5, 1e5, 0.37) float64', torch.arange(-3.5, 100000, 0.37, dtype=torch.float64))
digest('arange(2**24, 2**24 + 1e5) float32', torch.arange(2**24, 2**24 + 100000, dtype=torch.float32))
digest('arange(1e5, 0, -0.1)', torch.arange(100000, 0, -0.1))
digest('arange(1e5) int32', torch.arange(100000, dtype=torch.int32))
digest('arange(-7, 300001, 3) int64', torch.arange(-7, 300001, 3))
digest('arange(2**40, 2**40 + 300003, 7) int64', torch.arange(2**40, 2**40 + 300003, 7))
digest('arange(10**6, -5, -4) int64', torch.arange(10**6, -5, -4))
digest('arange(0, 1e5, 0.7) float64', torch.arange(0, 100000, 0.7, dtype=torch.float64))
digest('arange(-3.25, 5e4, 0.37) float32', torch.arange(-3.25, 50000, 0.37, dtype=torch.float32))
# logspace: base ** exponent in double through glibc's FMA pow, then float32 or float64
for a, b, n, base in [(0, 1, 10**6, 10.0), (-3, 5.5, 300001, 2.0), (-20, 20, 200001, 1.7)]:
    digest(f'logspace({a}, {b}, {n}, {base})', torch.logspace(a, b, n, base))
for a, b, n, base in [(0, 1, 100001, 10.0), (-3, 5.5, 77777, 10.0), (-10, 10, 100003, 2.718281828459045), (-300, 300, 60001, 10.0)]:
    digest(f'logspace({a}, {b}, {n}, {base}) float64', torch.logspace(a, b, n, base, dtype=torch.float64))
