# Reference values of PyTorch 1.13.1's special functions for test/unit/special-scalar.test.ts: for each function and
# dtype, the inputs and PyTorch's outputs (repr of the float32/float64 values). Run with the real torch:
#   /usr/bin/python3 test/golden/gen_special_scalar.py
import json
import os
import torch

torch.manual_seed(0)
wide = torch.cat([torch.rand(60, dtype=torch.float64) * 20 - 10, torch.rand(30, dtype=torch.float64) * 3,
                  torch.rand(10, dtype=torch.float64) * 190 + 10,
                  torch.tensor([0.5, 1.0, 2.0, 3.0, 1e-5, -2.5, -0.5, 7.99, 8.0, 8.01, 100.5, 1e10, float('inf'),
                                float('-inf'), float('nan'), 0.0, -0.0, -3.0], dtype=torch.float64)])
unit = torch.cat([torch.rand(60, dtype=torch.float64) * 1.998 - 0.999, torch.tensor([1.0, -1.0, 0.0, -0.0, 2.0, float('nan')], dtype=torch.float64)])
prob = torch.cat([torch.rand(60, dtype=torch.float64) * 0.998 + 0.001, torch.tensor([0.0, 1.0, -0.5, 1.5, float('nan')], dtype=torch.float64)])
# the inverse hyperbolic functions: every branch of glibc's algorithms (|x| below 2^-28 / 2^-14, below 2, up to 2^28,
# beyond), 1,000 points each
hyp_x = torch.cat([torch.rand(400, dtype=torch.float64) * 3, torch.rand(400, dtype=torch.float64) * 1e3,
                   torch.rand(100, dtype=torch.float64) * 1e-6, torch.rand(60, dtype=torch.float64) * 1e12,
                   torch.tensor([1.0, 2.0, 2 ** 14, 2 ** 28, 1e-30, float('inf'), float('nan'), 0.0, -0.0, 0.5], dtype=torch.float64)])
hyp_sign = torch.where(torch.rand(hyp_x.numel()) < 0.5, -1.0, 1.0).to(torch.float64)
hyp_unit = torch.cat([torch.rand(980, dtype=torch.float64) * 2 - 1, torch.rand(10, dtype=torch.float64) * 1e-9,
                      torch.tensor([0.5, -0.5, 1.0, -1.0, 0.0, -0.0, 1.5, float('nan'), 0.4999, 0.99999], dtype=torch.float64)])
cases = {
    'acosh': (hyp_x + 1, torch.acosh), 'asinh': (hyp_x * hyp_sign, torch.asinh), 'atanh': (hyp_unit, torch.atanh),
    'lgamma': (wide, torch.lgamma), 'digamma': (wide, torch.digamma),
    'polygamma1': (wide, lambda t: torch.polygamma(1, t)), 'polygamma2': (wide, lambda t: torch.polygamma(2, t)),
    'polygamma3': (wide, lambda t: torch.polygamma(3, t)), 'polygamma5': (wide, lambda t: torch.polygamma(5, t)),
    'erfinv': (unit, torch.erfinv), 'i0': (wide, torch.i0), 'i0e': (wide, torch.special.i0e),
    'i1': (wide, torch.special.i1), 'i1e': (wide, torch.special.i1e), 'ndtri': (prob, torch.special.ndtri),
    'erfcx': (wide, torch.special.erfcx), 'log_ndtr': (wide, torch.special.log_ndtr),
    'sinc': (wide, torch.sinc), 'zeta': (wide.abs() + 1.5, lambda t: torch.special.zeta(t, 2.5)),
}
out = {}
for name, (x, fn) in cases.items():
    for dt in (torch.float32, torch.float64):
        xs = x.to(dt)
        out[f'{name}/{str(dt)[6:]}'] = {'x': [repr(v) for v in xs.tolist()], 'y': [repr(v) for v in fn(xs).tolist()]}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'special_scalar.json')
with open(path, 'w') as f:
    json.dump(out, f, separators=(',', ':'))
    f.write('\n')
print('wrote', path, len(out), 'cases')
