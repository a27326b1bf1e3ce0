import torch
# cauchy_, log_normal_, geometric_ after manual_seed: PyTorch 1.13.1 CPU streams (per element, in double)

torch.manual_seed(0)
print(torch.empty(6).cauchy_().tolist())
print(torch.empty(4, dtype=torch.float64).cauchy_(1.0, 2.0).tolist())
print(torch.empty(6).log_normal_().tolist())
print(torch.empty(5, dtype=torch.float64).log_normal_(0.5, 0.3).tolist())
print(torch.empty(5).log_normal_(0.0, 0.25).tolist())   # takes the cached second Box-Muller value first
print(torch.empty(7).geometric_(0.3).tolist())
print(torch.empty(5, dtype=torch.int64).geometric_(0.3).tolist())
print(torch.empty(5, dtype=torch.int32).geometric_(0.05))
print(torch.empty(4, dtype=torch.float64).geometric_(0.9).tolist())
t = torch.empty(3, 4).t()
print(t.cauchy_(generator=torch.Generator().manual_seed(3)).tolist())
g = torch.Generator().manual_seed(5)
print(torch.empty(2, 3).geometric_(0.5, generator=g), torch.empty(2).log_normal_(generator=g))
x = torch.zeros(3, requires_grad=True).clone()
print(x.cauchy_().grad_fn.name(), x.log_normal_().grad_fn.name(), x.geometric_(0.5).grad_fn.name())
x.sum().backward()
for f in [lambda: torch.empty(2).log_normal_(0, 0), lambda: torch.empty(2).geometric_(1), lambda: torch.empty(2).geometric_(0),
          lambda: torch.empty(2, dtype=torch.int64).cauchy_(), lambda: torch.empty(2, dtype=torch.int64).log_normal_(),
          lambda: torch.empty(2, dtype=torch.bool).geometric_(0.5), lambda: torch.zeros(2, requires_grad=True).cauchy_(),
          lambda: torch.empty(2).log_normal_(0, -1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
