import torch
import torch.nn as nn
# nn.LSTM forward and backward: (h0, c0), unbatched, batch_first, stacked, bidirectional, proj_size, no bias.

torch.manual_seed(1)
lstm = nn.LSTM(3, 4)
x = torch.randn(6, 2, 3, requires_grad=True)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape, out.grad_fn, h.grad_fn, c.grad_fn)
print(out)
print(h)
print(c)
(out.sum() + h.sum() - c.sum()).backward()
print(x.grad)
for n, p in lstm.named_parameters():
    print(n, p.grad)

lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)
x = torch.randn(2, 5, 3, requires_grad=True)
h0 = torch.randn(4, 2, 4, requires_grad=True)
c0 = torch.randn(4, 2, 4, requires_grad=True)
out, (h, c) = lstm(x, (h0, c0))
print(out.shape, out.grad_fn, out.is_contiguous(), h.grad_fn, c.grad_fn)
print(out[:, -1])
print(h)
print(c)
(out.sum() + (h * c).sum()).backward()
print(x.grad[0])
print(h0.grad)
print(c0.grad)
print(lstm.weight_ih_l1.grad)
print(lstm.bias_hh_l0_reverse.grad)

# projections
lstm = nn.LSTM(3, 5, proj_size=2, num_layers=2)
x = torch.randn(4, 3, 3)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape, out)
print(h, c)
out.sum().backward()
print(lstm.weight_hr_l0.grad)
print(lstm.weight_hh_l1.grad)
try:
    lstm(x, (torch.zeros(2, 3, 5), torch.zeros(2, 3, 5)))
except RuntimeError as e:
    print(e)
print(lstm(x, (torch.zeros(2, 3, 2), torch.zeros(2, 3, 5)))[1][0])

# unbatched, no bias
lstm = nn.LSTM(2, 3, bias=False)
x = torch.randn(4, 2)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print(out, h, c)
out, (h2, c2) = lstm(x, (torch.zeros(1, 3), torch.zeros(1, 3)))
print(torch.equal(h, h2), torch.equal(c, c2))

# float64
lstm = nn.LSTM(2, 2, dtype=torch.float64)
x = torch.randn(3, 1, 2, dtype=torch.float64, requires_grad=True)
out, (h, c) = lstm(x)
print(out)
c.sum().backward()
print(x.grad)
