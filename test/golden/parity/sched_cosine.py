import torch
w = torch.zeros(2, requires_grad=True)
for T_max, eta_min in ((10, 0), (7, 0.001)):
    opt = torch.optim.SGD([w], lr=0.1)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=T_max, eta_min=eta_min)
    lrs = [sched.get_last_lr()[0]]
    for _ in range(30):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(T_max, eta_min, lrs)
    print(sched._get_closed_form_lr())
# two groups, and resuming from last_epoch (needs initial_lr)
opt = torch.optim.SGD([{'params': [w]}, {'params': [torch.zeros(1, requires_grad=True)], 'lr': 0.5}], lr=0.1)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5)
for _ in range(3):
    opt.step()
    sched.step()
print(sched.get_last_lr())
resumed = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5, last_epoch=3)
print(resumed.get_last_lr(), resumed.last_epoch)
