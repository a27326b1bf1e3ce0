import torch
a = torch.tensor([5.3, -5.3, 7.0, 1e10], requires_grad=True)
b = torch.tensor([3.0, 3.0, -2.0, 3.0], requires_grad=True)
for f in [lambda: a.fmod(3), lambda: a.fmod(b), lambda: a.remainder(3), lambda: a.remainder(b), lambda: a % b, lambda: 7 % a, lambda: torch.remainder(7, a),
          lambda: a.floor_divide(b), lambda: a // 2, lambda: a.div(b, rounding_mode='floor'), lambda: a.div(b, rounding_mode='trunc'), lambda: a.div(2, rounding_mode='trunc')]:
    try:
        r = f()
        print(r, r.grad_fn)
        if r.requires_grad:
            print(torch.autograd.grad(r.sum(), [a, b], allow_unused=True))
    except Exception as e:
        print(type(e).__name__, e)
x = torch.tensor([5, -5, 7])
print(x.fmod(2.5), x.remainder(2.5), x.fmod(torch.tensor([2,3,0])) if False else '')
try: print(x.fmod(0))
except Exception as e: print(type(e).__name__, e)
print(torch.tensor([1.,-1., 0.]).fmod(0), torch.tensor([1.,-1.,0.]).remainder(0.))
print(torch.tensor([-0.0, 3.0]).remainder(-3.), torch.tensor([-0.0, -3.0]).fmod(3.))
a = torch.tensor([5.3, -5.3, 7.0, 1e10], requires_grad=True)
b = torch.tensor([3.0, 3.0, -2.0, 3.0], requires_grad=True)
g = torch.tensor([-1., float('nan'), float('inf'), 1.])
for mode in ['floor', 'trunc']:
    r = a.div(b, rounding_mode=mode); print(r.grad_fn, torch.autograd.grad(r, [a, b], g))
    r = a.div(2., rounding_mode=mode); print(r.grad_fn, torch.autograd.grad(r, [a], g))
print(torch.tensor(1.).floor_divide(0.1), torch.tensor(1., dtype=torch.float64) // 0.1, torch.tensor([1., -1., 0.]) // 0.)
print(torch.tensor([5.3, -7.1]).fmod(torch.tensor([0.7, 0.3])).tolist(), torch.tensor([5.3, -7.1]).remainder(torch.tensor([0.7, 0.3])).tolist())
print(torch.tensor([5.3, -7.1], dtype=torch.float64).remainder(torch.tensor([0.7, -0.3], dtype=torch.float64)).tolist())
x = torch.tensor([5, -5, 7])
for f in [lambda: x.fmod(0), lambda: x.remainder(0), lambda: x // 0, lambda: x.fmod(torch.tensor([1, 0, 1])), lambda: x.div(0, rounding_mode='trunc'), lambda: x.div(0, rounding_mode='floor'), lambda: x.div(0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
y = x.clone(); y %= 3; print(y); y //= 2; print(y)
z = torch.tensor([5.5, -2.5]); z.fmod_(2); print(z); z.remainder_(0.5); print(z); z.floor_divide_(0.3); print(z)
print(torch.fmod(x, 2.5), torch.remainder(x, 2.5), x.floor_divide(2.5))
print(torch.remainder(7, torch.tensor([3., -2.])), 7 % torch.tensor([3, -2]), 7 // torch.tensor([3, -2]), 7.5 // torch.tensor([3, -2]))
print(torch.tensor([-0.0]).floor_divide(3.), torch.tensor([0.0]).floor_divide(-3.), torch.tensor([1.0]).floor_divide(-3e-40))
