import torch
import torch.nn as nn
# nn.GRU forward and backward: gates r, z, n (r applied to W_hn h + b_hn), h0, unbatched, batch_first,
# stacked and bidirectional; double backward through a GRU.

torch.manual_seed(2)
gru = nn.GRU(3, 4)
x = torch.randn(5, 2, 3, requires_grad=True)
out, h = gru(x)
print(out.shape, h.shape, out.grad_fn, h.grad_fn)
print(out)
print(h)
(out.sum() + 3 * h.sum()).backward()
print(x.grad)
for n, p in gru.named_parameters():
    print(n, p.grad)

gru = nn.GRU(3, 2, num_layers=2, bidirectional=True, batch_first=True)
x = torch.randn(3, 4, 3, requires_grad=True)
h0 = torch.randn(4, 3, 2, requires_grad=True)
out, h = gru(x, h0)
print(out.shape, h.shape, out.grad_fn, h.grad_fn, out.is_contiguous())
print(out)
print(h)
(out * out).sum().backward()
print(x.grad)
print(h0.grad)
print(gru.weight_hh_l0.grad)
print(gru.bias_ih_l1_reverse.grad)

# unbatched with h0
gru = nn.GRU(2, 3, bias=False)
x = torch.randn(3, 2)
out, h = gru(x, torch.ones(1, 3))
print(out, h)

# manual formula check for one step
cell = nn.GRU(2, 2)
x = torch.randn(1, 1, 2)
h0 = torch.randn(1, 1, 2)
out, h = cell(x, h0)
W_ir, W_iz, W_in = cell.weight_ih_l0.chunk(3)
W_hr, W_hz, W_hn = cell.weight_hh_l0.chunk(3)
b_ir, b_iz, b_in = cell.bias_ih_l0.chunk(3)
b_hr, b_hz, b_hn = cell.bias_hh_l0.chunk(3)
xx, hh = x[0, 0], h0[0, 0]
r = torch.sigmoid(W_ir @ xx + b_ir + W_hr @ hh + b_hr)
z = torch.sigmoid(W_iz @ xx + b_iz + W_hz @ hh + b_hz)
n = torch.tanh(W_in @ xx + b_in + r * (W_hn @ hh + b_hn))
print(h[0, 0], (1 - z) * n + z * hh)

# double backward
gru = nn.GRU(2, 2, dtype=torch.float64)
x = torch.randn(3, 1, 2, dtype=torch.float64, requires_grad=True)
out, h = gru(x)
gx, = torch.autograd.grad(h.sum(), x, create_graph=True)
print(gx)
gx.pow(2).sum().backward()
print(x.grad)
print(gru.weight_hh_l0.grad)
