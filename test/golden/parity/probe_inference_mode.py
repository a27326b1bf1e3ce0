import torch
# inference_mode makes inference tensors: is_inference(), not saved for backward, no in-place update (after the
# values are written, as PyTorch's kernel checks) or requires_grad outside inference mode, no _version; views of
# normal tensors made inside stay normal. In-place view ops (unsqueeze_, t_, ...) bump _version.


def t(label, fn):
    try:
        print(label, 'OK', repr(fn()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, str(e))


x = torch.ones(2, requires_grad=True)
n = torch.ones(2)
print(torch.is_inference_mode_enabled())
with torch.inference_mode():
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    y = x * 2
    v = n[:1]
    n.add_(1)
    z = torch.zeros(3)
    w = z[:1]
    z.add_(1)
    print(z._version if False else 'in')
print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
print(y.requires_grad, y.is_inference(), v.is_inference(), n.is_inference(), z.is_inference(), w.is_inference(), x.is_inference())
print(y, z, repr(y.grad_fn), n._version)
t('y * x backward', lambda: (y * x).sum().backward())
t('y + x backward', lambda: ((y + x).sum().backward(), x.grad)[1])
t('z.add_', lambda: z.add_(1))
print(z)


def nog():
    with torch.no_grad():
        z.add_(1)


t('z.add_ no_grad', nog)
print(z)


def setit():
    z[0] = 10


t('z[0] = 10', setit)
print(z)
t('z.zero_', lambda: z.zero_())
t('z.copy_', lambda: z.copy_(torch.full((3,), 5.)))
t('z.fill_', lambda: z.fill_(7))
t('z.masked_fill_', lambda: z.masked_fill_(torch.tensor([True, False, True]), 8.))
t('w.mul_', lambda: w.mul_(2))
print(z)
t('z.clone().add_', lambda: z.clone().add_(1))
t('z + 1', lambda: z + 1)
t('z._version', lambda: z._version)
t('z.requires_grad_', lambda: z.requires_grad_())
t('z.requires_grad_(False)', lambda: z.requires_grad_(False).requires_grad)
t('z.view', lambda: z.view(3, 1).is_inference())
t('exp(z)', lambda: torch.exp(z).is_inference())
t('z * x2', lambda: z * torch.ones(3, requires_grad=True))
t('Linear(z)', lambda: torch.nn.Linear(3, 2)(z))
t('Linear(z.clone())', lambda: torch.nn.Linear(3, 2)(z.clone()).shape)
with torch.inference_mode(False):
    q = torch.ones(1)
print(q.is_inference())


@torch.inference_mode()
def f(a):
    return a * 2


print(f(n).is_inference(), torch.is_inference_mode_enabled())
with torch.inference_mode():
    with torch.inference_mode(False):
        print(torch.is_inference_mode_enabled(), torch.ones(1).is_inference(), torch.is_grad_enabled())
a = torch.zeros(3)
a.unsqueeze_(0)
print(a._version, a.shape)
a.t_()
a.squeeze_()
a.unsqueeze_(1).transpose_(0, 1)
print(a._version, a.shape)
b = torch.zeros(2, 3, requires_grad=True) * 1
c = b[0]
c.unsqueeze_(0)
print(b._version, c._version, c.grad_fn.name(), b.grad_fn.name())
