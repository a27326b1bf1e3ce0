import torch
import torch.nn as nn

torch.manual_seed(0)
h = torch.randn(3, 3, requires_grad=True)
for act in [nn.GELU(), nn.GELU('tanh'), nn.SiLU(), nn.ELU(), nn.LeakyReLU(0.1), nn.Softplus(), nn.ReLU6(), nn.Hardtanh(),
            nn.LogSigmoid(), nn.ELU(inplace=False), nn.LeakyReLU(inplace=False)]:
    y = act(h)
    y.backward(torch.linspace(-1, 1, 9).reshape(3, 3))
    print(act, y, h.grad)
    h.grad = None
