import torch
from collections import OrderedDict
import torch.nn as nn


class Attention(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.q = nn.Linear(d, d, bias=False)
        self.k = nn.Linear(d, d)
        self.d = d

    def extra_repr(self):
        return f'd={self.d}\nheads=1'


class Empty(nn.Module):
    pass


model = nn.Sequential(OrderedDict([
    ('embed', nn.Embedding(10, 4, padding_idx=0)),
    ('attn', Attention(4)),
    ('block', nn.Sequential(nn.Linear(4, 8), nn.ReLU(inplace=True), nn.Dropout(0.1), nn.Linear(8, 4))),
    ('norm', nn.LayerNorm(4)),
    ('heads', nn.ModuleList([nn.Linear(4, 2), nn.Linear(4, 3)])),
    ('extra', nn.ModuleDict({'act': nn.LeakyReLU(0.2), 'soft': nn.Softmax(dim=-1)})),
    ('empty', Empty()),
    ('conv', nn.Conv2d(3, 6, 3, stride=2, padding=1, bias=False)),
    ('conv1', nn.Conv1d(2, 4, kernel_size=5, dilation=2, groups=2, padding_mode='zeros')),
    ('pool', nn.MaxPool2d(2)),
    ('avg', nn.AvgPool2d(3, stride=1, padding=1)),
    ('avg1', nn.AvgPool1d(2)),
    ('adapt', nn.AdaptiveAvgPool2d((1, 1))),
    ('bn', nn.BatchNorm2d(6, momentum=None)),
    ('bn1', nn.BatchNorm1d(4, affine=False, track_running_stats=False)),
    ('flat', nn.Flatten()),
    ('unflat', nn.Unflatten(1, (2, 2))),
]))
print(model)
print(nn.Identity(), nn.Sigmoid(), nn.Tanh(), nn.GELU(), nn.GELU(approximate='tanh'), nn.SiLU(), nn.ELU(alpha=0.5))
print(nn.Softplus(beta=2), nn.LogSoftmax(dim=1), nn.Softmin(0), nn.Softmax(), nn.ReLU6(), nn.Hardtanh(-2, 2))
print(nn.LogSigmoid(), nn.Softsign(), nn.Tanhshrink(), nn.Softmax2d(), nn.MaxPool1d(3, stride=2, padding=1))
print(nn.CrossEntropyLoss(), nn.NLLLoss(), nn.MSELoss(), nn.L1Loss(), nn.BCELoss(), nn.BCEWithLogitsLoss())
print(nn.SmoothL1Loss(), nn.HuberLoss(), nn.Dropout(), nn.Dropout(p=0.3, inplace=True), nn.Embedding(5, 2))
print(nn.Embedding(5, 2, max_norm=1.0, scale_grad_by_freq=True), nn.LayerNorm([2, 3], eps=1e-6, elementwise_affine=False))
print(nn.Linear(3, 1, bias=False), nn.Conv2d(1, 2, (3, 5), padding='same'), nn.Conv1d(1, 1, 3, padding=2, bias=False))
print(nn.AdaptiveAvgPool1d(4), nn.AdaptiveAvgPool2d(2), nn.LeakyReLU(), nn.Flatten(0, 2), nn.Dropout2d(0.2))
print(nn.Sequential(), nn.ModuleList(), nn.ModuleDict())
print(repr(nn.Sequential(nn.Sequential(nn.Sequential(nn.ReLU())))))
