import torch
torch.set_printoptions(precision=8)
torch.manual_seed(1)
T = torch.randn(3, 4)
S = torch.rand(3, 4) + 0.5
U = torch.randn(4)
w0 = torch.randn(3, 4)
b0 = torch.randn(4)


def run(name, make, steps=4):
    w = w0.clone().requires_grad_()
    b = b0.clone().requires_grad_()
    opt = make([w, b])
    for i in range(steps):
        opt.zero_grad()
        loss = ((w - T) ** 2 * S).sum() + ((b - U) ** 2).sum() * 0.5
        loss.backward()
        opt.step()
        print(name, i, f'{loss.item():.4f}')
    print(w)
    print(b)
    st = opt.state[w]
    print(sorted(st.keys()), st['step'])
    print(st['exp_avg_sq'])


run('adam', lambda p: torch.optim.Adam(p, lr=0.01))
run('adam_betas_eps', lambda p: torch.optim.Adam(p, lr=0.1, betas=(0.5, 0.9), eps=1e-3))
run('adam_weight_decay', lambda p: torch.optim.Adam(p, lr=0.01, weight_decay=0.1))
run('adam_amsgrad', lambda p: torch.optim.Adam(p, lr=0.05, amsgrad=True), steps=6)
run('adam_maximize', lambda p: torch.optim.Adam(p, lr=0.01, maximize=True))
run('adamw', lambda p: torch.optim.AdamW(p, lr=0.01))
run('adamw_amsgrad', lambda p: torch.optim.AdamW(p, lr=0.05, weight_decay=0.5, amsgrad=True), steps=6)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
