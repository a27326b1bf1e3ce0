import torch
# add/sub's alpha: a 0-dim tensor that does not require grad counts as its number (LBFGS passes such alphas; tnb ignored
# them), other tensors are refused; ATen's alpha checks (bool alpha, float alpha on integer tensors). LBFGS on float64.
x = torch.zeros(3)
for a in [torch.tensor([0.5]), torch.tensor(2), torch.tensor(True), torch.tensor(0.5, requires_grad=True)]:
    try:
        print(x.add(torch.ones(3), alpha=a), torch.add(x, torch.ones(3), alpha=a), x.sub(torch.ones(3), alpha=a), torch.ones(3).add_(torch.ones(3), alpha=a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(torch.ones(3, dtype=torch.long).add(torch.ones(3, dtype=torch.long), alpha=torch.tensor(0.5)))
except Exception as e:
    print(type(e).__name__, e)
for f in [lambda: torch.zeros(3).add(torch.ones(3), alpha=True), lambda: torch.ones(3, dtype=torch.long).add(torch.ones(3, dtype=torch.long), alpha=0.5),
          lambda: torch.ones(3, dtype=torch.long).add_(torch.ones(3, dtype=torch.long), alpha=0.5), lambda: torch.ones(3, dtype=torch.long).sub(torch.ones(3, dtype=torch.long), alpha=1.0),
          lambda: torch.ones(3, dtype=torch.bool).add(torch.ones(3, dtype=torch.bool), alpha=True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
torch.manual_seed(0)
T = torch.randn(6, dtype=torch.float64)
w = torch.zeros(6, dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([w], line_search_fn='strong_wolfe')
def closure():
    opt.zero_grad()
    l = ((w - T) ** 2).sum() + (w ** 4).sum()
    l.backward()
    return l
for i in range(3):
    print(opt.step(closure).item())
print([round(v, 10) for v in w.tolist()])
