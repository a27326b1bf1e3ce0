import torch
import math

# var / std / var_mean / std_mean give PyTorch 1.13's bits: std_var_all_cpu for full float32/float64 reductions
# (the dtype's mean, then the squared deviations in double in TensorIterator's order and thread chunks), Welford in
# double with a fused m2 update elsewhere (dims, float16/bfloat16, var_mean), each result rounded once.

def show(tag, t):
    if isinstance(t, tuple):
        for i, u in enumerate(t):
            show(f'{tag}[{i}]', u)
        return
    v = t.double().flatten().tolist()
    print(tag, t.dtype, list(t.shape), ' '.join(repr(x) for x in v[:3]), repr(math.fsum(v)))


for threads in (1, 2):
    torch.set_num_threads(threads)
    torch.manual_seed(3)
    for dt in (torch.float32, torch.float64, torch.float16, torch.bfloat16):
        for shape in [(7,), (7, 13), (3, 4, 5), (100, 37), (40000,), (2, 50000)]:
            x = (torch.randn(*shape) * 2.5 + 1.25).to(dt)
            tag = f't{threads} {str(dt)[6:]} {shape}'
            show(tag + ' var', x.var())
            show(tag + ' std', x.std())
            show(tag + ' std0', x.std(unbiased=False))
            show(tag + ' var_mean', torch.var_mean(x))
            show(tag + ' std_mean', torch.std_mean(x, unbiased=False))
            show(tag + ' var dim', x.var(-1))
            if x.dim() >= 2:
                show(tag + ' std keepdim', x.std(0, keepdim=True))
                show(tag + ' var_mean T', torch.var_mean(x.transpose(0, 1), 1))
                show(tag + ' var T', x.transpose(0, 1).var())
                show(tag + ' std sliced', x[..., ::2].std())
                show(tag + ' std rows', x[::2].std(-1))
            if x.dim() == 3:
                show(tag + ' var (0, 2)', x.var((0, 2)))
                show(tag + ' std permuted', x.permute(2, 0, 1).std((2, 1), correction=2))

x = torch.tensor([1.5, float('inf'), 2.0])
print(x.var(), x.std(), torch.var_mean(x))
x = torch.tensor([1.5, float('nan'), 2.0])
print(x.var(), x.std(0), torch.std_mean(x))
print(torch.tensor(3.0).var(), torch.tensor(3.0).std(unbiased=False), torch.var_mean(torch.tensor(2.0)))
print(torch.tensor([2.0]).var(), torch.tensor([]).var(), torch.zeros(0, 3).var(0), torch.zeros(2, 3).var(1, correction=5))
print(torch.tensor([1e300, -1e300, 5e299], dtype=torch.float64).var(0), torch.tensor([1e30, -1e30]).std())
torch.manual_seed(0)
a = torch.randn(4, 5, dtype=torch.float64, requires_grad=True)
s, m = torch.std_mean(a, 0)
(s.sum() + m.sum()).backward()
print(s.grad_fn.name(), a.grad)
