# torch.nn.functional's layer ops over the engine: convolution, pooling, dropout, embedding, layer/batch norm.
# Each function has F's 1.13.1 signature and error texts; the names in _TORCH_NAMES are also torch.* functions
# (torch.conv2d, torch.max_pool2d, ...). torch/nn/functional.py re-exports everything in __all__.
__all__ = []
_TORCH_NAMES = []
