import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.scale = nn.Parameter(torch.ones(2))
        self.register_buffer('running', torch.zeros(2))
        self.register_buffer('tmp', torch.ones(1), persistent=False)
        self.register_parameter('unused', None)
        self.plain = 5

    def forward(self, x):
        return self.fc(x) * self.scale + self.running


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Block()
        self.b = Block()
        self.shared = self.a.fc
        self.add_module('head', nn.Linear(2, 1))
        self.register_module('act', nn.ReLU())
        self.missing = None

    def forward(self, x):
        return self.head(self.act(self.b(self.a.fc(x) @ torch.ones(2, 3))))


torch.manual_seed(0)
net = Net()
print([n for n, _ in net.named_parameters()])
print([n for n, _ in net.named_parameters(prefix='model')])
print([n for n, _ in net.named_parameters(recurse=False)])
print([n for n, _ in net.named_buffers()])
print([n for n, _ in net.named_children()])
print([n for n, _ in net.named_modules()])
print([n for n, _ in net.named_modules(remove_duplicate=False)])
print([type(m).__name__ for m in net.modules()])
print([type(m).__name__ for m in net.children()])
print(len(list(net.parameters())), sum(p.numel() for p in net.parameters()))
print(list(net.state_dict().keys()))
print(net.a.plain, net.a.unused, net.missing)
print(net.a.fc is net.shared)
print('scale' in dir(net.a), 'running' in dir(net.a), 'fc' in dir(net.a), 'forward' in dir(net.a))
print(net.get_submodule('a.fc'))
print(net.get_parameter('a.scale'))
print(net.get_buffer('b.running'))
del net.a.scale
print([n for n, _ in net.a.named_parameters()])
net.a.scale = nn.Parameter(torch.full((2,), 3.0))
print([n for n, _ in net.a.named_parameters()])
net.a.running = torch.tensor([1.0, 2.0])
print(net.a.running, list(net.a._buffers))
net.head = None
print([n for n, _ in net.named_children()])
net.x = nn.Linear(1, 1)
print([n for n, _ in net.named_children()])
out = net.a(torch.ones(4, 3))
print(out.shape)
print(net.training, net.a.training)
