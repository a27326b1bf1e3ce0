import torch
import torch.nn as nn
# nn.RNNCell / nn.LSTMCell / nn.GRUCell: batched and unbatched steps, default zero state, a loop over time,
# grad_fn of the results, gradients, and the errors for wrong input and hidden shapes.

torch.manual_seed(3)
x = torch.randn(4, 2, 3, requires_grad=True)
for cell in [nn.RNNCell(3, 5), nn.RNNCell(3, 5, nonlinearity='relu'), nn.LSTMCell(3, 5), nn.GRUCell(3, 5),
             nn.GRUCell(3, 5, bias=False)]:
    print(cell)
    hx = None
    outs = []
    for t in range(x.size(0)):
        hx = cell(x[t], hx)
        outs.append(hx[0] if isinstance(hx, tuple) else hx)
    if isinstance(hx, tuple):
        print(hx[0].grad_fn, hx[1].grad_fn, hx[1])
    else:
        print(hx.grad_fn)
    y = torch.stack(outs)
    print(y)
    (y * torch.arange(5.)).sum().backward()
    print(x.grad)
    x.grad = None
    for n, p in cell.named_parameters():
        print(n, p.grad)

# unbatched
cell = nn.LSTMCell(2, 3)
v = torch.randn(2)
h, c = cell(v)
print(h.shape, c.shape, h, c)
h2, c2 = cell(v, (torch.zeros(3), torch.zeros(3)))
print(torch.equal(h, h2), torch.equal(c, c2))
g = nn.GRUCell(2, 3)
print(g(v), g(v, torch.ones(3)), nn.RNNCell(2, 3)(v, torch.ones(3)))
print(nn.RNNCell(2, 3, nonlinearity='relu')(torch.randn(0, 2)))

# float64
cell = nn.GRUCell(2, 2, dtype=torch.float64)
print(cell(torch.randn(1, 2, dtype=torch.float64)))

def show(f):
    try:
        r = f()
        print('ok', r.shape if isinstance(r, torch.Tensor) else [t.shape for t in r])
    except Exception as e:
        print(type(e).__name__, e)

c, lc, gc = nn.RNNCell(3, 4), nn.LSTMCell(3, 4), nn.GRUCell(3, 4)
show(lambda: c(torch.randn(2, 5)))
show(lambda: c(torch.randn(2, 3), torch.randn(3, 4)))
show(lambda: c(torch.randn(2, 3), torch.randn(2, 5)))
show(lambda: c(torch.randn(2, 3), torch.randn(4)))
show(lambda: c(torch.randn(3), torch.randn(2, 4)))
show(lambda: c(torch.randn(1, 2, 3)))
show(lambda: lc(torch.randn(1, 2, 3)))
show(lambda: gc(torch.randn(2, 3, 1, 1)))
show(lambda: gc(torch.tensor(1.)))
show(lambda: lc(torch.randn(2, 3), (torch.randn(2, 4), torch.randn(3, 4))))
show(lambda: lc(torch.randn(2, 3), (torch.randn(2, 5), torch.randn(2, 4))))
show(lambda: lc(torch.randn(2, 3), (torch.randn(2, 4), torch.randn(2, 5))))
show(lambda: lc(torch.randn(2, 3), torch.randn(2, 4)))
show(lambda: gc(torch.randn(2, 3), torch.randn(2, 5)))
show(lambda: gc(torch.randn(2, 3, dtype=torch.float64)))
show(lambda: gc(torch.randn(2, 3), torch.randn(2, 4, dtype=torch.float64)))
show(lambda: nn.RNNCell(3, 4, nonlinearity='x')(torch.randn(2, 3)))
print(nn.RNNCell(3, 4, nonlinearity='x'))
