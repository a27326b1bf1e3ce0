# torch.nn.functional's activations and tensor helpers over the engine: gelu, leaky_relu, elu, silu, softplus,
# hardtanh, relu6, logsigmoid, normalize, one_hot, pad, with F's 1.13.1 signatures and error texts. _F_loss
# re-exports them (its __all__ is what torch.nn.functional takes).
import warnings

from . import _types as T
from ._bridge import call, wrap
from ._tensor import Tensor

__all__ = ['gelu', 'leaky_relu', 'leaky_relu_', 'elu', 'elu_', 'silu', 'softplus', 'hardtanh', 'hardtanh_', 'relu6',
           'logsigmoid', 'normalize', 'one_hot', 'pad', 'selu', 'selu_', 'celu', 'celu_', 'hardswish', 'hardsigmoid',
           'mish', 'softsign', 'tanhshrink', 'softmin', 'hardshrink', 'softshrink', 'threshold', 'threshold_']
# Also torch.* functions in PyTorch 1.13 (torch.selu, torch.celu, torch.hardshrink, torch.threshold, ...).
_TORCH_NAMES = ['selu', 'selu_', 'celu', 'celu_', 'hardshrink', 'threshold', 'threshold_']

from ._types import SCALAR_TYPE_NAMES as _SCALAR_NAMES  # noqa: E402


def _tensor_arg(fname, name, v, pos):
    if not isinstance(v, Tensor):
        raise TypeError(f"{fname}(): argument '{name}' (position {pos}) must be Tensor, not {type(v).__name__}")


def gelu(input, *, approximate='none'):
    _tensor_arg('gelu', 'input', input, 1)
    return wrap(call('gelu', input, approximate))


def leaky_relu(input, negative_slope=0.01, inplace=False):
    _tensor_arg('leaky_relu', 'input', input, 1)
    return wrap(call('leaky_relu', input, float(negative_slope), bool(inplace)))


def leaky_relu_(input, negative_slope=0.01):
    return leaky_relu(input, negative_slope, True)


def elu(input, alpha=1.0, inplace=False):
    _tensor_arg('elu', 'input', input, 1)
    return wrap(call('elu', input, float(alpha), bool(inplace)))


def elu_(input, alpha=1.0):
    return elu(input, alpha, True)


def silu(input, inplace=False):
    _tensor_arg('silu', 'input', input, 1)
    return wrap(call('silu', input, bool(inplace)))


def softplus(input, beta=1, threshold=20):
    _tensor_arg('softplus', 'input', input, 1)
    return wrap(call('softplus', input, float(beta), float(threshold)))


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    _tensor_arg('hardtanh', 'input', input, 1)
    return wrap(call('hardtanh', input, float(min_val), float(max_val), bool(inplace)))


def hardtanh_(input, min_val=-1.0, max_val=1.0):
    return hardtanh(input, min_val, max_val, True)


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0, inplace)


def logsigmoid(input):
    _tensor_arg('log_sigmoid', 'input', input, 1)
    return wrap(call('logsigmoid', input))


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    if out is not None:
        raise NotImplementedError('tnb: the out= argument is not supported; assign the result instead')
    if not input.is_floating_point():
        raise RuntimeError(f'norm(): input dtype should be either floating point or complex. Got {_SCALAR_NAMES[input.dtype._engine_name()]} instead.')
    if p in (2, 2.0):
        # max(‖x‖, eps) as sqrt(max(Σx², eps²)): the same values, and a zero vector's gradient stays finite as
        # PyTorch's norm backward keeps it (sqrt's derivative at 0 would make it nan).
        denom = (input * input).sum(dim, keepdim=True).clamp_min(eps * eps).sqrt().expand_as(input)
    else:
        denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    return input / denom


def one_hot(tensor, num_classes=-1):
    _tensor_arg('one_hot', 'self', tensor, 1)
    from . import _creation
    if tensor.dtype != T.int64:
        raise RuntimeError('one_hot is only applicable to index tensor.')
    shape = list(tensor.shape)
    if tensor.numel() == 0:
        if num_classes <= 0:
            raise RuntimeError('Can not infer total number of classes from empty tensor.')
        return _creation.zeros(shape + [num_classes], dtype=T.int64)
    if tensor.min().item() < 0:
        raise RuntimeError('Class values must be non-negative.')
    if num_classes == -1:
        num_classes = tensor.max().item() + 1
    elif num_classes <= tensor.max().item():
        raise RuntimeError('Class values must be smaller than num_classes.')
    return _creation.zeros(shape + [num_classes], dtype=T.int64).scatter_(-1, tensor.unsqueeze(-1), 1)


