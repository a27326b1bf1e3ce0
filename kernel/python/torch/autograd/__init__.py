# torch.autograd: backward, grad, Function, grad modes, anomaly detection, gradcheck and autograd.functional.
from .. import _bridge as B
from . import graph
from .grad_mode import no_grad, enable_grad, set_grad_enabled, inference_mode, is_grad_enabled
from .anomaly_mode import detect_anomaly, set_detect_anomaly, is_anomaly_enabled
from .function import Function, FunctionCtx, once_differentiable, returned as _returned


def _tensor_tuple(x):
    from .._tensor import Tensor
    if x is None:
        return None
    if isinstance(x, Tensor):
        return (x,)
    return tuple(x)


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None, inputs=None):
    """Computes the sum of gradients of `tensors` w.r.t. graph leaves (torch.autograd.backward)."""
    from .._tensor import Tensor
    if grad_variables is not None:
        import warnings
        warnings.warn("'grad_variables' is deprecated. Use 'grad_tensors' instead.")
        if grad_tensors is None:
            grad_tensors = grad_variables
        else:
            raise RuntimeError("'grad_tensors' and 'grad_variables' (deprecated) arguments both passed to backward(). Please only use 'grad_tensors'.")
    if inputs is not None and len(_tensor_tuple(inputs)) == 0:
        raise RuntimeError("'inputs' argument to backward() cannot be empty.")
    outs = _tensor_tuple(tensors)
    grads = _tensor_tuple(grad_tensors) if grad_tensors is not None else (None,) * len(outs)
    if len(grads) != len(outs):
        raise RuntimeError(f'got {len(outs)} tensors and {len(grads)} gradients')
    for g in grads:
        if g is not None and not isinstance(g, Tensor):
            raise TypeError(f'gradients can be either Tensors or None, but got {type(g).__name__}')
    try:
        B.call('backward', list(outs), list(grads), retain_graph, bool(create_graph),
               list(_tensor_tuple(inputs)) if inputs is not None else None)
    finally:
        del _returned[:]


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=False, is_grads_batched=False):
    """Gradients of `outputs` w.r.t. `inputs`, returned (not accumulated into .grad)."""
    if is_grads_batched:
        raise NotImplementedError('tnb: is_grads_batched=True (vmap) is not supported')
    outs = _tensor_tuple(outputs)
    ins = _tensor_tuple(inputs)
    gos = _tensor_tuple(grad_outputs) if grad_outputs is not None else None
    if gos is not None and len(gos) != len(outs):
        raise RuntimeError(f'got {len(outs)} tensors and {len(gos)} gradients')
    try:
        hs = B.to_py(B.call('grad', list(outs), list(ins), list(gos) if gos is not None else None, retain_graph,
                            bool(create_graph), bool(allow_unused)))
    finally:
        del _returned[:]
    return tuple(B.wrap(h) for h in hs)


def Variable(data, requires_grad=False, volatile=False):
    """The pre-0.4 wrapper: returns the tensor itself (with requires_grad set), as PyTorch does today."""
    if requires_grad:
        data.requires_grad_(True)
    return data


from . import functional  # noqa: E402
from .gradcheck import gradcheck, gradgradcheck, GradcheckError  # noqa: E402
