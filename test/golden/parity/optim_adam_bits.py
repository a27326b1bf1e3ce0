import torch
import hashlib
# Adam and AdamW on float32 parameters to the last bit: tolist() gives each float32 exactly, and a digest of the
# whole list stands for it (PyTorch's _single_tensor_adam: mul_, add_ as an fma, addcmul_ as an fma, sqrt, div,
# add_, addcdiv_; tnb runs that sequence as one fused update, which must round every step the same way).
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
    print(name, digest(w), digest(b), digest(st['exp_avg']), digest(st['exp_avg_sq']), w[0, :3].tolist(), b.tolist())


run('adam', lambda p: torch.optim.Adam(p, lr=0.01))
run('adam_betas_eps', lambda p: torch.optim.Adam(p, lr=0.3, betas=(0.5, 0.75), eps=1e-3))
run('adam_weight_decay_maximize', lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1, maximize=True))
run('adamw', lambda p: torch.optim.AdamW(p, lr=0.05, weight_decay=0.3))
run('adam_amsgrad', lambda p: torch.optim.Adam(p, lr=0.05, amsgrad=True))
