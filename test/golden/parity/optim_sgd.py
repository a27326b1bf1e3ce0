import torch
torch.set_printoptions(precision=8)
torch.manual_seed(0)
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
    print(sorted(opt.state[w].keys()))


run('plain', lambda p: torch.optim.SGD(p, lr=0.1))
run('momentum', lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9))
run('dampening', lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, dampening=0.3))
run('nesterov', lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.8, nesterov=True))
run('weight_decay', lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.5, weight_decay=0.01))
run('maximize', lambda p: torch.optim.SGD(p, lr=0.01, maximize=True))
run('double_lr', lambda p: torch.optim.SGD(p, lr=1e-3 / 3, momentum=0.99, nesterov=True, weight_decay=0.3), steps=6)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
