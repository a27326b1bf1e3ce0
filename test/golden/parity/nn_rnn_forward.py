import torch
import torch.nn as nn
# nn.RNN (tanh and relu) forward and backward: with and without h0, batched and unbatched, batch_first,
# multi-layer, bidirectional; outputs' shapes and grad_fn; input, h0 and parameter gradients.

torch.manual_seed(0)
rnn = nn.RNN(3, 4)
x = torch.randn(5, 2, 3, requires_grad=True)
out, h = rnn(x)
print(out.shape, h.shape, out.grad_fn, h.grad_fn)
print(out)
print(h)
(out.sum() + 2 * h.sum()).backward()
print(x.grad)
for n, p in rnn.named_parameters():
    print(n, p.grad)

# with h0, relu, two layers, bidirectional, batch_first
rnn = nn.RNN(3, 4, num_layers=2, nonlinearity='relu', bidirectional=True, batch_first=True)
x = torch.randn(2, 4, 3, requires_grad=True)
h0 = torch.randn(4, 2, 4, requires_grad=True)
out, h = rnn(x, h0)
print(out.shape, h.shape, out.grad_fn, h.grad_fn, out.is_contiguous())
print(out)
print(h)
(out * torch.linspace(-1, 1, 8)).sum().backward()
print(x.grad)
print(h0.grad)
print(rnn.weight_hh_l1_reverse.grad)
print(rnn.bias_ih_l0.grad)

# unbatched input (2-D) with and without h0; batch_first is ignored for it
rnn = nn.RNN(2, 3, batch_first=True)
x = torch.randn(4, 2)
out, h = rnn(x)
print(out.shape, h.shape, out)
out2, h2 = rnn(x, torch.zeros(1, 3))
print(torch.equal(out, out2), torch.equal(h, h2), h2.grad_fn)
out3, h3 = rnn(x.unsqueeze(0))
print(torch.equal(out3[0], out), out3.grad_fn)

# no bias, three layers; eval mode; no_grad
rnn = nn.RNN(2, 2, 3, bias=False).eval()
x = torch.randn(3, 1, 2)
with torch.no_grad():
    out, h = rnn(x)
print(out, h, out.requires_grad)

# non-contiguous input; float64 module
rnn = nn.RNN(3, 2).double()
xt = torch.randn(3, 4, 2, dtype=torch.float64).transpose(0, 2)
out, h = rnn(xt)
print(out.dtype, out)
out.pow(2).sum().backward()
print(rnn.weight_ih_l0.grad)
