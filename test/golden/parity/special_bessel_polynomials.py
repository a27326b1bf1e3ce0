import torch
# torch.special's Bessel functions, airy_ai and orthogonal polynomials (Math.h's algorithms), float32 and float64
S = torch.special
torch.set_printoptions(precision=10)
xs = [0.0, 1e-6, 0.3, 1.0, 1.7, 2.0, 3.3, 4.999, 5.0, 5.5, 7.25, 8.0, 9.5, 12.0, 31.0, -0.4, -2.5, -6.0, -11.0]
un = ['bessel_j0', 'bessel_j1', 'bessel_y0', 'bessel_y1', 'modified_bessel_i0', 'modified_bessel_i1', 'modified_bessel_k0',
      'modified_bessel_k1', 'scaled_modified_bessel_k0', 'scaled_modified_bessel_k1', 'spherical_bessel_j0', 'airy_ai']
for name in un:
    for dt in (torch.float64, torch.float32):
        y = getattr(S, name)(torch.tensor(xs, dtype=dt))
        print(name, y.dtype, [float(v).hex() for v in y.tolist()])
print(S.bessel_j0(torch.tensor([[1, 2], [3, 4]])), S.bessel_y1(torch.tensor([True, False])))
print(S.spherical_bessel_j0(torch.tensor([float('inf'), float('-inf'), float('nan')])), S.airy_ai(torch.tensor([float('inf'), 104.0])))
x = torch.tensor([0.5, 2.0], requires_grad=True)
y = S.bessel_j1(x)
print(y.requires_grad, y.grad_fn)

px = [-1.0, -0.93, -0.5, -0.11, 0.0, 0.07, 0.25, 0.5, 0.61, 0.99, 1.0, 1.3, 2.0, -3.0]
ns = [0, 1, 2, 3, 4, 5, 6]
pol = ['chebyshev_polynomial_t', 'chebyshev_polynomial_u', 'chebyshev_polynomial_v', 'chebyshev_polynomial_w',
       'shifted_chebyshev_polynomial_t', 'shifted_chebyshev_polynomial_u', 'shifted_chebyshev_polynomial_v',
       'shifted_chebyshev_polynomial_w', 'hermite_polynomial_h', 'hermite_polynomial_he', 'laguerre_polynomial_l',
       'legendre_polynomial_p']
for name in pol:
    fn = getattr(S, name)
    for dt in (torch.float64, torch.float32):
        X = torch.tensor(px, dtype=dt)
        print(name, dt, [[float(v).hex() for v in fn(X, n).tolist()] for n in ns])
    print(fn(torch.tensor([0.3, 1.5, 1.0, -1.0, 0.0]), torch.tensor([[11.0], [25.0]])))
    big = fn(torch.tensor([-0.83, -0.41, 0.02, 0.37, 0.66, 0.93], dtype=torch.float64), torch.tensor([[7.], [9.], [12.], [30.]], dtype=torch.float64))
    print([[float(v).hex() for v in row] for row in big.tolist()])
    print(fn(0.25, torch.tensor([3, 12])), fn(torch.tensor([2, 3]), 4), fn(torch.tensor([0.5]), -1), fn(torch.tensor([0.5]), 3.9))
print(S.hermite_polynomial_h(torch.tensor([0.5], dtype=torch.float64), torch.tensor([2.0])).dtype)
print(S.legendre_polynomial_p(x=torch.tensor([0.5]), n=4))
for f in [lambda: S.bessel_j0(1.0), lambda: S.bessel_j0(torch.tensor([1.0], dtype=torch.float16)),
          lambda: S.modified_bessel_k1(torch.tensor([1.0], dtype=torch.bfloat16)),
          lambda: S.chebyshev_polynomial_t(torch.tensor([1.0], dtype=torch.float16), 2),
          lambda: S.chebyshev_polynomial_t(1.0, 2), lambda: S.laguerre_polynomial_l(torch.tensor([1.0]))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
torch.set_printoptions(profile='default')   # the parity kernel runs all snippets in one process
