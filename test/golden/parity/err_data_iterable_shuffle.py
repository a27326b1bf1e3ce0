import torch
import torch.utils.data
class S(torch.utils.data.IterableDataset):
    def __iter__(self):
        return iter([1])


torch.utils.data.DataLoader(S(), shuffle=True)
