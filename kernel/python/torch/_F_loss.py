# torch.nn.functional's losses (and, from _F_act, activations) over the engine: cross_entropy, nll_loss, mse_loss,
# l1_loss, binary_cross_entropy(_with_logits), ... Each function has F's 1.13.1 signature and error texts; the names in
# _TORCH_NAMES are also torch.* functions. torch/nn/functional.py re-exports everything in __all__.
# Composite losses are built as PyTorch 1.13's C++ builds them (cross_entropy = log_softmax + nll_loss_nd, label
# smoothing and probability targets from sums), so grad_fn names and values agree.
import warnings

from . import _types as T
from ._bridge import call, wrap
from ._tensor import Tensor
from . import _F_act
from ._F_act import *  # noqa: F401,F403  (the activations, re-exported through __all__)

__all__ = [
    'cross_entropy', 'nll_loss', 'mse_loss', 'l1_loss', 'smooth_l1_loss', 'huber_loss', 'binary_cross_entropy',
    'binary_cross_entropy_with_logits', 'cosine_similarity',
] + _F_act.__all__
_TORCH_NAMES = []   # torch.binary_cross_entropy_with_logits (int reduction) is defined in torch/__init__.py

# Warnings are attributed to the user's line (PyTorch's come from inside torch, once per process; a notebook
# kernel lives longer, so a location inside this package would show each warning only once per session).
_PKG = __file__.rsplit('/', 1)[0] + '/'


def _warn(message):
    warnings.warn(message, UserWarning, skip_file_prefixes=(_PKG,))


from ._types import SCALAR_TYPE_NAMES as _SCALAR_NAMES  # noqa: E402


def _scalar_name(t):
    return _SCALAR_NAMES[t.dtype._engine_name()]


def _fmt(shape):
    return '[' + ', '.join(str(s) for s in shape) + ']'


def _tensor_arg(fname, name, v, pos):
    if not isinstance(v, Tensor):
        raise TypeError(f"{fname}(): argument '{name}' (position {pos}) must be Tensor, not {type(v).__name__}")


# --- reductions (torch/nn/_reduction.py) -------------------------------------------------------------------------------
def _get_enum(reduction):
    if reduction == 'elementwise_mean':
        _warn("reduction='elementwise_mean' is deprecated, please use reduction='mean' instead.")
        return 'mean'
    if reduction not in ('none', 'mean', 'sum'):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    return reduction


def _legacy_get_string(size_average, reduce):
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    ret = 'mean' if (size_average and reduce) else 'sum' if reduce else 'none'
    _warn(f"size_average and reduce args will be deprecated, please use reduction='{ret}' instead.")
    return ret


def _reduction(size_average, reduce, reduction):
    if size_average is not None or reduce is not None:
        return _legacy_get_string(size_average, reduce)
    return _get_enum(reduction)


def _mul_scalar(x, s): return wrap(call('mul_scalar', x, float(s)))
def _div_scalar(x, s): return wrap(call('div_scalar', x, s))


def _size_warning(input, target):
    if target.size() != input.size():
        _warn(f"Using a target size ({target.size()}) that is different to the input size ({input.size()}). "
              "This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.")


def _broadcast_pair(input, target):
    """torch.broadcast_tensors, then one floating dtype for both (the C++ kernels promote)."""
    if input.shape != target.shape:
        shape = _broadcast_shape(input.shape, target.shape)
        input, target = input.expand(shape), target.expand(shape)
    if input.dtype != target.dtype:
        dt = T.float64 if T.float64 in (input.dtype, target.dtype) else T.float32
        input, target = input.to(dt), target.to(dt)
    return input, target


def _broadcast_shape(a, b):
    n = max(len(a), len(b))
    a, b = [1] * (n - len(a)) + list(a), [1] * (n - len(b)) + list(b)
    for i in range(n):
        if a[i] != b[i] and a[i] != 1 and b[i] != 1:
            raise RuntimeError(f'The size of tensor a ({a[i]}) must match the size of tensor b ({b[i]}) at non-singleton dimension {i}')
    return [max(x, y) if min(x, y) == 1 else x for x, y in zip(a, b)]


