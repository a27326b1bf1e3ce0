import torch
import math

# linspace and logspace as 1.13.1's kernels compute them: linspace's vectorised blocks (a fused start + step·i per
# block, base + j·step within it) and thread chunks, logspace's double exponents; every dtype.
for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        for (a, b, n) in [(-1, 2, 528), (0, 1, 100), (0.1, 7.3, 33), (-5, 5, 1000), (3, -2.5, 17), (0, 1, 16),
                          (0, 10, 50000), (1e-3, 1e3, 70001), (-2, -1, 15), (0, 1, 2), (0, 1, 7)]:
            t = torch.linspace(a, b, n, dtype=dt).tolist()
            print(threads, dt, a, b, n, repr(math.fsum(t)), ' '.join(repr(v) for v in t[::max(1, n // 40)]))
print(torch.logspace(-2, 2, 50).tolist()[::7], torch.logspace(0, 3, 20, base=2).tolist()[::3])
for d in (torch.bfloat16, torch.int64, torch.int32, torch.float32, torch.float64):
    print(d, torch.logspace(0.3, 2.7, 7, dtype=d), torch.logspace(-1.5, 2, 1, dtype=d),
          torch.logspace(2, -1, 40, base=3, dtype=d).tolist()[::6])
torch.logspace(0, 1, 5, dtype=torch.half)
