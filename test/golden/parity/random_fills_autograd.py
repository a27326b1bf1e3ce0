import torch

# In-place random fills as autograd sees them: on a leaf that requires grad they fail before drawing (the stream
# is untouched); on a tensor with history they are recorded (UniformBackward0, ...) and pass a zero gradient; on a
# view they rewrite the base's history (CopySlices). exponential_: PyTorch's stream (no MKL) and errors.
fills = ["uniform_()", "uniform_(-2, 3)", "normal_()", "normal_(1, 0.5)", "bernoulli_()", "bernoulli_(0.3)",
         "random_()", "exponential_()", "exponential_(2.5)"]
for f in fills:
    torch.manual_seed(0)
    x = torch.ones(3, requires_grad=True)
    try:
        eval('x.' + f)
    except RuntimeError as e:
        print(f, 'leaf:', e)
    print('  next draw', torch.rand(2))
    x.grad = None
    y = x * 2
    z = eval('y.' + f)
    print(' ', z is y, y.grad_fn.name(), y.requires_grad, y.is_leaf)
    (y * torch.arange(3.)).sum().backward()
    print('  x.grad', x.grad)
    x.grad = None
    w = x * 1
    eval('w[1:].' + f)
    print('  view:', w.grad_fn.name(), w[1:].grad_fn.name())
    w.sum().backward()
    print('  x.grad', x.grad)
    with torch.no_grad():
        eval('x.' + f)
    print('  no_grad', x.requires_grad, x.grad_fn, x.is_leaf)
    v = torch.ones(2, 3, requires_grad=True)
    try:
        eval('v[0].' + f)
    except RuntimeError as e:
        print('  view of leaf:', e)

torch.manual_seed(0)
print(torch.empty(4, dtype=torch.float64).exponential_(1.5).tolist())
torch.manual_seed(0)
print(torch.empty(4).exponential_(1.5).tolist())
torch.manual_seed(3)
print(torch.empty(3, 5).t().exponential_(), torch.empty(2, 3).exponential_(lambd=0.25))
g = torch.Generator().manual_seed(7)
print(torch.empty(20, dtype=torch.float64).exponential_(generator=g))
print(torch.empty(2).exponential_(float('inf')), torch.empty(2).exponential_(0))
t = torch.empty(1000).exponential_(4.0)
print(round(t.mean().item(), 4), t.min().item() >= 0)
for bad in ["torch.empty(2).exponential_(-1)", "torch.empty(2).exponential_(float('nan'))",
            "torch.empty(2).exponential_(-0.5)", "torch.empty(2, dtype=torch.long).exponential_()",
            "torch.empty(2, dtype=torch.bool).exponential_()", "torch.empty(2).exponential_(-2e-7)"]:
    try:
        eval(bad)
        print(bad, 'ok')
    except RuntimeError as e:
        print(bad, '->', e)

# random_(from, to) and random_(to): memory order, their own nodes, float32 bounds moved to values it holds
torch.manual_seed(0)
print(torch.empty(3, 2).t().random_(0, 10), torch.empty(3, 2, dtype=torch.float64).random_(5))
print(torch.empty(2, 3, dtype=torch.long).t().random_(-3, 3), torch.empty(4, dtype=torch.bool).random_(0, 2))
for f in ["random_(0, 5)", "random_(5)", "random_(-2, 2)"]:
    x = torch.ones(3, requires_grad=True)
    y = x * 2
    eval('y.' + f)
    y.sum().backward()
    print(f, y.grad_fn.name(), x.grad)
for dt in [torch.float32, torch.float64, torch.long]:
    for lo, hi in [(0, 10), (0, 2**20), (0, 2**24), (0, 2**25), (0, 2**30), (0, 2**33), (-2**25, 0),
                   (-2**25 - 5, -2**25 + 3), (2**24 + 1, 2**24 + 2), (-2**30, 2**30), (2**31, 2**31 + 2**26)]:
        torch.manual_seed(1)
        try:
            print(dt, lo, hi, torch.empty(3, dtype=dt).random_(lo, hi).tolist())
        except RuntimeError as e:
            print(dt, lo, hi, e)
for bad in ["torch.empty(2).random_(5, 5)", "torch.empty(2).random_(5, 2)", "torch.empty(2).random_(0)"]:
    try:
        eval(bad)
    except RuntimeError as e:
        print(bad, '->', e)
# bounds up to 2**53 - 1 (past 2**53 the engine refuses: it keeps bounds as doubles)
for dt, lo, hi in [(torch.float32, 0, 2**53 - 1), (torch.float32, -2**53 + 1, 0), (torch.float32, 2**52, 2**53 - 3),
                   (torch.long, -2**53 + 1, 2**53 - 1), (torch.long, -5, 2**53 - 1), (torch.float64, 0, 2**53 - 1)]:
    torch.manual_seed(4)
    print(dt, lo, hi, torch.empty(3, dtype=dt).random_(lo, hi).tolist(), torch.randint(lo, hi, (2,)).tolist())
