# torch.overrides (part): is_tensor_like, as PyTorch 1.13.1 defines it.


def is_tensor_like(inp):
    """True for a Tensor (or subclass) or an object with __torch_function__ (PyTorch's definition)."""
    from . import Tensor
    return isinstance(inp, Tensor) or hasattr(inp, "__torch_function__")   # (tnb's Tensor subclasses have no __torch_function__)
