// Samples of torch.special's Bessel functions, airy_ai and orthogonal polynomials (kernel/engine/ops/special_fns.ts)
// for the generic op test. The references are independent of Math.h's algorithms: power series for the Bessel and
// Airy functions (with the logarithmic terms for Y and K), and trigonometric or explicit sum forms of the polynomials.
import * as torch from '../../kernel/engine';
import type { MathHelpers } from './op-samples-math';

const EULER = 0.5772156649015329;
const harmonic = (k: number): number => { let s = 0; for (let i = 1; i <= k; i++) s += 1 / i; return s; };
const fact = (n: number): number => { let r = 1; for (let i = 2; i <= n; i++) r *= i; return r; };
/** Σ_k sign^k c(k) (x/2)^(2k+ν) / (k! (k+ν)!) */
function series(x: number, nu: number, sign: number, c: (k: number) => number = () => 1): number {
  let s = 0;
  for (let k = 0; k < 80; k++) s += sign ** k * c(k) * (x / 2) ** (2 * k + nu) / (fact(k) * fact(k + nu));
  return s;
}
const J = (nu: number, x: number): number => series(x, nu, -1);
const I = (nu: number, x: number): number => series(x, nu, 1);
const Y0 = (x: number): number => (2 / Math.PI) * ((Math.log(x / 2) + EULER) * J(0, x) + series(x, 0, -1, (k) => -harmonic(k)));
const Y1 = (x: number): number => -2 / (Math.PI * x) + (2 / Math.PI) * Math.log(x / 2) * J(1, x)
  - (1 / Math.PI) * series(x, 1, -1, (k) => -2 * EULER + harmonic(k) + harmonic(k + 1));
const K0 = (x: number): number => -(Math.log(x / 2) + EULER) * I(0, x) + series(x, 0, 1, harmonic);
const K1 = (x: number): number => 1 / x + Math.log(x / 2) * I(1, x) - 0.5 * series(x, 1, 1, (k) => -2 * EULER + harmonic(k) + harmonic(k + 1));
function airy(x: number): number {
  // Ai(x) = c1 f(x) - c2 g(x), f = Σ 3^k (1/3)_k x^(3k) / (3k)!, g = Σ 3^k (2/3)_k x^(3k+1) / (3k+1)!
  const c1 = 0.3550280538878172, c2 = 0.2588194037928068;
  let f = 0, g = 0, pf = 1, pg = 1;
  for (let k = 0; k < 60; k++) {
    f += 3 ** k * pf * x ** (3 * k) / fact(3 * k);
    g += 3 ** k * pg * x ** (3 * k + 1) / fact(3 * k + 1);
    pf *= k + 1 / 3; pg *= k + 2 / 3;
  }
  return c1 * f - c2 * g;
}
const binom = (n: number, k: number): number => fact(n) / (fact(k) * fact(n - k));
const T = (n: number, x: number): number => Math.cos(n * Math.acos(x));
const U = (n: number, x: number): number => { const t = Math.acos(x); return Math.sin((n + 1) * t) / Math.sin(t); };
const V = (n: number, x: number): number => { const t = Math.acos(x); return Math.cos((n + 0.5) * t) / Math.cos(t / 2); };
const W = (n: number, x: number): number => { const t = Math.acos(x); return Math.sin((n + 0.5) * t) / Math.sin(t / 2); };
function H(n: number, x: number): number {
  let s = 0;
  for (let m = 0; m <= n / 2; m++) s += (-1) ** m * fact(n) / (fact(m) * fact(n - 2 * m)) * (2 * x) ** (n - 2 * m);
  return s;
}
const He = (n: number, x: number): number => 2 ** (-n / 2) * H(n, x / Math.SQRT2);
function L(n: number, x: number): number { let s = 0; for (let k = 0; k <= n; k++) s += binom(n, k) * (-x) ** k / fact(k); return s; }
function P(n: number, x: number): number {
  let s = 0;
  for (let k = 0; k <= n; k++) s += binom(n, k) ** 2 * ((x - 1) / 2) ** (n - k) * ((x + 1) / 2) ** k;
  return s;
}

