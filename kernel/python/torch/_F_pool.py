# torch.nn.functional's 3-d pooling, adaptive max pooling, max unpooling and power-average pooling over the engine
# (kernel/engine/ops/pool3d.ts), with F's 1.13.1 signatures and error texts. Ported from PyTorch 1.13.1
# torch/nn/functional.py (BSD-3-Clause, (c) PyTorch contributors).
import builtins as _builtins

from ._bridge import call as _call, to_py as _to_py, wrap as _wrap

__all__ = ['max_pool3d', 'max_pool3d_with_indices', 'avg_pool3d', 'adaptive_avg_pool3d', 'adaptive_max_pool1d',
           'adaptive_max_pool2d', 'adaptive_max_pool3d', 'adaptive_max_pool1d_with_indices',
           'adaptive_max_pool2d_with_indices', 'adaptive_max_pool3d_with_indices', 'max_unpool1d', 'max_unpool2d',
           'max_unpool3d', 'lp_pool1d', 'lp_pool2d']
_TORCH_NAMES = ['max_pool3d']
_int = _builtins.int


def _triple_list(v, name, what):
    v = [_int(x) for x in v] if isinstance(v, (list, tuple)) else [_int(v)]
    if len(v) not in (1, 3):
        raise RuntimeError(f'{name}: {what} must be a single int, or a tuple of three ints')
    return v * 3 if len(v) == 1 else v


def max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    k = _triple_list(kernel_size, 'max_pool3d', 'kernel_size')
    s = k if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) else _triple_list(stride, 'max_pool3d', 'stride')
    p, d = _triple_list(padding, 'max_pool3d', 'padding'), _triple_list(dilation, 'max_pool3d', 'dilation')
    out, idx = _to_py(_call('max_pool3d_with_indices', input, k, s, p, d, _builtins.bool(ceil_mode)))
    return _wrap(out), _wrap(idx)


def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    r = max_pool3d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    return r if return_indices else r[0]


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    k = _triple_list(kernel_size, 'avg_pool3d', 'kernel_size')
    s = k if stride is None or (isinstance(stride, (list, tuple)) and len(stride) == 0) else _triple_list(stride, 'avg_pool3d', 'stride')
    p = _triple_list(padding, 'avg_pool3d', 'padding')
    return _wrap(_call('avg_pool3d', input, k, s, p, _builtins.bool(ceil_mode), _builtins.bool(count_include_pad),
                       None if divisor_override is None else _int(divisor_override)))


def _list_with_default(out_size, defaults):
    if isinstance(out_size, _int):
        return out_size
    if len(defaults) <= len(out_size):
        raise ValueError('Input dimension should be at least {}'.format(len(out_size) + 1))
    return [v if v is not None else d for v, d in zip(out_size, defaults[-len(out_size):])]


def _sizes(v, n):
    return [v] * n if isinstance(v, _int) else [None if x is None else _int(x) for x in v]


def adaptive_avg_pool3d(input, output_size):
    size = _list_with_default(output_size, list(input.size()))
    return _wrap(_call('adaptive_avg_pool3d', input, _sizes(size, 3)))


def _adaptive_max(input, output_size, n):
    size = _list_with_default(output_size, list(input.size()))
    out, idx = _to_py(_call('adaptive_max_pool', input, _sizes(size, n), n))
    return _wrap(out), _wrap(idx)


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=False):
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           "'self' (while checking arguments for adaptive_max_pool1d)")
    size = output_size if isinstance(output_size, _int) else list(output_size)
    size = [size] if isinstance(size, _int) else size
    if len(size) != 1:
        raise RuntimeError(f'adaptive_max_pool1d(): Expected 1 element for output_size, but got {len(size)}')
    out, idx = _to_py(_call('adaptive_max_pool', input.unsqueeze(-2), [1, _int(size[0])], 2))
    return _wrap(out).squeeze(-2), _wrap(idx).squeeze(-2)


def adaptive_max_pool1d(input, output_size, return_indices=False):
    r = adaptive_max_pool1d_with_indices(input, output_size)
    return r if return_indices else r[0]


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=False):
    return _adaptive_max(input, output_size, 2)


def adaptive_max_pool2d(input, output_size, return_indices=False):
    r = _adaptive_max(input, output_size, 2)
    return r if return_indices else r[0]


def adaptive_max_pool3d_with_indices(input, output_size, return_indices=False):
    return _adaptive_max(input, output_size, 3)


def adaptive_max_pool3d(input, output_size, return_indices=False):
    r = _adaptive_max(input, output_size, 3)
    return r if return_indices else r[0]


def _unpool_output_size(input, kernel_size, stride, padding, output_size):
    input_size = input.size()
    default_size = []
    for d in range(len(kernel_size)):
        default_size.append((input_size[-len(kernel_size) + d] - 1) * stride[d] + kernel_size[d] - 2 * padding[d])
    if output_size is None:
        ret = default_size
    else:
        if len(output_size) == len(kernel_size) + 2:
            output_size = output_size[2:]
        if len(output_size) != len(kernel_size):
            raise ValueError("output_size should be a sequence containing {} or {} elements, but it has a length of '{}'"
                             .format(len(kernel_size), len(kernel_size) + 2, len(output_size)))
        for d in range(len(kernel_size)):
            min_size = default_size[d] - stride[d]
            max_size = default_size[d] + stride[d]
            if not (min_size < output_size[d] < max_size):
                raise ValueError('invalid output_size "{}" (dim {} must be between {} and {})'
                                 .format(output_size, d, min_size, max_size))
        ret = output_size
    return ret


def _tuple(v, n):
    return tuple(v) if isinstance(v, (list, tuple)) else (v,) * n


def _max_unpool(input, indices, kernel_size, stride, padding, output_size, n):
    kernel_size = _tuple(kernel_size, n)
    _stride = _tuple(stride, n) if stride is not None else kernel_size
    padding = _tuple(padding, n)
    size = list(_unpool_output_size(input, kernel_size, _stride, padding, output_size))
    return size


def max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    size = _max_unpool(input, indices, kernel_size, stride, padding, output_size, 1) + [1]
    return _wrap(_call('max_unpool', input.unsqueeze(-1), indices.unsqueeze(-1), [_int(s) for s in size], 2)).squeeze(-1)


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    size = _max_unpool(input, indices, kernel_size, stride, padding, output_size, 2)
    return _wrap(_call('max_unpool', input, indices, [_int(s) for s in size], 2))


def max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    size = _max_unpool(input, indices, kernel_size, stride, padding, output_size, 3)
    return _wrap(_call('max_unpool', input, indices, [_int(s) for s in size], 3))


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    from . import _F_nn, sign, abs as _abs, relu
    kw, kh = _tuple(kernel_size, 2)
    if stride is not None:
        out = _F_nn.avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = _F_nn.avg_pool2d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (sign(out) * relu(_abs(out))).mul(kw * kh).pow(1.0 / norm_type)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    from . import _F_nn, sign, abs as _abs, relu
    if stride is not None:
        out = _F_nn.avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = _F_nn.avg_pool1d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (sign(out) * relu(_abs(out))).mul(kernel_size).pow(1.0 / norm_type)


def _torch_adaptive_max_pool1d(input, output_size):
    return adaptive_max_pool1d_with_indices(input, output_size)


def _set_torch_functions():
    import sys
    torch = sys.modules[__package__]
    _torch_adaptive_max_pool1d.__name__ = _torch_adaptive_max_pool1d.__qualname__ = 'adaptive_max_pool1d'
    torch.adaptive_max_pool1d = _torch_adaptive_max_pool1d


_set_torch_functions()
