# torch.nn.functional's margin, embedding and likelihood losses and the distances: poisson_nll_loss,
# gaussian_nll_loss, margin_ranking_loss, hinge_embedding_loss, multilabel_margin_loss, soft_margin_loss,
# multilabel_soft_margin_loss, cosine_embedding_loss, multi_margin_loss, triplet_margin_loss,
# triplet_margin_with_distance_loss, pairwise_distance, pdist, bilinear. Ported from PyTorch 1.13.1
# torch/nn/functional.py (BSD-3-Clause, (c) PyTorch contributors); the ATen composites (aten/src/ATen/native/Loss.cpp,
# Distance.cpp, Linear.cpp) are rebuilt step by step so that the graph has PyTorch's nodes: a C++ `t + scalar` is
# AddBackward1 (add_scalar here), Python's is AddBackward0; a C++ `scalar - t` subtracts from a wrapped 0-d tensor.
import math

from . import _types as T
from ._bridge import call, wrap
from ._tensor import Tensor
from ._F_loss import _reduction, _get_enum, _mul_scalar, _broadcast_pair, cosine_similarity

__all__ = ['poisson_nll_loss', 'gaussian_nll_loss', 'margin_ranking_loss', 'hinge_embedding_loss',
           'multilabel_margin_loss', 'soft_margin_loss', 'multilabel_soft_margin_loss', 'cosine_embedding_loss',
           'multi_margin_loss', 'triplet_margin_loss', 'triplet_margin_with_distance_loss', 'pairwise_distance', 'pdist',
           'bilinear', 'kl_div']
_TORCH_NAMES = ['pdist', 'bilinear']


def _add_scalar(x, s): return wrap(call('add_scalar', x, float(s)))
def _sub_scalar(x, s): return wrap(call('sub_scalar', x, float(s)))


def _rsub(s, x):
    """C++ `scalar - tensor`: a wrapped 0-d tensor minus x (SubBackward0)."""
    from ._creation import tensor
    return tensor(float(s), dtype=x.dtype) - x


def _apply_reduction(loss, reduction):
    return loss.mean() if reduction == 'mean' else loss.sum() if reduction == 'sum' else loss


def _tensor_arg(fname, name, v, pos):
    if not isinstance(v, Tensor):
        raise TypeError(f"{fname}(): argument '{name}' (position {pos}) must be Tensor, not {type(v).__name__}")


# --- ATen composites ----------------------------------------------------------------------------------------------
def _poisson_nll(input, target, log_input, full, eps, reduction):
    if log_input:
        loss = input.exp() - target * input
    else:
        loss = input - target * _add_scalar(input, eps).log()
    if full:
        stirling = target * target.log() - target + _mul_scalar(_mul_scalar(target, 2 * math.pi).log(), 0.5)
        loss = loss + stirling.masked_fill(target <= 1, 0)
    return _apply_reduction(loss, reduction)


def _margin_ranking(input1, input2, target, margin, reduction):
    return _apply_reduction(_add_scalar(-target * (input1 - input2), margin).clamp_min_(0), reduction)


def _hinge_embedding(input, target, margin, reduction):
    from ._creation import zeros_like
    from . import where
    zeros = zeros_like(input)
    margin_clamp = _rsub(margin, input).clamp_min_(0)
    output = where(target != 1, margin_clamp, zeros) + where(target != -1, input, zeros)
    return _apply_reduction(output, reduction)


def _cosine_embedding(input1, input2, target, margin, reduction):
    from ._creation import zeros_like
    from . import where
    targ_dim = target.dim()
    if targ_dim not in (0, 1):
        raise RuntimeError('0D or 1D target tensor expected, multi-target not supported')
    if targ_dim == 1 and not (input1.dim() == 2 and input2.dim() == 2):
        raise RuntimeError(f'1D target tensor expects 2D input tensors, but found inputs with sizes '
                           f'{_fmt(input1.shape)} and {_fmt(input2.shape)}.')
    if targ_dim == 0 and not (input1.dim() == 1 and input2.dim() == 1):
        raise RuntimeError(f'0D target tensor expects 1D input tensors, but found inputs with sizes '
                           f'{_fmt(input1.shape)} and {_fmt(input2.shape)}.')
    prod_sum = (input1 * input2).sum(targ_dim)
    mag_square1 = _add_scalar((input1 * input1).sum(targ_dim), 1e-12)
    mag_square2 = _add_scalar((input2 * input2).sum(targ_dim), 1e-12)
    denom = (mag_square1 * mag_square2).sqrt_()
    cos = prod_sum / denom
    zeros = zeros_like(cos)
    pos = _rsub(1, cos)
    neg = _sub_scalar(cos, margin).clamp_min_(0)
    output = where(target == 1, pos, zeros) + where(target == -1, neg, zeros)
    return _apply_reduction(output, reduction)


