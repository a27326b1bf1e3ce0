# torch.nn.functional.ctc_loss and torch.ctc_loss, as PyTorch 1.13.1's ATen ctc_loss composes them (LossCTC.cpp):
# _ctc_loss per batch element (the engine's CtcLossBackward0), zero_infinity through where, and 'mean' dividing by
# the target lengths (clamped at 1) before the mean. Ported from torch/nn/functional.py (BSD-3-Clause, (c) PyTorch
# contributors).
from ._bridge import call, wrap
from ._tensor import Tensor

__all__ = ['ctc_loss']
_TORCH_NAMES = []


def _lengths(v):
    return [int(x) for x in (v.tolist() if isinstance(v, Tensor) else v)]


def _ctc(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity):
    from . import tensor, where, zeros
    il, tl = _lengths(input_lengths), _lengths(target_lengths)
    batched = log_probs.dim() == 3
    lp = log_probs if batched else log_probs.unsqueeze(1)
    if lp.dim() != 3:
        raise RuntimeError(f"Expected 3-dimensional tensor, but got {lp.dim()}-dimensional tensor for argument #1 "
                           "'log_probs' (while checking arguments for ctc_loss_cpu)")
    T, N, C = lp.shape
    if not (0 <= blank < C):
        raise RuntimeError('blank must be in label range')
    if len(il) != N:
        raise RuntimeError('input_lengths must be of size batch_size')
    if len(tl) != N:
        raise RuntimeError('target_lengths must be of size batch_size')
    flat = targets.long().tolist()   # (1.13 takes floating targets too, as class numbers)
    if targets.dim() == 1:
        if len(flat) != sum(tl):
            raise RuntimeError(f"Expected tensor to have size {sum(tl)} at dimension 0, but got size {len(flat)} for "
                               "argument #2 'targets' (while checking arguments for ctc_loss_cpu)")
        starts = [sum(tl[:b]) for b in range(N)]
        per = [flat[s:s + n] for s, n in zip(starts, tl)]
    else:
        if targets.size(0) != N:
            raise RuntimeError(f"Expected tensor to have size {N} at dimension 0, but got size {targets.size(0)} for "
                               "argument #2 'targets' (while checking arguments for ctc_loss_cpu)")
        if targets.size(1) < max(tl, default=0):
            raise RuntimeError(f"Expected tensor to have size at least {max(tl)} at dimension 1, but got size "
                               f"{targets.size(1)} for argument #2 'targets' (while checking arguments for ctc_loss_cpu)")
        per = [row[:n] for row, n in zip(flat, tl)]
    for b in range(N):
        if il[b] > T:
            raise RuntimeError(f'Expected input_lengths to have value at most {T}, but got value {il[b]} (while '
                               'checking arguments for ctc_loss_cpu)')
    res = wrap(call('ctc_loss_raw', lp, per, il, tl, int(blank), bool(zero_infinity)))
    if zero_infinity:
        res = where(res == float('inf'), zeros((), dtype=res.dtype), res)
    if reduction == 'mean':
        return (res / tensor(tl, dtype=res.dtype).clamp_min(1)).mean()
    if reduction == 'sum':
        return res.sum()
    return res if batched else res.squeeze(0)


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction='mean', zero_infinity=False):
    from ._F_loss import _get_enum
    return _ctc(log_probs, targets, input_lengths, target_lengths, blank, _get_enum(reduction), zero_infinity)


def _torch_ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction=0, zero_infinity=False):
    """The ATen op (reduction as an int; PyTorch 1.13's binding defaults to 0, 'none')."""
    return _ctc(log_probs, targets, input_lengths, target_lengths, blank, {0: 'none', 1: 'mean'}.get(int(reduction), 'sum'),
                zero_infinity)


_torch_ctc_loss.__name__ = _torch_ctc_loss.__qualname__ = 'ctc_loss'
TORCH_FUNCTIONS = {'ctc_loss': _torch_ctc_loss}
