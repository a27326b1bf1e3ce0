import torch
import torch.nn as nn
import torch.nn.functional as F
# A small CNN trained a few steps in channels_last (model.to(memory_format=...) and channels_last inputs), as the
# PyTorch performance guide does: losses, the layout of activations and of the parameters and their grads.
torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 6, 3, padding=1)
        self.bn = nn.BatchNorm2d(6)
        self.c2 = nn.Conv2d(6, 8, 3, stride=2)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn(self.c1(x))), 2)
        x = F.relu(self.c2(x))
        self.seen = x.stride()
        return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))


model = Net().to(memory_format=torch.channels_last)
print([tuple(p.stride()) for p in model.parameters()])
data = torch.randn(4, 3, 12, 12).contiguous(memory_format=torch.channels_last)
target = torch.tensor([0, 1, 2, 1])
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
for step in range(5):
    opt.zero_grad()
    loss = F.cross_entropy(model(data), target)
    loss.backward()
    opt.step()
    print(step, f'{loss.item():.5f}', model.seen)
print([tuple(p.grad.stride()) for p in model.parameters()])
print([tuple(p.stride()) for p in model.parameters()])
print(model.c1.weight[0, 0], model.c2.bias)
print(model(data).detach())