def pad(input, pad, mode='constant', value=None):
    """at::pad (1.13): constant_pad_nd, reflection_pad{1,2,3}d, replication_pad{1,2,3}d or _pad_circular."""
    _tensor_arg('pad', 'input', input, 1)
    pad = [int(p) for p in pad]
    if mode == 'constant':
        return wrap(call('constant_pad', input, pad, 0 if value is None else value))
    if value is not None and value != 0:
        raise RuntimeError(f'Padding mode "{mode}" doesn\'t take in value argument')
    if len(pad) % 2 != 0:
        raise RuntimeError('Padding length must be divisible by 2')
    if mode not in ('reflect', 'replicate', 'circular'):
        raise NotImplementedError(f'Unrecognised padding mode {mode}')
    if not ((len(pad) == 2 and input.dim() in (2, 3)) or (len(pad) == 4 and input.dim() in (3, 4))
            or (len(pad) == 6 and input.dim() in (4, 5))):
        raise NotImplementedError('Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now')
    if mode == 'circular':
        return _pad_circular(input, pad)
    return wrap(call('pad_mode', input, pad, mode))


def _pad_circular(input, padding):
    """ATen's _pad_circular: the input copied into the middle of a new tensor, then the wrapped borders copied from
    it (left sides first, then right sides), so the result's grad_fn is CopySlices as in PyTorch."""
    from ._creation import empty
    in_shape = list(input.shape)
    ndim = len(in_shape) - 2
    if len(padding) + 4 != len(in_shape) * 2:
        raise RuntimeError(f'Invalid padding size, expected {ndim * 2} but got {len(padding)}')
    out_shape = in_shape[:2]
    for i in range(ndim):
        pad_l, pad_r, size = padding[-(2 * i + 2)], padding[-(2 * i + 1)], in_shape[2 + i]
        if pad_l > size or pad_r > size:
            raise RuntimeError('Padding value causes wrapping around more than once.')
        out_shape.append(size + pad_l + pad_r)
        if out_shape[-1] < 0:
            raise RuntimeError('Negative padding value is resulting in an empty dimension')
    out = empty(out_shape, dtype=input.dtype)
    out_slice, in_slice = out, input
    for i in range(ndim):
        dim = ndim - i + 1
        pad_l, pad_r = padding[2 * i], padding[2 * i + 1]
        out_slice = out_slice.narrow(dim, max(pad_l, 0), out_shape[dim] - max(pad_r, 0) - max(pad_l, 0))
        in_slice = in_slice.narrow(dim, max(-pad_l, 0), in_shape[dim] - max(-pad_r, 0) - max(-pad_l, 0))
    out_slice.copy_(in_slice)
    for i in range(ndim):
        dim = ndim - i + 1
        pad_l, pad_r = padding[2 * i], padding[2 * i + 1]
        if pad_l > 0:
            out.narrow(dim, 0, pad_l).copy_(out.narrow(dim, out_shape[dim] - pad_l - max(pad_r, 0), pad_l))
        if pad_r > 0:
            out.narrow(dim, out_shape[dim] - pad_r, pad_r).copy_(out.narrow(dim, max(pad_l, 0), pad_r))
    return out


def selu(input, inplace=False):
    _tensor_arg('selu', 'input', input, 1)
    return wrap(call('selu', input, bool(inplace)))


def selu_(input):
    return selu(input, True)


def celu(input, alpha=1.0, inplace=False):
    _tensor_arg('celu', 'input', input, 1)
    return wrap(call('celu', input, float(alpha), bool(inplace)))


def celu_(input, alpha=1.0):
    return celu(input, alpha, True)


def hardswish(input, inplace=False):
    _tensor_arg('hardswish', 'input', input, 1)
    return wrap(call('hardswish', input, bool(inplace)))


def hardsigmoid(input, inplace=False):
    _tensor_arg('hardsigmoid', 'input', input, 1)
    return wrap(call('hardsigmoid', input, bool(inplace)))


def mish(input, inplace=False):
    _tensor_arg('mish', 'input', input, 1)
    return wrap(call('mish', input, bool(inplace)))


def softsign(input):
    return input / (input.abs() + 1)


def tanhshrink(input):
    return input - input.tanh()


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        warnings.warn('Implicit dimension choice for softmin has been deprecated. Change the call to include dim=X as an argument.',
                      stacklevel=_stacklevel - 1)
        dim = 0 if input.dim() in (0, 1, 3) else 1
    return (-input).softmax(dim) if dtype is None else (-input).softmax(dim, dtype=dtype)


def hardshrink(input, lambd=0.5):
    _tensor_arg('hardshrink', 'input', input, 1)
    return wrap(call('hardshrink', input, float(lambd)))


def softshrink(input, lambd=0.5):
    _tensor_arg('softshrink', 'input', input, 1)
    return wrap(call('softshrink', input, float(lambd)))


def threshold(input, threshold, value, inplace=False):
    _tensor_arg('threshold', 'input', input, 1)
    return wrap(call('threshold', input, float(threshold), float(value), bool(inplace)))


def threshold_(input, threshold, value):
    return globals()['threshold'](input, threshold, value, True)
