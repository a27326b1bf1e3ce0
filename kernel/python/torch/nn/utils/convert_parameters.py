# parameters_to_vector / vector_to_parameters.
# Ported from PyTorch 1.13.1 torch/nn/utils/convert_parameters.py (BSD-3-Clause, (c) PyTorch contributors).
import torch
from ..modules._hooks import typename


def parameters_to_vector(parameters):
    param_device = None
    vec = []
    for param in parameters:
        param_device = _check_param_device(param, param_device)
        vec.append(param.view(-1))
    return torch.cat(vec)


def vector_to_parameters(vec, parameters):
    if not isinstance(vec, torch.Tensor):
        raise TypeError('expected torch.Tensor, but got: {}'.format(typename(vec)))
    param_device = None
    pointer = 0
    for param in parameters:
        param_device = _check_param_device(param, param_device)
        num_param = param.numel()
        param.data = vec[pointer:pointer + num_param].view_as(param).data
        pointer += num_param


def _check_param_device(param, old_param_device):
    if old_param_device is None:
        old_param_device = param.get_device() if param.is_cuda else -1
    elif old_param_device != -1:
        raise TypeError('Found two parameters on different devices, this is currently not supported.')
    return old_param_device
