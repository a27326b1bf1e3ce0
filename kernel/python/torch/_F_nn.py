# torch.nn.functional's layer ops over the engine: convolution (also transposed), pooling, dropout, embedding, layer/batch norm.
# Each function has F's 1.13.1 signature and error texts; the names in _TORCH_NAMES are also torch.* functions
# (torch.conv2d, torch.max_pool2d, ...). torch/nn/functional.py re-exports everything in __all__.
# Argument shapes are normalised here (an int or a tuple per spatial dim); the engine checks tensors and sizes.
import builtins as _builtins
import math as _math
import warnings as _warnings

from ._bridge import call as _call, to_py as _to_py, wrap as _wrap
from ._tensor import Tensor as _Tensor
from . import _types as _T

__all__ = ['conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'max_pool1d', 'max_pool2d', 'max_pool1d_with_indices', 'max_pool2d_with_indices',
           'avg_pool1d', 'avg_pool2d', 'adaptive_avg_pool1d', 'adaptive_avg_pool2d', 'dropout', 'dropout1d',
           'dropout2d', 'embedding', 'layer_norm', 'batch_norm']
# (torch.embedding, torch.layer_norm and torch.batch_norm have other signatures: set at the end of this file)
_TORCH_NAMES = ['conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d', 'max_pool1d', 'max_pool2d', 'max_pool1d_with_indices', 'avg_pool1d',
                'adaptive_avg_pool1d']
_int = _builtins.int


def _ints(v):
    return [_int(x) for x in v] if isinstance(v, (list, tuple)) else [_int(v)]


def _spatial(v, n):
    """An int (or a 1-tuple) repeated for n spatial dims; a longer list as given (the engine checks its length)."""
    v = _ints(v)
    return v * n if len(v) == 1 else v


def _check_tensor(name, arg, pos, v):
    if not isinstance(v, _Tensor):
        raise TypeError(f"{name}(): argument '{arg}' (position {pos}) must be Tensor, not {type(v).__name__}")


# --- convolution ----------------------------------------------------------------------------------------------------
def _conv(name, dims, input, weight, bias, stride, padding, dilation, groups):
    _check_tensor(name, 'input', 1, input)
    _check_tensor(name, 'weight', 2, weight)
    if input.dim() == dims + 2 and weight.dim() > input.dim():
        raise RuntimeError(f'Expected {weight.dim()}-dimensional input for {weight.dim()}-dimensional weight '
                           f'{list(weight.shape)}, but got {input.dim()}-dimensional input of size '
                           f'{list(input.shape)} instead')
    if isinstance(padding, str):
        if padding not in ('valid', 'same'):
            raise RuntimeError(f"Invalid padding string: '{padding}'")
        pad = padding
    else:
        pad = _spatial(padding, dims)
    dil = _spatial(dilation, dims)
    # PyTorch's 2-d convolution (not padding='same', which takes another path) checks the bias's dtype against the
    # input's before anything else: nn.Conv2d on a Long or Double image fails with this text
    if (dims == 2 and pad != 'same' and isinstance(bias, _Tensor) and isinstance(padding, (_int, list, tuple))
            and bias.dtype != input.dtype):
        raise RuntimeError(f'Input type ({_T.TYPE_META_NAMES[input.dtype._name]}) and bias type '
                           f'({_T.TYPE_META_NAMES[bias.dtype._name]}) should be the same')
    if pad == 'same' and any(d * (k - 1) % 2 for d, k in zip(dil, weight.shape[2:])):
        _warnings.warn("Using padding='same' with even kernel lengths and odd dilation may require a zero-padded "
                       "copy of the input be created (Triggered internally at  ./aten/src/ATen/native/"
                       "Convolution.cpp:895.)", UserWarning, stacklevel=3)
    return _wrap(_call('convolution', input, weight, bias, _spatial(stride, dims), pad, dil, _int(groups), dims))


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv('conv1d', 1, input, weight, bias, stride, padding, dilation, groups)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv('conv2d', 2, input, weight, bias, stride, padding, dilation, groups)


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv('conv3d', 3, input, weight, bias, stride, padding, dilation, groups)