# --- nll_loss / cross_entropy ------------------------------------------------------------------------------------------
def _nll_loss_nd(input, target, weight, reduction, ignore_index):
    if input.dim() < 1:
        raise ValueError(f'Expected 1 or more dimensions (got {input.dim()})')
    if input.dim() != 1 and input.shape[0] != target.shape[0]:
        raise ValueError(f'Expected input batch_size ({input.shape[0]}) to match target batch_size ({target.shape[0]}).')
    if input.dim() in (1, 2, 4):
        return wrap(call('nll_loss', input, target, weight, reduction, int(ignore_index)))
    n, c = input.shape[0], input.shape[1]
    out_size = [n] + list(input.shape[2:])
    if list(target.shape[1:]) != list(input.shape[2:]):
        raise RuntimeError(f'Expected target size {_fmt(out_size)}, got {_fmt(target.shape)}')
    input, target = input.contiguous(), target.contiguous()
    input = input.view(n, c, 1, -1) if input.numel() > 0 else input.view(n, c, 0, 0)
    target = target.view(n, 1, -1) if target.numel() > 0 else target.view(n, 0, 0)
    out = wrap(call('nll_loss', input, target, weight, reduction, int(ignore_index)))
    return out if reduction != 'none' else out.view(out_size)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'):
    _tensor_arg('nll_loss_nd', 'input', input, 1)
    _tensor_arg('nll_loss_nd', 'target', target, 2)
    return _nll_loss_nd(input, target, weight, _reduction(size_average, reduce, reduction), ignore_index)


def _weight_view(weight, input, class_dim):
    shape = [1] * input.dim()
    shape[class_dim] = weight.size(0)
    return weight.view(shape)


def _check_smoothing(label_smoothing):
    if label_smoothing > 1.0:
        raise RuntimeError(f'label_smoothing must be between 0.0 and 1.0. Got: {label_smoothing:g}')


def _ce_prob_target(input, target, weight, reduction, label_smoothing):
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.size(class_dim)
    if weight is not None and not (weight.dim() == 1 and weight.numel() == n_classes):
        raise RuntimeError(f'cross_entropy: weight tensor should be defined either for all {n_classes} classes or no '
                           f'classes but got weight tensor of shape: {_fmt(weight.shape)}')
    logp = input.log_softmax(class_dim)
    if label_smoothing > 0.0:
        _check_smoothing(label_smoothing)
        target = _mul_scalar(target, 1 - label_smoothing) + label_smoothing / n_classes
    prod = logp * target if weight is None else logp * target * _weight_view(weight, logp, class_dim)
    if reduction == 'mean':
        if logp.numel() == 0:
            return -prod.sum().fill_(float('nan'))
        return _div_scalar(-prod.sum(), logp.numel() // n_classes)
    if reduction == 'sum':
        return -prod.sum()
    return -prod.sum(class_dim)


def _ce_label_smoothing(input, target, weight, reduction, ignore_index, label_smoothing):
    class_dim = 0 if input.dim() == 1 else 1
    logp = input.log_softmax(class_dim)
    nll = _nll_loss_nd(logp, target, weight, reduction, ignore_index)
    n_classes = logp.size(class_dim)
    ignore_mask = target == ignore_index
    smooth = -(logp * _weight_view(weight, logp, class_dim)).sum(class_dim) if weight is not None else -logp.sum(class_dim)
    smooth.masked_fill_(ignore_mask, 0.0)
    if reduction == 'mean':
        if weight is not None:
            ret = smooth.sum() / weight.gather(0, target[~ignore_mask].flatten()).sum()
        else:
            ret = smooth.sum() / (~ignore_mask).sum()
    elif reduction == 'sum':
        ret = smooth.sum()
    else:
        ret = smooth
    return _mul_scalar(nll, 1 - label_smoothing) + _mul_scalar(ret, label_smoothing / n_classes)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean',
                  label_smoothing=0.0):
    _tensor_arg('cross_entropy_loss', 'input', input, 1)
    _tensor_arg('cross_entropy_loss', 'target', target, 2)
    red = _reduction(size_average, reduce, reduction)
    if input.shape == target.shape:
        if not target.is_floating_point():
            raise RuntimeError(f'Expected floating point type for target with class probabilities, got {_scalar_name(target)}')
        if ignore_index >= 0:
            raise RuntimeError('ignore_index is not supported for floating point target')
        return _ce_prob_target(input, target, weight, red, label_smoothing)
    if label_smoothing > 0.0:
        _check_smoothing(label_smoothing)
        return _ce_label_smoothing(input, target, weight, red, ignore_index, label_smoothing)
    return _nll_loss_nd(input.log_softmax(0 if input.dim() == 1 else 1), target, weight, red, ignore_index)


