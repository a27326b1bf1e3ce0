import torch
# torch.linspace in float32/float64 to the last bit: PyTorch's AVX2 kernel fills vectors of 8 floats / 4 doubles from a
# base value (start + step*idx, or end - step*(steps - idx - 1) past halfway, fused) plus lane*step, the tail by the formula;
# float16/bfloat16 with 16 lanes and every Half/BFloat16 operation rounded.
cases = [(0.1, 0.99, 300), (1.0, 40.0, 400), (0.001, 0.999, 600), (0.0, 60.0, 300), (0.05, 6.0, 600), (-3.3, 7.1, 37), (0.0, 1.0, 5), (2.5, -1.25, 100), (0, 1, 16), (0, 1, 17), (0, 1, 33), (-1, 1, 1000), (3, 3, 10)]
for a, b, n in cases:
    for dt in (torch.float32, torch.float64):
        print(' '.join(f'{v:.17g}' for v in torch.linspace(a, b, n, dtype=dt).tolist()))
print(torch.linspace(0, 10, 7, dtype=torch.int64), torch.linspace(0, 1, 0), torch.linspace(2, 3, 1))
for a, b, n in [(0.0, 1.0, 7), (0.1, 0.99, 300), (-3.3, 7.1, 37), (2.5, -1.25, 100), (-1, 1, 1000), (5, 5, 40)]:
    for dt in (torch.float16, torch.bfloat16):
        print(' '.join(f'{v:.9g}' for v in torch.linspace(a, b, n, dtype=dt).float().tolist()))
print(torch.linspace(0, 1, 7, dtype=torch.float16), torch.linspace(-1, 1, 5, dtype=torch.bfloat16))
