import torch
x = torch.ones(2, requires_grad=True)
y = ((x * 2 + 1).exp()).sum()
fn = y.grad_fn
while fn is not None:
    print(fn.name())
    nxt = [f for f, _ in fn.next_functions if f is not None]
    fn = nxt[0] if nxt else None