def _conv_transpose(name, dims, input, weight, bias, stride, padding, output_padding, groups, dilation):
    _check_tensor(name, 'input', 1, input)
    _check_tensor(name, 'weight', 2, weight)
    if bias is not None and not isinstance(bias, _Tensor):
        raise TypeError(f"{name}(): argument 'bias' (position 3) must be Tensor, not {type(bias).__name__}")
    if isinstance(padding, str):
        raise TypeError(f"{name}(): argument 'padding' must be tuple of ints, not str")
    return _wrap(_call('conv_transpose', input, weight, bias, _spatial(stride, dims), _spatial(padding, dims),
                       _spatial(output_padding, dims), _int(groups), _spatial(dilation, dims), dims))


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose('conv_transpose1d', 1, input, weight, bias, stride, padding, output_padding, groups, dilation)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose('conv_transpose2d', 2, input, weight, bias, stride, padding, output_padding, groups, dilation)


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1):
    return _conv_transpose('conv_transpose3d', 3, input, weight, bias, stride, padding, output_padding, groups, dilation)


# --- pooling --------------------------------------------------------------------------------------------------------
def _pool2d_args(name, kernel_size, stride, padding, dilation=1):
    k, s, p, d = _ints(kernel_size), _ints(stride) if stride is not None else [], _ints(padding), _ints(dilation)
    if len(k) not in (1, 2):
        raise RuntimeError(f'{name}: kernel_size must either be a single int, or a tuple of two ints')
    if len(s) not in (0, 1, 2):
        raise RuntimeError(f'{name}: stride must either be omitted, a single int, or a tuple of two ints')
    if len(p) not in (1, 2):
        raise RuntimeError(f'{name}: padding must be either be a single int, or a tuple of two ints')
    if len(d) not in (1, 2):
        raise RuntimeError(f'{name}: dilation must be either a single int, or a tuple of two ints')
    k = k * 2 if len(k) == 1 else k
    s = k if not s else s * 2 if len(s) == 1 else s
    return k, s, p * 2 if len(p) == 1 else p, d * 2 if len(d) == 1 else d


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    k, s, p, d = _pool2d_args('max_pool2d', kernel_size, stride, padding, dilation)
    out, idx = _to_py(_call('max_pool2d_with_indices', input, k, s, p, d, _builtins.bool(ceil_mode), False))
    return _wrap(out), _wrap(idx)


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    r = max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    return r if return_indices else r[0]