export function registerSpecialSamples({ add, inp, mapN }: MathHelpers): void {
  // Math.h's j/y rational approximations and airy_ai are good to 1e-7 relative only (its port drops the implicit
  // leading 1 of Cephes' p1evl denominators); tnb repeats them bit for bit, so float64 is checked to that accuracy
  const unary = (name: string, f: (v: number) => number, lo: number, hi: number, bad?: (v: number) => boolean, rtol64?: number, atol64?: number): void => {
    const key = `special_${name}`;
    const run = (x: torch.Tensor): torch.Tensor => torch.specialUnary(name, x);
    add(key, `${name} [2,3]`, [inp([2, 3], lo, hi, { bad, grad: false })], ([x]) => run(x), ([x]) => mapN([x], f), { rtol64, atol64 });
    add(key, `${name} of a transposed [3,4]`, [inp([3, 4], lo, hi, { bad, layout: 'transposed', grad: false })], ([x]) => run(x), ([x]) => mapN([x], f), { rtol64, atol64 });
  };
  const even = (f: (v: number) => number) => (v: number): number => f(Math.abs(v));
  const odd = (f: (v: number) => number) => (v: number): number => Math.sign(v) * f(Math.abs(v));
  // (near the functions' zeros only an absolute bound holds: 1.5e-7 off at j0 = 0.0023, within the 1e-7 relative
  // accuracy of the approximations' unit-size terms)
  unary('bessel_j0', (v) => J(0, v), -7, 7, undefined, 1e-5, 5e-7);
  unary('bessel_j1', (v) => J(1, v), -7, 7, undefined, 1e-5, 5e-7);
  unary('bessel_y0', Y0, 0.2, 7, undefined, 1e-5, 5e-7);
  unary('bessel_y1', Y1, 0.2, 5, undefined, 1e-5, 5e-7);   // (past 5 its absolute error is 1e-6: the parity snippet checks it)
  unary('modified_bessel_i0', even((v) => I(0, v)), -9, 9);
  unary('modified_bessel_i1', odd((v) => I(1, v)), -9, 9);
  unary('modified_bessel_k0', K0, 0.2, 6);
  unary('modified_bessel_k1', K1, 0.2, 6);
  unary('scaled_modified_bessel_k0', (v) => K0(v) * Math.exp(v), 0.2, 6);
  unary('scaled_modified_bessel_k1', (v) => K1(v) * Math.exp(v), 0.2, 6);
  unary('spherical_bessel_j0', (v) => Math.sin(v) / v, -9, 9, (v) => Math.abs(v) < 0.01);
  // (PyTorch's own airy_ai, Math.h's approximation that tnb repeats, is up to 3.0e-6 off in absolute terms on
  // [-4, -2] against mpmath's Ai; near Ai's zeros only an absolute bound holds)
  unary('airy_ai', airy, -4, 3, undefined, 1e-6, 5e-6);

  const poly = (name: string, f: (n: number, x: number) => number, lo: number, hi: number): void => {
    const key = `special_${name}`;
    const run = (x: torch.Tensor, n: torch.Tensor): torch.Tensor => torch.specialPoly(name, x, n);
    const ref = (x: number, n: number): number => f(Math.trunc(n), x);
    // (float32: an absolute bound near the polynomials' zeros, where the float32 recurrence, as PyTorch's, cancels)
    add(key, `${name} (x [2,3], n [2,3])`, [inp([2, 3], lo, hi, { grad: false }), inp([2, 3], 0, 11.9, { grad: false })],
      ([x, n]) => run(x, n), ([x, n]) => mapN([x, n], ref), { atol32: 1e-5 });
    add(key, `${name} (x [4], n 0-d)`, [inp([4], lo, hi, { grad: false }), inp([], 2, 5.9, { grad: false })],
      ([x, n]) => run(x, n), ([x, n]) => mapN([x, n], ref), { atol32: 1e-5 });
  };
  const shift = (f: (n: number, x: number) => number) => (n: number, x: number): number => f(n, 2 * x - 1);
  poly('chebyshev_polynomial_t', T, -0.99, 0.99);
  poly('chebyshev_polynomial_u', U, -0.99, 0.99);
  poly('chebyshev_polynomial_v', V, -0.99, 0.99);
  poly('chebyshev_polynomial_w', W, -0.99, 0.99);
  poly('shifted_chebyshev_polynomial_t', shift(T), 0.01, 0.99);
  poly('shifted_chebyshev_polynomial_u', shift(U), 0.01, 0.99);
  poly('shifted_chebyshev_polynomial_v', shift(V), 0.01, 0.99);
  poly('shifted_chebyshev_polynomial_w', shift(W), 0.01, 0.99);
  poly('hermite_polynomial_h', H, -2, 2);
  poly('hermite_polynomial_he', He, -2, 2);
  poly('laguerre_polynomial_l', L, -2, 4);
  poly('legendre_polynomial_p', P, -0.99, 0.99);
}

/** std::frexp by exact halving and doubling. */
function frexpRef(v: number): [number, number] {
  if (v === 0 || !Number.isFinite(v)) return [v, 0];
  let m = v, e = 0;
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  return [m, e];
}

