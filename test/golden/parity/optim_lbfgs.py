import torch
# LBFGS (line_search_fn None and 'strong_wolfe') on float32 parameters: losses, parameters to the last bit and the
# state it keeps (func_evals, n_iter, t, H_diag, the history length, prev_loss). Needs torch.dot (float32) rounded as
# PyTorch's OpenBLAS sdot and x ** 4's backward as ATen's x * x * x.
torch.manual_seed(0)
T = torch.randn(3, 5)
S = torch.rand(3, 5) + 0.5


def run(name, n_steps=3, **kw):
    torch.manual_seed(1)
    w = torch.randn(3, 5, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    opt = torch.optim.LBFGS([w, b], **kw)

    def closure():
        opt.zero_grad()
        loss = ((w - T) ** 2 * S).sum() + (w ** 4).sum() * 0.1 + ((b - 1) ** 4).sum()
        loss.backward()
        return loss
    for i in range(n_steps):
        l = opt.step(closure)
        print(name, i, l.item())
    st = opt.state[w]
    print(w.tolist(), b.tolist())
    print(st['func_evals'], st['n_iter'], st['t'], st['H_diag'], len(st['old_dirs']), st['prev_loss'])


run('plain')
run('lr', lr=0.5, max_iter=7, history_size=3)
run('wolfe', line_search_fn='strong_wolfe')
run('wolfe2', lr=0.8, max_iter=10, history_size=4, line_search_fn='strong_wolfe', n_steps=2)
