import torch
import hashlib
# Every optimizer on float64 parameters to the last bit (PyTorch's double kernels fuse add_(alpha)/addcmul_ with
# vfmadd; tnb computes that fma exactly).


def digest(t):
    return hashlib.sha256(repr(t.tolist()).encode()).hexdigest()[:16]


def run(name, make, steps=5):
    torch.manual_seed(1)
    w = torch.randn(20, 13, dtype=torch.float64, requires_grad=True)
    b = torch.randn(7, dtype=torch.float64, requires_grad=True)
    opt = make([w, b])
    for _ in range(steps):
        opt.zero_grad()
        loss = ((w * torch.linspace(-3, 3, 13, dtype=torch.float64)) ** 3).sum() * 1e-3 + ((b - 0.3) ** 3 * torch.arange(7.)).sum()
        loss.backward()
        opt.step()
    print(name, digest(w), digest(b), w[0, :2].tolist(), b[:2].tolist())


O = torch.optim
for fe in [False, True]:
    run('sgd', lambda p: O.SGD(p, lr=0.01, momentum=0.9, weight_decay=0.1, foreach=fe))
    run('sgd_nesterov', lambda p: O.SGD(p, lr=0.01, momentum=0.9, nesterov=True, foreach=fe))
    run('adam', lambda p: O.Adam(p, lr=0.01, weight_decay=0.1, foreach=fe))
    run('adam_amsgrad', lambda p: O.Adam(p, lr=0.01, amsgrad=True, foreach=fe))
    run('adamw', lambda p: O.AdamW(p, lr=0.01, foreach=fe))
    run('rmsprop', lambda p: O.RMSprop(p, lr=0.01, momentum=0.5, centered=True, weight_decay=0.1, foreach=fe))
    run('adagrad', lambda p: O.Adagrad(p, lr=0.05, lr_decay=0.01, weight_decay=0.1, foreach=fe))
    run('adadelta', lambda p: O.Adadelta(p, weight_decay=0.1, foreach=fe))
    run('adamax', lambda p: O.Adamax(p, lr=0.01, weight_decay=0.1, foreach=fe))
    run('nadam', lambda p: O.NAdam(p, lr=0.01, weight_decay=0.1, foreach=fe))
    run('radam', lambda p: O.RAdam(p, lr=0.01, weight_decay=0.1, foreach=fe), steps=8)
    run('asgd', lambda p: O.ASGD(p, lr=0.01, t0=2, weight_decay=0.1, foreach=fe))
    run('rprop', lambda p: O.Rprop(p, lr=0.01, foreach=fe))