def _kl_div(input, target, reduction, log_target):
    from . import xlogy
    if log_target:
        output = target.exp() * (target - input)
    else:
        output = xlogy(target, target) - target * input
    return _apply_reduction(output, reduction)


def _triplet_margin(anchor, positive, negative, margin, p, eps, swap, reduction):
    from . import min as _min
    a_dim, p_dim, n_dim = anchor.dim(), positive.dim(), negative.dim()
    if not (a_dim == p_dim and p_dim == n_dim):
        raise RuntimeError(f'All inputs should have same dimension but got {a_dim}D, {p_dim}D and {n_dim}D inputs.')
    dist_pos = pairwise_distance(anchor, positive, p, eps)
    dist_neg = pairwise_distance(anchor, negative, p, eps)
    if swap:
        dist_neg = _min(dist_neg, pairwise_distance(positive, negative, p, eps))
    return _apply_reduction((_add_scalar(dist_pos, margin) - dist_neg).clamp_min(0), reduction)


def _fmt(shape):
    return '[' + ', '.join(str(s) for s in shape) + ']'


# --- F.* ------------------------------------------------------------------------------------------------------------
def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8, reduce=None,
                     reduction='mean'):
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    if reduction != 'none' and reduction != 'mean' and reduction != 'sum':
        raise ValueError(reduction + " is not valid")
    return _poisson_nll(input, target, log_input, full, eps, reduction)


def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction='mean'):
    from . import any as _any, no_grad
    if var.size() != input.size():
        if input.size()[:-1] == var.size():
            var = var.unsqueeze(-1)
        elif input.size()[:-1] == var.size()[:-1] and var.size(-1) == 1:
            pass
        else:
            raise ValueError("var is of incorrect size")
    if reduction != 'none' and reduction != 'mean' and reduction != 'sum':
        raise ValueError(reduction + " is not valid")
    if _any(var < 0):
        raise ValueError("var has negative entry/entries")
    var = var.clone()
    with no_grad():
        var.clamp_(min=eps)
    loss = 0.5 * (var.log() + (input - target) ** 2 / var)
    if full:
        loss += 0.5 * math.log(2 * math.pi)
    return _apply_reduction(loss, reduction)


def kl_div(input, target, size_average=None, reduce=None, reduction='mean', log_target=False):
    from ._F_loss import _warn
    if size_average is not None or reduce is not None:
        red = _reduction(size_average, reduce, reduction)
    else:
        if reduction == 'mean':
            _warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                  "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                  "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
        red = 'sum' if reduction == 'batchmean' else _get_enum(reduction)
    reduced = _kl_div(input, target, red, log_target)
    if reduction == 'batchmean' and input.dim() != 0:
        reduced = reduced / input.size()[0]
    return reduced


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean'):
    red = _reduction(size_average, reduce, reduction)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension but got sizes: "
                           "input1: {}, input2: {}, target: {} ".format(input1.size(), input2.size(), target.size()))
    return _margin_ranking(input1, input2, target, margin, red)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction='mean'):
    return _hinge_embedding(input, target, margin, _reduction(size_average, reduce, reduction))


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    red = _reduction(size_average, reduce, reduction)
    _tensor_arg('multilabel_margin_loss', 'input', input, 1)
    _tensor_arg('multilabel_margin_loss', 'target', target, 2)
    return wrap(call('multilabel_margin_loss', input, target, red))


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction='mean'):
    from . import is_grad_enabled
    red = _reduction(size_average, reduce, reduction)
    _tensor_arg('soft_margin_loss', 'input', input, 1)
    _tensor_arg('soft_margin_loss', 'target', target, 2)
    if target.requires_grad and is_grad_enabled():
        raise RuntimeError("The function 'soft_margin_loss' is not differentiable with respect to argument 'target'. "
                           "This input cannot have requires_grad True.")
    input, target = _broadcast_pair(input, target)
    return wrap(call('soft_margin_loss', input, target, red))


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction='mean'):
    from ._F_act import logsigmoid
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    class_dim = input.dim() - 1
    C = input.size(class_dim)
    loss = loss.sum(dim=class_dim) / C
    if reduction == 'none':
        return loss
    if reduction == 'mean':
        return loss.mean()
    if reduction == 'sum':
        return loss.sum()
    raise ValueError(reduction + " is not valid")


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction='mean'):
    return _cosine_embedding(input1, input2, target, margin, _reduction(size_average, reduce, reduction))


