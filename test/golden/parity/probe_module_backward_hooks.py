import torch
# nn.Module backward hooks: register_full_backward_hook (grad_input/grad_output of each module, a hook's replacement
# grad_input, BackwardHookFunctionBackward), register_backward_hook (on the output's grad_fn, with its warnings), the
# errors for a wrong count and for mixing both kinds.
import warnings
import torch.nn as nn
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
rec = []
def hk(mod, gi, go):
    rec.append((type(mod).__name__, [None if g is None else (tuple(g.shape), g.sum().item()) for g in gi], [None if g is None else (tuple(g.shape), round(g.sum().item(), 4)) for g in go]))
hs = [mod.register_full_backward_hook(hk) for mod in m]
x = torch.ones(4, 2, requires_grad=True)
y = m(x)
print(y.grad_fn, y.grad_fn.next_functions[0][0])
y.sum().backward()
for r in rec: print(r)
print(x.grad)
for h in hs: h.remove()
rec.clear()
# a hook that scales grad_input
l = nn.Linear(2, 2)
l.register_full_backward_hook(lambda mod, gi, go: (gi[0] * 10,))
x = torch.ones(1, 2, requires_grad=True)
l(x).sum().backward()
print(x.grad, l.weight.grad)
# input without grad
l2 = nn.Linear(2, 2)
l2.register_full_backward_hook(lambda mod, gi, go: print('no-input-grad hook', gi, go))
l2(torch.ones(1, 2)).sum().backward()
# wrong count
l3 = nn.Linear(2, 2)
l3.register_full_backward_hook(lambda mod, gi, go: (gi[0], gi[0]))
try:
    l3(torch.ones(1, 2, requires_grad=True)).sum().backward()
except Exception as e:
    print(type(e).__name__, e)
# mixing
try:
    l3.register_backward_hook(lambda *a: None)
except Exception as e:
    print(type(e).__name__, e)
# old-style hook
l4 = nn.Linear(2, 2)
l4.register_backward_hook(lambda mod, gi, go: print('old', [None if g is None else tuple(g.shape) for g in gi], [tuple(g.shape) for g in go]))
l4(torch.ones(3, 2, requires_grad=True)).sum().backward()
m5 = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
m5.register_backward_hook(lambda mod, gi, go: print('old seq', len(gi), len(go)))
m5(torch.ones(1, 2, requires_grad=True)).sum().backward()
c = nn.Conv2d(1, 2, 3)
c.register_full_backward_hook(lambda mod, gi, go: print('conv', gi[0] is None, tuple(go[0].shape)))
c(torch.ones(1, 1, 5, 5)).sum().backward()
print(c.weight.grad.sum())
