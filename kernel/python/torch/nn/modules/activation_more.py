# Activation modules: Threshold, RReLU, Hardsigmoid, Hardswish, Hardshrink, Softshrink, SELU, CELU, GLU, Mish, PReLU.
# Ported from PyTorch 1.13.1 torch/nn/modules/activation.py (BSD-3-Clause, (c) PyTorch contributors).
import torch
from ..parameter import Parameter
from .. import functional as F
from .module import Module

__all__ = ['Threshold', 'RReLU', 'Hardsigmoid', 'Hardswish', 'Hardshrink', 'Softshrink', 'SELU', 'CELU', 'GLU', 'Mish',
           'PReLU']


class _Inplace(Module):
    """The activations whose only argument is inplace (their repr shows 'inplace=True' or nothing)."""
    __constants__ = ['inplace']

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def extra_repr(self):
        return 'inplace=True' if self.inplace else ''


class Threshold(Module):
    __constants__ = ['threshold', 'value', 'inplace']

    def __init__(self, threshold, value, inplace=False):
        super(Threshold, self).__init__()
        self.threshold = threshold
        self.value = value
        self.inplace = inplace

    def forward(self, input):
        return F.threshold(input, self.threshold, self.value, self.inplace)

    def extra_repr(self):
        inplace_str = ', inplace=True' if self.inplace else ''
        return 'threshold={}, value={}{}'.format(self.threshold, self.value, inplace_str)


class RReLU(Module):
    __constants__ = ['lower', 'upper', 'inplace']

    def __init__(self, lower=1. / 8, upper=1. / 3, inplace=False):
        super(RReLU, self).__init__()
        self.lower = lower
        self.upper = upper
        self.inplace = inplace

    def forward(self, input):
        return F.rrelu(input, self.lower, self.upper, self.training, self.inplace)

    def extra_repr(self):
        inplace_str = ', inplace=True' if self.inplace else ''
        return 'lower={}, upper={}{}'.format(self.lower, self.upper, inplace_str)


class Hardsigmoid(_Inplace):

    def forward(self, input):
        return F.hardsigmoid(input, self.inplace)

    def extra_repr(self):   # PyTorch's Hardsigmoid and Hardswish have no extra_repr
        return ''


class Hardswish(_Inplace):

    def forward(self, input):
        return F.hardswish(input, self.inplace)

    def extra_repr(self):
        return ''


class SELU(_Inplace):

    def forward(self, input):
        return F.selu(input, self.inplace)


class Mish(_Inplace):

    def forward(self, input):
        return F.mish(input, inplace=self.inplace)


class CELU(Module):
    __constants__ = ['alpha', 'inplace']

    def __init__(self, alpha=1., inplace=False):
        super(CELU, self).__init__()
        self.alpha = alpha
        self.inplace = inplace

    def forward(self, input):
        return F.celu(input, self.alpha, self.inplace)

    def extra_repr(self):
        inplace_str = ', inplace=True' if self.inplace else ''
        return 'alpha={}{}'.format(self.alpha, inplace_str)


class GLU(Module):
    __constants__ = ['dim']

    def __init__(self, dim=-1):
        super(GLU, self).__init__()
        self.dim = dim

    def forward(self, input):
        return F.glu(input, self.dim)

    def extra_repr(self):
        return 'dim={}'.format(self.dim)


class Hardshrink(Module):
    __constants__ = ['lambd']

    def __init__(self, lambd=0.5):
        super(Hardshrink, self).__init__()
        self.lambd = lambd

    def forward(self, input):
        return F.hardshrink(input, self.lambd)

    def extra_repr(self):
        return '{}'.format(self.lambd)


class Softshrink(Module):
    __constants__ = ['lambd']

    def __init__(self, lambd=0.5):
        super(Softshrink, self).__init__()
        self.lambd = lambd

    def forward(self, input):
        return F.softshrink(input, self.lambd)

    def extra_repr(self):
        return str(self.lambd)


class PReLU(Module):
    __constants__ = ['num_parameters']

    def __init__(self, num_parameters=1, init=0.25, device=None, dtype=None):
        factory_kwargs = {'device': device, 'dtype': dtype}
        self.num_parameters = num_parameters
        super(PReLU, self).__init__()
        self.weight = Parameter(torch.empty(num_parameters, **factory_kwargs).fill_(init))

    def forward(self, input):
        return F.prelu(input, self.weight)

    def extra_repr(self):
        return 'num_parameters={}'.format(self.num_parameters)
