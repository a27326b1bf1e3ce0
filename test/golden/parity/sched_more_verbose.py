import torch
# verbose=True messages of the new schedulers (step() and step(epoch)), and the optimizer/scheduler state_dicts after
# OneCycleLR and CyclicLR rewrote the groups' momentum.
S = torch.optim.lr_scheduler
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
s = S.CosineAnnealingWarmRestarts(opt, T_0=2, verbose=True)
for e in [1, 2.5, 3]:
    opt.step(); s.step(e)
opt.step(); s.step()
s = S.OneCycleLR(opt, max_lr=1.0, total_steps=4, verbose=True)
opt.step(); s.step()
s = S.CyclicLR(opt, 0.1, 1.0, step_size_up=2, verbose=True)
opt.step(); s.step()
s = S.PolynomialLR(opt, total_iters=3, verbose=True)
opt.step(); s.step(); s.step(1)
print(opt.state_dict())
print(s.state_dict())
