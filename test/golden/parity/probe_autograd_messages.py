import torch
import torch.nn as nn
# The version-counter error names the grad_fn the saved tensor has when backward runs (the in-place op's node,
# torch::autograd::CopySlices, AsStridedBackward0 of a view); requires_grad's setter and numpy() texts.


def t(label, fn):
    try:
        print(label, 'OK', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


def a():
    x = torch.randn(3, requires_grad=True); y = x * 1; z = y * y; y.add_(1); z.sum().backward()
def b():
    x = torch.randn(3, requires_grad=True); y = x * 1; z = y * y; y[0] = 5; z.sum().backward()
def c():
    x = torch.randn(3, requires_grad=True); y = x * 1; z = y * y; y[:2].mul_(2); z.sum().backward()
def d():
    x = torch.randn(3, requires_grad=True); y = x * 1; v = y[:2]; z = v * v; y.add_(1); z.sum().backward()
def e():
    x = torch.randn(3, requires_grad=True); y = x * 1; v = y[:2]; z = v * v; v.add_(1); z.sum().backward()
def f():
    x = torch.randn(3, requires_grad=True); y = x * 1; z = y * y; y.relu_(); z.sum().backward()
def g():
    x = torch.randn(3, requires_grad=True); y = x.exp(); y.add_(1); y.sum().backward()
def h():
    w = torch.randn(3, requires_grad=True); x = torch.randn(3); z = w * x; x.add_(1); z.sum().backward()
def i():
    x = torch.randn(3, requires_grad=True); y = x * 1; z = y * y; y.add_(1); y.mul_(2); z.sum().backward()
def j():
    x = torch.randn(3, requires_grad=True); y = x * 1; z = y * y; del y; z.sum().backward(); return x.grad.shape
def k():
    lin = nn.Linear(3, 3); h = torch.relu(lin(torch.randn(2, 3))); out = lin(h); h += 1; out.sum().backward()


for name, fn in [('a', a), ('b', b), ('c', c), ('d', d), ('e', e), ('f', f), ('g', g), ('h', h), ('i', i), ('j', j), ('k', k)]:
    t(name, fn)


def setrg(t_, v):
    t_.requires_grad = v
    return t_.requires_grad


t('long.requires_grad = True', lambda: setrg(torch.tensor([1, 2]), True))
t('long.requires_grad = 1', lambda: setrg(torch.tensor([1, 2]), 1))
t('long.requires_grad = False', lambda: setrg(torch.tensor([1, 2]), False))
t('float.requires_grad = 1', lambda: setrg(torch.ones(2), 1))
t('float.requires_grad = True', lambda: setrg(torch.ones(2), True))
t('nonleaf.requires_grad = False', lambda: setrg(torch.ones(2, requires_grad=True) * 2, False))
t('nonleaf.requires_grad = True', lambda: setrg(torch.ones(2, requires_grad=True) * 2, True))
t('long.requires_grad_()', lambda: torch.tensor([1, 2]).requires_grad_())
t('tensor(long, requires_grad)', lambda: torch.tensor([1, 2], requires_grad=True))
t('numpy() requires_grad', lambda: torch.ones(2, requires_grad=True).numpy())
t('numpy() nonleaf', lambda: (torch.ones(2, requires_grad=True) * 2).numpy())
t('Parameter.numpy()', lambda: nn.Linear(2, 2).weight.numpy())


def hook_result(ret):
    x = torch.ones(2, requires_grad=True)
    x.register_hook(ret)
    (x * 2).sum().backward()
    return x.grad


def wrong_size(g):
    return torch.ones(3)


t('hook -> None', lambda: hook_result(lambda g: None))
t('hook -> g * 3', lambda: hook_result(lambda g: g * 3))
t('hook -> wrong size', lambda: hook_result(wrong_size))
t('hook -> double', lambda: hook_result(lambda g: g.double()))
t('hook -> double, wrong size', lambda: hook_result(lambda g: torch.ones(3, dtype=torch.float64)))
t('hook -> 5', lambda: hook_result(lambda g: 5))
m = nn.Linear(2, 2)
print(m.register_forward_hook(lambda *a: None), torch.ones(1, requires_grad=True).register_hook(lambda g: g))
