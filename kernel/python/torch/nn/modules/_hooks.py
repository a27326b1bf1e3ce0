# torch.utils.hooks.RemovableHandle and torch.typename, as nn.Module needs them.
# Ported from PyTorch 1.13.1 torch/utils/hooks.py and torch/_utils.py (BSD-3-Clause, (c) PyTorch contributors).
import weakref

import torch


class RemovableHandle:
    """A handle which provides the capability to remove a hook."""
    __module__ = 'torch.utils.hooks'   # (its repr names it as PyTorch's)
    next_id = 0

    def __init__(self, hooks_dict):
        self.hooks_dict_ref = weakref.ref(hooks_dict)
        self.id = RemovableHandle.next_id
        RemovableHandle.next_id += 1

    def remove(self):
        hooks_dict = self.hooks_dict_ref()
        if hooks_dict is not None and self.id in hooks_dict:
            del hooks_dict[self.id]

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.remove()


def typename(o):
    if isinstance(o, torch.Tensor):
        return o.type()
    module = ''
    if hasattr(o, '__module__') and o.__module__ not in ('builtins', '__builtin__', None):
        module = o.__module__ + '.'
    if hasattr(o, '__qualname__'):
        class_name = o.__qualname__
    elif hasattr(o, '__name__'):
        class_name = o.__name__
    else:
        class_name = o.__class__.__name__
    return module + class_name
