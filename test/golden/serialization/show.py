# Prints what torch.load returned, the same way in real PyTorch and in tnb (used by gen_serialization.py and
# test/kernel/serialization.test.ts): structure, container types, and each tensor's dtype, shape, requires_grad
# and values at full precision.
import torch


def show(obj, indent=''):
    if isinstance(obj, torch.Tensor):
        print(f'{indent}Tensor dtype={obj.dtype} shape={tuple(obj.shape)} requires_grad={obj.requires_grad} '
              f'values={obj.tolist()}')
    elif isinstance(obj, dict):
        meta = getattr(obj, '_metadata', None)
        meta = None if meta is None else f'{type(meta).__name__} {list(meta.items())}'  # reprs differ across Pythons
        print(f'{indent}{type(obj).__name__} {len(obj)} keys; _metadata={meta}')
        for k, v in obj.items():
            print(f'{indent}  {k!r}:')
            show(v, indent + '    ')
    elif isinstance(obj, (list, tuple)):
        print(f'{indent}{type(obj).__name__} of {len(obj)}')
        for v in obj:
            show(v, indent + '  ')
    else:
        print(f'{indent}{type(obj).__name__} {obj!r}')
