import torch
import torch.nn as nn

torch.manual_seed(0)
pl = nn.ParameterList([nn.Parameter(torch.randn(2)), torch.zeros(3, 2)])
pl.append(nn.Parameter(torch.ones(1), requires_grad=False))
print(pl)
print(len(pl), type(pl[1]).__name__, pl[1].requires_grad, [n for n, _ in pl.named_parameters()])
print(type(pl[0:2]).__name__, len(pl[0:2]), type(pl).__module__)
pd = nn.ParameterDict({'b': nn.Parameter(torch.ones(2)), 'a': torch.zeros(1, 3)})
pd['c'] = nn.Parameter(torch.tensor(1.5))
print(pd)
print(list(pd.keys()), 'a' in pd, len(pd), type(pd['a']).__name__)
print([k for k, _ in pd.items()], pd.get('zz', 7))


class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.ws = nn.ParameterList([nn.Parameter(torch.full((2,), float(i))) for i in range(3)])
        self.named = nn.ParameterDict({'scale': nn.Parameter(torch.ones(2))})

    def forward(self, x):
        for w in self.ws:
            x = x * w
        return x * self.named['scale']


m = M()
print(m)
print(list(m.state_dict().keys()))
y = m(torch.ones(2))
y.sum().backward()
print([p.grad for p in m.parameters()])
print(pd.pop('b'), list(pd.keys()))