/** renorm, frexp and histogram (kernel/engine/ops/linalg_dense.ts, math.ts, cumulative.ts). */
export function registerRenormFrexpSamples({ add, inp, mapN }: MathHelpers): void {
  const renormRef = (x: { shape: number[]; data: number[] }, p: number, dim: number, maxnorm: number) => {
    const [r, c] = x.shape;
    const out = [...x.data];
    const n = dim === 0 ? r : c, m = dim === 0 ? c : r;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += Math.abs(x.data[dim === 0 ? i * c + j : j * c + i]) ** p;
      const norm = s ** (1 / p);
      if (norm > maxnorm) for (let j = 0; j < m; j++) out[dim === 0 ? i * c + j : j * c + i] *= maxnorm / (norm + 1e-7);
    }
    return { shape: x.shape, data: out };
  };
  add('RenormBackward0', 'renorm(p=2, dim=0, maxnorm=1.5) of [3,4]', [inp([3, 4], -2, 2)], ([x]) => torch.renorm(x, 2, 0, 1.5),
    ([x]) => renormRef(x, 2, 0, 1.5));
  add('RenormBackward0', 'renorm(p=1, dim=1, maxnorm=2) of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })],
    ([x]) => torch.renorm(x, 1, 1, 2), ([x]) => renormRef(x, 1, 1, 2));
  add('RenormBackward0', 'renorm(p=3, dim=-1, maxnorm=0.8) of [2,5]', [inp([2, 5], -2, 2)], ([x]) => torch.renorm(x, 3, -1, 0.8),
    ([x]) => renormRef(x, 3, 1, 0.8));
  const nearPow2 = (v: number): boolean => Math.abs(v) < 0.05 || Math.abs(Math.log2(Math.abs(v)) - Math.round(Math.log2(Math.abs(v)))) < 0.05;
  add('FrexpBackward0', 'frexp mantissa of [2,3]', [inp([2, 3], -9, 9, { bad: nearPow2 })], ([x]) => torch.frexp(x)[0],
    ([x]) => mapN([x], (v) => frexpRef(v)[0]));
  add('FrexpBackward0', 'frexp mantissa of a transposed [3,4]', [inp([3, 4], -300, 300, { bad: nearPow2, layout: 'transposed' })],
    ([x]) => torch.frexp(x)[0], ([x]) => mapN([x], (v) => frexpRef(v)[0]));
  add('NotImplemented', 'histogram of 8 values into 3 bins (no derivative in PyTorch 1.13)', [inp([8], -2, 2)],
    ([x]) => torch.histogram(x, 3), ([x]) => {
      const lo = Math.min(...x.data), hi = Math.max(...x.data);
      const edges = [0, 1, 2, 3].map((k) => lo + (hi - lo) * k / 3);
      const h = [0, 0, 0];
      for (const v of x.data) h[Math.min(2, Math.floor((v - lo) / ((hi - lo) / 3)))] += 1;
      return [{ shape: [3], data: h }, { shape: [4], data: edges }];
    });
}

/** P(a, x) by the series x^a e^-x Σ x^n / Γ(a + n + 1), Γ by Lanczos (g = 7). */
function gammaRef(z: number): number {
  const L = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (z < 0.5) return Math.PI / (Math.sin(Math.PI * z) * gammaRef(1 - z));
  z -= 1;
  let s = L[0];
  for (let i = 1; i < 9; i++) s += L[i] / (z + i);
  const t = z + 7.5;
  return Math.sqrt(2 * Math.PI) * t ** (z + 0.5) * Math.exp(-t) * s;
}
function igammaRef(a: number, x: number): number {
  let term = 1 / gammaRef(a + 1), sum = term;
  for (let n = 1; n < 500; n++) { term *= x / (a + n); sum += term; }
  return x ** a * Math.exp(-x) * sum;
}
export function registerIgammaSamples({ add, inp, mapN }: MathHelpers): void {
  for (const [key, upper] of [['IgammaBackward0', false], ['IgammacBackward0', true]] as const) {
    const run = (a: torch.Tensor, x: torch.Tensor): torch.Tensor => (upper ? torch.igammac(a, x) : torch.igamma(a, x));
    const ref = (a: number, x: number): number => (upper ? 1 - igammaRef(a, x) : igammaRef(a, x));
    add(key, `${upper ? 'igammac' : 'igamma'} (a [2,3] constant, x [2,3])`, [{ ...inp([2, 3], 0.3, 6), grad: false }, inp([2, 3], 0.2, 8)],
      ([a, x]) => run(a, x), ([a, x]) => mapN([a, x], ref), { rtol64: 1e-8 });
    // (PyTorch's own gammaincc, whose algorithm tnb repeats, is up to 1.8e-9 off relative to mpmath over this range)
    add(key, `${upper ? 'igammac' : 'igamma'} broadcast (a [3,1], x [1,4])`, [{ ...inp([3, 1], 0.5, 25), grad: false }, inp([1, 4], 0.5, 30)],
      ([a, x]) => run(a, x), ([a, x]) => mapN([a, x], ref), { rtol64: 1e-8 });
  }
}
