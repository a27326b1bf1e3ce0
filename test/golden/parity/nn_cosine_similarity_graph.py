import torch
# F.cosine_similarity builds PyTorch 1.13's graph (both inputs expanded, pow(2).sum clamped under no_grad, sqrt,
# divide, multiply, sum), with its gradients; clamp_min_ / clamp_max_ exist.
import torch.nn.functional as F


def chain(f, depth=0):
    if f is None or depth > 8:
        return
    print('  ' * depth + type(f).__name__)
    for g, _ in f.next_functions:
        chain(g, depth + 1)


torch.manual_seed(0)
a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(1, 4, requires_grad=True)
r = F.cosine_similarity(a, b)
print(r)
chain(r.grad_fn)
r.sum().backward()
print(a.grad, b.grad)
z = torch.zeros(2, 3, requires_grad=True)
F.cosine_similarity(z, z, dim=1, eps=1e-3).sum().backward()
print(z.grad)
t = torch.tensor([-2., 0.5, 3.])
print(t.clone().clamp_min_(0), t.clone().clamp_max_(1), t)
