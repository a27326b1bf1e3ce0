import torch
import torch.nn as nn
nn.Linear(1, 1).train('yes')
