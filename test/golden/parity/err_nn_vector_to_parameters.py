import torch
import torch.nn as nn
from torch.nn.utils import vector_to_parameters
vector_to_parameters([1.0], nn.Linear(1, 1).parameters())
