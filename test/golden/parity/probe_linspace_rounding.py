import torch
# linspace's float/double values as PyTorch 1.13's CPU kernel computes them (AVX2 vectors from a fused base, element by
# element with a fused multiply-add at the end): linspace(-1, 1, 7)[3] is -2.9802e-08 there, printed in sci mode.
cases = [(-1, 1, 7), (-1, 1, 20), (-1, 1, 40), (0, 1, 100), (-3, 7, 50), (0, 10, 33), (-1, 1, 101), (0.1, 0.9, 17), (0, 1, 1000), (-5.5, 3.25, 77), (1e-3, 1e3, 64), (2, -2, 45), (0, 1, 2), (0, 1, 3), (-1, 1, 16), (-1, 1, 31), (-1, 1, 32)]
for dt in (torch.float32, torch.float64):
    for (s, e, n) in cases:
        print(dt, s, e, n, [float(v) for v in torch.linspace(s, e, n, dtype=dt)].__repr__()[:2000])
print(torch.linspace(-1, 1, 7))
print(torch.linspace(0, 1, 5, dtype=torch.float16), torch.linspace(0, 10, 5, dtype=torch.long), torch.logspace(-2, 2, 9))
