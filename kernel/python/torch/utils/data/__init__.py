# torch.utils.data: datasets, samplers and the DataLoader, ported from PyTorch 1.13.1 (single-process loading).
from .sampler import BatchSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler
from .dataset import ConcatDataset, Dataset, IterableDataset, Subset, TensorDataset, random_split
from .dataloader import DataLoader, default_collate, default_convert, get_worker_info
from . import _utils  # noqa: F401

__all__ = ['BatchSampler', 'ConcatDataset', 'DataLoader', 'Dataset', 'IterableDataset', 'RandomSampler', 'Sampler',
           'SequentialSampler', 'Subset', 'SubsetRandomSampler', 'TensorDataset', 'default_collate',
           'default_convert', 'get_worker_info', 'random_split']
