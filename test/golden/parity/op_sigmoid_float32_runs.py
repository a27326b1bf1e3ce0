import torch
# float32 sigmoid rounds as PyTorch's CPU kernel: whole blocks of 16 of a contiguous run through the vectorised
# (Sleef) exp, the last n % 16 through the scalar formula; runs follow memory order (a transposed tensor is one run),
# rows of a strided view (an LSTM's gate chunk) are runs of their own. Printed with all float32 digits.
torch.manual_seed(11)
torch.set_printoptions(precision=10)
for n in [5, 16, 21, 37]:
    print((torch.randn(n) * 4).sigmoid())
g = torch.randn(2, 4 * 20) * 3
print(g[:, 20:40].sigmoid())
x = torch.randn(6, 5) * 5
print(x.t().sigmoid())
print(torch.tensor([float('nan'), float('inf'), -float('inf'), 0., -0., 100., -100., 88.7, -88.7, 1e-30,
                    20., -20., 17., -17., 3., -3., 0.5]).sigmoid())
y = torch.randn(18, requires_grad=True)
s = torch.sigmoid(y * 3)
s.backward(torch.arange(18.) / 4 - 2)
print(s, y.grad)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
