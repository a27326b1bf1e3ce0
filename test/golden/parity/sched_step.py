import torch
w = torch.zeros(2, requires_grad=True)


def trace(name, make, epochs=25, lr=0.1):
    opt = torch.optim.SGD([w], lr=lr)
    sched = make(opt)
    lrs = []
    for _ in range(epochs):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(name, lrs)
    print(name, opt.param_groups[0]['lr'], opt.param_groups[0]['initial_lr'], sched.last_epoch)
    return sched


s = trace('step', lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=4, gamma=0.5))
print(s.state_dict())
trace('multistep', lambda o: torch.optim.lr_scheduler.MultiStepLR(o, milestones=[3, 8, 8, 15], gamma=0.3))
trace('exponential', lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9))
print(torch.optim.lr_scheduler.MultiStepLR(torch.optim.SGD([w], lr=1.0), milestones=[2, 4]).state_dict())
