import torch
import struct
import hashlib

# float64 pointwise math to the bit (PyTorch 1.13.1's AVX2 build computes these through Sleef's *_d4_u10 functions):
# a digest of every value for random inputs over several ranges, contiguous and strided, special inputs
# (±0, ±inf, NaN, tiny, huge, near multiples of pi/2), and the gradients whose backward uses these functions.
def digest(t):
    h = hashlib.sha256()
    for v in t.flatten().tolist():
        h.update(b'n' if v != v else struct.pack('<d', v))
    return h.hexdigest()[:16]

torch.manual_seed(0)
xs = {
    'normal': torch.randn(30001, dtype=torch.float64) * 3,
    'wide': torch.rand(20003, dtype=torch.float64) * 200 - 100,
    'big': torch.rand(4001, dtype=torch.float64) * 2e6 - 1e6,
    'huge': torch.rand(4002, dtype=torch.float64) * 2e14 - 1e14,
    'unit': torch.rand(10001, dtype=torch.float64) * 2 - 1,
    'tiny': (torch.rand(3001, dtype=torch.float64) - 0.5) * 1e-9,
    'special': torch.tensor([0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-20, 1.5707963267948966, 3.141592653589793,
                             4.71238898038469, -1.5707963267948966, 6.283185307179586, 14.99, 15.0, 15.01, 1e14, 1e15,
                             1e300, float('inf'), float('-inf'), float('nan'), 18.7, 18.72, 19.0, -19.0, 20.0, 700.0,
                             710.0, -710.0, 1e-8, 0.5, 2.0, -0.5, 0.9999999, -0.9999999, 1.0, -1.0, 1.0000001, 5.9, 6.0,
                             27.0, 28.0, -37.0, -38.0, 1e-3, 37.0, 1e9, 1e10], dtype=torch.float64),
}
fns = ['tanh', 'sin', 'cos', 'expm1', 'log1p', 'atan', 'erf', 'tan', 'asin', 'acos', 'log2', 'log10', 'cosh', 'sinh', 'erfc', 'sigmoid']
for fn in fns:
    f = getattr(torch, fn)
    for k, x in xs.items():
        print(fn, k, digest(f(x)), digest(f(x[::3])), digest(f(x.view(-1, 1).expand(-1, 2)[:, 1])))
    print(fn, 'values', f(xs['special']).tolist())
    x = xs['normal'][:2001].clone().requires_grad_()
    y = f(x)
    y.backward(torch.linspace(-2, 2, 2001, dtype=torch.float64))
    print(fn, 'grad', y.grad_fn.name(), digest(x.grad))
# trig beyond 1e14 (Sleef's Payne–Hanek reduction), and groups of four mixing such lanes with small ones
ex = torch.randint(14, 300, (4000,)).double()
hh = (torch.rand(4000, dtype=torch.float64) + 1) * (10.0 ** ex) * (torch.randint(0, 2, (4000,)).double() * 2 - 1)
mix = torch.randn(4000, dtype=torch.float64) * 5
mix[::7] = hh[::7]
mix[5] = float('inf'); mix[2001] = float('nan')
for fn in ['sin', 'cos', 'tan']:
    f = getattr(torch, fn)
    print(fn, 'far', digest(f(hh)), digest(f(mix)), digest(f(mix[::2])), digest(f(mix[1:].view(-1, 3)[:, 1:])))
# pow: Sleef's pow for 8-element blocks, glibc's pow for the scalar tail and strided inputs; the special exponents
x = torch.rand(20003, dtype=torch.float64) * 10
xn = torch.randn(20003, dtype=torch.float64) * 3
y = torch.randn(20003, dtype=torch.float64) * 5
sp = torch.tensor([0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, float('inf'), float('-inf'), float('nan'), 1e-310, 1e300,
                   -3.0, 1e-300, 0.9999999, 1.0000001, 700.0, -700.0], dtype=torch.float64)
a, b = sp.repeat_interleave(len(sp)), sp.repeat(len(sp))
for name, r in [('x**2.5', x ** 2.5), ('x[::3]**2.5', x[::3] ** 2.5), ('xn**2.5', xn ** 2.5), ('pow(x,-1.7)', torch.pow(x, -1.7)),
                ('xn**3', xn ** 3.0), ('x**0.5', x ** 0.5), ('x**-0.5', x ** -0.5), ('x**-1', x ** -1.0), ('x**-2', x ** -2),
                ('x**2', xn ** 2), ('xn**7', xn ** 7.0), ('x**300', x ** 300.0), ('x**1e-3', x ** 1e-3),
                ('x**y', x ** y), ('x[::3]**y[::3]', x[::3] ** y[::3]), ('xn**y', xn ** y), ('2**y', 2 ** y),
                ('2**y[::3]', 2 ** y[::3]), ('2.5**xn', 2.5 ** xn), ('sp**sp', a ** b), ('sp[::2]**sp[::2]', a[::2] ** b[::2]),
                ('bcast', x[:100].view(100, 1) ** y[:37].view(1, 37))]:
    print(name, digest(r))
print('sp**sp values', (a ** b).tolist())
xg, yg = x[:1001].clone().requires_grad_(), y[:1001].clone().requires_grad_()
(xg ** yg).backward(torch.linspace(-1, 1, 1001, dtype=torch.float64))
print('pow grads', digest(xg.grad), digest(yg.grad))
xg = x[:1001].clone().requires_grad_()
(xg ** 2.5).backward(torch.linspace(-1, 1, 1001, dtype=torch.float64))
print('pow scalar grad', digest(xg.grad))
