import torch
# The new optimizers' repr, state_dict() contents (state keys, step as int or tensor, the tensors' first values,
# param_groups) and a load_state_dict round trip: a fresh optimizer loaded with the state continues bit for bit as
# the original. SparseAdam raises PyTorch's error for a dense gradient (tnb has no sparse tensors).
import copy
O = torch.optim
torch.manual_seed(0)
T = torch.randn(3, 4)


def params():
    torch.manual_seed(3)
    return [torch.randn(3, 4, requires_grad=True), torch.randn(4, requires_grad=True)]


def loss_of(ps):
    w, b = ps
    return ((w - T) ** 2).sum() + (b ** 2).sum() * 0.5 + (w * b).sum() * 0.1


def train(opt, ps, n):
    for _ in range(n):
        opt.zero_grad()
        loss_of(ps).backward()
        opt.step()


makers = {
    'Adadelta': lambda p: O.Adadelta(p, lr=0.9, weight_decay=0.01),
    'Adamax': lambda p: O.Adamax(p, lr=0.05),
    'NAdam': lambda p: O.NAdam(p, lr=0.05),
    'RAdam': lambda p: O.RAdam(p, lr=0.05),
    'ASGD': lambda p: O.ASGD(p, lr=0.05, t0=2),
    'Rprop': lambda p: O.Rprop(p, lr=0.05),
    'LBFGS': lambda p: O.LBFGS(p, lr=0.5, max_iter=3),
    'SparseAdam': lambda p: O.SparseAdam(p, lr=0.05),
}
for name, mk in makers.items():
    ps = params()
    opt = mk(ps)
    print(repr(opt))
    if name == 'SparseAdam':
        opt.zero_grad()
        loss_of(ps).backward()
        try:
            opt.step()
        except RuntimeError as e:
            print('RuntimeError', e)
        print(opt.state_dict())
        continue
    if name == 'LBFGS':
        def closure():
            opt.zero_grad()
            l = loss_of(ps)
            l.backward()
            return l
        for _ in range(2):
            opt.step(closure)
    else:
        train(opt, ps, 3)
    sd = opt.state_dict()
    st = sd['state'][0]
    print(name, sorted(st.keys()), sd['param_groups'])
    for k in sorted(st.keys()):
        v = st[k]
        if isinstance(v, torch.Tensor) and v.dim() > 0:
            print(' ', k, v.dtype, v.flatten()[:3].tolist())
        elif isinstance(v, list):
            print(' ', k, len(v))
        else:
            print(' ', k, repr(v))
    # round trip: a fresh optimizer loaded with the state continues exactly as the original
    ps2 = [p.detach().clone().requires_grad_() for p in ps]
    opt2 = mk(ps2)
    opt2.load_state_dict(sd)
    if name == 'LBFGS':
        def closure2():
            opt2.zero_grad()
            l = loss_of(ps2)
            l.backward()
            return l
        opt.step(closure)
        opt2.step(closure2)
    else:
        train(opt, ps, 2)
        train(opt2, ps2, 2)
    print(name, 'resumed', ps[0].flatten()[:4].tolist(), ps2[0].flatten()[:4].tolist(), torch.equal(ps[0], ps2[0]) and torch.equal(ps[1], ps2[1]))
    print(opt2.state_dict()['param_groups'] == opt.state_dict()['param_groups'])
