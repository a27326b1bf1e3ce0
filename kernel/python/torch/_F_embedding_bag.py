# torch.nn.functional.embedding_bag and torch.embedding_bag, ported from PyTorch 1.13.1 torch/nn/functional.py
# (BSD-3-Clause, (c) PyTorch contributors); the bags are computed by the engine (kernel/engine/ops/embedding_bag.ts).
# max_norm renormalises the looked-up rows in place first, as torch.embedding_renorm_ does.
import warnings

from ._bridge import call, wrap

__all__ = ['embedding_bag']
_MODES = {0: 'sum', 1: 'mean', 2: 'max'}


def _embedding_renorm_(weight, input, max_norm, norm_type):
    """Rows of `weight` indexed by `input` whose norm exceeds max_norm are scaled to max_norm / (norm + 1e-7)."""
    from . import no_grad, unique
    with no_grad():
        for i in unique(input).tolist():
            row = weight[i]
            norm = row.norm(norm_type).item()
            if norm > max_norm:
                row.mul_(max_norm / (norm + 1e-7))


def _embedding_bag(weight, input, offsets, mode, per_sample_weights, include_last_offset, padding_idx):
    return wrap(call('embedding_bag', weight, input, offsets, mode, per_sample_weights, bool(include_last_offset),
                     None if padding_idx is None else int(padding_idx)))


def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False, mode='mean',
                  sparse=False, per_sample_weights=None, include_last_offset=False, padding_idx=None):
    from . import long as _long, arange
    if weight.dtype == _long and input.is_floating_point():
        warnings.warn("Argument order of nn.functional.embedding_bag was changed. "
                      "Usage `embedding_bag(weight, input, ...)` is deprecated, "
                      "and should now be `embedding_bag(input, weight, ...)`.", stacklevel=2)
        weight, input = input, weight
    if per_sample_weights is not None and input.size() != per_sample_weights.size():
        raise ValueError("embedding_bag: If per_sample_weights ({}) is not None, "
                         "then it must have the same shape as the input ({})".format(per_sample_weights.shape,
                                                                                      input.shape))
    if input.dim() == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None"
                             ", as input is treated is a mini-batch of"
                             " fixed length sequences. However, found "
                             "offsets of type {}".format(str(type(offsets))))
        offsets = arange(0, input.numel(), input.size(1), dtype=input.dtype)
        input = input.reshape(-1)
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    elif input.dim() == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.dim() != 1:
            raise ValueError("offsets has to be a 1D Tensor")
    else:
        raise ValueError("input has to be 1D or 2D Tensor, but got Tensor of dimension {}".format(input.dim()))
    if mode not in ('sum', 'mean', 'max'):
        raise ValueError("mode has to be one of sum, mean or max")
    if mode == 'max':
        if scale_grad_by_freq:
            raise ValueError("max mode does not support scaling the gradient by the frequency")
        if sparse:
            raise ValueError("max mode does not support sparse weights")
    if max_norm is not None:
        _embedding_renorm_(weight, input, max_norm, norm_type)
    if per_sample_weights is not None and mode != 'sum':
        raise NotImplementedError("embedding_bag: per_sample_weights was not None. "
                                  "per_sample_weights is only supported for mode='sum' "
                                  "(got mode='{}'). Please open a feature request on GitHub.".format(mode))
    if scale_grad_by_freq or sparse:
        raise NotImplementedError('tnb: embedding_bag with scale_grad_by_freq=True or sparse=True is not supported')
    return _embedding_bag(weight, input, offsets, mode, per_sample_weights, include_last_offset, padding_idx)

