# torch.nn.Parameter: a Tensor subclass marking a module's learnable tensors.
# Ported from PyTorch 1.13.1 torch/nn/parameter.py (BSD-3-Clause, (c) PyTorch contributors), over tnb's handles:
# Parameter(t) is a new engine tensor sharing t's storage (t.detach(), as torch's Tensor._make_subclass), a leaf
# that requires grad by default. Operations on a Parameter return plain Tensors, as in torch.
from collections import OrderedDict

import torch
from torch import _bridge as B
from torch._tensor import Tensor

__all__ = ['Parameter', 'UninitializedParameter']


class Parameter(Tensor):
    def __new__(cls, data=None, requires_grad=True):
        if data is None:
            data = torch.empty(0)
        if not isinstance(data, Tensor):
            raise TypeError(f"_make_subclass(): argument 'data' (position 2) must be Tensor, not {type(data).__name__}")
        if requires_grad and not data.is_floating_point():
            raise RuntimeError('Only Tensors of floating point and complex dtype can require gradients')
        h = B.call('detach', data)
        p = object.__new__(cls)
        p._h = h
        B.track(p, h, B._live, B._release)
        B.call('requires_grad_', p, bool(requires_grad))
        return p

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        result = type(self)(self.data.clone(), self.requires_grad)
        memo[id(self)] = result
        return result

    def __repr__(self):
        return 'Parameter containing:\n' + super().__repr__()

    def __str__(self):
        return self.__repr__()

    def __reduce_ex__(self, proto):
        return (_rebuild_parameter, (self.data, self.requires_grad, OrderedDict()))


def _rebuild_parameter(data, requires_grad, backward_hooks):
    return Parameter(data, requires_grad)


class UninitializedParameter(Parameter):
    """A parameter without a shape yet (lazy modules); materialize(shape) gives it one and makes it a Parameter."""
    cls_to_become = Parameter

    def __new__(cls, requires_grad=True, device=None, dtype=None):
        return Parameter.__new__(cls, torch.empty(0, dtype=dtype), requires_grad)

    def materialize(self, shape, device=None, dtype=None):
        if dtype is None:
            dtype = self.data.dtype
        self.data = torch.empty(shape, dtype=dtype)
        self.__class__ = self.cls_to_become

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        result = type(self)(self.requires_grad, None, self.data.dtype)
        memo[id(self)] = result
        return result

    def __repr__(self):
        return '<UninitializedParameter>'

    __str__ = __repr__