def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction='mean'):
    red = _reduction(size_average, reduce, reduction)
    if p != 1 and p != 2:
        raise ValueError("only p == 1 and p == 2 supported")
    if weight is not None:
        if weight.dim() != 1:
            raise ValueError("weight must be one-dimensional")
    _tensor_arg('multi_margin_loss', 'input', input, 1)
    _tensor_arg('multi_margin_loss', 'target', target, 2)
    return wrap(call('multi_margin_loss', input, target, int(p), float(margin), weight, red))


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False, size_average=None,
                        reduce=None, reduction='mean'):
    return _triplet_margin(anchor, positive, negative, margin, p, eps, swap,
                           _reduction(size_average, reduce, reduction))


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None, margin=1.0, swap=False,
                                      reduction='mean'):
    from . import clamp, min as _min
    distance_function = distance_function if distance_function is not None else pairwise_distance
    positive_dist = distance_function(anchor, positive)
    negative_dist = distance_function(anchor, negative)
    if swap:
        swap_dist = distance_function(positive, negative)
        negative_dist = _min(negative_dist, swap_dist)
    output = clamp(positive_dist - negative_dist + margin, min=0.0)
    red = _get_enum(reduction)
    return output.mean() if red == 'mean' else output.sum() if red == 'sum' else output


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    """ATen's pairwise_distance: ‖x1 - x2 + eps‖_p over the last dim of the broadcast shape (NormBackward1)."""
    _tensor_arg('pairwise_distance', 'x1', x1, 1)
    _tensor_arg('pairwise_distance', 'x2', x2, 2)
    output_dim = max(x1.dim(), x2.dim())
    return _add_scalar(x1 - x2, eps).norm(p, output_dim - 1, keepdim)


def pdist(input, p=2):
    _tensor_arg('pdist', 'input', input, 1)
    return wrap(call('pdist', input, float(p)))


def bilinear(input1, input2, weight, bias=None):
    _tensor_arg('bilinear', 'input1', input1, 1)
    _tensor_arg('bilinear', 'input2', input2, 2)
    _tensor_arg('bilinear', 'weight', weight, 3)
    if input1.dim() != input2.dim():
        raise RuntimeError(f'bilinear(): input dimensions do not match: got {input1.dim()} and {input2.dim()}')
    for i in range(input1.dim() - 1):
        if input1.size(i) != input2.size(i):
            raise RuntimeError(f'bilinear(): input batch dimensions do not match at dim {i}: got {input1.size(i)} '
                               f'and {input2.size(i)}')
    if input1.size(input1.dim() - 1) != weight.size(1):
        raise RuntimeError(f'bilinear(): input1 size does not match weight size: got {input1.size(input1.dim() - 1)} '
                           f'but expected {weight.size(1)}')
    if input2.size(input2.dim() - 1) != weight.size(2):
        raise RuntimeError(f'bilinear(): input2 size does not match weight size: got {input2.size(input2.dim() - 1)} '
                           f'but expected {weight.size(2)}')
    if bias is not None and bias.size(0) != weight.size(0):
        raise RuntimeError(f'bilinear(): bias size does not match weight size: got {bias.size(0)} but expected '
                           f'{weight.size(0)}')
    output_size = list(input1.shape[:-1]) + [weight.size(0)]
    x1 = input1.reshape(-1, input1.size(-1))
    x2 = input2.reshape(-1, input2.size(-1))
    output = wrap(call('trilinear_bilinear', x1, weight, x2)).reshape(output_size)
    if bias is not None:
        output = output + bias
    return output


# torch.* forms that take the reduction as ATen's enum (0 none, 1 mean, 2 sum)
def _enum(reduction):
    return {0: 'none', 1: 'mean', 2: 'sum'}.get(int(reduction), 'sum')


def _torch_kl_div(input, target, reduction=1, log_target=False):
    return _kl_div(input, target, _enum(reduction), log_target)


def _torch_poisson_nll_loss(input, target, log_input, full, eps, reduction):
    return _poisson_nll(input, target, log_input, full, eps, _enum(reduction))


def _torch_margin_ranking_loss(input1, input2, target, margin=0.0, reduction=1):
    return _margin_ranking(input1, input2, target, margin, _enum(reduction))


def _torch_hinge_embedding_loss(input, target, margin=1.0, reduction=1):
    return _hinge_embedding(input, target, margin, _enum(reduction))


def _torch_cosine_embedding_loss(input1, input2, target, margin=0.0, reduction=1):
    return _cosine_embedding(input1, input2, target, margin, _enum(reduction))


def _torch_triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False, reduction=1):
    return _triplet_margin(anchor, positive, negative, margin, p, eps, swap, _enum(reduction))


TORCH_FUNCTIONS = {'kl_div': _torch_kl_div, 'poisson_nll_loss': _torch_poisson_nll_loss,
                   'margin_ranking_loss': _torch_margin_ranking_loss,
                   'hinge_embedding_loss': _torch_hinge_embedding_loss,
                   'cosine_embedding_loss': _torch_cosine_embedding_loss,
                   'triplet_margin_loss': _torch_triplet_margin_loss, 'pairwise_distance': pairwise_distance}
for _n, _f in TORCH_FUNCTIONS.items():
    _f.__name__ = _f.__qualname__ = _n
TORCH_FUNCTIONS['cosine_similarity'] = cosine_similarity