# --- pointwise losses ----------------------------------------------------------------------------------------------------
def mse_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    _size_warning(input, target)
    red = _reduction(size_average, reduce, reduction)
    input, target = _broadcast_pair(input, target)
    return wrap(call('mse_loss', input, target, red))


def l1_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    _size_warning(input, target)
    red = _reduction(size_average, reduce, reduction)
    input, target = _broadcast_pair(input, target)
    loss = (input - target).abs()
    return loss.mean() if red == 'mean' else loss.sum() if red == 'sum' else loss


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction='mean', beta=1.0):
    _size_warning(input, target)
    red = _reduction(size_average, reduce, reduction)
    if beta < 0:
        raise RuntimeError('smooth_l1_loss does not support negative values for beta.')
    input, target = _broadcast_pair(input, target)
    return wrap(call('smooth_l1_loss', input, target, red, float(beta)))


def huber_loss(input, target, reduction='mean', delta=1.0):
    _size_warning(input, target)
    red = _get_enum(reduction)
    if delta <= 0:
        raise RuntimeError('huber_loss does not support non-positive values for delta.')
    input, target = _broadcast_pair(input, target)
    return wrap(call('huber_loss', input, target, red, float(delta)))


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
    red = _reduction(size_average, reduce, reduction)
    if target.size() != input.size():
        raise ValueError(f'Using a target size ({target.size()}) that is different to the input size ({input.size()}) '
                         'is deprecated. Please ensure they have the same size.')
    if weight is not None:
        weight = weight.expand(input.shape)
    return wrap(call('binary_cross_entropy', input, target, weight, red))


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction='mean',
                                     pos_weight=None):
    red = _reduction(size_average, reduce, reduction)
    if not (target.size() == input.size()):
        raise ValueError(f'Target size ({target.size()}) must be the same as input size ({input.size()})')
    if weight is not None:
        weight = weight.expand(input.shape)
    if pos_weight is not None:
        pos_weight = pos_weight.expand(input.shape)
    return wrap(call('binary_cross_entropy_with_logits', input, target, weight, pos_weight, red))


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    """Σ (x1/‖x1‖)·(x2/‖x2‖) along dim, the norms clamped at eps (ATen's formula: the result is a SumBackward1)."""
    _tensor_arg('cosine_similarity', 'x1', x1, 1)
    _tensor_arg('cosine_similarity', 'x2', x2, 2)
    # ATen 1.13: both expanded (ExpandBackward0 even for equal shapes), squared norms pow(2).sum clamped at eps**2
    # under no_grad (no node), their square roots dividing each input
    shape = _broadcast_shape(x1.shape, x2.shape)
    x1, x2 = x1.expand(shape), x2.expand(shape)
    s1 = x1.pow(2).sum(dim, keepdim=True)
    s2 = x2.pow(2).sum(dim, keepdim=True)
    from .autograd import no_grad
    with no_grad():
        s1.clamp_min_(eps * eps)
        s2.clamp_min_(eps * eps)
    return ((x1 / s1.sqrt()) * (x2 / s2.sqrt())).sum(dim)
