import torch
w = torch.zeros(2, requires_grad=True)
opt = torch.optim.SGD([{'params': [w]}, {'params': [torch.zeros(1, requires_grad=True)], 'lr': 0.2}], lr=0.1)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=[lambda e: 0.95 ** e, lambda e: 1 / (e + 1)])
for _ in range(22):
    opt.step()
    sched.step()
    print(sched.get_last_lr())
print(sorted(sched.state_dict().keys()), sched.state_dict()['lr_lambdas'])
for name, make in (('multiplicative', lambda o: torch.optim.lr_scheduler.MultiplicativeLR(o, lambda e: 0.9)),
                   ('linear', lambda o: torch.optim.lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=6)),
                   ('constant', lambda o: torch.optim.lr_scheduler.ConstantLR(o, factor=0.5, total_iters=4))):
    o = torch.optim.SGD([w], lr=0.1)
    s = make(o)
    lrs = [s.get_last_lr()[0]]
    for _ in range(20):
        o.step()
        s.step()
        lrs.append(s.get_last_lr()[0])
    print(name, lrs)
