// Samples of the math and special-function ops (kernel/engine/ops/math.ts) for the generic op test. The float64
// references are independent of the engine's algorithms: Lanczos for lgamma, the asymptotic series after the
// recurrence for digamma/polygamma, power series for the Bessel functions, Newton on an erf series for erfinv/ndtri,
// direct sums with an Euler–Maclaurin tail for zeta. Registered by op-samples.ts with its helpers.
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface MathHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref'], opts?: Partial<OpSample>) => void;
  inp: (shape: number[], lo?: number, hi?: number, extra?: Partial<InputSpec> & { bad?: (v: number) => boolean }) => InputSpec;
  mapN: (xs: Arr[], f: (...v: number[]) => number) => Arr;
}

// --- references --------------------------------------------------------------------------------------------------------
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
function lgammaRef(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgammaRef(1 - x);
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
const B2K = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6];   // B2, B4, ..., B14
function factorial(n: number): number { let r = 1; for (let i = 2; i <= n; i++) r *= i; return r; }
/** ψ^(n)(x): the recurrence up to x ≥ 30, then the asymptotic series. */
function polygammaRef(n: number, x: number): number {
  let acc = 0;
  if (x < 0) return NaN;
  const sign = n % 2 ? 1 : -1;   // (-1)^(n+1)
  while (x < 30) {
    acc += n === 0 ? -1 / x : sign * factorial(n) / x ** (n + 1);
    x += 1;
  }
  if (n === 0) {
    let s = Math.log(x) - 1 / (2 * x);
    for (let k = 1; k <= B2K.length; k++) s -= B2K[k - 1] / (2 * k * x ** (2 * k));
    return acc + s;
  }
  let s = factorial(n - 1) / x ** n + factorial(n) / (2 * x ** (n + 1));
  for (let k = 1; k <= B2K.length; k++) s += B2K[k - 1] * factorial(2 * k + n - 1) / (factorial(2 * k) * x ** (2 * k + n));
  return acc + sign * s;
}
/**
 * PyTorch's trigamma is only good to about 1e-9 (six recurrence steps, then four terms of the asymptotic series):
 * the reference truncates the same way (checked against polygammaRef to that accuracy).
 */
function trigammaAsPyTorch(x: number): number {
  if (x < 0.5) return (Math.PI / Math.sin(Math.PI * x)) ** 2 - trigammaAsPyTorch(1 - x);   // reflection
  let s = 0;
  for (let i = 0; i < 6; i++) { s += 1 / (x * x); x += 1; }
  return s + (1 + 1 / (2 * x) + (1 / (x * x)) * (1 / 6 - (1 / (x * x)) * (1 / 30 - (1 / (x * x)) / 42))) / x;
}
function erfRef(z: number): number {
  let term = z, sum = z;
  for (let n = 1; n < 200; n++) { term *= -z * z / n; sum += term / (2 * n + 1); }
  return 2 / Math.sqrt(Math.PI) * sum;
}
function erfinvRef(y: number): number {
  let x = 0;
  for (let i = 0; i < 100; i++) x -= (erfRef(x) - y) / (2 / Math.sqrt(Math.PI) * Math.exp(-x * x));
  return x;
}
const ndtrRef = (x: number): number => 0.5 * (1 + erfRef(x / Math.SQRT2));
function ndtriRef(y: number): number {
  let x = 0;
  for (let i = 0; i < 100; i++) x -= (ndtrRef(x) - y) / (Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI));
  return x;
}
/** I_ν(x) for ν = 0, 1 by the power series Σ (x/2)^(2k+ν) / (k! (k+ν)!). */
function besselIRef(nu: 0 | 1, x: number): number {
  const h = x / 2;
  let term = nu === 0 ? 1 : h, sum = term;
  for (let k = 1; k < 300; k++) { term *= (h * h) / (k * (k + nu)); sum += term; }
  return sum;
}
function zetaRef(s: number, q: number): number {
  const N = 40;
  let sum = 0;
  for (let k = 0; k < N; k++) sum += (q + k) ** -s;
  const a = q + N;
  sum += a ** (1 - s) / (s - 1) + a ** -s / 2 + s * a ** (-s - 1) / 12 - s * (s + 1) * (s + 2) * a ** (-s - 3) / 720;
  return sum;
}
const nearbyint = (v: number): number => { const r = Math.round(v); return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r; };

