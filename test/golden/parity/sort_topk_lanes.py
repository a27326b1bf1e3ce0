import torch

# sort / argsort / topk along a dim on long lanes with many ties (std::sort's and std::nth_element's order of equal
# values), lanes with and without NaN, ascending and descending, stable, along dim 0 and 1; and int64 results with
# negative and large values (written as two 32-bit halves).


def digest(t):
    acc = 0
    for i, v in enumerate(t.flatten().tolist()):
        acc = (acc * 1000003 + int(v * 4096) + i) % ((1 << 61) - 1)
    return acc


torch.manual_seed(0)
x = torch.randint(0, 40, (70, 300)).float() / 8
x[3, ::7] = float('nan')
x[5, 10] = float('nan')
x[6] = -0.0
x[6, ::3] = 0.0
for dim in (1, 0):
    for desc in (False, True):
        v, i = x.sort(dim, descending=desc)
        print('sort', dim, desc, digest(torch.nan_to_num(v, 99.0)), digest(i), i[3, :12].tolist() if dim == 1 else i[:12, 3].tolist())
        v, i = x.sort(dim=dim, descending=desc, stable=True)
        print('stable', dim, desc, digest(i))
        print('argsort', dim, desc, digest(x.argsort(dim, descending=desc)))
    for k in (1, 4, 10, 40, 69):
        for largest in (True, False):
            v, i = x.topk(k, dim, largest=largest)
            print('topk', dim, k, largest, digest(torch.nan_to_num(v, 99.0)), digest(i))
        v, i = x.topk(k, dim, sorted=False)
        print('topk unsorted', dim, k, digest(i))
print(torch.tensor([-5, -1, 0, 7, 2 ** 40, -2 ** 40 - 3, 2 ** 53, -2 ** 53, 2 ** 62, -2 ** 63]).tolist())
print(torch.arange(-4, 4).tolist(), torch.tensor([3.9, -3.9, -0.5]).long().tolist())
