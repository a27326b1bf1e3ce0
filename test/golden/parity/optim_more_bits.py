import torch
# Adadelta, Adamax, NAdam, RAdam, ASGD and Rprop on float32 parameters to the last bit (a digest of tolist() stands
# for each tensor): PyTorch 1.13.1's single-tensor paths, and foreach=True (NAdam/RAdam's multi-tensor formulas
# round differently, RAdam's gives NaN where the second moment is 0; Adadelta/Adamax add the weight decay into
# p.grad in place).
import hashlib
torch.manual_seed(0)


def digest(t):
    return hashlib.sha256(repr(t.tolist()).encode()).hexdigest()[:16]


def run(name, make, steps=6):
    torch.manual_seed(1)
    w = torch.randn(40, 33, requires_grad=True)
    b = torch.randn(7, requires_grad=True)
    opt = make([w, b])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((w * torch.linspace(-3, 3, 33)) ** 3).sum() * 1e-3 + (b.exp() * torch.arange(7.)).sum()
        loss.backward()
        opt.step()
    st = opt.state[w]
    state = [(k, digest(v) if isinstance(v, torch.Tensor) and v.dim() else v) for k, v in st.items()]
    print(name, digest(w), digest(b), digest(w.grad), state, w[0, :3].tolist(), b.tolist())


O = torch.optim
run('adadelta', lambda p: O.Adadelta(p))
run('adadelta_wd_max', lambda p: O.Adadelta(p, lr=0.5, rho=0.8, eps=1e-4, weight_decay=0.1, maximize=True))
run('adamax', lambda p: O.Adamax(p, lr=0.01))
run('adamax_wd_max', lambda p: O.Adamax(p, lr=0.05, betas=(0.5, 0.7), weight_decay=0.2, maximize=True))
run('nadam', lambda p: O.NAdam(p, lr=0.01))
run('nadam_wd', lambda p: O.NAdam(p, lr=0.03, betas=(0.8, 0.9), weight_decay=0.1, momentum_decay=0.01))
run('radam', lambda p: O.RAdam(p, lr=0.01), steps=8)
run('radam_wd', lambda p: O.RAdam(p, lr=0.05, betas=(0.5, 0.6), weight_decay=0.1), steps=8)
run('asgd', lambda p: O.ASGD(p, lr=0.01))
run('asgd_t0', lambda p: O.ASGD(p, lr=0.02, lambd=0.01, alpha=0.5, t0=2, weight_decay=0.1, maximize=True))
run('rprop', lambda p: O.Rprop(p, lr=0.01))
run('rprop_opts', lambda p: O.Rprop(p, lr=0.05, etas=(0.3, 1.5), step_sizes=(1e-3, 0.1), maximize=True), steps=10)

run('foreach_Adadelta', lambda p: O.Adadelta(p, foreach=True, weight_decay=0.1))
run('foreach_Adamax', lambda p: O.Adamax(p, lr=0.01, foreach=True, weight_decay=0.1))
run('foreach_Adamax_max', lambda p: O.Adamax(p, lr=0.01, foreach=True, weight_decay=0.1, maximize=True))
run('foreach_NAdam', lambda p: O.NAdam(p, lr=0.01, foreach=True))
run('foreach_NAdam_wd', lambda p: O.NAdam(p, lr=0.01, foreach=True, weight_decay=0.1))
run('foreach_RAdam', lambda p: O.RAdam(p, lr=0.01, foreach=True))
run('foreach_RAdam_wd', lambda p: O.RAdam(p, lr=0.01, foreach=True, weight_decay=0.1, betas=(0.5, 0.6)))
run('foreach_ASGD', lambda p: O.ASGD(p, lr=0.01, foreach=True, t0=2, weight_decay=0.1))
run('foreach_Rprop', lambda p: O.Rprop(p, foreach=True, maximize=True))
