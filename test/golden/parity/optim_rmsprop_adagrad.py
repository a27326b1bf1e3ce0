import torch
torch.set_printoptions(precision=8)
torch.manual_seed(2)
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
    print(sorted(opt.state[w].keys()), opt.state[w]['step'])


run('rmsprop', lambda p: torch.optim.RMSprop(p, lr=0.01))
run('rmsprop_alpha_eps', lambda p: torch.optim.RMSprop(p, lr=0.02, alpha=0.9, eps=1e-4))
run('rmsprop_momentum', lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9))
run('rmsprop_centered', lambda p: torch.optim.RMSprop(p, lr=0.01, centered=True, momentum=0.5))
run('rmsprop_wd_max', lambda p: torch.optim.RMSprop(p, lr=0.01, weight_decay=0.1, maximize=True))
run('adagrad', lambda p: torch.optim.Adagrad(p, lr=0.1))
run('adagrad_options', lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01, weight_decay=0.1,
                                                      initial_accumulator_value=0.5, eps=1e-6), steps=6)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
