import torch
torch.set_printoptions(precision=8)
torch.manual_seed(4)
T = torch.randn(2, 3)


def loss_of(w, b):
    return ((w - T) ** 2).sum() + (b ** 2).sum()


w = torch.randn(2, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
opt = torch.optim.Adam([w, b], lr=0.05)
for _ in range(3):
    opt.zero_grad()
    loss_of(w, b).backward()
    opt.step()
sd = opt.state_dict()
print(sd)
w2 = w.detach().clone().requires_grad_()
b2 = b.detach().clone().requires_grad_()
opt2 = torch.optim.Adam([w2, b2], lr=0.5)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]['lr'], opt2.state[w2]['step'])
for _ in range(2):
    for o, (p, q) in ((opt, (w, b)), (opt2, (w2, b2))):
        o.zero_grad()
        loss_of(p, q).backward()
        o.step()
print(w, w2, torch.equal(w, w2), torch.equal(b, b2), sep='\n')
s = torch.optim.SGD([w], lr=0.1, momentum=0.9)
w.grad = torch.ones(2, 3)
s.step()
print(s.state_dict())
s0 = torch.optim.SGD([w], lr=0.1)
s0.step()
print(s0.state_dict())
r = torch.optim.RMSprop([w], lr=0.1)
r.step()
print(r.state_dict()['state'][0]['step'])
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
