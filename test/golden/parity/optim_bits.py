import torch
import hashlib
# Adam, AdamW and SGD on float32 parameters to the last bit: tolist() gives each float32 exactly, and a digest of
# the whole list stands for it (PyTorch's _single_tensor_adam: mul_, add_ as an fma, addcmul_ as an fma, sqrt, div,
# add_, addcdiv_; _single_tensor_sgd: mul_, add_ as fmas; tnb runs each step as one fused update per parameter,
# which must round every operation the same way).
torch.manual_seed(0)


def digest(t):
    return hashlib.sha256(repr(t.tolist()).encode()).hexdigest()[:16]


def run(name, make, steps=5):
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
    state = [digest(st[k]) for k in ('exp_avg', 'exp_avg_sq', 'momentum_buffer') if st.get(k) is not None]
    print(name, digest(w), digest(b), *state, w[0, :3].tolist(), b.tolist())


run('adam', lambda p: torch.optim.Adam(p, lr=0.01))
run('adam_betas_eps', lambda p: torch.optim.Adam(p, lr=0.3, betas=(0.5, 0.75), eps=1e-3))
run('adam_weight_decay_maximize', lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1, maximize=True))
run('adamw', lambda p: torch.optim.AdamW(p, lr=0.05, weight_decay=0.3))
run('adam_amsgrad', lambda p: torch.optim.Adam(p, lr=0.05, amsgrad=True))
run('sgd_momentum', lambda p: torch.optim.SGD(p, lr=0.01, momentum=0.9))
run('sgd_dampening_weight_decay', lambda p: torch.optim.SGD(p, lr=0.003, momentum=0.5, dampening=0.3, weight_decay=0.01))
run('sgd_nesterov_maximize', lambda p: torch.optim.SGD(p, lr=0.002, momentum=0.8, nesterov=True, maximize=True))
run('sgd_plain', lambda p: torch.optim.SGD(p, lr=0.02))
