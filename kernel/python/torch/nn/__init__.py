# torch.nn: modules, parameters, initializers and functional ops over the tnb engine, ported from PyTorch 1.13.1
# torch/nn (BSD-3-Clause, (c) PyTorch contributors).
from .modules import *  # noqa: F401,F403
from .parameter import Parameter, UninitializedParameter
from . import functional, init, utils
