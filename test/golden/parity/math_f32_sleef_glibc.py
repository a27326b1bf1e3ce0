import torch
# float32 sin/cos/tan (|x| < 125), log/log2/log10/asin/acos/atan/tanh/log1p/expm1/erf/erfc (Sleef on every
# element), sinh/cosh (Sleef in 16-element blocks, glibc for the rest of a run and for strided runs) and rsqrt as PyTorch 1.13.1's CPU kernels round them: the values of runs of
# 1..40 elements, a strided and a transposed input in full, and an MD5 of 20,000 more values' repr (equal only when
# every bit is).
import hashlib
def digest(v): return hashlib.md5(repr(v).encode()).hexdigest()
torch.manual_seed(0)
base = torch.randn(30000) * 3
ops = {
    'tanh': torch.tanh, 'log1p': lambda t: torch.log1p(t.abs() - 0.9), 'expm1': torch.expm1, 'erf': torch.erf, 'erfc': torch.erfc,
    'sinh': torch.sinh, 'cosh': torch.cosh, 'rsqrt': lambda t: torch.rsqrt(t.abs()),
    'sin': torch.sin, 'cos': lambda t: torch.cos(t * 8), 'tan': torch.tan,
    'asin': lambda t: torch.asin(t / 9), 'acos': lambda t: torch.acos(t / 9), 'atan': torch.atan,
    'log': lambda t: torch.log(t.abs()), 'log2': lambda t: torch.log2(t.abs()), 'log10': lambda t: torch.log10(t.abs()),
}
for name, f in ops.items():
    runs = []
    for n in (1, 2, 3, 7, 8, 15, 16, 17, 31, 33, 40):
        runs += f(base[100 * n: 100 * n + n]).tolist()
    m = base[5000:5600].view(20, 30)
    print(name, runs)
    print(name, 'strided', f(m[:, ::3]).tolist()[::4], 'transposed', f(m.t()).tolist()[::7])
    print(name, 'digest', digest(f(base[10000:30000]).tolist()), digest(f(m[:, 1:29]).tolist()[5]))
print(torch.asin(torch.tensor([1., -1., 0.5, -0., 1.5])).tolist(), torch.acos(torch.tensor([1., -1., -0.75, 0.])).tolist(), torch.atan(torch.tensor([float('inf'), -1e30, -0.])).tolist())
print(torch.tanh(torch.tensor([0., -0., 8.6643, 9., -20., float('inf'), float('nan')])).tolist())
print(torch.log(torch.tensor([0., -1., 1e-40, float('inf'), 1.])).tolist(), torch.log2(torch.tensor([8., 1e-45])).tolist())
print(torch.expm1(torch.tensor([-0., 88.7, 89., -17., 1e-10])).tolist(), torch.log1p(torch.tensor([-1., -0., 1e-30, 1e38, 2e38])).tolist())
