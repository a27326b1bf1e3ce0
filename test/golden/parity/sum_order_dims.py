import torch
import itertools
# Sums over each dim and several dims of 2-d and 3-d tensors, contiguous, transposed and strided, with keepdim, in
# float32 and float64, bit-identical to PyTorch's (TensorIterator's layout and the cascade sum), on 1 and 2 threads.
def h(t):
    v = t.flatten().tolist()
    return ' '.join(float(e).hex() for e in v)
torch.manual_seed(1)
shapes = [(3, 5), (9, 33), (33, 9), (17, 130), (64, 5), (5, 64), (2, 3, 4), (4, 33, 9), (9, 4, 33), (16, 1, 40)]
for threads in (1, 2):
    torch.set_num_threads(threads)
    for dt in (torch.float32, torch.float64):
        for shape in shapes:
            x = torch.randn(*shape, dtype=dt) * 10 + 1
            nd = len(shape)
            views = [('c', x), ('t', x.permute(*reversed(range(nd)))), ('s', x[..., ::2])]
            if nd == 3:
                views.append(('p', x.permute(1, 2, 0)))
            for name, v in views:
                for r in range(1, nd + 1):
                    for dims in itertools.combinations(range(nd), r):
                        print(threads, dt, shape, name, dims, h(v.sum(dims)), h(v.sum(dims, keepdim=True).mean()))
# big enough for PyTorch's parallel reductions: split along a kept dim (rounded to 128 bytes) or in two passes
for threads in (1, 2):
    torch.set_num_threads(threads)
    big = torch.randn(300, 301)
    for v in (big, big.t(), big[:, 3:293]):
        print(threads, h(v.sum(0)[:40]), h(v.sum(1)[:40]), h(v.sum()), h(v.mean(1)[:8]))
    cube = torch.randn(40, 30, 50, dtype=torch.float64)
    print(threads, h(cube.sum((0, 2))), h(cube.sum(1)[:3]), h(cube.permute(2, 0, 1).sum((0, 1))))
