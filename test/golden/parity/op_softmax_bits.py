import torch
# softmax, log_softmax and exp of float32 to the last bit (tolist gives each float32 exactly): PyTorch's vectorised
# CPU kernels (Sleef expf / logf u10, the exp sum in AVX2 lane order), which the relaxed wasm build reproduces.
torch.manual_seed(0)
for n in [1, 3, 10, 16, 17, 40, 100]:
    x = torch.randn(3, n) * 4
    x[2, n // 2] = float('-inf')
    print(n, torch.softmax(x, -1).tolist())
    print(n, torch.log_softmax(x, -1).tolist())
print(torch.exp(torch.arange(-1045, 893, 7) / 10.).tolist())
print(torch.exp(torch.tensor([0., -0., float('inf'), float('-inf'), float('nan'), 1e-45, -103.9, -87.5, 88.72])).tolist())
