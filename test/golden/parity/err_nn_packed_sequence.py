import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pack_sequence
# The errors of packing and of recurrent layers over packed input; the last one is uncaught.

x = torch.randn(4, 3, 2)
p = pack_padded_sequence(x, [4, 2, 1])
cases = [
    lambda: pack_padded_sequence(x, [4, 2]),
    lambda: pack_padded_sequence(x, [4, 2, 0]),
    lambda: pack_padded_sequence(x, torch.tensor([[4, 2, 1]])),
    lambda: pack_padded_sequence(torch.zeros(0, 3, 2), [4, 2, 1]),
    lambda: pad_packed_sequence(p, total_length=2),
    lambda: pack_sequence([torch.randn(2, 2), torch.randn(3, 2)]),
    lambda: nn.LSTM(3, 4)(p),
    lambda: nn.GRU(2, 4)(p, torch.zeros(1, 2, 4)),
    lambda: nn.LSTM(2, 4)(p, (torch.zeros(1, 3, 4), torch.zeros(1, 2, 4))),
    lambda: nn.RNN(2, 4)(pack_padded_sequence(x.reshape(4, 3, 2, 1), [4, 2, 1])),
]
for f in cases:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
pack_padded_sequence(x, torch.tensor([1, 4, 2]))
