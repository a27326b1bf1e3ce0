import torch
x = torch.ones(2, requires_grad=True)
cases = [
    lambda: x.add_(1),
    lambda: torch.tensor([1, 2]).float().requires_grad_().long().requires_grad_(),
    lambda: torch.ones(3).item(),
    lambda: torch.ones(2, 3).view(4),
    lambda: (x * 2).backward(),
    lambda: torch.ones(3)[1, 0],
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
