# torch.nn.functional: the layer ops (torch._F_nn, torch._F_spatial, torch._F_pool, torch._F_norm), the losses and most activations (torch._F_loss), and here the
# functions nn's modules need directly: relu, sigmoid, tanh, softmax family, linear.
# The Python parts are ported from PyTorch 1.13.1 torch/nn/functional.py (BSD-3-Clause, (c) PyTorch contributors);
# linear follows ATen's Linear.cpp so that grad_fn nodes are torch's (AddmmBackward0 for 2-D input with bias).
import warnings

import torch
from torch._F_nn import *  # noqa: F401,F403
from torch._F_spatial import *  # noqa: F401,F403
from torch._F_pool import *  # noqa: F401,F403
from torch._F_norm import *  # noqa: F401,F403
from torch._F_loss import *  # noqa: F401,F403
from torch._F_attn import *  # noqa: F401,F403
from torch._F_act_extra import *  # noqa: F401,F403
from torch._F_loss_more import *  # noqa: F401,F403
from torch._F_embedding_bag import *  # noqa: F401,F403
from torch._F_ctc import *  # noqa: F401,F403
from torch import _F_nn, _F_loss, _F_attn, _F_act_extra, _F_loss_more, _F_embedding_bag, _F_ctc, _F_spatial, _F_pool, _F_norm
from torch._bridge import call as _call, wrap as _wrap

_Tensor = torch.Tensor

__all__ = (list(_F_nn.__all__) + list(_F_loss.__all__) + list(_F_attn.__all__) + list(_F_act_extra.__all__) +
           list(_F_loss_more.__all__) + list(_F_embedding_bag.__all__) +
           list(_F_ctc.__all__) + list(_F_spatial.__all__) + list(_F_pool.__all__) +
           list(_F_norm.__all__)) + [
    'relu', 'relu_', 'sigmoid', 'tanh', 'softmax', 'log_softmax', 'softmin', 'softsign', 'tanhshrink', 'linear']


def relu(input, inplace=False):
    if inplace:
        return input.relu_()
    return torch.relu(input)


def relu_(input):
    return input.relu_()


def sigmoid(input):
    warnings.warn('nn.functional.sigmoid is deprecated. Use torch.sigmoid instead.')
    return input.sigmoid()


def tanh(input):
    warnings.warn('nn.functional.tanh is deprecated. Use torch.tanh instead.')
    return input.tanh()


def tanhshrink(input):
    return input - input.tanh()


def softsign(input):
    return input / (input.abs() + 1)


def _get_softmax_dim(name, ndim, stacklevel):
    warnings.warn('Implicit dimension choice for {} has been deprecated. Change the call to include dim=X as an '
                  'argument.'.format(name), stacklevel=stacklevel)
    if ndim == 0 or ndim == 1 or ndim == 3:
        ret = 0
    else:
        ret = 1
    return ret


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim('softmin', input.dim(), _stacklevel)
    if dtype is None:
        return (-input).softmax(dim)
    return (-input).softmax(dim, dtype=dtype)


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim('softmax', input.dim(), _stacklevel)
    if dtype is None:
        return input.softmax(dim)
    return input.softmax(dim, dtype=dtype)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim('log_softmax', input.dim(), _stacklevel)
    if dtype is None:
        return input.log_softmax(dim)
    return input.log_softmax(dim, dtype=dtype)


def linear(input, weight, bias=None):
    """y = input @ weight.T + bias, as ATen's linear: addmm for 2-D input (and contiguous 3-D input, through a
    2-D view) when there is a bias, else matmul then add (one engine call: kernel/engine/ops/linalg.ts)."""
    if not (isinstance(input, _Tensor) and isinstance(weight, _Tensor) and (bias is None or isinstance(bias, _Tensor))):
        for name, pos, t in (('input', 1, input), ('weight', 2, weight), ('bias', 3, bias)):
            if not isinstance(t, _Tensor) and (t is not None or pos < 3):
                raise TypeError(f"linear(): argument '{name}' (position {pos}) must be Tensor, not {type(t).__name__}")
    return _wrap(_call('linear', input, weight, bias))
