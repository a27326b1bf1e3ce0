#!/usr/bin/python3
"""Generate the torch.save goldens in test/golden/serialization/ with real PyTorch 1.13.1:
  state_dict.pt / state_dict.txt   a model-and-optimizer style state dict (tensors of every real dtype) saved by
                                   torch.save, and what show.py
                                   prints for torch.load of it (test/kernel/serialization.test.ts loads the .pt in
                                   tnb and must print the same text)
  module.pt                        a whole pickled nn.Module, which tnb must refuse to unpickle
Run:  /usr/bin/python3 test/golden/gen_serialization.py
"""
import collections
import contextlib
import io
import os
import sys

import torch

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'serialization')
sys.path.insert(0, HERE)
from show import show  # noqa: E402


def state_dict():
    torch.manual_seed(0)
    base = torch.randn(4, 3)
    model = collections.OrderedDict()
    model['fc.weight'] = base
    model['fc.bias'] = torch.randn(3)
    model['fc.weight_t'] = base.t()                       # a transposed view of the same storage
    model['fc.rows'] = base[1:3]                          # a slice sharing the storage
    model['bn.num_batches_tracked'] = torch.tensor(7)     # 0-d int64
    model['mask'] = torch.tensor([True, False, True])
    model['double'] = torch.tensor([1e-300, -2.5, 3.25], dtype=torch.float64)
    model['empty'] = torch.zeros(0, 2)
    model['big_int'] = torch.tensor([2**40 + 3, -5])
    # every other real dtype: IntStorage, ShortStorage, CharStorage, ByteStorage, HalfStorage, BFloat16Storage
    model['int32'] = torch.tensor([[2**31 - 1, -2**31], [7, -8]], dtype=torch.int32)
    model['int32_col'] = model['int32'][:, 1]             # a strided view of an int32 storage
    model['int16'] = torch.tensor([-32768, 12345], dtype=torch.int16)
    model['int8'] = torch.tensor([-128, 127, 0], dtype=torch.int8)
    model['image'] = torch.arange(0, 256, 37, dtype=torch.uint8).reshape(1, 7)
    model['half'] = torch.tensor([0.1, -65504.0, 6e-8, float('inf')], dtype=torch.float16)
    model['bfloat16'] = torch.tensor([[0.1, -3e38], [1e-38, float('nan')]], dtype=torch.bfloat16)
    model._metadata = collections.OrderedDict([('', {'version': 1}), ('fc', {'version': 1})])
    optim = {'state': {0: {'step': torch.tensor(3.), 'exp_avg': torch.randn(4, 3), 'exp_avg_sq': torch.rand(4, 3)},
                       1: {'momentum_buffer': None}},
             'param_groups': [{'lr': 0.01, 'betas': (0.9, 0.999), 'eps': 1e-08, 'weight_decay': 0, 'amsgrad': False,
                               'maximize': False, 'foreach': None, 'capturable': False, 'differentiable': False,
                               'fused': False, 'params': [0, 1]}]}
    return {'model': model, 'optimizer': optim, 'epoch': 12, 'loss': 0.125, 'name': 'run-1', 'none': None,
            'tags': ['a', 'b'], 'shape': (2, 3)}


def main():
    obj = state_dict()
    torch.save(obj, os.path.join(HERE, 'state_dict.pt'))
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        show(torch.load(os.path.join(HERE, 'state_dict.pt')))
    with open(os.path.join(HERE, 'state_dict.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text.getvalue())
    torch.manual_seed(0)
    torch.save(torch.nn.Linear(2, 2), os.path.join(HERE, 'module.pt'))
    print('wrote', HERE)


if __name__ == '__main__':
    main()
