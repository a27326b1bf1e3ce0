import torch
import torch.nn as nn
# An LSTM called with a cell state of the wrong batch size: PyTorch's RuntimeError, uncaught.

lstm = nn.LSTM(3, 4, num_layers=2)
x = torch.randn(5, 2, 3)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
lstm(x, (h, torch.zeros(2, 3, 4)))
