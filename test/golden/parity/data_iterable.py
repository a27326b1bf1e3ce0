import torch
from torch.utils.data import DataLoader, IterableDataset


class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


print(list(DataLoader(Stream(7), batch_size=3)))
print(list(DataLoader(Stream(7), batch_size=3, drop_last=True)))
print(list(DataLoader(Stream(3), batch_size=None)))
print(torch.utils.data.get_worker_info())
