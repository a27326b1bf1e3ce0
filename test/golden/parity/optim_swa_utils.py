import torch
from torch.optim.swa_utils import AveragedModel, SWALR, update_bn
# AveragedModel (mean and a custom EMA avg_fn, use_buffers), SWALR's cos/linear annealing (lr sequences float for
# float, its errors) and update_bn (running stats recomputed with momentum None) on a small model.
torch.manual_seed(0)


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.w = torch.nn.Parameter(torch.randn(5))
        self.b = torch.nn.Parameter(torch.zeros(5))

    def forward(self, x):
        return torch.tanh(x * self.w + self.b)


model = Net()
swa = AveragedModel(model)
print(swa)
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.5)
sched = SWALR(opt, swa_lr=0.05, anneal_epochs=3)
X = torch.randn(16, 5)
y = torch.randn(16, 5)
lrs = []
for epoch in range(6):
    opt.zero_grad()
    loss = ((model(X) - y) ** 2).sum()
    loss.backward()
    opt.step()
    swa.update_parameters(model)
    sched.step()
    lrs.append(sched.get_last_lr())
print(lrs)
print(swa.n_averaged, [p.tolist() for p in swa.parameters()])
print(swa(X[:3]))
# update_bn: BatchNorm running statistics recomputed over a loader (printed to 5 decimals)
bn_model = torch.nn.Sequential(torch.nn.Linear(5, 5), torch.nn.BatchNorm1d(5))
bn_swa = AveragedModel(bn_model)
bn_swa.eval()
update_bn([(X[:8], y[:8]), (X[8:], y[8:])], bn_swa)
bn = bn_swa.module[1]
print([round(v, 5) for v in bn.running_mean.tolist()], [round(v, 5) for v in bn.running_var.tolist()],
      bn.num_batches_tracked, bn.momentum, bn_swa.training)
update_bn([X], torch.nn.Linear(5, 5))   # no BatchNorm: nothing to do
ema = AveragedModel(model, avg_fn=lambda a, m, n: 0.9 * a + 0.1 * m, use_buffers=True)
for _ in range(3):
    model.w.data.mul_(1.1)
    ema.update_parameters(model)
print(ema.n_averaged, ema.module.w.tolist(), [b.tolist() for b in ema.module.buffers()])
ema_bn = AveragedModel(bn_model, avg_fn=lambda a, m, n: 0.5 * a + 0.5 * m, use_buffers=True)
ema_bn.update_parameters(bn_model)
ema_bn.update_parameters(bn_model)
print([b.tolist() for b in ema_bn.module.buffers()])
opt2 = torch.optim.SGD(model.parameters(), lr=0.1)
s2 = SWALR(opt2, swa_lr=[0.01], anneal_epochs=0, anneal_strategy='linear')
for _ in range(3):
    opt2.step()
    s2.step()
print(s2.get_last_lr(), sorted(s2.state_dict().keys()))
for f in [lambda: SWALR(opt2, 0.1, anneal_strategy='x'), lambda: SWALR(opt2, 0.1, anneal_epochs=-1),
          lambda: SWALR(opt2, [0.1, 0.2])]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
