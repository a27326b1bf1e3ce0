import torch
from torch.nn import init
init.kaiming_normal_(torch.empty(2, 5), mode='fan')
