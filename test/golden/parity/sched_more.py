import torch
# The schedulers added with the rest of 1.13.1's lr_scheduler: OneCycleLR (cos/linear, three_phase, momentum and
# Adam's beta1 cycled), CyclicLR (three modes and a custom scale_fn), CosineAnnealingWarmRestarts (T_mult, step(epoch)),
# PolynomialLR, ChainedScheduler, SequentialLR (state_dict round trip): lr sequences float for float, state_dict
# keys, the constructor errors and the warnings.
import warnings
S = torch.optim.lr_scheduler


def make(opt_cls=torch.optim.SGD, **kw):
    w = torch.zeros(2, requires_grad=True)
    return torch.optim.SGD([w], lr=0.1, **kw) if opt_cls is torch.optim.SGD else opt_cls([w], lr=0.1, **kw)


def trace(name, opt, sched, n=25, key=None):
    lrs = [sched.get_last_lr()]
    extra = []
    for _ in range(n):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr())
        if key:
            extra.append(opt.param_groups[0][key])
    print(name, lrs)
    if key:
        print(name, key, extra)


opt = make(momentum=0.9)
trace('onecycle', opt, S.OneCycleLR(opt, max_lr=1.0, total_steps=25), n=24, key='momentum')
opt = make(momentum=0.9)
trace('onecycle_lin3', opt, S.OneCycleLR(opt, max_lr=0.5, epochs=4, steps_per_epoch=5, anneal_strategy='linear', three_phase=True, pct_start=0.25), n=19, key='momentum')
opt = make(torch.optim.Adam)
trace('onecycle_adam', opt, S.OneCycleLR(opt, max_lr=0.01, total_steps=12, div_factor=10., final_div_factor=100.), n=11, key='betas')
opt = make(momentum=0.9)
trace('cyclic', opt, S.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=4), n=20, key='momentum')
opt = make(momentum=0.9)
trace('cyclic2', opt, S.CyclicLR(opt, base_lr=0.01, max_lr=0.1, step_size_up=3, step_size_down=5, mode='triangular2'), n=30)
opt = make(momentum=0.9)
trace('cyclic_exp', opt, S.CyclicLR(opt, base_lr=0.001, max_lr=0.1, step_size_up=3, mode='exp_range', gamma=0.9, cycle_momentum=False), n=20)
opt = make()
trace('cyclic_fn', opt, S.CyclicLR(opt, 0.01, 0.1, step_size_up=2, scale_fn=lambda x: 0.5 ** x, scale_mode='iterations', cycle_momentum=False), n=12)
opt = make()
trace('warm', opt, S.CosineAnnealingWarmRestarts(opt, T_0=5), n=22)
opt = make()
trace('warm_mult', opt, S.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2, eta_min=0.001), n=30)
opt = make()
sch = S.CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2)
for e in [0.5, 1.7, 4, 9.5, 20]:
    sch.step(e)
    print('warm_epoch', e, sch.get_last_lr(), sch.T_cur, sch.T_i, sch.last_epoch)
opt = make()
trace('poly', opt, S.PolynomialLR(opt, total_iters=6, power=2.0), n=9)
opt = make()
trace('poly1', opt, S.PolynomialLR(opt), n=7)
opt = make()
s1 = S.ConstantLR(opt, factor=0.1, total_iters=2)
s2 = S.ExponentialLR(opt, gamma=0.9)
trace('chained', opt, S.ChainedScheduler([s1, s2]), n=6)
opt = make()
s1 = S.LinearLR(opt, start_factor=0.2, total_iters=3)
s2 = S.CosineAnnealingLR(opt, T_max=5)
s3 = S.StepLR(opt, step_size=2, gamma=0.5)
seq = S.SequentialLR(opt, [s1, s2, s3], milestones=[3, 8])
trace('sequential', opt, seq, n=14)
sd = seq.state_dict()
print(sorted(sd.keys()), sd['_milestones'], sd['last_epoch'], [sorted(x.keys()) for x in sd['_schedulers']])
seq2 = S.SequentialLR(opt, [S.LinearLR(opt, total_iters=3), S.CosineAnnealingLR(opt, T_max=5), S.StepLR(opt, step_size=2)], milestones=[3, 8])
seq2.load_state_dict(sd)
print(seq2.last_epoch, seq2._schedulers[1].T_max, seq2._schedulers[0].start_factor)
opt = make()
oc = S.OneCycleLR(opt, max_lr=1.0, total_steps=5)
sd = oc.state_dict()
print(sorted(k for k in sd.keys()), sd['total_steps'], sd['_schedule_phases'])
print(opt.param_groups[0]['initial_lr'], opt.param_groups[0]['max_lr'], opt.param_groups[0]['min_lr'])
for _ in range(5):
    opt.step()
try:
    for _ in range(5):
        oc.step()
except ValueError as e:
    print('ValueError', e)
cy = S.CyclicLR(make(momentum=0.5), 0.01, 0.1)
print(sorted(cy.state_dict().keys()))
for f in [lambda: S.OneCycleLR(make()), lambda: S.OneCycleLR(make(), 1.0, total_steps=0),
          lambda: S.OneCycleLR(make(), 1.0, epochs=2, steps_per_epoch=1.5),
          lambda: S.OneCycleLR(make(), 1.0, total_steps=5, pct_start=1),
          lambda: S.OneCycleLR(make(), 1.0, total_steps=5, anneal_strategy='x'),
          lambda: S.OneCycleLR(make(torch.optim.Adagrad), 1.0, total_steps=5),
          lambda: S.OneCycleLR(make(), [1.0, 2.0], total_steps=5),
          lambda: S.CyclicLR(make(), 0.1, 1.0),
          lambda: S.CyclicLR(make(momentum=0.1), 0.1, 1.0, mode='x'),
          lambda: S.CyclicLR(make(momentum=0.1), [0.1, 0.2], 1.0),
          lambda: S.CosineAnnealingWarmRestarts(make(), T_0=0),
          lambda: S.CosineAnnealingWarmRestarts(make(), T_0=2, T_mult=1.5),
          lambda: S.CosineAnnealingWarmRestarts(make(), T_0=2).step(-1),
          lambda: S.SequentialLR(make(), [S.StepLR(make(), 2)], milestones=[]),
          lambda: S.SequentialLR(make(), [S.StepLR(make(), 2), S.StepLR(make(), 2)], milestones=[]),
          lambda: S.ChainedScheduler([S.StepLR(make(), 2), S.StepLR(make(), 2)]),
          lambda: S.CyclicLR(None, 0.1, 1.0)]:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    opt = make()
    sch = S.PolynomialLR(opt, total_iters=4)
    sch.step()
    sch.get_lr()
    sch.step(2)
    opt = make(momentum=0.9)
    sch = S.OneCycleLR(opt, max_lr=1.0, total_steps=10)
    sch.step()
    sch = S.CosineAnnealingWarmRestarts(opt, T_0=3)
    sch.step()
    sch.get_lr()
print([str(w.message)[:60] for w in ws])
