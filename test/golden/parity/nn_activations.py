import torch
import torch.nn as nn
import torch.nn.functional as F

# default precision (4): float32 exp differs from torch (SLEEF, 1 ULP) in the last bits of softmax-family outputs
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
for m in [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.Softmax(dim=1), nn.LogSoftmax(dim=0), nn.Softmin(dim=1),
          nn.Softsign(), nn.Tanhshrink(), nn.Identity(), nn.Flatten(0), nn.Unflatten(1, (2, 2))]:
    y = m(x)
    y.backward(torch.linspace(-1, 2, y.numel()).reshape(y.shape))
    print(m, y.grad_fn.name() if y.grad_fn else None)
    print(y)
    print(x.grad)
    x.grad = None
print(F.relu(x).grad_fn.name(), F.sigmoid(x).grad_fn.name(), F.tanh(x).grad_fn.name())
z = x.detach().clone()
r = F.relu(z, inplace=True)
print(r is z, z)
r = nn.ReLU(inplace=True)(z - 1)
print(r)
print(F.relu_(torch.tensor([-1.0, 2.0])))
print(nn.Flatten()(torch.zeros(2, 3, 4)).shape, nn.Flatten(0, -1)(torch.zeros(2, 3)).shape)
