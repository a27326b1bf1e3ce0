import torch
import torch.nn as nn
# The errors nn.RNN / nn.LSTM / nn.GRU raise for wrong input dims, input sizes, hidden shapes and dtypes.

torch.manual_seed(4)

def show(f):
    try:
        r = f()
        print('ok', [tuple(t.shape) if isinstance(t, torch.Tensor) else [tuple(u.shape) for u in t] for t in r])
    except Exception as e:
        print(type(e).__name__, e)

r, l, g = nn.RNN(3, 4), nn.LSTM(3, 4), nn.GRU(3, 4, num_layers=2, bidirectional=True)
for m in (r, g):
    show(lambda: m(torch.randn(5, 2, 4)))
    show(lambda: m(torch.randn(5, 2, 3), torch.randn(1, 3, 4)))
    show(lambda: m(torch.randn(5, 2, 3), torch.randn(4, 2, 4)))
    show(lambda: m(torch.randn(5, 2, 3), torch.randn(2, 4)))
    show(lambda: m(torch.randn(5, 3), torch.randn(1, 2, 4)))
    show(lambda: m(torch.randn(2, 5, 2, 3)))
    show(lambda: m(torch.randn(3)))
    show(lambda: m(torch.randn(0, 2, 3)))
    show(lambda: m(torch.randn(5, 0, 3)))
    show(lambda: m(torch.randn(5, 2, 3, dtype=torch.float64)))
    show(lambda: m(torch.randn(5, 2, 3), torch.randn(m.num_layers * (2 if m.bidirectional else 1), 2, 4, dtype=torch.float64)))
    show(lambda: m(torch.randint(0, 3, (5, 2, 3))))
show(lambda: l(torch.randn(5, 2, 3), (torch.randn(1, 2, 4), torch.randn(1, 3, 4))))
show(lambda: l(torch.randn(5, 2, 3), (torch.randn(2, 2, 4), torch.randn(1, 2, 4))))
show(lambda: l(torch.randn(5, 2, 3), (torch.randn(2, 4), torch.randn(1, 2, 4))))
show(lambda: l(torch.randn(5, 3), (torch.randn(1, 2, 4), torch.randn(1, 2, 4))))
show(lambda: l(torch.randn(5, 3), (torch.randn(1, 4), torch.randn(2, 4))))
show(lambda: l(torch.randn(5, 2, 3), torch.randn(1, 2, 4)))
show(lambda: l(torch.randn(5, 2, 3), (torch.randn(1, 2, 4),)))
show(lambda: l(torch.randn(0, 2, 3)))
show(lambda: l(torch.randn(5, 2, 3, dtype=torch.float64)))
show(lambda: nn.LSTM(3, 4, batch_first=True)(torch.randn(2, 5, 3), (torch.randn(1, 5, 4), torch.randn(1, 5, 4))))
show(lambda: nn.RNN(0, 3)(torch.randn(2, 1, 0)))
show(lambda: nn.GRU(3, 4, batch_first=True)(torch.randn(0, 2, 3)))
