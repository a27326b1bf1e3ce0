import torch
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=2, threshold=0.01, cooldown=1,
                                                   min_lr=0.002, verbose=True)
metrics = [1.0, 0.9, 0.95, 0.92, 0.91, 0.905, 0.9, 0.89, 0.95, 0.97, 0.99, 1.0, 1.1, 1.2, 0.5, 0.6, 0.7, 0.8, 0.9,
           1.0, 1.1, 1.2, 1.3]
for epoch, m in enumerate(metrics):
    opt.step()
    sched.step(m)
    print(epoch, opt.param_groups[0]['lr'], sched.num_bad_epochs, sched.best)
print(sorted(sched.state_dict().keys()))
opt2 = torch.optim.Adam([w], lr=1.0)
s2 = torch.optim.lr_scheduler.ReduceLROnPlateau(opt2, mode='max', threshold_mode='abs', patience=0)
for m in [1, 2, 2, 2, 3, 3]:
    s2.step(torch.tensor(float(m)))
    print(opt2.param_groups[0]['lr'], s2._last_lr)
