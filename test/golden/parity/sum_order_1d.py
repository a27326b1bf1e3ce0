import torch
# float32/float64 sums are bit-identical to PyTorch's cascade sum: lengths around every boundary of its blocks
# (8-lane Vecs, rows of 4 Vecs, 16-row levels, 32768-element thread chunks, long runs), on 1 and 2 threads.
def h(t):
    v = t.tolist()
    return ' '.join(float(e).hex() for e in (v if isinstance(v, list) else [v]))
torch.manual_seed(0)
lens = list(range(0, 40)) + [63, 64, 65, 127, 128, 129, 511, 512, 513, 2047, 2048, 2049, 8191, 8192, 8193,
                             32767, 32768, 32769, 65535, 65536, 65537, 262143, 262144, 262145, 600001, 1700003]
for threads in (1, 2):
    torch.set_num_threads(threads)
    print('threads', torch.get_num_threads())
    for n in lens:
        x = torch.randn(n) * 100 + 3
        print(n, h(x.sum()), h(x.mean()) if n else '-', h(x.double().sum()))
torch.manual_seed(0); x = torch.randn(64, 784)
torch.set_num_threads(1)
print(x.sum().item(), x.mean().item(), x.sum(0)[:3].tolist(), x.sum(1)[:3].tolist())
b = torch.randn(100000)
print(b.sum().item(), b.mean().item())
torch.set_num_threads(2)
print(b.sum().item(), b.mean().item())
torch.set_num_threads(3)
print(torch.get_num_threads(), b.sum().item(), b.mean().item())
