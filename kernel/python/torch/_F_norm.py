# torch.nn.functional's group, instance and local response normalisation over the engine, with F's 1.13.1
# signatures and error texts. group_norm is the engine's native_group_norm (NativeGroupNormBackward0); instance_norm
# is composed as ATen's at::instance_norm composes it (a batch_norm over [1, N·C, ...] with repeated weight, bias and
# running statistics); local_response_norm is F's Python. Ported from PyTorch 1.13.1 torch/nn/functional.py
# (BSD-3-Clause, (c) PyTorch contributors).
import builtins as _builtins

from ._bridge import call as _call, wrap as _wrap

__all__ = ['group_norm', 'instance_norm', 'local_response_norm']
_TORCH_NAMES = []


def _verify_batch_size(size):
    size_prods = size[0]
    for i in range(len(size) - 2):
        size_prods *= size[i + 2]
    if size_prods == 1:
        raise ValueError('Expected more than 1 value per channel when training, got input size {}'.format(size))


def _verify_spatial_size(size):
    size_prods = 1
    for i in range(2, len(size)):
        size_prods *= size[i]
    if size_prods == 1:
        raise ValueError('Expected more than 1 spatial element when training, got input size {}'.format(size))


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    if input.dim() < 2:
        raise RuntimeError(f'Expected at least 2 dimensions for input tensor but received {input.dim()}')
    _verify_batch_size([input.size(0) * input.size(1) // num_groups, num_groups] + list(input.size()[2:]))
    return _torch_group_norm(input, num_groups, weight, bias, eps)


def _torch_group_norm(input, num_groups, weight=None, bias=None, eps=1e-05, cudnn_enabled=True):
    return _wrap(_call('group_norm', input, _builtins.int(num_groups), weight, bias, float(eps)))


def _torch_instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps,
                         cudnn_enabled=True):
    """at::instance_norm: batch_norm of the input seen as one image of N·C channels."""
    from . import no_grad, batch_norm
    if not use_input_stats and (running_mean is None or running_var is None):
        raise RuntimeError('Expected running_mean and running_var to be defined when use_input_stats is false')
    shape = list(input.shape)
    b, c = shape[0], shape[1]
    weight_ = weight.repeat(b) if weight is not None else None
    bias_ = bias.repeat(b) if bias is not None else None
    running_mean_ = running_mean.repeat(b) if running_mean is not None else None
    running_var_ = running_var.repeat(b) if running_var is not None else None
    input_reshaped = input.contiguous().view([1, b * c] + shape[2:])
    out = batch_norm(input_reshaped, weight_, bias_, running_mean_, running_var_, use_input_stats, momentum, eps,
                     cudnn_enabled)
    with no_grad():
        if running_mean is not None:
            running_mean.copy_(running_mean_.view(b, c).mean(0, keepdim=False))
        if running_var is not None:
            running_var.copy_(running_var_.view(b, c).mean(0, keepdim=False))
    return out.view(shape)


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    if use_input_stats:
        _verify_spatial_size(input.size())
    return _torch_instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps)


def local_response_norm(input, size, alpha=0.0001, beta=0.75, k=1.0):
    from . import _F_nn, _F_pool, _F_act
    dim = input.dim()
    if dim < 3:
        raise ValueError('Expected 3D or higher dimensionality                          input (got {} dimensions)'
                         .format(dim))
    if input.numel() == 0:
        return input
    div = input.mul(input).unsqueeze(1)
    if dim == 3:
        div = _F_act.pad(div, (0, 0, size // 2, (size - 1) // 2))
        div = _F_nn.avg_pool2d(div, (size, 1), stride=1).squeeze(1)
    else:
        sizes = input.size()
        div = div.view(sizes[0], 1, sizes[1], sizes[2], -1)
        div = _F_act.pad(div, (0, 0, 0, 0, size // 2, (size - 1) // 2))
        div = _F_pool.avg_pool3d(div, (size, 1, 1), stride=1).squeeze(1)
        div = div.view(sizes)
    div = div.mul(alpha).add(k).pow(beta)
    return input / div


def _set_torch_functions():
    import sys
    torch = sys.modules[__package__]
    for name, fn in (('group_norm', _torch_group_norm), ('instance_norm', _torch_instance_norm)):
        fn.__name__ = fn.__qualname__ = name
        setattr(torch, name, fn)


_set_torch_functions()