// --- samples -----------------------------------------------------------------------------------------------------------
export function registerMathSamples({ add, inp, mapN }: MathHelpers): void {
  const unary = (key: string, desc: string, run: (x: Tensor) => Tensor, f: (v: number) => number, lo: number, hi: number,
    bad?: (v: number) => boolean, opts: Partial<OpSample> = {}): void => {
    add(key, `${desc} [2,3]`, [inp([2, 3], lo, hi, { bad })], ([x]) => run(x), ([x]) => mapN([x], f), opts);
    add(key, `${desc} of a transposed [3,4]`, [inp([3, 4], lo, hi, { bad, layout: 'transposed' })], ([x]) => run(x), ([x]) => mapN([x], f), opts);
    add(key, `${desc} of 0-d`, [inp([], lo, hi, { bad })], ([x]) => run(x), ([x]) => mapN([x], f), opts);
  };
  const nearInt = (v: number): boolean => Math.abs(v - Math.round(v)) < 0.05;
  unary('LgammaBackward0', 'lgamma', torch.lgamma, lgammaRef, -3.5, 6, nearInt);
  unary('DigammaBackward0', 'digamma', torch.digamma, (v) => polygammaRef(0, v), 0.2, 6);
  add('DigammaBackward0', 'digamma of negative non-integers', [inp([5], -3.9, -0.1, { bad: nearInt })], ([x]) => torch.digamma(x),
    ([x]) => mapN([x], (v) => polygammaRef(0, 1 - v) - Math.PI / Math.tan(Math.PI * v)));
  for (const n of [1, 2, 3]) {
    add('PolygammaBackward0', `polygamma(${n}) [2,3]`, [inp([2, 3], 0.3, 5)], ([x]) => torch.polygamma(n, x),
      ([x]) => mapN([x], (v) => (n === 1 ? trigammaAsPyTorch(v) : polygammaRef(n, v))));
  }
  add('PolygammaBackward0', 'polygamma(0) of a transposed [3,2]', [inp([3, 2], 0.3, 5, { layout: 'transposed' })], ([x]) => torch.polygamma(0, x),
    ([x]) => mapN([x], (v) => polygammaRef(0, v)));
  add('PolygammaBackward1', 'polygamma_(2) on a non-leaf [2,3]', [inp([2, 3], 0.3, 5)], ([x]) => torch.mathInplace('polygamma_', torch.mulScalar(x, 1), { n: 2 }),
    ([x]) => mapN([x], (v) => polygammaRef(2, v)));
  for (const p of [1, 3]) {
    add('MvlgammaBackward0', `mvlgamma(p=${p}) [2,3]`, [inp([2, 3], p, p + 4)], ([x]) => torch.mvlgamma(x, p),
      ([x]) => mapN([x], (v) => { let s = p * (p - 1) / 4 * Math.log(Math.PI); for (let j = 0; j < p; j++) s += lgammaRef(v - j / 2); return s; }));
  }
  unary('ErfinvBackward0', 'erfinv', torch.erfinv, erfinvRef, -0.95, 0.95);
  unary('I0Backward0', 'i0', torch.i0, (v) => besselIRef(0, v), -9, 9);
  unary('SpecialI0EBackward0', 'special.i0e', torch.i0e, (v) => Math.exp(-Math.abs(v)) * besselIRef(0, v), -12, 12);
  unary('SpecialI1Backward0', 'special.i1', torch.i1, (v) => besselIRef(1, v), -9, 9);
  unary('SpecialI1EBackward0', 'special.i1e', torch.i1e, (v) => Math.exp(-Math.abs(v)) * besselIRef(1, v), -12, 12, (v) => Math.abs(v) < 0.05);
  unary('AcoshBackward0', 'acosh', torch.acosh, Math.acosh, 1.2, 4);
  unary('AsinhBackward0', 'asinh', torch.asinh, Math.asinh, -3, 3);
  unary('AtanhBackward0', 'atanh', torch.atanh, Math.atanh, -0.9, 0.9);
  unary('SincBackward0', 'sinc', torch.sinc, (v) => (v === 0 ? 1 : Math.sin(Math.PI * v) / (Math.PI * v)), -3, 3);
  unary('SpecialEntrBackward0', 'special.entr', torch.entr, (v) => -v * Math.log(v), 0.05, 3);
  unary('SpecialNdtriBackward0', 'special.ndtri', torch.ndtri, ndtriRef, 0.03, 0.97);
  unary('SpecialErfcxBackward0', 'special.erfcx', torch.erfcx, (v) => Math.exp(v * v) * (1 - erfRef(v)), -2, 1.2);
  unary('SpecialLogNdtrBackward0', 'special.log_ndtr', torch.logNdtr, (v) => Math.log(ndtrRef(v)), -3, 3);
  unary('Exp2Backward0', 'exp2', torch.exp2, (v) => 2 ** v, -4, 4);
  unary('FracBackward0', 'frac', torch.frac, (v) => v - Math.trunc(v), -4, 4, nearInt);
  unary('SgnBackward0', 'sgn', torch.sgn, Math.sign, -2, 2, (v) => Math.abs(v) < 0.05);
  unary('signbit', 'signbit', torch.signbit, (v) => +(v < 0), -2, 2, (v) => Math.abs(v) < 0.05, { outDtype: () => 'bool' });
  unary('Deg2RadBackward0', 'deg2rad', torch.deg2rad, (v) => v * Math.PI / 180, -400, 400);
  unary('Rad2DegBackward0', 'rad2deg', torch.rad2deg, (v) => v * 180 / Math.PI, -7, 7);
  unary('LogitBackward0', 'logit', (x) => torch.logit(x), (v) => Math.log(v / (1 - v)), 0.05, 0.95);
  add('LogitBackward0', 'logit(eps=0.2): clamped outside [0.2, 0.8]', [inp([8], 0.02, 0.98, { bad: (v) => Math.abs(v - 0.2) < 0.03 || Math.abs(v - 0.8) < 0.03 })],
    ([x]) => torch.logit(x, 0.2), ([x]) => mapN([x], (v) => { const c = Math.min(Math.max(v, 0.2), 0.8); return Math.log(c / (1 - c)); }));
  unary('NanToNumBackward0', 'nan_to_num (finite values)', (x) => torch.nanToNum(x), (v) => v, -3, 3);
  for (const d of [1, -1]) {
    const s = 10 ** d;
    add('RoundBackward1', `round(decimals=${d})`, [inp([2, 3], -50, 50, { bad: (v) => Math.abs(v * s - Math.floor(v * s) - 0.5) < 0.05 })],
      ([x]) => torch.roundDecimals(x, d), ([x]) => mapN([x], (v) => nearbyint(v * s) / s));
  }

  // binary: same shape, broadcasting, 0-d, a non-contiguous operand
  const binary = (key: string, run: (a: Tensor, b: Tensor) => Tensor, f: (a: number, b: number) => number,
    da: [number, number, ((v: number) => boolean)?], db: [number, number, ((v: number) => boolean)?], gradA = true, gradB = true): void => {
    const A = (shape: number[], layout?: 'transposed' | 'strided'): InputSpec => ({ ...inp(shape, da[0], da[1], { bad: da[2], layout }), grad: gradA });
    const B = (shape: number[], layout?: 'transposed' | 'strided'): InputSpec => ({ ...inp(shape, db[0], db[1], { bad: db[2], layout }), grad: gradB });
    const cases: [string, InputSpec, InputSpec][] = [
      ['same shape', A([2, 3]), B([2, 3])],
      ['broadcast [2,3,4] with [4]', A([2, 3, 4]), B([4])],
      ['broadcast [3,1] with [1,4]', A([3, 1]), B([1, 4])],
      ['0-d other', A([2, 3]), B([])],
      ['transposed self', A([3, 2], 'transposed'), B([3, 2])],
      ['strided other', A([2, 3]), B([2, 3], 'strided')],
    ];
    for (const [desc, a, b] of cases) add(key, desc, [a, b], ([x, y]) => run(x, y), ([x, y]) => mapN([x, y], f));
  };
  const small = (v: number): boolean => Math.abs(v) < 0.1;
  binary('XlogyBackward0', (a, b) => torch.xlogy(a, b), (a, b) => a * Math.log(b), [-2, 2], [0.2, 3]);
  binary('SpecialXlog1PyBackward0', (a, b) => torch.xlog1py(a, b), (a, b) => a * Math.log1p(b), [-2, 2], [-0.8, 3]);
  binary('HypotBackward0', torch.hypot, Math.hypot, [-2, 2, small], [-2, 2, small]);
  binary('LogaddexpBackward0', torch.logaddexp, (a, b) => Math.log(Math.exp(a) + Math.exp(b)), [-3, 3], [-3, 3]);
  binary('Logaddexp2Backward0', torch.logaddexp2, (a, b) => Math.log2(2 ** a + 2 ** b), [-3, 3], [-3, 3]);
  binary('CopysignBackward0', (a, b) => torch.copysign(a, b), (a, b) => Math.abs(a) * Math.sign(b), [-2, 2, small], [-2, 2, small]);
  // (zeta has no derivative in its first argument: only q requires grad)
  binary('SpecialZetaBackward0', (a, b) => torch.zeta(a, b), zetaRef, [1.5, 4], [0.5, 3], false);
  // (one step away from a: within the forward check's tolerance of a)
  binary('NextafterBackward0', torch.nextafter, (a) => a, [0.5, 0.99], [-2, 2, (v) => v > 0.45 && v < 1]);
  binary('NotImplemented', (a, b) => torch.heaviside(a, b), (a, b) => (a === 0 ? b : a > 0 ? 1 : 0), [-2, 2], [-2, 2]);
  // the number operand is no input of the node
  const scalarCase = (key: string, desc: string, run: (x: Tensor) => Tensor, f: (v: number) => number, lo: number, hi: number): void => {
    add(key, desc, [inp([2, 3], lo, hi)], ([x]) => run(x), ([x]) => mapN([x], f));
    add(key, `${desc}, transposed`, [inp([3, 2], lo, hi, { layout: 'transposed' })], ([x]) => run(x), ([x]) => mapN([x], f));
  };
  scalarCase('XlogyBackward1', 'xlogy(2.5, x)', (x) => torch.xlogy(2.5, x), (v) => 2.5 * Math.log(v), 0.2, 3);
  scalarCase('XlogyBackward2', 'xlogy(x, 3)', (x) => torch.xlogy(x, 3), (v) => v * Math.log(3), -2, 2);
  scalarCase('SpecialXlog1PyBackward1', 'xlog1py(-1.5, x)', (x) => torch.xlog1py(-1.5, x), (v) => -1.5 * Math.log1p(v), -0.8, 3);
  scalarCase('SpecialXlog1PyBackward2', 'xlog1py(x, 0.5)', (x) => torch.xlog1py(x, 0.5), (v) => v * Math.log1p(0.5), -2, 2);
  scalarCase('CopysignBackward1', 'copysign(x, -1)', (x) => torch.copysign(x, -1), (v) => -Math.abs(v), 0.1, 2);
  scalarCase('SpecialZetaBackward1', 'zeta(2.5, q)', (x) => torch.zeta(2.5, x), (v) => zetaRef(2.5, v), 0.5, 3);
  scalarCase('SpecialZetaBackward2', 'zeta(x, 1.5)', (x) => torch.zeta(x, 1.5), (v) => zetaRef(v, 1.5), 1.5, 4);
}

/** Nodes whose backward raises, as PyTorch's (no derivative): the generic test checks the error instead of gradients. */
export const RAISING_NODES: Record<string, RegExp> = {
  NotImplemented: /derivative for (aten::(heaviside|floor_divide|remainder|aminmax|histogram|grid_sampler_2d_backward|grid_sampler_3d_backward|binomial|_sample_dirichlet|_dirichlet_grad)|channel_shuffle) is not implemented/,   // (channel_shuffle, grid_sample: op-samples-spatial.ts; binomial, _sample_dirichlet, _dirichlet_grad: op-samples-dist.ts)
  NextafterBackward0: /the derivative for 'nextafter' is not implemented/,
  SpecialZetaBackward2: /the derivative for 'zeta' is not implemented/,
  PdistBackwardBackward0: /the derivative for '_pdist_backward' is not implemented/,
};
