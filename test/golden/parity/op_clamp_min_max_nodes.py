import torch
x = torch.tensor([0., 1., -1., 2.], requires_grad=True)
for f in [lambda: x.clamp_min(0), lambda: x.clamp_max(1), lambda: torch.clamp_min(x, 0.5), lambda: torch.clamp_max(x, 1), lambda: (x * 1).clamp_min_(0), lambda: (x * 1).clamp_max_(0),
          lambda: x.clamp_min(torch.tensor(0.)), lambda: x.detach().clamp_min(1), lambda: torch.tensor([1, 5, -3]).clamp_min(2), lambda: torch.tensor([1, 5, -3]).clamp_max(2.5)]:
    y = f()
    print(y)
    if y.requires_grad:
        print(torch.autograd.grad(y.sum(), x))
for f in [lambda: x.clamp_min('a'), lambda: x.clamp_min(None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
x = torch.tensor([0., 1., -1.], requires_grad=True); t = torch.zeros(3, requires_grad=True)
for f in [lambda: x.clamp_min(t), lambda: x.clamp_max(t), lambda: torch.clamp_min(x, t), lambda: (x * 1).clamp_min_(t), lambda: x.clamp(min=t)]:
    y = f(); print(y, torch.autograd.grad(y.sum(), (x, t)))
for f in [lambda: torch.tensor([1, 5, -3]).clamp_max_(2.5), lambda: torch.tensor([1, 5, -3]).clamp_min(2), lambda: torch.tensor([True, False]).clamp_min(0.5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
