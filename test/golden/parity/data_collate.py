import torch
import collections
from torch.utils.data import DataLoader, Dataset
from torch.utils.data import default_collate

Point = collections.namedtuple('Point', ['x', 'y'])


class Mixed(Dataset):
    def __len__(self):
        return 5

    def __getitem__(self, i):
        return {'img': torch.full((2, 2), float(i)), 'label': i, 'weight': i / 4, 'name': f'item{i}',
                'flag': i % 2 == 0, 'pair': (torch.tensor([i, -i]), i * 10), 'point': Point(i, float(i)),
                'list': [i, i + 1]}


for batch in DataLoader(Mixed(), batch_size=2):
    for k, v in batch.items():
        print(k, v)
print(default_collate([(1, 2.5), (3, 4.5)]))
print(default_collate([torch.tensor(1.5), torch.tensor(2.5)]))
print(default_collate([[torch.zeros(2), 'a'], [torch.ones(2), 'b']]))
print(default_collate([torch.tensor([1, 2], dtype=torch.float64), torch.tensor([3, 4], dtype=torch.float64)]))
print(list(DataLoader([1, 2, 3], batch_size=None)))
print(list(DataLoader([(1, 2), (3, 4)], batch_size=None)))
print(list(DataLoader([{'a': 1}, {'a': 2}], batch_size=2, collate_fn=lambda b: b)))
