# torch.nn.functional's activations with a weight, a split or randomness: prelu, glu, rrelu(_), alpha_dropout,
# feature_alpha_dropout, dropout3d, gumbel_softmax, with F's 1.13.1 signatures and error texts. Ported from
# PyTorch 1.13.1 torch/nn/functional.py (BSD-3-Clause, (c) PyTorch contributors); the names in _TORCH_NAMES are
# also torch.* functions (with ATen's signatures where they differ: torch.alpha_dropout(input, p, train)).
import warnings

from ._bridge import call, wrap
from ._tensor import Tensor
from ._F_nn import _dropout_impl, _check_p

__all__ = ['prelu', 'glu', 'rrelu', 'rrelu_', 'alpha_dropout', 'feature_alpha_dropout', 'dropout3d', 'gumbel_softmax']
_TORCH_NAMES = ['prelu', 'rrelu', 'rrelu_']


def _tensor_arg(fname, name, v, pos):
    if not isinstance(v, Tensor):
        raise TypeError(f"{fname}(): argument '{name}' (position {pos}) must be Tensor, not {type(v).__name__}")


def prelu(input, weight):
    _tensor_arg('prelu', 'input', input, 1)
    _tensor_arg('prelu', 'weight', weight, 2)
    return wrap(call('prelu', input, weight))


def glu(input, dim=-1):
    _tensor_arg('glu', 'input', input, 1)
    if input.dim() == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    from ._tensor import _wrap_dim
    return wrap(call('glu', input, _wrap_dim(dim, input.dim())))


def _rrelu(input, lower, upper, training, inplace):
    _tensor_arg('rrelu_' if inplace else 'rrelu', 'input', input, 1)
    return wrap(call('rrelu', input, float(lower), float(upper), bool(training), bool(inplace)))


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    return _rrelu(input, lower, upper, training, inplace)


def rrelu_(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    return _rrelu(input, lower, upper, training, True)


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    _check_p(p)
    return _dropout_impl(input, p, training, inplace, False, alpha=True)


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    _check_p(p)
    return _dropout_impl(input, p, training, inplace, True, alpha=True)


def dropout3d(input, p=0.5, training=True, inplace=False):
    _check_p(p)
    inp_dim = input.dim()
    if inp_dim not in (4, 5):
        warnings.warn(f"dropout3d: Received a {inp_dim}-D input to dropout3d, which is deprecated "
                      "and will result in an error in a future release. To retain the behavior "
                      "and silence this warning, please use dropout instead. Note that dropout3d "
                      "exists to provide channel-wise dropout on inputs with 3 spatial dimensions, "
                      "a channel dimension, and an optional batch dimension (i.e. 4D or 5D inputs).", stacklevel=2)
    is_batched = inp_dim == 5
    if not is_batched:
        input = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    result = _dropout_impl(input, p, training, inplace, True)
    if not is_batched:
        result = result.squeeze_(0) if inplace else result.squeeze(0)
    return result


def gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1):
    from ._creation import empty, zeros
    if eps != 1e-10:
        warnings.warn("`eps` parameter is deprecated and has no effect.", stacklevel=2)
    gumbels = -empty(tuple(logits.shape), dtype=logits.dtype).exponential_().log()   # ~Gumbel(0,1)
    gumbels = (logits + gumbels) / tau   # ~Gumbel(logits,tau)
    y_soft = gumbels.softmax(dim)
    if hard:
        # Straight through.
        index = y_soft.max(dim, keepdim=True)[1]
        y_hard = zeros(tuple(logits.shape), dtype=logits.dtype).scatter_(dim, index, 1.0)
        return y_hard - y_soft.detach() + y_soft
    return y_soft


# torch.* forms with ATen's signatures (input, p, train)
def _torch_alpha_dropout(input, p, train):
    return _dropout_impl(input, p, train, False, False, alpha=True)


def _torch_alpha_dropout_(input, p, train):
    return _dropout_impl(input, p, train, True, False, alpha=True)


def _torch_feature_alpha_dropout(input, p, train):
    return _dropout_impl(input, p, train, False, True, alpha=True)


def _torch_feature_alpha_dropout_(input, p, train):
    return _dropout_impl(input, p, train, True, True, alpha=True)


def _torch_feature_dropout_(input, p, train):
    return _dropout_impl(input, p, train, True, True)


TORCH_FUNCTIONS = {'alpha_dropout': _torch_alpha_dropout, 'alpha_dropout_': _torch_alpha_dropout_,
                   'feature_alpha_dropout': _torch_feature_alpha_dropout,
                   'feature_alpha_dropout_': _torch_feature_alpha_dropout_, 'feature_dropout_': _torch_feature_dropout_}
for _n, _f in TORCH_FUNCTIONS.items():
    _f.__name__ = _f.__qualname__ = _n
