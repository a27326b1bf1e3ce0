import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pack_sequence
# GRU (bidirectional, two layers) and RNN over packed input with enforce_sorted=False and a given h0: the packed
# output, h_n permuted back to the caller's order, gradients to h0, the input and the weights.

torch.manual_seed(0)
m = nn.GRU(2, 3, num_layers=2, bidirectional=True, batch_first=True)
x = torch.randn(4, 5, 2, requires_grad=True)
p = pack_padded_sequence(x, torch.tensor([2, 5, 1, 3]), batch_first=True, enforce_sorted=False)
h0 = torch.randn(4, 4, 3, requires_grad=True)
out, h = m(p, h0)
print(out)
print(h, h.grad_fn.name())
pad, lens = pad_packed_sequence(out, batch_first=True, total_length=6)
print(pad, pad.grad_fn.name(), lens)
(pad.sum() + (h ** 2).sum()).backward()
print(h0.grad)
print(x.grad)
for name, prm in m.named_parameters():
    print(name, prm.grad.sum(0))

for nl in ['tanh', 'relu']:
    r = nn.RNN(2, 3, nonlinearity=nl, bidirectional=True)
    ps = pack_sequence([torch.randn(3, 2), torch.randn(5, 2), torch.randn(1, 2)], enforce_sorted=False)
    o, hn = r(ps)
    print(nl, o.data, o.batch_sizes, hn, hn.grad_fn.name())

lstm = nn.LSTM(2, 4, proj_size=2, num_layers=2)
o, (hn, cn) = lstm(pack_sequence([torch.randn(4, 2), torch.randn(3, 2), torch.randn(1, 2)]))
print(o, hn, cn, o.data.grad_fn.name(), hn.grad_fn.name())
# training-mode dropout between the layers draws as F.dropout on the packed data
d = nn.GRU(2, 3, num_layers=2, dropout=0.5)
o, hn = d(pack_sequence([torch.randn(3, 2), torch.randn(2, 2)]))
print(o.data, hn)
