import torch
import torch.nn as nn
import torch.nn.functional as F


def t(f):
    try:
        r = f()
        print('OK', r.shape if hasattr(r, 'shape') else r)
    except Exception as e:
        print(type(e).__name__, ':', e)


x = torch.randn(2, 4, 3)
t(lambda: F.group_norm(x, 3))
t(lambda: F.group_norm(x, 2, torch.ones(3)))
t(lambda: F.group_norm(x, 2, None, torch.ones(3)))
t(lambda: F.group_norm(x, 2, torch.ones(4), torch.ones(3)))
t(lambda: F.group_norm(torch.randn(1, 4), 4))
t(lambda: F.group_norm(torch.randn(1, 4), 2))
t(lambda: F.group_norm(x.long(), 2))
t(lambda: nn.GroupNorm(3, 4))
t(lambda: F.instance_norm(torch.randn(2, 4, 1)))
t(lambda: F.instance_norm(torch.randn(2, 4, 1), use_input_stats=False))
t(lambda: F.instance_norm(x, torch.zeros(3), torch.ones(3)))
t(lambda: F.instance_norm(x, weight=torch.ones(3)))
t(lambda: nn.InstanceNorm1d(4)(torch.randn(4, 5)))
t(lambda: nn.InstanceNorm1d(4)(torch.randn(3, 4, 5, 5)))
t(lambda: nn.InstanceNorm2d(4)(torch.randn(3, 4, 5)))
t(lambda: nn.InstanceNorm1d(3)(torch.randn(2, 4, 5)))
t(lambda: nn.InstanceNorm1d(3, affine=True)(torch.randn(2, 4, 5)))
t(lambda: F.local_response_norm(torch.randn(2, 4), 2))
t(lambda: F.local_response_norm(torch.randn(0, 4, 3), 2))
t(lambda: torch.ones(2, 3).repeat(2, -3))
t(lambda: torch.ones(2, 3).repeat(2))
print(torch.arange(6.).reshape(2, 3).repeat(2, 1, 2), torch.ones(0, 2).repeat(2, 3).shape)
w = torch.tensor([1., 2.], requires_grad=True)
r = w.repeat(3, 2)
print(r.grad_fn)
r.backward(torch.arange(12.).reshape(3, 4))
print(w.grad)
