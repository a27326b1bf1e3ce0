# The pointwise updates of PyTorch's optimizers, rounded as PyTorch's CPU kernels round them, so float32 parameters
# follow PyTorch 1.13.1 bit for bit:
#   x.add_(y, alpha=a)           -> fma(y, float32(a), x)          (vectorised ufunc::add is vec::fmadd)
#   x.addcmul_(t1, t2, value=v)  -> fma(float32(v) * t1, t2, x)    (addcmul_cpu_kernel: self + v * t1 * t2, fused)
#   x.addcdiv_(t1, t2, value=v)  -> x + (float32(v) * t1) / t2      (no fusion possible across the division)
# (measured against torch 1.13.1 on x86-64 with AVX2). A float32 fma is computed exactly in float64: the product of
# two float32 values is exact in a double, the sum is rounded once to double and once to float32 (that double
# rounding differs from a single rounding only when the double lands exactly on a float32 tie, ~2**-29 of cases).
# float64 tensors get the same fusion (PyTorch's double kernels use vfmadd too) from the engine's `fma64_`, an exact
# float64 fma in JavaScript, when they are contiguous float64 of one shape; otherwise the unfused formulas, whose last
# bit may differ. The float32 in-place forms run as one engine call (`fma32_`, the same arithmetic) when the tensors
# are contiguous float32 of one shape, which parameters, gradients and optimizer state are; otherwise as the tensor
# expression below.
import struct

import torch
from torch import _bridge as B

_pack, _unpack = struct.pack, struct.unpack


def _fma32(x, p, q):
    """float32 fma(p, q, x) for float32 tensors (q may be a Python float already rounded to float32)."""
    q64 = q.double() if isinstance(q, torch.Tensor) else q
    return (x.double() + p.double() * q64).float()


def _fma32_(x, p, q):
    """x = _fma32(x, p, q) in place."""
    if not B.call('fma32_', x, p, q):
        x.copy_(_fma32(x, p, q))
    return x


def _f32(v):
    """float(v) rounded to float32 (round to nearest even, as the engine's cast)."""
    try:
        return _unpack('f', _pack('f', float(v)))[0]
    except OverflowError:   # beyond float32's range: the cast gives inf
        return torch.tensor(float(v), dtype=torch.float32).item()


def _f64s(*ts):
    return all(t.dtype == torch.float64 for t in ts)


def _fresh(x):
    """A contiguous copy of x, for the out-of-place forms."""
    return x.clone(memory_format=torch.contiguous_format)


def add_(x, other, alpha=1):
    """x.add_(other, alpha=alpha) with PyTorch's rounding."""
    if alpha != 1 and _f64s(x, other) and B.call('fma64_', x, other, float(alpha)):
        return x
    if alpha == 1 or x.dtype != torch.float32 or other.dtype != torch.float32:
        return x.add_(other, alpha=alpha)
    return _fma32_(x, other, _f32(alpha))


def add(x, other, alpha=1):
    """x.add(other, alpha=alpha) with PyTorch's rounding."""
    if alpha != 1 and _f64s(x, other) and x.shape == other.shape:
        y = _fresh(x)
        if B.call('fma64_', y, other, float(alpha)):
            return y
    if alpha == 1 or x.dtype != torch.float32 or other.dtype != torch.float32:
        return x.add(other, alpha=alpha)
    return _fma32(x, other, _f32(alpha))


def addcmul(x, t1, t2, value=1):
    if x.dtype != torch.float32:
        if _f64s(x, t1, t2) and x.shape == t1.shape == t2.shape:
            y = _fresh(x)
            if B.call('fma64_', y, t1 * value, t2):
                return y
        return x + t1 * value * t2
    return _fma32(x, t1 * value, t2)


def addcmul_(x, t1, t2, value=1):
    """x.addcmul_(t1, t2, value=value) with PyTorch's rounding."""
    if x.dtype != torch.float32:
        if _f64s(x, t1, t2) and B.call('fma64_', x, t1 * value, t2):
            return x
        return x.copy_(addcmul(x, t1, t2, value))
    return _fma32_(x, t1 * value, t2)


def addcdiv_(x, t1, t2, value=1):
    """x.addcdiv_(t1, t2, value=value) with PyTorch's rounding."""
    return x.add_(t1 * value / t2)


def adam_update_(param, grad, exp_avg, exp_avg_sq, beta1, beta2, bias_correction2_sqrt, eps, step_size):
    """The moment updates and the parameter update of one Adam/AdamW step (amsgrad off) in one engine call, with the
    rounding of the unfused lines in adam.py (kernel/engine/ops/optim_update.ts); False, changing nothing, when it
    does not apply (not all contiguous float32 of one shape, shared storage, a graph to record): the caller then
    runs those lines."""
    return B.call('adam_update_', param, grad, exp_avg, exp_avg_sq, beta1, 1 - beta1, beta2, 1 - beta2,
                  bias_correction2_sqrt, eps, -step_size)


def sgd_momentum_update_(param, d_p, buf, momentum, dampening, lr):
    """buf.mul_(momentum).add_(d_p, alpha=1-dampening) and param.add_(buf, alpha=-lr) of one SGD step (the buffer
    exists, no Nesterov) in one engine call with the rounding of those lines; False, changing nothing, when it does
    not apply (as adam_update_)."""
    return B.call('sgd_momentum_update_', param, d_p, buf, momentum, 1 - dampening, -lr)
