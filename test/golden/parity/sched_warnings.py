import torch
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2)
sched.step()          # before optimizer.step(): PyTorch warns
print(sched.get_last_lr())
opt.step()
sched.step()
print(sched.get_last_lr(), sched.get_lr())   # get_lr() outside step() warns
sched.step(5)         # the deprecated epoch argument: closed form, with a warning
print(sched.get_last_lr(), sched.last_epoch)