def _pool1d_args(name, input, kernel_size, stride, padding, dilation=1):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           f"'self' (while checking arguments for {name})")
    k, s, p, d = _ints(kernel_size), _ints(stride) if stride is not None else [], _ints(padding), _ints(dilation)
    return [1, k[0]], [1, (s or k)[0]], [0, p[0]], [1, d[0]]


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    k, s, p, d = _pool1d_args('max_pool1d', input, kernel_size, stride, padding, dilation)
    out, idx = _to_py(_call('max_pool2d_with_indices', input.unsqueeze(-2), k, s, p, d, _builtins.bool(ceil_mode), False))
    return _wrap(out).squeeze(-2), _wrap(idx).squeeze(-2)


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        return max_pool1d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    if input.dim() not in (2, 3):
        raise RuntimeError('max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 dim batch size for '
                           f'input, but got:{list(input.shape)}')
    from .autograd import is_grad_enabled
    k, s, p, d = _pool1d_args('max_pool1d', input, kernel_size, stride, padding, dilation)
    if not input.dtype.is_floating_point or input.dtype is _T.float16:
        raise RuntimeError(f'"max_pool1d_impl" not implemented for \'{_T.SCALAR_TYPE_NAMES[input.dtype._engine_name()]}\'')
    if not (input.requires_grad and is_grad_enabled()):
        # PyTorch's own 1-d kernel here: its checks, and an empty result where the window does not fit
        if s[1] <= 0:
            raise RuntimeError(f'max_pool1d() stride must be greater than zero, but got {s[1]}')
        if p[1] > k[1] // 2:
            raise RuntimeError(f'max_pool1d() padding should be at most half of kernel size, but got padding={p[1]} '
                               f'and kernel_size={k[1]}')
    allow_empty = not (input.requires_grad and is_grad_enabled())
    out, _ = _to_py(_call('max_pool2d_with_indices', input.unsqueeze(-2), k, s, p, d, _builtins.bool(ceil_mode), allow_empty))
    return _wrap(out).squeeze(-2)


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    k, s, p, _ = _pool2d_args('avg_pool2d', kernel_size, stride, padding)
    return _wrap(_call('avg_pool2d', input, k, s, p, _builtins.bool(ceil_mode), _builtins.bool(count_include_pad),
                       None if divisor_override is None else _int(divisor_override)))


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    k, s, p, _ = _pool1d_args('avg_pool1d', input, kernel_size, stride, padding)
    return _wrap(_call('avg_pool2d', input.unsqueeze(-2), k, s, p, _builtins.bool(ceil_mode),
                       _builtins.bool(count_include_pad), None)).squeeze(-2)


def _list_with_default(out_size, defaults):
    if isinstance(out_size, _int):
        return [out_size, out_size]
    if len(defaults) <= len(out_size):
        raise ValueError('Input dimension should be at least {}'.format(len(out_size) + 1))
    return [v if v is not None else d for v, d in zip(out_size, defaults[-len(out_size):])]


def adaptive_avg_pool2d(input, output_size):
    return _wrap(_call('adaptive_avg_pool2d', input, _list_with_default(output_size, list(input.size()))))


def adaptive_avg_pool1d(input, output_size):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           "'self' (while checking arguments for adaptive_avg_pool1d)")
    size = _ints(output_size)
    return _wrap(_call('adaptive_avg_pool2d', input.unsqueeze(-2), [1, size[0]])).squeeze(-2)


# --- dropout --------------------------------------------------------------------------------------------------------
def _dropout_impl(input, p, train, inplace, feature, alpha=False):
    """ATen's _dropout_impl on CPU: a Bernoulli(1 - p) mask scaled by 1 / (1 - p), drawn per element (or per
    channel for feature dropout) from the default generator, so the mask after manual_seed is PyTorch's. Alpha
    dropout (SELU's) scales the kept values by a and adds b, which sets the dropped ones to -alpha·a + b."""
    if p < 0 or p > 1:
        raise RuntimeError(f'dropout probability has to be between 0 and 1, but got {p}')
    if p == 0 or not train or input.numel() == 0:
        return input
    from ._creation import empty, zeros
    if p == 1:
        z = zeros((), dtype=input.dtype)
        return input.mul_(z) if inplace else input.mul(z)
    shape = list(input.shape[:2]) + [1] * (input.dim() - 2) if feature else list(input.shape)
    noise = empty(shape, dtype=input.dtype).bernoulli_(1 - p)
    if alpha:
        alpha_ = 1.7580993408473766
        a = 1. / _math.sqrt((alpha_ * alpha_ * p + 1) * (1 - p))
        b = noise.add(-1).mul_(alpha_ * a).add_(alpha_ * a * p)
        noise.mul_(a)
        return (input.mul_(noise) if inplace else input * noise).add_(b)
    noise.div_(1 - p)
    return input.mul_(noise) if inplace else input * noise


def _check_p(p):
    if p < 0.0 or p > 1.0:
        raise ValueError('dropout probability has to be between 0 and 1, but got {}'.format(p))


