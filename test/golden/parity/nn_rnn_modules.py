import torch
import torch.nn as nn
# nn.RNN / nn.LSTM / nn.GRU and the cells: constructor arguments, repr, parameter names, shapes and order,
# state_dict keys, PyTorch's uniform(-1/sqrt(hidden), 1/sqrt(hidden)) initialisation in parameter order.

torch.manual_seed(0)
mods = [
    nn.RNN(3, 4), nn.RNN(3, 4, 2, nonlinearity='relu', bias=False, batch_first=True, dropout=0.25, bidirectional=True),
    nn.LSTM(3, 5), nn.LSTM(3, 5, num_layers=2, proj_size=2, bidirectional=True), nn.LSTM(2, 3, bias=False, proj_size=1),
    nn.GRU(3, 4, num_layers=2, batch_first=True), nn.GRU(input_size=2, hidden_size=3, bidirectional=True, bias=False),
    nn.RNNCell(3, 4), nn.RNNCell(3, 4, bias=False, nonlinearity='relu'), nn.LSTMCell(2, 3), nn.GRUCell(2, 3, False),
]
for m in mods:
    print(m)
    print([(n, tuple(p.shape)) for n, p in m.named_parameters()])
    print(list(m.state_dict().keys()))
for m in [nn.RNN(2, 3), nn.LSTM(2, 2, proj_size=1), nn.GRU(1, 2, bidirectional=True), nn.LSTMCell(2, 2), nn.GRUCell(1, 2)]:
    for n, p in m.named_parameters():
        print(n, p)
m = nn.LSTM(2, 3, num_layers=2, bidirectional=True)
print([[tuple(w.shape) for w in ws] for ws in m.all_weights])
print(m._flat_weights_names)
print(m.mode, m.input_size, m.hidden_size, m.num_layers, m.bias, m.batch_first, m.dropout, m.bidirectional, m.proj_size)
print(nn.RNN(2, 3).nonlinearity, nn.RNN(2, 3, nonlinearity='relu').mode, nn.RNNCell(2, 3).nonlinearity)
print(nn.RNN(2, 3, dropout=1).dropout, nn.GRU(2, 3, dropout=0).dropout)
print(nn.LSTM(2, 3, 1, True, True, 0, True), nn.GRU(4, 5, 3, False))
print(nn.LSTM(2, 3, dtype=torch.float64).weight_ih_l0.dtype, nn.GRUCell(2, 3, dtype=torch.float64).bias_hh.dtype)
print(isinstance(nn.LSTM(1, 2), nn.RNNBase), isinstance(nn.GRUCell(1, 2), nn.RNNCellBase), nn.RNNBase('GRU', 2, 3))
m = nn.GRU(2, 3)
m.reset_parameters()
print(m.weight_hh_l0)
m.double()
print(m.weight_ih_l0.dtype, m._flat_weights[0].dtype, m(torch.ones(1, 1, 2, dtype=torch.float64))[1])
sd = nn.LSTM(2, 3).state_dict()
m2 = nn.LSTM(2, 3)
print(m2.load_state_dict(sd), torch.equal(m2.weight_hh_l0, sd['weight_hh_l0']))
for args, kw in [((3, 4), dict(nonlinearity='sigmoid')), ((3, 4), dict(proj_size=2)), ((3, 4), dict(dropout=1.5)),
                 ((3, 4), dict(dropout=True)), ((3, 4), dict(dropout=-0.1)), ((3, 4), dict(foo=1)), ((3,), {})]:
    for cls in (nn.RNN, nn.LSTM, nn.GRU):
        try:
            print(cls(*args, **kw))
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
for kw in [dict(proj_size=4), dict(proj_size=-1), dict(proj_size=5)]:
    try:
        nn.LSTM(3, 4, **kw)
    except ValueError as e:
        print(kw, e)
try:
    nn.RNNBase('TANH', 2, 3)
except ValueError as e:
    print(e)
print(nn.LSTM(3, 4, dropout=0.5))
