import torch
import torch.nn as nn
nn.Sequential().add_module('x', 3)
