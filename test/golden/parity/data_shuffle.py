import torch
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
x = torch.arange(22, dtype=torch.float32).reshape(11, 2)
y = torch.arange(11)
ds = TensorDataset(x, y)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4, shuffle=True)
print(len(loader))
for epoch in range(4):
    for xb, yb in loader:
        print(epoch, yb.tolist(), tuple(xb.shape), xb.dtype)
print(torch.rand(3))   # the default stream after the loader's draws
dl = DataLoader(ds, batch_size=4, shuffle=True, drop_last=True)
print(len(dl), [yb.tolist() for _, yb in dl], [yb.tolist() for _, yb in dl])
g = torch.Generator()
g.manual_seed(123)
dl = DataLoader(ds, batch_size=3, shuffle=True, generator=g)
print([yb.tolist() for _, yb in dl])
print([yb.tolist() for _, yb in dl])
print(torch.rand(2))
print([b[1].tolist() for b in DataLoader(ds, batch_size=5)], len(DataLoader(ds, batch_size=5)))
it = iter(DataLoader(ds, batch_size=2, shuffle=True))
print(len(it), next(it)[1].tolist(), torch.rand(1))
