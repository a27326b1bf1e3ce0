import torch
import torch.nn as nn
nn.BatchNorm2d(3)(torch.zeros(2, 3))
