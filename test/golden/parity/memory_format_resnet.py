import torch, torch.nn as nn, torch.nn.functional as F
# A small residual network in channels_last (model and input), trained a few steps with SGD: losses, the layout
# of every layer's output (forward hooks), parameter-gradient layouts and the eval-mode output.
torch.manual_seed(0)
class Block(nn.Module):
    def __init__(s, c, o, stride):
        super().__init__()
        s.c1 = nn.Conv2d(c, o, 3, stride, 1, bias=False); s.b1 = nn.BatchNorm2d(o)
        s.c2 = nn.Conv2d(o, o, 3, 1, 1, bias=False); s.b2 = nn.BatchNorm2d(o)
        s.sc = nn.Sequential(nn.Conv2d(c, o, 1, stride, bias=False), nn.BatchNorm2d(o)) if stride != 1 or c != o else nn.Identity()
    def forward(s, x):
        return F.relu(s.b2(s.c2(F.relu(s.b1(s.c1(x))))) + s.sc(x))
net = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(inplace=True), nn.MaxPool2d(2),
                    Block(8, 8, 1), Block(8, 16, 2), nn.Dropout2d(0.1), nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(16, 4))
seen = []
for mod in net.modules():
    if not isinstance(mod, (nn.Sequential, Block)):
        mod.register_forward_hook(lambda m, i, o: seen.append((type(m).__name__, o.stride())))
net = net.to(memory_format=torch.channels_last)
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-4)
x = torch.randn(4, 3, 16, 16).to(memory_format=torch.channels_last); y = torch.tensor([0, 1, 2, 3])
for i in range(4):
    seen.clear(); opt.zero_grad(); out = net(x); l = F.cross_entropy(out, y); l.backward(); opt.step(); print(i, f'{l.item():.5f}')
print(seen)
print(net[0].weight.grad.stride(), net[4].c1.weight.grad.stride())
net.eval(); print(net(x))
