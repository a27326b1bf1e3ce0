import torch
import torch.nn as nn


class Bad(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(1, 1)
        super().__init__()


Bad()