def dropout(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    return _dropout_impl(input, p, training, inplace, False)


def _torch_dropout(input, p, train):
    return _dropout_impl(input, p, train, False, False)


def _torch_dropout_(input, p, train):
    return _dropout_impl(input, p, train, True, False)


def _torch_feature_dropout(input, p, train):
    return _dropout_impl(input, p, train, False, True)


def dropout1d(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    inp_dim = input.dim()
    if inp_dim not in (2, 3):
        raise RuntimeError(f'dropout1d: Expected 2D or 3D input, but received a {inp_dim}D input. Note that dropout1d '
                           'exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel '
                           'dimension, and an optional batch dimension (i.e. 2D or 3D inputs).')
    batched = inp_dim == 3
    if not batched:
        input = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    result = _dropout_impl(input, p, training, inplace, True)
    if not batched:
        result = result.squeeze_(0) if inplace else result.squeeze(0)
    return result


def dropout2d(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    inp_dim = input.dim()
    if inp_dim not in (3, 4):
        _warnings.warn(f'dropout2d: Received a {inp_dim}-D input to dropout2d, which is deprecated and will result in an '
                       'error in a future release. To retain the behavior and silence this warning, please use dropout '
                       'instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 spatial '
                       'dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).',
                       stacklevel=2)
    if inp_dim == 3:
        _warnings.warn('dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior '
                       'is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior '
                       'will change in a future release to interpret the input as one without a batch dimension, i.e. '
                       'shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using '
                       'dropout1d instead.', stacklevel=2)
    return _dropout_impl(input, p, training, inplace, True)


# --- embedding and normalisation ------------------------------------------------------------------------------------
def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
    if padding_idx is not None:
        if padding_idx > 0:
            assert padding_idx < weight.size(0), 'Padding_idx must be within num_embeddings'
        elif padding_idx < 0:
            assert padding_idx >= -weight.size(0), 'Padding_idx must be within num_embeddings'
            padding_idx = weight.size(0) + padding_idx
    else:
        padding_idx = -1
    if max_norm is not None:
        raise NotImplementedError('tnb: embedding with max_norm (renormalising the weight in place) is not supported')
    return _embedding(weight, input, padding_idx, scale_grad_by_freq, sparse)


def _embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    if sparse:
        raise NotImplementedError('tnb: sparse gradients (sparse=True) are not supported')
    return _wrap(_call('embedding', indices, weight, None if padding_idx < 0 else _int(padding_idx),
                       _builtins.bool(scale_grad_by_freq)))


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    if not isinstance(normalized_shape, (list, tuple)):
        raise TypeError("layer_norm(): argument 'normalized_shape' (position 2) must be tuple of ints, not "
                        f'{type(normalized_shape).__name__}')
    return _wrap(_call('layer_norm', input, _ints(normalized_shape), weight, bias, float(eps)))


def _torch_layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05, cudnn_enable=True):
    return layer_norm(input, normalized_shape, weight, bias, eps)


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    if training:
        size = input.size()
        size_prods = size[0]
        for i in range(len(size) - 2):
            size_prods *= size[i + 2]
        if size_prods == 1:
            raise ValueError('Expected more than 1 value per channel when training, got input size {}'.format(size))
    return _wrap(_call('batch_norm', input, running_mean, running_var, weight, bias, _builtins.bool(training),
                       float(momentum), float(eps)))


def _torch_batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled):
    return _wrap(_call('batch_norm', input, running_mean, running_var, weight, bias, _builtins.bool(training),
                       float(momentum), float(eps)))


# torch.* versions whose signatures differ from F's (torch is being initialised: it imports this module).
def _set_torch_functions():
    import sys
    torch = sys.modules[__package__]
    for name, fn in (('embedding', _embedding), ('layer_norm', _torch_layer_norm), ('batch_norm', _torch_batch_norm),
                     ('dropout', _torch_dropout), ('dropout_', _torch_dropout_), ('feature_dropout', _torch_feature_dropout)):
        fn.__name__ = fn.__qualname__ = name
        setattr(torch, name, fn)


_set_torch_functions()
