# torch._utils: the rebuild functions that PyTorch's pickles call (GLOBAL 'torch._utils _rebuild_tensor_v2'),
# after PyTorch 1.13.1 torch/_utils.py. A contiguous tensor comes back as a view of its storage's flat tensor (so
# tensors saved as views of one storage still share memory); other strides come back as a gathered copy.
import builtins
import math

from . import _creation
from ._tensor import Tensor


def _contiguous_strides(size):
    strides, acc = [], 1
    for n in reversed(size):
        strides.append(acc)
        acc *= max(n, 1)
    return tuple(reversed(strides))


def _rebuild_tensor(storage, storage_offset, size, stride):
    flat = storage._tensor
    size, stride = tuple(size), tuple(stride)
    n = math.prod(size)
    if n == 0:
        return _creation.zeros(size, dtype=flat.dtype)
    if builtins.all(s == c or d == 1 for s, c, d in zip(stride, _contiguous_strides(size), size)):
        return flat[storage_offset:storage_offset + n].view(size)
    # a permuted contiguous block (a transpose, a permute): a view of the block, permuted back
    order = sorted(range(len(size)), key=lambda d: -stride[d])
    psize = tuple(size[d] for d in order)
    if builtins.all(stride[d] == c or size[d] == 1 for d, c in zip(order, _contiguous_strides(psize))):
        inverse = [order.index(d) for d in range(len(size))]
        return flat[storage_offset:storage_offset + n].view(psize).permute(*inverse)
    # any other strides (overlapping, gaps, expanded): gather the elements (offset + sum of index * stride) into a copy
    index = _creation.tensor(storage_offset)
    for d, (extent, st) in enumerate(zip(size, stride)):
        shape = [1] * len(size)
        shape[d] = extent
        index = index + (_creation.arange(extent) * st).reshape(shape)
    return flat.index_select(0, index.reshape(-1)).reshape(size)


def _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks, metadata=None):
    tensor = _rebuild_tensor(storage, storage_offset, size, stride)
    if requires_grad:
        tensor = tensor.detach().requires_grad_(True)
    # backward_hooks are only pickled for backwards compatibility (PyTorch ignores them too, with a warning when
    # there are some); metadata (e.g. a conjugate bit) does not exist in tnb
    return tensor


def _rebuild_parameter(data, requires_grad, backward_hooks):
    try:
        from .nn import Parameter
    except ImportError:
        Parameter = None
    if Parameter is None:
        return data.detach().requires_grad_(requires_grad)
    return Parameter(data, requires_grad)


__all__ = ['_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_parameter']


class OrderedDict(__import__('collections').OrderedDict):
    """What state_dict() and torch.load give: a collections.OrderedDict that prints as Python 3.11 prints one,
    OrderedDict([('weight', tensor(...)), ...]), the text users compare against (PyTorch 1.13.1 runs on Python <= 3.11;
    this kernel's Python 3.12 would print OrderedDict({'weight': ...})). It pickles as a plain OrderedDict; copies
    keep the class."""
    __module__ = 'collections'

    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        if id(self) in _REPR_RUNNING:   # (reprlib.recursive_repr's guard)
            return '...'
        _REPR_RUNNING.add(id(self))
        try:
            return f'OrderedDict({list(self.items())!r})'
        finally:
            _REPR_RUNNING.discard(id(self))

    def __reduce__(self):
        base = __import__('collections').OrderedDict
        return base, (), vars(self) or None, None, iter(self.items())

    def __copy__(self):
        out = type(self)(self)
        out.__dict__.update(vars(self))
        return out

    def __deepcopy__(self, memo):
        import copy
        out = type(self)()
        memo[id(self)] = out
        for k, v in self.items():
            out[copy.deepcopy(k, memo)] = copy.deepcopy(v, memo)
        out.__dict__.update(copy.deepcopy(vars(self), memo))
        return out

    def copy(self):
        return self.__copy__()


_REPR_RUNNING = set()
