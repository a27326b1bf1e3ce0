// Scalar special functions for the host-side math ops (math.ts). Where PyTorch 1.13's CPU kernel computes a float32
// result in float arithmetic (aten/src/ATen/native/Math.h: calc_digamma(float), trigamma(float), calc_erfinv<float>,
// calc_i0<float>, ...), the *32 variant repeats it step by step with Math.fround, so the printed digits are the same;
// the *64 variants follow the double code. lgamma (glibc's std::lgamma there) is computed here to about 1 ulp by
// series and Stirling's formula, and rounded.
//
// Provenance (see also the inverse hyperbolic functions at the end: fdlibm's algorithms, ARM optimized-routines'
// logf): to reproduce PyTorch's digits, digamma, trigamma, zeta, polygamma, i0/i0e/i1/i1e (Chebyshev series) and
// ndtri follow the algorithms and coefficients of the Cephes Math Library (Copyright (c) 2018, Steven Moshier;
// 3-Clause BSD License) as PyTorch's Math.h uses them, and erfinv the rational approximation with two Newton steps of
// Gary L. Pavlis (Copyright (c) 2014 Indiana University; New BSD License) as Math.h has it; log_ndtr is Math.h's
// formula over erfcx. lgamma, erfcx, hypot and nextafter are tnb's own.
import { fma64 } from '../fma64';
import { wasm } from '../wasm';
const glibcF32 = (fn: number, x: number): number => wasm().glibcF32(fn, x);
import { erf as erf64, erfc as erfc64 } from './special';

const f = Math.fround;

/** a·b + c with one rounding (the CPU kernels are built with FMA contraction: C's `a * b + c` is fused there). */
export const fma = fma64;
/** The float version: the product of two floats is exact in double. */
const fmaf = (a: number, b: number, c: number): number => f(a * b + c);

// --- lgamma ---------------------------------------------------------------------------------------------------------
const EULER = 0.5772156649015329;
const ZETA_TERMS = 64;
/** ζ(k) - 1 for k = 2 .. ZETA_TERMS (index k): direct sum to 79, Euler–Maclaurin tail from 80. */
const ZETA_M1: number[] = (() => {
  const out = [NaN, NaN];
  const N = 80;
  for (let k = 2; k <= ZETA_TERMS; k++) {
    let s = 0;
    const tail = N ** (1 - k) / (k - 1) + N ** -k / 2 + k * N ** (-k - 1) / 12 - k * (k + 1) * (k + 2) * N ** (-k - 3) / 720
      + k * (k + 1) * (k + 2) * (k + 3) * (k + 4) * N ** (-k - 5) / 30240;
    s = tail;
    for (let n = N - 1; n >= 2; n--) s += n ** -k;
    out.push(s);
  }
  return out;
})();

/** |sin(πx)| without the rounding of π·x for large x. */
function absSinPi(x: number): number {
  const r = x - Math.floor(x);
  return Math.sin(Math.PI * Math.min(r, 1 - r));
}

/** log Γ(x) for x in [0.5, 1.5] (series around 1) or [1.5, 2.5] (series around 2). */
const TERMS = new Float64Array(ZETA_TERMS + 1);
function lgammaCore(x: number): number {
  // lgamma(1+z) = -γz + Σ_{k≥2} (-1)^k ζ(k) z^k / k around 1, lgamma(2+z) = (1-γ)z + Σ (-1)^k (ζ(k)-1) z^k / k
  // around 2; the terms summed from the smallest up
  const around1 = x < 1.5;
  const z = around1 ? x - 1 : x - 2;
  const terms = TERMS;
  let p = z, last = ZETA_TERMS;
  for (let k = 2; k <= ZETA_TERMS; k++) {
    p *= -z;
    terms[k] = ((around1 ? 1 : 0) + ZETA_M1[k]) * p / k;
    if (Math.abs(terms[k]) < 1e-40) { last = k; break; }   // the rest cannot change the sum
  }
  let s = 0;
  for (let k = last; k >= 2; k--) s += terms[k];
  s = -s;   // p held (-1)^(k-1) z^k
  return (around1 ? -EULER : 1 - EULER) * z + s;
}

export function lgamma64(x: number, log: (v: number) => number = logCR): number {
  if (x === 1 || x === 2) return 0;
  if (x === 1 || x === 2) return 0;
  if (Number.isNaN(x)) return NaN;
  if (!Number.isFinite(x)) return Infinity;
  if (x <= 0) {
    if (x === Math.floor(x)) return Infinity;
    if (x > -20) {
      // Γ(x) = Γ(x + n) / (x(x+1)…(x+n-1)) with x + n in [0.5, 1.5)
      const n = Math.ceil(0.5 - x);
      let prod = 1;
      for (let i = 0; i < n; i++) prod *= x + i;
      return lgammaCore(x + n) - log(Math.abs(prod));
    }
    // reflection: Γ(x)Γ(1-x) = π / sin(πx)
    return log(Math.PI / absSinPi(x)) - lgamma64(1 - x, log);
  }
  if (x < 0.5) return lgammaCore(x + 1) - log(x);
  if (x <= 2.5) return lgammaCore(x);
  if (x < 10) {
    let prod = 1, y = x;
    while (y > 2.5) { y -= 1; prod *= y; }
    return lgammaCore(y) + log(prod);
  }
  const r = 1 / x, r2 = r * r;
  const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188 - r2 * (691 / 360360 - r2 / 156))))));
  // (x - ½)(log x - 1) + (½·log 2π - ½) + series: the big terms in one product
  return (x - 0.5) * (log(x) - 1) + (0.4189385332046727 + series);
}

/**
 * lgamma of a float through the double algorithm, rounded to float: igamma's stand-in for glibc's lgammaf (its
 * std::lgamma call; the lgamma op itself takes Sleef's lgammaf, as PyTorch's vml kernel).
 */
export const lgamma32 = (x: number): number => f(lgamma64(x, Math.log));

// --- digamma, trigamma, zeta, polygamma (calc_digamma, trigamma, zeta, calc_polygamma) --------------------------------
const PSI_10 = 2.25175258906672110764;
const PSI_A = [8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3, -4.16666666666666666667E-3,
  3.96825396825396825397E-3, -8.33333333333333333333E-3, 8.33333333333333333333E-2];
const PSI_A32 = PSI_A.map(f);

export function digamma64(x: number): number {
  if (x === 0) return Object.is(x, -0) ? Infinity : -Infinity;
  if (x < 0) {
    if (x === Math.trunc(x)) return NaN;
    const r = x - Math.trunc(x);
    return digamma64(1 - x) - Math.PI / tanDD(Math.PI * r);
  }
  let result = 0;
  while (x < 10) { result -= 1 / x; x += 1; }
  if (x === 10) return result + PSI_10;
  let y = 0;
  if (x < 1.0e17) {
    const z = 1.0 / (x * x);
    let p = 0;
    for (const a of PSI_A) p = fma(p, z, a);
    y = z * p;
  }
  return result + logCR(x) - (0.5 / x) - y;
}

export function digamma32(x: number): number {
  x = f(x);
  if (x === 0) return Object.is(x, -0) ? Infinity : -Infinity;
  if (x < 0) {
    if (x === Math.trunc(x)) return NaN;
    const r = x - Math.trunc(x);
    const piOverTan = f(Math.PI / Math.tan(Math.PI * r));
    return f(digamma32(f(1 - x)) - piOverTan);
  }
  let result = 0;
  while (x < 10) { result = f(result - f(1 / x)); x = f(x + 1); }
  if (x === 10) return f(result + f(PSI_10));
  let y = 0;
  if (x < f(1.0e17)) {
    const z = f(1 / f(x * x));
    let p = 0;
    for (const a of PSI_A32) p = fmaf(p, z, a);
    y = f(z * p);
  }
  return f(f(f(result + logfGlibc(x)) - f(0.5 / x)) - y);   // logf: glibc's
}

export function trigamma64(x: number): number {
  let sign = 1, result = 0;
  if (x < 0.5) {
    sign = -1;
    const s = sinDD(Math.PI * x);
    result -= (Math.PI * Math.PI) / (s * s);
    x = 1 - x;
  }
  for (let i = 0; i < 6; i++) { result += 1 / (x * x); x += 1; }
  const ixx = 1 / (x * x);
  result += fma(ixx, fma(-ixx, fma(-ixx, 1 / 42, 1 / 30), 1 / 6), 1 + 1 / (2 * x)) / x;
  return sign * result;
}

export function trigamma32(x: number): number {
  x = f(x);
  const PI = f(Math.PI);
  let sign = 1, result = 0;
  if (x < 0.5) {
    sign = -1;
    const s = sinfGlibc(f(PI * x));   // sinf: glibc's
    result = f(result - f(f(PI * PI) / f(s * s)));
    x = f(1 - x);
  }
  for (let i = 0; i < 6; i++) { result = f(result + f(1 / f(x * x))); x = f(x + 1); }
  const ixx = f(1 / f(x * x));
  const inner = fmaf(-ixx, fmaf(-ixx, f(1 / 42), f(1 / 30)), f(1 / 6));
  result = f(result + f(fmaf(ixx, inner, f(1 + f(1 / f(2 * x)))) / x));
  return f(sign * result);
}

const ZETA_A = [12.0, -720.0, 30240.0, -1209600.0, 47900160.0, -1.8924375803183791606e9, 7.47242496e10,
  -2.950130727918164224e12, 1.1646782814350067249e14, -4.5979787224074726105e15, 1.8152105401943546773e17,
  -7.1661652561756670113e18];
/**
 * a^e, correctly rounded in practice for an integral e (glibc's pow is; V8's Math.pow is not): a^|e| by squaring in
 * double-double, then its reciprocal for e < 0. Other exponents: Math.pow.
 */
export function pow(a: number, e: number): number {
  const k = Math.abs(e);
  if (!Number.isInteger(e) || k > 64 || !Number.isFinite(a) || a === 0) return Math.pow(a, e);
  let rh = 1, rl = 0, bh = a, bl = 0, m = k;
  const mul = (xh: number, xl: number, yh: number, yl: number): [number, number] => {
    const p = xh * yh, pe = fma(xh, yh, -p) + (xh * yl + xl * yh);
    const h = p + pe;
    return [h, pe - (h - p)];
  };
  while (m > 0) {
    if (m & 1) [rh, rl] = mul(rh, rl, bh, bl);
    m >>= 1;
    if (m) [bh, bl] = mul(bh, bl, bh, bl);
  }
  if (!Number.isFinite(rh)) return Math.pow(a, e);
  if (e >= 0) return rh + rl;
  // 1 / (rh + rl): q = 1/rh, corrected by the residual 1 - q·(rh + rl)
  const q = 1 / rh;
  if (!Number.isFinite(q) || q === 0) return Math.pow(a, e);
  const res = fma(-q, rh, 1) - q * rl;
  return q + q * res;
}

/** Hurwitz zeta ζ(x, q) in double (Cephes; PyTorch's CPU accumulates in double for float too). */
export function zeta(x: number, q: number): number {
  const MACHEP = 1.11022302462515654042E-16;
  if (x === 1) return Infinity;
  if (x < 1) return NaN;
  if (q <= 0) {
    if (q === Math.floor(q)) return Infinity;
    if (x !== Math.floor(x)) return NaN;
  }
  let s = pow(q, -x), a = q, i = 0, b = 0;
  while (i < 9 || a <= 9.0) {
    i += 1;
    a += 1;
    b = pow(a, -x);
    s += b;
    if (-MACHEP * s < b && b < MACHEP * s) return s;
  }
  const w = a;
  s += b * w / (x - 1);
  s -= 0.5 * b;
  a = 1;
  let k = 0;
  for (i = 0; i < 12; i++) {
    a *= x + k;
    b /= w;
    let t = a * b / ZETA_A[i];
    s = s + t;
    t = Math.abs(t / s);
    if (t < MACHEP) return s;
    k += 1;
    a *= x + k;
    b /= w;
    k += 1;
  }
  return s;
}

/** polygamma(n, x) for n ≥ 2: (-1)^(n+1) n! ζ(n+1, x), the factor as exp(lgamma(n + 1)) in the dtype. */
export function polygammaN(n: number, x: number, single: boolean): number {
  if (single) {
    // n! as exp(lgamma(n + 1)) in double, rounded to float (what PyTorch's float kernel gets: 120 for n = 5)
    const fac = f(expCR(lgamma64(n + 1)));
    return f(f((n % 2 ? 1 : -1) * fac) * f(zeta(n + 1, f(x))));
  }
  return (n % 2 ? 1 : -1) * expCR(lgamma64(n + 1)) * zeta(n + 1, x);
}

export function polygamma(n: number, x: number, single: boolean): number {
  if (n === 0) return single ? digamma32(x) : digamma64(x);
  if (n === 1) return single ? trigamma32(x) : trigamma64(x);
  return polygammaN(n, x, single);
}

// --- erfinv (calc_erfinv) -------------------------------------------------------------------------------------------
const EI_A = [0.886226899, -1.645349621, 0.914624893, -0.140543331];
const EI_B = [-2.118377725, 1.442710462, -0.329097515, 0.012229801];
const EI_C = [-1.970840454, -1.624906493, 3.429567803, 1.641345311];
const EI_D = [3.543889200, 1.637067800];

export function erfinv(y: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  const [a, b, c, d] = [EI_A.map(r), EI_B.map(r), EI_C.map(r), EI_D.map(r)];
  const fm = single ? fmaf : fma;
  y = r(y);
  const yAbs = Math.abs(y);
  if (yAbs > 1) return NaN;
  if (yAbs === 1) return y > 0 ? Infinity : -Infinity;
  let x: number;
  if (yAbs <= r(0.7)) {
    const z = r(y * y);
    const num = fm(fm(fm(a[3], z, a[2]), z, a[1]), z, a[0]);
    const dem = fm(fm(fm(fm(b[3], z, b[2]), z, b[1]), z, b[0]), z, 1);
    x = r(r(y * num) / dem);
  } else {
    const z = r(Math.sqrt(r(-r((single ? logfGlibc : logCR)(r(r(1 - yAbs) / 2))))));
    const num = fm(fm(fm(c[3], z, c[2]), z, c[1]), z, c[0]);
    const dem = fm(fm(d[1], z, d[0]), z, 1);
    x = r((y < 0 || Object.is(y, -0) ? -Math.abs(num) : Math.abs(num)) / dem);
  }
  // 2 / sqrt(π) as static_cast<T>(2.0) / static_cast<T>(std::sqrt(pi)); float: glibc's erff and expf
  const twoOverSqrtPi = r(2 / r(Math.sqrt(Math.PI)));
  const erf1 = single ? (v: number): number => glibcF32(4, v) : erfGlibc, exp1 = single ? (v: number): number => glibcF32(0, v) : expCR;
  for (let i = 0; i < 2; i++) {
    x = r(x - r(r(erf1(x) - y) / r(twoOverSqrtPi * exp1(r(-x * x)))));
  }
  return x;
}

// --- modified Bessel functions (calc_i0, calc_i1 and the scaled i0e, i1e) --------------------------------------------
const I0_A = [-4.41534164647933937950E-18, 3.33079451882223809783E-17, -2.43127984654795469359E-16, 1.71539128555513303061E-15,
  -1.16853328779934516808E-14, 7.67618549860493561688E-14, -4.85644678311192946090E-13, 2.95505266312963983461E-12,
  -1.72682629144155570723E-11, 9.67580903537323691224E-11, -5.18979560163526290666E-10, 2.65982372468238665035E-9,
  -1.30002500998624804212E-8, 6.04699502254191894932E-8, -2.67079385394061173391E-7, 1.11738753912010371815E-6,
  -4.41673835845875056359E-6, 1.64484480707288970893E-5, -5.75419501008210370398E-5, 1.88502885095841655729E-4,
  -5.76375574538582365885E-4, 1.63947561694133579842E-3, -4.32430999505057594430E-3, 1.05464603945949983183E-2,
  -2.37374148058994688156E-2, 4.93052842396707084878E-2, -9.49010970480476444210E-2, 1.71620901522208775349E-1,
  -3.04682672343198398683E-1, 6.76795274409476084995E-1];
const I0_B = [-7.23318048787475395456E-18, -4.83050448594418207126E-18, 4.46562142029675999901E-17, 3.46122286769746109310E-17,
  -2.82762398051658348494E-16, -3.42548561967721913462E-16, 1.77256013305652638360E-15, 3.81168066935262242075E-15,
  -9.55484669882830764870E-15, -4.15056934728722208663E-14, 1.54008621752140982691E-14, 3.85277838274214270114E-13,
  7.18012445138366623367E-13, -1.79417853150680611778E-12, -1.32158118404477131188E-11, -3.14991652796324136454E-11,
  1.18891471078464383424E-11, 4.94060238822496958910E-10, 3.39623202570838634515E-9, 2.26666899049817806459E-8,
  2.04891858946906374183E-7, 2.89137052083475648297E-6, 6.88975834691682398426E-5, 3.36911647825569408990E-3,
  8.04490411014108831608E-1];
const I1_A64 = [2.77791411276104639959E-18, -2.11142121435816608115E-17, 1.55363195773620046921E-16, -1.10559694773538630805E-15,
  7.60068429473540693410E-15, -5.04218550472791168711E-14, 3.22379336594557470981E-13, -1.98397439776494371520E-12,
  1.17361862988909016308E-11, -6.66348972350202774223E-11, 3.62559028155211703701E-10, -1.88724975172282928790E-9,
  9.38153738649577178388E-9, -4.44505912879632808065E-8, 2.00329475355213526229E-7, -8.56872026469545474066E-7,
  3.47025130813767847674E-6, -1.32731636560394358279E-5, 4.78156510755005422638E-5, -1.61760815825896745588E-4,
  5.12285956168575772895E-4, -1.51357245063125314899E-3, 4.15642294431288815669E-3, -1.05640848946261981558E-2,
  2.47264490306265168283E-2, -5.29459812080949914269E-2, 1.02643658689847095384E-1, -1.76416518357834055153E-1,
  2.52587186443633654823E-1];
const I1_B64 = [7.51729631084210481353E-18, 4.41434832307170791151E-18, -4.65030536848935832153E-17, -3.20952592199342395980E-17,
  2.96262899764595013876E-16, 3.30820231092092828324E-16, -1.88035477551078244854E-15, -3.81440307243700780478E-15,
  1.04202769841288027642E-14, 4.27244001671195135429E-14, -2.10154184277266431302E-14, -4.08355111109219731823E-13,
  -7.19855177624590851209E-13, 2.03562854414708950722E-12, 1.41258074366137813316E-11, 3.25260358301548823856E-11,
  -1.89749581235054123450E-11, -5.58974346219658380687E-10, -3.83538038596423702205E-9, -2.63146884688951950684E-8,
  -2.51223623787020892529E-7, -3.88256480887769039346E-6, -1.10588938762623716291E-4, -9.76109749136146840777E-3,
  7.78576235018280120474E-1];
// float32 uses the tails of the double tables (PyTorch's float coefficient lists)
const I1_A32 = I1_A64.slice(12).map(f);
const I1_B32 = I1_B64.slice(18).map(f);
const I0_A32 = I0_A.map(f), I0_B32 = I0_B.map(f);

function chbevl(x: number, c: readonly number[], r: (v: number) => number): number {
  let b0 = c[0], b1 = 0, b2 = 0;
  const fm = r === f ? fmaf : fma;
  for (let i = 1; i < c.length; i++) { b2 = b1; b1 = b0; b0 = r(fm(x, b1, -b2) + c[i]); }
  return r(0.5 * r(b0 - b2));
}

export function i0(x0: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  const x = Math.abs(r(x0));
  if (x <= 8) {
    const y = r(r(x / 2) - 2);
    return r((single ? expF(x) : expCR(x)) * chbevl(y, single ? I0_A32 : I0_A, r));
  }
  return r(r((single ? expF(x) : expCR(x)) * chbevl(r(r(32 / x) - 2), single ? I0_B32 : I0_B, r)) / r(Math.sqrt(x)));
}

export function i0e(x0: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  const x = Math.abs(r(x0));
  if (x <= 8) return chbevl(r(r(x / 2) - 2), single ? I0_A32 : I0_A, r);
  return r(chbevl(r(r(32 / x) - 2), single ? I0_B32 : I0_B, r) / r(Math.sqrt(x)));
}

export function i1(x0: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  const xs = r(x0), x = Math.abs(xs);
  let out: number;
  if (x <= 8) {
    const y = r(r(x / 2) - 2);
    out = r(r((single ? expF(x) : expCR(x)) * x) * chbevl(y, single ? I1_A32 : I1_A64, r));
  } else {
    out = r(r((single ? expF(x) : expCR(x)) * chbevl(r(r(32 / x) - 2), single ? I1_B32 : I1_B64, r)) / r(Math.sqrt(x)));
  }
  return xs < 0 ? -out : out;
}

export function i1e(x0: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  const xs = r(x0), x = Math.abs(xs);
  let out: number;
  if (x <= 8) out = r(chbevl(r(r(x / 2) - 2), single ? I1_A32 : I1_A64, r) * x);
  else out = r(chbevl(r(r(32 / x) - 2), single ? I1_B32 : I1_B64, r) / r(Math.sqrt(x)));
  return xs < 0 ? -out : out;
}

// --- small helpers ----------------------------------------------------------------------------------------------------
/** nextafter(x, y) on doubles, or on floats (single). */
export function nextafter(x: number, y: number, single: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (single) {
    const b = new Float32Array([x]), u = new Int32Array(b.buffer);
    if (x === 0) { u[0] = 1; return y > 0 ? b[0] : -b[0]; }
    if ((y > x) === (x > 0)) u[0]++; else u[0]--;
    return b[0];
  }
  const b = new Float64Array([x]), u = new BigInt64Array(b.buffer);
  if (x === 0) { u[0] = 1n; return y > 0 ? b[0] : -b[0]; }
  if ((y > x) === (x > 0)) u[0]++; else u[0]--;
  return b[0];
}

// --- ndtri (calc_ndtri, Cephes) -----------------------------------------------------------------------------------------
const ND_P0 = [-5.99633501014107895267E1, 9.80010754185999661536E1, -5.66762857469070293439E1, 1.39312609387279679503E1, -1.23916583867381258016E0];
const ND_Q0 = [1.00000000000000000000E0, 1.95448858338141759834E0, 4.67627912898881538453E0, 8.63602421390890590575E1, -2.25462687854119370527E2,
  2.00260212380060660359E2, -8.20372256168333339912E1, 1.59056225126211695515E1, -1.18331621121330003142E0];
const ND_P1 = [4.05544892305962419923E0, 3.15251094599893866154E1, 5.71628192246421288162E1, 4.40805073893200834700E1, 1.46849561928858024014E1,
  2.18663306850790267539E0, -1.40256079171354495875E-1, -3.50424626827848203418E-2, -8.57456785154685413611E-4];
const ND_Q1 = [1.00000000000000000000E0, 1.57799883256466749731E1, 4.53907635128879210584E1, 4.13172038254672030440E1, 1.50425385692907503408E1,
  2.50464946208309415979E0, -1.42182922854787788574E-1, -3.80806407691578277194E-2, -9.33259480895457427372E-4];
const ND_P2 = [3.23774891776946035970E0, 6.91522889068984211695E0, 3.93881025292474443415E0, 1.33303460815807542389E0, 2.01485389549179081538E-1,
  1.23716634817820021358E-2, 3.01581553508235416007E-4, 2.65806974686737550832E-6, 6.23974539184983293730E-9];
const ND_Q2 = [1.00000000000000000000E0, 6.02427039364742014255E0, 3.67983563856160859403E0, 1.37702099489081330271E0, 2.16236993594496635890E-1,
  1.34204006088543189037E-2, 3.28014464682127739104E-4, 2.89247864745380683936E-6, 6.79019408009981274425E-9];
const ND32 = [ND_P0, ND_Q0, ND_P1, ND_Q1, ND_P2, ND_Q2].map((a) => a.map(f));

function polevl(x: number, c: readonly number[], single: boolean): number {
  let r = 0;
  for (const a of c) r = single ? fmaf(r, x, a) : fma(r, x, a);
  return r;
}

export function ndtri(y0: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  const [P0, Q0, P1, Q1, P2, Q2] = single ? ND32 : [ND_P0, ND_Q0, ND_P1, ND_Q1, ND_P2, ND_Q2];
  y0 = r(y0);
  if (y0 === 0) return -Infinity;
  if (y0 === 1) return Infinity;
  if (y0 < 0 || y0 > 1 || Number.isNaN(y0)) return NaN;
  const e2 = r(0.13533528323661269189);
  let code = true, y = y0;
  if (y > r(1 - e2)) { y = r(1 - y); code = false; }
  if (y > e2) {
    y = r(y - 0.5);
    const y2 = r(y * y);
    const x = r(y + r(y * r(r(y2 * polevl(y2, P0, single)) / polevl(y2, Q0, single))));
    return r(x * r(2.50662827463100050242E0));
  }
  const lg = single ? logF : logCR;
  let x = r(Math.sqrt(r(-2 * r(lg(y)))));
  const x0 = r(x - r(r(lg(x)) / x));
  const z = r(1 / x);
  const x1 = x < 8 ? r(r(z * polevl(z, P1, single)) / polevl(z, Q1, single)) : r(r(z * polevl(z, P2, single)) / polevl(z, Q2, single));
  x = r(x0 - x1);
  return code ? -x : x;
}

/**
 * hypot to about 0.5 ulp (glibc's and SLEEF's are nearly correctly rounded; Math.hypot is not): the square root of
 * the scaled sum of squares, corrected once by the exact residual.
 */
export function hypot(x: number, y: number): number {
  x = Math.abs(x); y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x < y) { const t = x; x = y; y = t; }
  if (x === 0) return 0;
  // scale by a power of two so that the squares neither overflow nor underflow
  const e = Math.max(-1000, Math.min(1000, Math.floor(Math.log2(x))));
  const sc = 2 ** -e;
  const a = x * sc, b = y * sc;
  const h = Math.sqrt(a * a + b * b);
  // residual a² + b² - h², each product exact by fma
  const aa = a * a, ae = fma(a, a, -aa), bb = b * b, be = fma(b, b, -bb), hh = h * h, he = fma(h, h, -hh);
  const res = ((aa - hh) + bb) + (ae + be - he);
  return (h + res / (2 * h)) / sc;
}

// --- erfcx, log_ndtr ----------------------------------------------------------------------------------------------------
/** erfcx(x) = exp(x²)·erfc(x): directly below 0.6, by erfc's continued fraction above; 2·exp(x²) - erfcx(-x) below 0. */
export function erfcx(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return x < -26.7 ? Infinity : x < -6.1 ? 2 * expCR(x * x) : 2 * expCR(x * x) - erfcx(-x);
  if (x < 0.6) return expCR(x * x) * erfcCR(x);
  if (x > 1e8) return 1 / (Math.sqrt(Math.PI) * x);
  let cf = x;
  for (let k = x < 3 ? 2000 : 200; k >= 1; k--) cf = x + (k / 2) / cf;
  return 1 / (Math.sqrt(Math.PI) * cf);
}

/** erfcx in float: below 0, 2·exp(x²) with x² and exp rounded to float (as PyTorch's float kernel). */
export function erfcx32(x: number): number {
  x = f(x);
  if (x >= 0 || Number.isNaN(x)) return f(erfcx(x));
  if (x < -26.7) return Infinity;
  const e = f(2 * expF(f(x * x)));
  return x < -6.1 ? e : f(e - f(erfcx(-x)));
}

/** log Φ(x) as calc_log_ndtr: log(erfcx(-t)/2) - t² below -1 (t = x/√2), else log1p(-erfc(t)/2); in the dtype. */
export function logNdtr(x: number, single: boolean): number {
  const r: (v: number) => number = single ? f : (v) => v;
  x = r(x);
  const t = r(x * Math.SQRT1_2);
  if (x < -1) return r(r(logCR(r((single ? erfcx32(-t) : erfcx(-t)) / 2))) - r(t * t));
  return r(Math.log1p(r(-r(r(erfcCR(t)) / 2))));
}

// --- exp and log rounded as glibc's (V8's Math.exp/Math.log are not correctly rounded: ~10% and ~5% of doubles end a
// bit apart from glibc's, which std::exp/std::log in PyTorch's scalar kernels call) ---------------------------------------
const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;

/** e^x as a double-double [hi, lo] (|x| ≤ 700): x = k·ln2 + r, e^r by its Taylor series in double-double. */
function expDD(x: number): [number, number] {
  const k = Math.round(x / Math.LN2);
  // r = x - k·ln2 as a double-double (k·LN2_HI is exact: LN2_HI has 32 significant bits)
  const rh0 = x - k * LN2_HI;
  const p = k * LN2_LO, pe = fma(k, LN2_LO, -p);
  let rh = rh0 - p;
  let rl = ((rh0 - rh) - p) - pe;
  const t = rh + rl; rl = rl - (t - rh); rh = t;
  // Σ r^n / n! with terms in double-double
  let sh = 1, sl = 0, th = 1, tl = 0;
  for (let n = 1; n <= 27; n++) {
    // term *= r / n
    let ph = th * rh;
    let pl = fma(th, rh, -ph) + (th * rl + tl * rh);
    let q = ph + pl; pl = pl - (q - ph); ph = q;
    th = ph / n;
    tl = (fma(-th, n, ph) + pl) / n;
    q = th + tl; tl = tl - (q - th); th = q;
    // sum += term
    const s = sh + th, bv = s - sh;
    const e = (sh - (s - bv)) + (th - bv) + sl + tl;
    sh = s + e; sl = e - (sh - s);
    if (Math.abs(th) < 1e-36) break;
  }
  const scale = 2 ** k;
  return [sh * scale, sl * scale];
}

/** e^x of a float as glibc's expf (the wasm port, glibc.ts: its FMA build). */
export function expF(x: number): number { return glibcF32(0, x); }

/** log of a float as glibc's logf (logfGlibc). */
export function logF(y: number): number { return logfGlibc(f(y)); }

/** e^x rounded as glibc's exp (correctly rounded but for the rarest cases). */
export function expCR(x: number): number {
  if (!(Math.abs(x) <= 700)) return Math.exp(x);
  const [h, l] = expDD(x);
  return h + l;
}

/** 2^x rounded as glibc's exp2 (correctly rounded but for the rarest cases): 2^k · e^(r·ln2), r·ln2 in double-double. */
export function exp2CR(x: number): number {
  if (!(Math.abs(x) <= 1000) || Number.isInteger(x)) return 2 ** x;
  const k = Math.round(x), r = x - k;
  const LN2H = 0.6931471805599453, LN2L = 2.3190468138462996e-17;
  const rh = r * LN2H, rl = fma(r, LN2H, -rh) + r * LN2L;
  const [h, l] = expDD(rh);
  const y = h + (l + h * rl);
  return k < -1020 ? (y * 2 ** (k + 600)) * 2 ** -600 : y * 2 ** k;
}

/** log(y) rounded as glibc's log: Math.log corrected by one Newton step against the double-double e^l. */
export function logCR(y: number): number {
  const l0 = Math.log(y);
  if (!Number.isFinite(l0) || !(y > 1e-300 && y < 1e300)) return l0;
  const [eh, el] = expDD(l0);
  // l = l0 + (y - e^l0) / e^l0, the difference formed exactly
  const d = (y - eh) - el;
  return l0 + d / eh;
}

/**
 * x^y rounded as glibc's pow (correctly rounded but for the rarest cases; V8's Math.pow is often an ulp off): e^(y·ln x)
 * with ln x and the product carried as double-doubles. Special values, negative bases and extreme results go to
 * Math.pow, which handles them exactly.
 */
export function powCR(x: number, y: number): number {
  const m = Math.pow(x, y);
  if (!(x > 1e-300 && x < 1e300) || !Number.isFinite(y) || !(Math.abs(m) > 1e-290 && Math.abs(m) < 1e290) || x === 1) return m;
  const l0 = logCR(x);
  const [eh, el] = expDD(l0);
  const lo = ((x - eh) - el) / eh;   // ln x = l0 + lo
  const ph = y * l0;
  const pl = fma(y, l0, -ph) + y * lo;
  const [h, l] = expDD(ph);
  return h + (l + h * pl);
}

// --- erf and erfc rounded as glibc's for |z| ≤ 3 (std::erf/std::erfc in erfinv's Newton steps and log_ndtr) -------------
const TWO_OVER_SQRT_PI_HI = 1.1283791670955126, TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;

/** erf(z) for |z| ≤ 3 as a double-double: 2/√π · Σ (-1)^n z^(2n+1) / (n!(2n+1)), every step in double-double. */
function erfDD(z: number): [number, number] {
  const z2h = z * z, z2l = fma(z, z, -z2h);
  let th = z, tl = 0;      // z^(2n+1) (-1)^n / n!
  let sh = z, sl = 0;
  for (let n = 1; n < 120; n++) {
    // t *= -z² / n
    let ph = th * z2h;
    let pl = fma(th, z2h, -ph) + (th * z2l + tl * z2h);
    let q = ph + pl; pl = pl - (q - ph); ph = -q; pl = -pl;
    th = ph / n;
    tl = (fma(-th, n, ph) + pl) / n;
    q = th + tl; tl = tl - (q - th); th = q;
    // s += t / (2n+1)
    const m = 2 * n + 1;
    const uh = th / m, ul = (fma(-uh, m, th) + tl) / m;
    const s = sh + uh, bv = s - sh;
    const e = (sh - (s - bv)) + (uh - bv) + sl + ul;
    sh = s + e; sl = e - (sh - s);
    if (Math.abs(uh) < 1e-36 * Math.abs(sh)) break;
  }
  // × 2/√π
  const rh = sh * TWO_OVER_SQRT_PI_HI;
  const rl = fma(sh, TWO_OVER_SQRT_PI_HI, -rh) + (sh * TWO_OVER_SQRT_PI_LO + sl * TWO_OVER_SQRT_PI_HI);
  const h = rh + rl;
  return [h, rl - (h - rh)];
}

/** erf, correctly rounded in practice for |z| ≤ 3 (glibc's is), special.ts's erf beyond. */
export function erfCR(z: number): number {
  if (!(Math.abs(z) <= 3)) return erf64(z);
  const [h, l] = erfDD(z);
  return h + l;
}

/** erfc, correctly rounded in practice for -3 ≤ z ≤ 3 (1 - erf in double-double), special.ts's erfc beyond. */
export function erfcCR(z: number): number {
  if (!(Math.abs(z) <= 3)) return erfc64(z);
  const [h, l] = erfDD(z);
  const d = 1 - h;   // exact for h in [0.5, 1]; otherwise the error is below the result's ulp
  return d - l;
}

// --- inverse hyperbolic functions as glibc 2.36 computes them (PyTorch's CPU kernels call std::acosh/asinh/atanh
// element by element) ----------------------------------------------------------------------------------------------
// The float versions are fdlibm's algorithms (Copyright (C) 1993 by Sun Microsystems, Inc. "Permission to use, copy,
// modify, and distribute this software is freely granted, provided that this notice is preserved.") evaluated in
// float arithmetic (every step rounded by Math.fround), over logf as glibc's x86-64 FMA build runs it: the
// algorithm and constants of ARM's optimized-routines logf (MIT), a 16-entry table of 1/c and log(c) and a cubic,
// its multiply-adds fused. Checked bit for bit against PyTorch 1.13.1 on 120,000 inputs (test/unit/
// special-scalar.test.ts). The double versions follow the same fdlibm algorithms in double over logCR, and can
// differ from glibc's in the last bit (about 3 inputs in 10,000).
const u32 = new Uint32Array(1), f32v = new Float32Array(u32.buffer);
const f32bits = (x: number): number => { f32v[0] = x; return u32[0] | 0; };
const f32from = (b: number): number => { u32[0] = b >>> 0; return f32v[0]; };
// logf: (1/c, log c) for 16 subintervals of [0x3f330000, 2·0x3f330000), ln 2 and the cubic of log1p(r)
const LOGF_TAB: [number, number][] = [
  [1.398907162146528, -0.33569133332882284], [1.3403141896637998, -0.2929040563774074], [1.286432210124115, -0.2518726580937369],
  [1.2367150214269895, -0.21245868807117255], [1.1906977166711752, -0.17453945183745634], [1.1479821020556429, -0.1380057072319758],
  [1.1082251448272158, -0.10275976698545139], [1.0711297413057381, -0.06871392447020525], [1.036437278977283, -0.0357891387398228],
  [1.0, 0.0], [0.9492859795739057, 0.05204517742929496], [0.8951049428609004, 0.11081431298787942],
  [0.8476821620351103, 0.1652495223695143], [0.8050314851692001, 0.21687389031699977], [0.7664671008843108, 0.2659635028121397],
  [0.731428603316328, 0.3127556664073557],
];
const LOGF_LN2 = 0.6931471805599453, LOGF_A = [-0.25089342214237154, 0.333456765744066, -0.4999997485802103];
/** log of a float as glibc's logf (its x86-64 FMA build), rounded to float. */
export function logfGlibc(x: number): number {
  f32v[0] = x; let ix = u32[0];
  if (ix === 0x3f800000) return 0;
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || ix < 0x00800000) {
    if ((ix * 2) % 2 ** 32 === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if (ix & 0x80000000 || ix * 2 >= 0xff000000) return NaN;
    f32v[0] = Math.fround(x * 2 ** 23); ix = u32[0] - (23 << 23);
  }
  const tmp = (ix - 0x3f330000) >>> 0;
  const i = (tmp >>> 19) % 16;
  const k = tmp | 0 ? (tmp | 0) >> 23 : 0;
  u32[0] = (ix - (tmp & (0x1ff << 23))) >>> 0;
  const z = f32v[0];
  const [invc, logc] = LOGF_TAB[i];
  const r = fma(z, invc, -1);
  const y0 = fma(k, LOGF_LN2, logc);
  const r2 = r * r;
  let y = fma(LOGF_A[1], r, LOGF_A[2]);
  y = fma(LOGF_A[0], r2, y);
  y = fma(y, r2, y0 + r);
  return Math.fround(y);
}


const LOG1PF_LN2_HI = f(6.9313812256e-01), LOG1PF_LN2_LO = f(9.0580006145e-06);
const LOG1PF_LP = [6.6666668653e-01, 4.0000000596e-01, 2.8571429849e-01, 2.2222198546e-01, 1.8183572590e-01,
  1.5313838422e-01, 1.4798198640e-01].map(f);
/** log1p in float arithmetic (fdlibm's s_log1pf). */
export function log1pf(x: number): number {
  const hx = f32bits(x), ax = hx & 0x7fffffff;
  let k = 1, fv = 0, hu = 0, c = 0;
  if (hx < 0x3ed413d7) {                                         // x < 0.41422
    if (ax >= 0x3f800000) return x === -1 ? -Infinity : NaN;     // x <= -1
    if (ax < 0x31000000) return ax < 0x24800000 ? x : f(x - f(f(x * x) * 0.5));
    if (hx > 0 || hx <= (0xbe95f61f | 0)) { k = 0; fv = x; hu = 1; }   // -0.2929 < x < 0.41422
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f(1 + x); hu = f32bits(u); k = (hu >> 23) - 127;
      c = f((k > 0 ? f(1 - f(u - x)) : f(x - f(u - 1))) / u);   // correction term
    } else { u = x; hu = f32bits(u); k = (hu >> 23) - 127; c = 0; }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) u = f32from(hu | 0x3f800000);
    else { k += 1; u = f32from(hu | 0x3f000000); hu = (0x00800000 - hu) >> 2; }
    fv = f(u - 1);
  }
  const hfsq = f(f(0.5 * fv) * fv);
  if (hu === 0) {                                                  // |f| < 2^-20
    if (fv === 0) return k === 0 ? 0 : f(f(k * LOG1PF_LN2_HI) + f(c + f(k * LOG1PF_LN2_LO)));
    const R = f(hfsq * f(1 - f(f(0.66666666666666666) * fv)));
    return k === 0 ? f(fv - R) : f(f(k * LOG1PF_LN2_HI) - f(f(R - f(f(k * LOG1PF_LN2_LO) + c)) - fv));
  }
  const s = f(fv / f(2 + fv)), z = f(s * s);
  let R = LOG1PF_LP[6];
  for (let i = 5; i >= 0; i--) R = f(LOG1PF_LP[i] + f(z * R));
  R = f(z * R);
  if (k === 0) return f(fv - f(hfsq - f(s * f(hfsq + R))));
  return f(f(k * LOG1PF_LN2_HI) - f(f(hfsq - f(f(s * f(hfsq + R)) + f(f(k * LOG1PF_LN2_LO) + c))) - fv));
}
const dv64 = new DataView(new ArrayBuffer(8));
const hiWord = (x: number): number => { dv64.setFloat64(0, x); return dv64.getInt32(0); };
const withHiWord = (x: number, hi: number): number => { dv64.setFloat64(0, x); dv64.setInt32(0, hi); return dv64.getFloat64(0); };
const LOG1P_LN2_HI = 6.93147180369123816490e-01, LOG1P_LN2_LO = 1.90821492927058770002e-10;
const LOG1P_LP = [0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
  2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];
/** log1p in double (fdlibm's s_log1p). */
export function log1p64(x: number): number {
  const hx = hiWord(x), ax = hx & 0x7fffffff;
  let k = 1, fv = 0, hu = 0, c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN;
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) { k = 0; fv = x; hu = 1; }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) { u = 1 + x; hu = hiWord(u); k = (hu >> 20) - 1023; c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u; }
    else { u = x; hu = hiWord(u); k = (hu >> 20) - 1023; c = 0; }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHiWord(u, hu | 0x3ff00000);
    else { k += 1; u = withHiWord(u, hu | 0x3fe00000); hu = (0x00100000 - hu) >> 2; }
    fv = u - 1;
  }
  const hfsq = 0.5 * fv * fv;
  if (hu === 0) {
    if (fv === 0) return k === 0 ? 0 : k * LOG1P_LN2_HI + (c + k * LOG1P_LN2_LO);
    const R = hfsq * (1 - 0.66666666666666666 * fv);
    return k === 0 ? fv - R : k * LOG1P_LN2_HI - ((R - (k * LOG1P_LN2_LO + c)) - fv);
  }
  const s = fv / (2 + fv), z = s * s;
  const z2 = z * z, z4 = z2 * z2, z6 = z4 * z2;
  const R = z * LOG1P_LP[1] + z2 * (LOG1P_LP[2] + z * LOG1P_LP[3]) + z4 * (LOG1P_LP[4] + z * LOG1P_LP[5]) + z6 * (LOG1P_LP[6] + z * LOG1P_LP[7]);
  if (k === 0) return fv - (hfsq - s * (hfsq + R));
  return k * LOG1P_LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LOG1P_LN2_LO + c))) - fv);
}
const LN2F = f(6.9314718246e-01), LN2D = 6.93147180559945286227e-01;
const withSign = (w: number, x: number): number => (x < 0 || Object.is(x, -0) ? -w : w);
/** asinh: log(|x| + sqrt(x² + 1)) in the forms fdlibm picks for |x| > 2^14 (2^28), > 2, and below. */
export function asinh(x: number, single: boolean): number {
  const ax = Math.abs(x);
  if (single) {
    const ix = f32bits(x) & 0x7fffffff;
    if (ix < 0x38000000) return x;                                  // |x| < 2^-14
    if (ix >= 0x7f800000) return x + x;
    if (ix > 0x47000000) return withSign(f(logfGlibc(ax) + LN2F), x);
    if (ix > 0x40000000) return withSign(logfGlibc(f(f(2 * ax) + f(1 / f(f(Math.sqrt(f(f(ax * ax) + 1))) + ax)))), x);
    const t = f(ax * ax);
    return withSign(log1pf(f(ax + f(t / f(1 + f(Math.sqrt(f(1 + t))))))), x);
  }
  if (ax < 2 ** -28 || !Number.isFinite(x)) return x + (Number.isFinite(x) ? 0 : x);
  if (ax > 2 ** 28) return withSign(logCR(ax) + LN2D, x);
  if (ax > 2) return withSign(logCR(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax)), x);
  const t = ax * ax;
  return withSign(log1p64(ax + t / (1 + Math.sqrt(1 + t))), x);
}
/** acosh: NaN below 1, log(2x) above 2^28, log(2x - 1/(x + sqrt(x² - 1))) above 2, log1p(t + sqrt(2t + t²)) below. */
export function acosh(x: number, single: boolean): number {
  if (single) {
    const hx = f32bits(x);
    if (hx < 0x3f800000) return NaN;                                // x < 1 (negatives too)
    if (hx >= 0x4d800000) return hx >= 0x7f800000 ? x + x : f(logfGlibc(x) + LN2F);
    if (hx === 0x3f800000) return 0;
    if (hx > 0x40000000) return logfGlibc(f(f(2 * x) - f(1 / f(x + f(Math.sqrt(f(f(x * x) - 1)))))));
    const t = f(x - 1);
    return log1pf(f(t + f(Math.sqrt(f(f(2 * t) + f(t * t))))));
  }
  if (!(x >= 1)) return NaN;
  if (x > 2) return x >= 2 ** 28 ? (x === Infinity ? x : logCR(x) + LN2D) : logCR(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  if (x === 1) return 0;
  const t = x - 1;
  return log1p64(t + Math.sqrt(2 * t + t * t));
}
/** atanh: 0.5·log1p(2x + 2x²/(1 - x)) below 0.5, 0.5·log1p(2x/(1 - x)) up to 1, ±inf at ±1, NaN beyond. */
export function atanh(x: number, single: boolean): number {
  const r = single ? f : (v: number): number => v;
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = r(xa + xa);
    t = r(0.5 * (single ? log1pf : log1p64)(r(t + r(r(t * xa) / r(1 - xa)))));
  } else if (xa < 1) t = r(0.5 * (single ? log1pf : log1p64)(r(r(xa + xa) / r(1 - xa))));
  else return xa > 1 || Number.isNaN(x) ? NaN : x / 0;
  return withSign(t, x);
}

// --- glibc 2.36's exp2f and log2f (x86-64 FMA builds; ARM optimized-routines' algorithms, MIT licence as glibc
// carries them: sysdeps/ieee754/flt-32/e_exp2f.c, e_log2f.c), for std::exp2 / std::log2 / std::pow(2.f, x) on floats.
const EXP2F_TAB = [
  0x3ff0000000000000n, 0x3fefd9b0d3158574n, 0x3fefb5586cf9890fn, 0x3fef9301d0125b51n, 0x3fef72b83c7d517bn, 0x3fef54873168b9aan,
  0x3fef387a6e756238n, 0x3fef1e9df51fdee1n, 0x3fef06fe0a31b715n, 0x3feef1a7373aa9cbn, 0x3feedea64c123422n, 0x3feece086061892dn,
  0x3feebfdad5362a27n, 0x3feeb42b569d4f82n, 0x3feeab07dd485429n, 0x3feea47eb03a5585n, 0x3feea09e667f3bcdn, 0x3fee9f75e8ec5f74n,
  0x3feea11473eb0187n, 0x3feea589994cce13n, 0x3feeace5422aa0dbn, 0x3feeb737b0cdc5e5n, 0x3feec49182a3f090n, 0x3feed503b23e255dn,
  0x3feee89f995ad3adn, 0x3feeff76f2fb5e47n, 0x3fef199bdd85529cn, 0x3fef3720dcef9069n, 0x3fef5818dcfba487n, 0x3fef7c97337b9b5fn,
  0x3fefa4afa2a490dan, 0x3fefd0765b6e4540n,
];
const EXP2F_C = [0.05550361559341535, 0.2402284522445722, 0.6931471806916203];
const f64v = new Float64Array(1), u64v = new BigUint64Array(f64v.buffer);
/** 2^x of a float as glibc's exp2f (its FMA build), rounded to float. */
export function exp2fGlibc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) >= 128) {
    if (x === -Infinity) return 0;
    if (x === Infinity) return x;
    if (x > 0) return Infinity;
    if (x <= -150) return 0;
  }
  const SHIFT = 6755399441055744.0 / 32;
  let kd = x + SHIFT;
  f64v[0] = kd; const ki = u64v[0];
  kd -= SHIFT;
  const r = x - kd;
  u64v[0] = (EXP2F_TAB[Number(ki % 32n)] + (ki << 47n)) & 0xffffffffffffffffn;
  const s = f64v[0];
  const z = fma64(EXP2F_C[0], r, EXP2F_C[1]);
  const r2 = r * r;
  let y = fma64(EXP2F_C[2], r, 1);
  y = fma64(z, r2, y);
  return f(y * s);
}
const LOG2F_TAB: [number, number][] = [
  [1.398907162146528, -0.48430022186289673], [1.3403141896637998, -0.42257122959194704],
  [1.286432210124115, -0.3633754347673556], [1.2367150214269895, -0.30651309567405577],
  [1.1906977166711752, -0.25180720160537634], [1.1479821020556429, -0.19910014943794563],
  [1.1082251448272158, -0.14825100623281615], [1.0711297413057381, -0.09913323807318392],
  [1.036437278977283, -0.051632812977629436], [1.0, 0], [0.9492859795739057, 0.07508531937943004],
  [0.8951049428609004, 0.15987125980713107], [0.8476821620351103, 0.2384046664317681],
  [0.8050314851692001, 0.31288288605863257], [0.7664671008843108, 0.38370422656453185],
  [0.731428603316328, 0.451211048935815],
];
const LOG2F_A = [-0.36051725506874704, 0.4811247078767291, -0.7213476299867769, 1.4426950186867042];
/** log2 of a float as glibc's log2f (its FMA build), rounded to float. */
export function log2fGlibc(x: number): number {
  f32v[0] = x; let ix = u32[0];
  if (ix === 0x3f800000) return 0;
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || ix < 0x00800000) {
    if ((ix * 2) % 2 ** 32 === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if (ix & 0x80000000 || ix * 2 >= 0xff000000) return NaN;
    f32v[0] = Math.fround(x * 2 ** 23); ix = u32[0] - (23 << 23);
  }
  const tmp = (ix - 0x3f330000) >>> 0;
  const i = (tmp >>> 19) % 16;
  const top = (tmp & 0xff800000) >>> 0;
  u32[0] = (ix - top) >>> 0;
  const z = f32v[0];
  const k = (tmp | 0) >> 23;
  const [invc, logc] = LOG2F_TAB[i];
  const r = fma64(z, invc, -1);
  const y0 = logc + k;
  const r2 = r * r;
  let y = fma64(LOG2F_A[1], r, LOG2F_A[2]);
  y = fma64(LOG2F_A[0], r2, y);
  const p = fma64(LOG2F_A[3], r, y0);
  y = fma64(y, r2, p);
  return Math.fround(y);
}

// --- glibc 2.36's sinf (x86-64 FMA build; ARM optimized-routines' algorithm: sysdeps/ieee754/flt-32/s_sinf.c with
// x86's sincosf_poly.h), for std::sin on floats.
const SINF_HPI_INV = 10680707.430881744, SINF_HPI = 1.5707963267948966, SINF_PI63 = 3.4061215800865545e-19;
const SINF_S = [-0.16666654943701084, 0.008332178146138854, -0.00019517298981385725];
const SINF_C = [1, -0.49999999725108224, 0.041666623324344516, -0.001388676379437604, 2.4390450703564542e-05];
const INV_PIO4 = [
  0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e, 0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529, 0x441529fc, 0x1529fc27, 0x29fc2757,
  0xfc2757d1, 0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db, 0xddc0db62, 0xc0db6295, 0xdb629599, 0x6295993c,
  0x95993c43, 0x993c4390, 0x3c439041,
].map(BigInt);
function sinfPoly(x: number, x2: number, n: number, neg: boolean): number {
  let r: number;
  if ((n & 1) === 0) {
    const x3 = x * x2, s1 = fma64(x2, SINF_S[2], SINF_S[1]), x7 = x3 * x2, s = fma64(x3, SINF_S[0], x);
    r = fma64(x7, s1, s);
  } else {
    const sg = neg ? -1 : 1;   // the second table entry negates the cosine polynomial
    const x4 = x2 * x2, c2 = fma64(x2, sg * SINF_C[4], sg * SINF_C[3]), c1 = fma64(x2, sg * SINF_C[1], sg * SINF_C[0]);
    const x6 = x4 * x2, c = fma64(x4, sg * SINF_C[2], c1);
    r = fma64(x6, c2, c);
  }
  return f(r);
}
/** sin of a float as glibc's sinf (its FMA build), rounded to float. */
export function sinfGlibc(y: number): number {
  const xi = f32bits(y) >>> 0, top = (xi >>> 20) & 0x7ff;
  if (top < 0x3f4) {   // |y| < π/4
    if (top < 0x398) return y;   // |y| < 2^-12
    return sinfPoly(y, y * y, 0, false);
  }
  if (top < 0x42f) {   // |y| < 120
    const r = y * SINF_HPI_INV;
    const n = (((r | 0) + 0x800000) >> 24);
    const x = fma64(-n, SINF_HPI, y);
    const s = (n & 3) === 1 || (n & 3) === 2 ? -1 : 1;
    return sinfPoly(x * s, x * x, n, (n & 2) !== 0);
  }
  if (top < 0x7f8) {
    const sign = xi >>> 31;
    const base = (xi >>> 26) & 15, shift = BigInt((xi >>> 23) & 7);
    const m = BigInt(((xi & 0xffffff) | 0x800000) >>> 0) << shift;
    const M64 = (1n << 64n) - 1n;
    let res0 = (m * INV_PIO4[base]) & 0xffffffffn;
    const res1 = m * INV_PIO4[base + 4];
    const res2 = m * INV_PIO4[base + 8];
    res0 = ((res2 >> 32n) | (res0 << 32n)) & M64;
    res0 = (res0 + res1) & M64;
    const nb = ((res0 + (1n << 61n)) & M64) >> 62n;
    res0 = (res0 - (nb << 62n)) & M64;
    const x = Number(BigInt.asIntN(64, res0)) * SINF_PI63;
    const n = Number(nb);
    const q = (n + sign) & 3;
    const s = q === 1 || q === 2 ? -1 : 1;
    return sinfPoly(x * s, x * x, n, ((n + sign) & 2) !== 0);
  }
  return NaN;
}

// --- SLEEF 3.5.1's lgammaf (Sleef_lgammaf8_u10: xlgammaf_u1 with gammafk, logk2f and sinpifk; Boost Software
// License 1.0), which PyTorch 1.13.1's float32 lgamma runs on every element (vml's map over Vectorized::lgamma).
// One lane in float arithmetic: + - × ÷ rounded once through double (exact for these), fused multiply-adds as FMA.
type DF = [number, number];
/** a·b + c rounded once to float (a·b is exact in double; a tie of the double sum is settled by its error). */
function fmaF(a: number, b: number, c: number): number {
  const p = a * b, s = p + c;
  if (!Number.isFinite(s)) return f(s);
  const bb = s - p, e = (p - (s - bb)) + (c - bb);
  const r1 = f(s);
  if (e === 0 || r1 === s) return r1;
  const r2 = 2 * s - r1;
  if (f(r2) !== r2) return r1;
  return (e > 0) === (r2 > r1) ? r2 : r1;
}
const dfF = (d: number): DF => [f(d), f(d - f(d))];
const dfNeg = (x: DF): DF => [-x[0], -x[1]];
const dfNormalize = (t: DF): DF => { const s = f(t[0] + t[1]); return [s, f(f(t[0] - s) + t[1])]; };
const dfScale = (d: DF, s: number): DF => [f(d[0] * s), f(d[1] * s)];
function dfAdd2FF(x: number, y: number): DF {
  const s = f(x + y), v = f(s - x);
  return [s, f(f(x - f(s - v)) + f(y - v))];
}
function dfAdd2FD(x: number, y: DF): DF {
  const s = f(x + y[0]), v = f(s - x);
  return [s, f(f(f(x - f(s - v)) + f(y[0] - v)) + y[1])];
}
function dfAdd2DF(x: DF, y: number): DF {
  const s = f(x[0] + y), v = f(s - x[0]);
  const t = f(f(x[0] - f(s - v)) + f(y - v));
  return [s, f(t + x[1])];
}
function dfAddDD(x: DF, y: DF): DF {
  const s = f(x[0] + y[0]);
  return [s, f(f(f(f(x[0] - s) + y[0]) + x[1]) + y[1])];
}
function dfAdd2DD(x: DF, y: DF): DF {
  const s = f(x[0] + y[0]), v = f(s - x[0]);
  const t = f(f(x[0] - f(s - v)) + f(y[0] - v));
  return [s, f(t + f(x[1] + y[1]))];
}
function dfDiv(n: DF, d: DF): DF {
  const t = f(1 / d[0]), s = f(n[0] * t);
  const u = fmaF(t, n[0], -s);
  const v = fmaF(-d[1], t, fmaF(-d[0], t, 1));
  return [s, fmaF(s, v, fmaF(n[1], t, u))];
}
const dfMulFF = (x: number, y: number): DF => { const s = f(x * y); return [s, fmaF(x, y, -s)]; };
const dfSqu = (x: DF): DF => { const s = f(x[0] * x[0]); return [s, fmaF(f(x[0] + x[0]), x[1], fmaF(x[0], x[0], -s))]; };
const dfMulDD = (x: DF, y: DF): DF => { const s = f(x[0] * y[0]); return [s, fmaF(x[0], y[1], fmaF(x[1], y[0], fmaF(x[0], y[0], -s)))]; };
const dfMulDF = (x: DF, y: number): DF => { const s = f(x[0] * y); return [s, fmaF(x[1], y, fmaF(x[0], y, -s))]; };
/** cvttps2dq: truncation, INT_MIN out of range. */
const truncI = (x: number): number => (Math.abs(x) < 2147483648 ? Math.trunc(x) : -2147483648);

function logk2f(d: DF): DF {
  let v = f(d[0] * f(1 / 0.75));
  const o = v < f(5.421010862427522e-20);
  if (o) v = f(f(1.8446744073709552e19) * v);
  const e = ((f32bits(v) >>> 23) & 0xff) - (o ? 64 + 0x7f : 0x7f);
  const m = dfScale(d, 2 ** -e);
  const x = dfDiv(dfAdd2DF(m, -1), dfAdd2DF(m, 1));
  const x2 = dfSqu(x);
  let t = f(0.2392828464508056640625);
  t = fmaF(t, x2[0], f(0.28518211841583251953125));
  t = fmaF(t, x2[0], f(0.400005877017974853515625));
  t = fmaF(t, x2[0], f(0.666666686534881591796875));
  let s = dfMulDF([f(0.69314718246459960938), f(-1.904654323148236017e-09)], e);
  s = dfAddDD(s, dfScale(x, 2));
  return dfAddDD(s, dfMulDF(dfMulDD(x2, x), t));
}
function sinpifk(d: number): DF {
  const u0 = f(d * 4);
  let q = truncI(u0);
  q = (q + ((q >>> 31) ^ 1)) & ~1;
  let o = (q & 2) === 2;
  let s = f(u0 - q);
  const t = s;
  s = f(s * s);
  const s2 = dfMulFF(t, t);
  let u = f(o ? -0.2430611801e-7 : 0.3093842054e-6);
  u = fmaF(u, s, f(o ? 0.3590577080e-5 : -0.3657307388e-4));
  u = fmaF(u, s, f(o ? -0.3259917721e-3 : 0.2490393585e-2));
  let x = dfAdd2FD(f(u * s), o ? [f(0.015854343771934509277), f(4.4940051354032242811e-10)] : [f(-0.080745510756969451904), f(-1.3373665339076936258e-09)]);
  x = dfAdd2DD(dfMulDD(s2, x), o ? [f(-0.30842512845993041992), f(-9.0728339030733922277e-09)] : [f(0.78539818525314331055), f(-2.1857338617566484855e-08)]);
  x = dfMulDD(x, o ? s2 : [t, 0]);
  if (o) x = dfAdd2DF(x, 1);
  o = (q & 4) === 4;
  return o ? [-x[0], -x[1]] : x;
}
const GF_U: [number, number, number][] = [
  [0.000839498720672087279971000786, 0.9435157776, 0.1102489550e-3], [-5.17179090826059219329394422e-05, 0.8670063615, 0.8160019934e-4],
  [-0.000592166437353693882857342347, 0.4826702476, 0.1528468856e-3], [6.97281375836585777403743539e-05, -0.8855129778e-1, -0.2355068718e-3],
  [0.000784039221720066627493314301, 0.1013825238, 0.4962242092e-3], [-0.000229472093621399176949318732, -0.1493408978, -0.1193488017e-2],
  [-0.002681327160493827160473958490, 0.1697509140, 0.2891599433e-2], [0.003472222222222222222175164840, -0.2072454542, -0.7385451812e-2],
  [0.083333333333333333335592087900, 0.2705872357, 0.2058077045e-1],
];
function gammafk(a: number): [DF, DF] {
  let clc: DF, clln: DF = [1, 0], clld: DF = [1, 0];
  const otiny = Math.abs(a) < f(1e-30), oref = a < 0.5;
  let x: DF = otiny ? [0, 0] : oref ? dfAdd2FF(1, -a) : [a, 0];
  const o0 = 0.5 <= x[0] && x[0] <= f(1.2), o2 = f(2.3) <= x[0];
  let y = dfNormalize(dfMulDD(dfAdd2DF(x, 1), x));
  y = dfNormalize(dfMulDD(dfAdd2DF(x, 2), y));
  const o = o2 && x[0] <= 7;
  if (o) clln = y;
  if (o) x = dfAdd2DF(x, 3);
  const t = o2 ? f(1 / x[0]) : dfNormalize(dfAdd2DF(x, o0 ? -1 : -2))[0];
  const pick = (c: [number, number, number]): number => f(o2 ? c[0] : o0 ? c[1] : c[2]);
  let u = pick(GF_U[0]);
  for (let i = 1; i < GF_U.length; i++) u = fmaF(u, t, pick(GF_U[i]));
  y = dfMulDD(dfAdd2DF(x, -0.5), logk2f(x));
  y = dfAdd2DD(y, dfNeg(x));
  y = dfAdd2DD(y, dfF(0.91893853320467278056));
  let z = dfAdd2DF(dfMulFF(u, t), f(o0 ? -0.400686534596170958447352690395 : -0.673523028297382446749257758235e-1));
  z = dfAdd2DF(dfMulDF(z, t), f(o0 ? 0.822466960142643054450325495997 : 0.322467033928981157743538726901));
  z = dfAdd2DF(dfMulDF(z, t), f(o0 ? -0.577215665946766039837398973297 : 0.422784335087484338986941629852));
  z = dfMulDF(z, t);
  clc = o2 ? y : z;
  if (o2) clld = dfAdd2DF(dfMulFF(u, t), 1);
  y = clln;
  clc = otiny ? dfF(41.58883083359671856503) : oref ? dfAdd2DD(dfF(1.1447298858494001639), dfNeg(clc)) : clc;
  clln = otiny ? [1, 0] : oref ? clln : clld;
  if (oref) {
    const tt = f(a - f(4096 * truncI(f(a * f(1 / 4096)))));
    x = dfMulDD(clld, sinpifk(tt));
  }
  clld = otiny ? [f(a * f(2 ** 30 * 2 ** 30)), 0] : oref ? x : y;
  return [clc, dfDiv(clln, clld)];
}
/** lgamma of a float as Sleef's lgammaf_u1 (PyTorch's float32 lgamma). */
export function lgammafSleef(a: number): number {
  a = f(a);
  const [ca, cb] = gammafk(a);
  const ab: DF = [Math.abs(cb[0]), cb[0] < 0 || Object.is(cb[0], -0) ? -cb[1] : cb[1]];
  const y = dfAdd2DD(ca, logk2f(ab));
  let r = f(y[0] + y[1]);
  const isint = Math.trunc(a) === a;
  if (!Number.isFinite(a) && !Number.isNaN(a)) r = Infinity;
  else if ((a <= 0 && isint) || (!Number.isNaN(a) && Number.isNaN(r))) r = Infinity;
  return r;
}

// --- sin and tan of a double, correctly rounded, for the float64 digamma/trigamma reflections (glibc 2.36's sin/tan,
// which PyTorch calls there, are within ~0.55 ulp: these agree with them on all but ~0.2% of inputs, Math.sin/Math.tan
// on all but ~3.5%): x reduced by k·π/2 in double-double (π/2 in four parts, k·part exact for |k| < 2^20), then the
// Taylor series of sin and cos in double-double; beyond |x| = 1e6, Math.sin/Math.tan.
type DD = [number, number];
function ddMul(a: DD, b: DD): DD {
  const p = a[0] * b[0], e = fma64(a[0], b[0], -p) + (a[0] * b[1] + a[1] * b[0]);
  const s = p + e; return [s, e - (s - p)];
}
function ddAdd(a: DD, b: DD): DD {
  const s = a[0] + b[0], v = s - a[0], e = (a[0] - (s - v)) + (b[0] - v) + a[1] + b[1];
  const t = s + e; return [t, e - (t - s)];
}
const HPI = [1.5707963267341256, 6.077100506303966e-11, 2.0222662487959506e-21, 1.0085854035872483e-37];
export function sinCosDD(x: number): { s: DD; c: DD; k: number } {
  const k = Math.round(x / (Math.PI / 2));
  let r: DD = [x, 0];
  for (const p of HPI) r = ddAdd(r, [-k * p, -fma64(k, p, -k * p)]);
  let s: DD = [0, 0], c: DD = [0, 0];
  let term: DD = [1, 0];   // r^n / n!
  for (let n = 0; n <= 40; n++) {
    const sign = (n >> 1) % 2 === 0 ? 1 : -1;
    const t: DD = [sign * term[0], sign * term[1]];
    if (n % 2 === 0) c = ddAdd(c, t);
    else s = ddAdd(s, t);
    if (n > 0 && Math.abs(term[0]) < 1e-40) break;
    term = ddMul(term, r);
    const q = term[0] / (n + 1);
    term = [q, (fma64(-q, n + 1, term[0]) + term[1]) / (n + 1)];
  }
  return { s, c, k: ((k % 4) + 4) % 4 };
}
/** sin(x), correctly rounded (|x| ≤ 1e6). */
export function sinDD(x: number): number {
  if (!(Math.abs(x) <= 1e6) || x === 0) return Math.sin(x);
  const { s, c, k } = sinCosDD(x);
  const v = k === 0 ? s : k === 1 ? c : k === 2 ? [-s[0], -s[1]] : [-c[0], -c[1]];
  return v[0] + v[1];
}
/** tan(x), correctly rounded but for rare double roundings of the quotient (|x| ≤ 1e6). */
export function tanDD(x: number): number {
  if (!(Math.abs(x) <= 1e6) || x === 0) return Math.tan(x);
  const { s, c, k } = sinCosDD(x);
  let n: DD = s, d: DD = c;
  if (k % 2 === 1) { n = c; d = [-s[0], -s[1]]; }
  // n / d in double-double
  const q1 = n[0] / d[0];
  const rem = ddAdd(n, [-d[0] * q1, -fma64(d[0], q1, -d[0] * q1)]);
  const rem2 = ddAdd(rem, [-d[1] * q1, 0]);
  return q1 + rem2[0] / d[0];
}

// --- glibc 2.36's erf for doubles (fdlibm's s_erf.c; Copyright (C) 1993 by Sun Microsystems, Inc. "Permission to use,
// copy, modify, and distribute this software is freely granted, provided that this notice is preserved."), built
// without FMA on x86-64, with glibc's exp (expCR) — std::erf(double) in ATen's calc_erfinv.
const ERF_PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const ERF_QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const ERF_PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const ERF_QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const ERF_RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const ERF_SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const ERF_RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const ERF_SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];
const ERF_ERX = 8.45062911510467529297e-01, ERF_EFX = 1.28379167095512586316e-01;
/** erf of a double as glibc's erf. */
export function erfGlibc(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  f64v[0] = x;
  const hx = Number(u64v[0] >> 32n) | 0, ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * ERF_EFX) * x);
      return x + ERF_EFX * x;
    }
    const z = x * x;
    const r1 = ERF_PP[0] + z * ERF_PP[1], z2 = z * z;
    const r2 = ERF_PP[2] + z * ERF_PP[3], z4 = z2 * z2;
    const s1 = 1 + z * ERF_QQ[1], s2 = ERF_QQ[2] + z * ERF_QQ[3], s3 = ERF_QQ[4] + z * ERF_QQ[5];
    const r = r1 + z2 * r2 + z4 * ERF_PP[4];
    const s = s1 + z2 * s2 + z4 * s3;
    return x + x * (r / s);
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const P1 = ERF_PA[0] + s * ERF_PA[1], s2 = s * s;
    const Q1 = 1 + s * ERF_QA[1], s4 = s2 * s2;
    const P2 = ERF_PA[2] + s * ERF_PA[3], s6 = s4 * s2;
    const Q2 = ERF_QA[2] + s * ERF_QA[3];
    const P3 = ERF_PA[4] + s * ERF_PA[5], Q3 = ERF_QA[4] + s * ERF_QA[5];
    const P = P1 + s2 * P2 + s4 * P3 + s6 * ERF_PA[6];
    const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * ERF_QA[6];
    return hx >= 0 ? ERF_ERX + P / Q : -ERF_ERX - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const ax = Math.abs(x), s = 1 / (ax * ax);
  let R: number, S: number;
  if (ix < 0x4006DB6E) {
    const R1 = ERF_RA[0] + s * ERF_RA[1], s2 = s * s;
    const S1 = 1 + s * ERF_SA[1], s4 = s2 * s2;
    const R2 = ERF_RA[2] + s * ERF_RA[3], s6 = s4 * s2;
    const S2 = ERF_SA[2] + s * ERF_SA[3], s8 = s4 * s4;
    const R3 = ERF_RA[4] + s * ERF_RA[5], S3 = ERF_SA[4] + s * ERF_SA[5];
    const R4 = ERF_RA[6] + s * ERF_RA[7], S4 = ERF_SA[6] + s * ERF_SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * ERF_SA[8];
  } else {
    const R1 = ERF_RB[0] + s * ERF_RB[1], s2 = s * s;
    const S1 = 1 + s * ERF_SB[1], s4 = s2 * s2;
    const R2 = ERF_RB[2] + s * ERF_RB[3], s6 = s4 * s2;
    const S2 = ERF_SB[2] + s * ERF_SB[3];
    const R3 = ERF_RB[4] + s * ERF_RB[5], S3 = ERF_SB[4] + s * ERF_SB[5];
    const S4 = ERF_SB[6] + s * ERF_SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * ERF_RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  f64v[0] = ax; u64v[0] &= 0xffffffff00000000n;
  const z = f64v[0];
  const r = expCR(-z * z - 0.5625) * expCR((z - ax) * (z + ax) + R / S);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

// --- SLEEF 3.5.1's lgamma for doubles (Sleef_lgammad4_u10: xlgamma_u1 with gammak, logk2 and sinpik in double-double,
// FMA steps through fma64), which PyTorch 1.13.1's float64 lgamma runs on every element (vml's map).
/** fma64 with a huge factor scaled against the other first (fma64's Dekker split would overflow there). */
function fmaS(a: number, b: number, c: number): number {
  if (Math.abs(a) > 1e290 && Math.abs(b) < 1e-10) return fma64(a * 2 ** -600, b * 2 ** 600, c);
  if (Math.abs(b) > 1e290 && Math.abs(a) < 1e-10) return fma64(a * 2 ** 600, b * 2 ** -600, c);
  return fma64(a, b, c);
}
const DDF = {
  add2FF: (x: number, y: number): DF => { const s = x + y, v = s - x; return [s, (x - (s - v)) + (y - v)]; },
  add2FD: (x: number, y: DF): DF => { const s = x + y[0], v = s - x; return [s, ((x - (s - v)) + (y[0] - v)) + y[1]]; },
  add2DF: (x: DF, y: number): DF => { const s = x[0] + y, v = s - x[0]; return [s, ((x[0] - (s - v)) + (y - v)) + x[1]]; },
  addDD: (x: DF, y: DF): DF => { const s = x[0] + y[0]; return [s, (((x[0] - s) + y[0]) + x[1]) + y[1]]; },
  add2DD: (x: DF, y: DF): DF => { const s = x[0] + y[0], v = s - x[0]; return [s, ((x[0] - (s - v)) + (y[0] - v)) + (x[1] + y[1])]; },
  norm: (t: DF): DF => { const s = t[0] + t[1]; return [s, (t[0] - s) + t[1]]; },
  div: (n: DF, d: DF): DF => {
    const t = 1 / d[0], s = n[0] * t, u = fmaS(t, n[0], -s);
    const v = fmaS(-d[1], t, fmaS(-d[0], t, 1));
    return [s, fmaS(s, v, fmaS(n[1], t, u))];
  },
  mulFF: (x: number, y: number): DF => { const s = x * y; return [s, fmaS(x, y, -s)]; },
  squ: (x: DF): DF => { const s = x[0] * x[0]; return [s, fmaS(x[0] + x[0], x[1], fmaS(x[0], x[0], -s))]; },
  mulDD: (x: DF, y: DF): DF => { const s = x[0] * y[0]; return [s, fmaS(x[0], y[1], fmaS(x[1], y[0], fmaS(x[0], y[0], -s)))]; },
  mulDF: (x: DF, y: number): DF => { const s = x[0] * y; return [s, fmaS(x[1], y, fmaS(x[0], y, -s))]; },
};
const pow2iD = (e: number): number => 2 ** e;   // exact for the exponents used here
export function logk2D(d: DF): DF {
  let v = d[0] * (1 / 0.75);
  const o = v < 4.9090934652977266e-91;
  if (o) v = 2.037035976334486e90 * v;
  f64v[0] = v;
  const e = Number((u64v[0] >> 52n) & 0x7ffn) - (o ? 300 + 0x3ff : 0x3ff);
  const h = -e >> 1, ld = (z: number): number => z * pow2iD(h) * pow2iD(-e - h);
  const m: DF = [ld(d[0]), ld(d[1])];
  const x = DDF.div(DDF.add2DF(m, -1), DDF.add2DF(m, 1));
  const x2 = DDF.squ(x);
  const X = x2[0], x4 = X * X, x8 = x4 * x4;
  const p3 = fmaS(x4, 0.13860436390467167910856, fmaS(X, 0.131699838841615374240845, 0.153914168346271945653214));
  const p4 = fmaS(x4, fmaS(X, 0.181816523941564611721589, 0.22222224632662035403996), fmaS(X, 0.285714285511134091777308, 0.400000000000914013309483));
  let t = fmaS(x8, p3, p4);
  t = fmaS(t, X, 0.666666666666664853302393);
  let s = DDF.mulDF([0.693147180559945286226764, 2.319046813846299558417771e-17], e);
  s = DDF.addDD(s, [x[0] * 2, x[1] * 2]);
  return DDF.addDD(s, DDF.mulDF(DDF.mulDD(x2, x), t));
}
/** cvttpd2dq: truncation, INT_MIN out of range. */
const truncD = (x: number): number => (Math.abs(x) < 2147483648 ? Math.trunc(x) : -2147483648);
const SINPI_U: [number, number][] = [
  [9.94480387626843774090208e-16, -2.02461120785182399295868e-14], [-3.89796226062932799164047e-13, 6.948218305801794613277840e-12],
  [1.150115825399960352669010e-10, -1.75724749952853179952664e-09], [-2.46113695010446974953590e-08, 3.133616889668683928784220e-07],
  [3.590860448590527540050620e-06, -3.65762041821615519203610e-05], [-0.000325991886927389905997954, 0.0024903945701927185027435600],
];
function sinpikD(d: number): DF {
  const u0 = d * 4;
  let q = truncD(u0);
  q = (q + ((q >>> 31) ^ 1)) & ~1;
  let o = (q & 2) === 2;
  let s = u0 - q;
  const t = s;
  s = s * s;
  const s2 = DDF.mulFF(t, t);
  let u = o ? SINPI_U[0][0] : SINPI_U[0][1];
  for (let i = 1; i < SINPI_U.length; i++) u = fmaS(u, s, o ? SINPI_U[i][0] : SINPI_U[i][1]);
  let x = DDF.add2FD(u * s, o ? [0.0158543442438155018914259, -1.04693272280631521908845e-18] : [-0.0807455121882807852484731, 3.61852475067037104849987e-18]);
  x = DDF.add2DD(DDF.mulDD(s2, x), o ? [-0.308425137534042437259529, -1.95698492133633550338345e-17] : [0.785398163397448278999491, 3.06287113727155002607105e-17]);
  x = DDF.mulDD(x, o ? s2 : [t, 0]);
  if (o) x = DDF.add2DF(x, 1);
  o = (q & 4) === 4;
  return o ? [-x[0], -x[1]] : x;
}
const GD_U: [number, number, number][] = [
  [-156.801412704022726379848862, 0.2947916772827614196e+2, 0.7074816000864609279e-7], [1.120804464289911606838558160000, 0.1281459691827820109e+3, 0.4009244333008730443e-6],
  [13.39798545514258921833306020000, 0.2617544025784515043e+3, 0.1040114641628246946e-5], [-0.116546276599463200848033357000, 0.3287022855685790432e+3, 0.1508349150733329167e-5],
  [-1.391801093265337481495562410000, 0.2818145867730348186e+3, 0.1288143074933901020e-5], [0.015056113040026424412918973400, 0.1728670414673559605e+3, 0.4744167749884993937e-6],
  [0.179540117061234856098844714000, 0.7748735764030416817e+2, -0.6554816306542489902e-7], [-0.002481743600264997730942489280, 0.2512856643080930752e+2, -0.3189252471452599844e-6],
  [-0.029527880945699120504851034100, 0.5766792106140076868e+1, 0.1358883821470355377e-6], [0.000540164767892604515196325186, 0.7270275473996180571e+0, -0.4343931277157336040e-6],
  [0.006403362833808069794787256200, 0.8396709124579147809e-1, 0.9724785897406779555e-6], [-0.000162516262783915816896611252, -0.8211558669746804595e-1, -0.2036886057225966011e-5],
  [-0.001914438498565477526465972390, 0.6828831828341884458e-1, 0.4373363141819725815e-5], [7.20489541602001055898311517e-05, -0.7712481339961671511e-1, -0.9439951268304008677e-5],
  [0.000839498720672087279971000786, 0.8337492023017314957e-1, 0.2050727030376389804e-4], [-5.17179090826059219329394422e-05, -0.9094964931456242518e-1, -0.4492620183431184018e-4],
  [-0.000592166437353693882857342347, 0.1000996313575929358e+0, 0.9945751236071875931e-4], [6.97281375836585777403743539e-05, -0.1113342861544207724e+0, -0.2231547599034983196e-3],
  [0.000784039221720066627493314301, 0.1255096673213020875e+0, 0.5096695247101967622e-3], [-0.000229472093621399176949318732, -0.1440498967843054368e+0, -0.1192753911667886971e-2],
  [-0.002681327160493827160473958490, 0.1695571770041949811e+0, 0.2890510330742210310e-2], [0.003472222222222222222175164840, -0.2073855510284092762e+0, -0.7385551028674461858e-2],
  [0.083333333333333333335592087900, 0.2705808084277815939e+0, 0.2058080842778455335e-1],
];
export function gammakD(a: number): [DF, DF] {
  let clc: DF, clln: DF = [1, 0], clld: DF = [1, 0];
  const otiny = Math.abs(a) < 1e-306, oref = a < 0.5;
  let x: DF = otiny ? [0, 0] : oref ? DDF.add2FF(1, -a) : [a, 0];
  const o0 = 0.5 <= x[0] && x[0] <= 1.1, o2 = 2.3 <= x[0];
  let y = DDF.norm(DDF.mulDD(DDF.add2DF(x, 1), x));
  y = DDF.norm(DDF.mulDD(DDF.add2DF(x, 2), y));
  y = DDF.norm(DDF.mulDD(DDF.add2DF(x, 3), y));
  y = DDF.norm(DDF.mulDD(DDF.add2DF(x, 4), y));
  const o = o2 && x[0] <= 7;
  if (o) clln = y;
  if (o) x = DDF.add2DF(x, 5);
  const t = o2 ? 1 / x[0] : DDF.norm(DDF.add2DF(x, o0 ? -1 : -2))[0];
  const pick = (c: [number, number, number]): number => (o2 ? c[0] : o0 ? c[1] : c[2]);
  let u = pick(GD_U[0]);
  for (let i = 1; i < GD_U.length; i++) u = fmaS(u, t, pick(GD_U[i]));
  y = DDF.mulDD(DDF.add2DF(x, -0.5), logk2D(x));
  y = DDF.add2DD(y, [-x[0], -x[1]]);
  y = DDF.add2DD(y, [0.91893853320467278056, -3.8782941580672414498e-17]);
  let z = DDF.add2DF(DDF.mulFF(u, t), o0 ? -0.4006856343865314862e+0 : -0.6735230105319810201e-1);
  z = DDF.add2DF(DDF.mulDF(z, t), o0 ? 0.8224670334241132030e+0 : 0.3224670334241132030e+0);
  z = DDF.add2DF(DDF.mulDF(z, t), o0 ? -0.5772156649015328655e+0 : 0.4227843350984671345e+0);
  z = DDF.mulDF(z, t);
  clc = o2 ? y : z;
  if (o2) clld = DDF.add2DF(DDF.mulFF(u, t), 1);
  y = clln;
  clc = otiny ? [83.1776616671934334590333, 3.67103459631568507221878e-15] : oref ? DDF.add2DD([1.1447298858494001639, 1.026595116270782638e-17], [-clc[0], -clc[1]]) : clc;
  clln = otiny ? [1, 0] : oref ? clln : clld;
  if (oref) {
    const tt = a - 268435456 * truncD(a * (1 / 268435456));
    x = DDF.mulDD(clld, sinpikD(tt));
  }
  clld = otiny ? [a * (2 ** 60 * 2 ** 60), 0] : oref ? x : y;
  return [clc, DDF.div(clln, clld)];
}
/** lgamma of a double as Sleef's lgamma_u1 (PyTorch's float64 lgamma). */
export function lgammaSleef(a: number): number {
  const [ca, cb] = gammakD(a);
  const ab: DF = [Math.abs(cb[0]), cb[0] < 0 || Object.is(cb[0], -0) ? -cb[1] : cb[1]];
  const y = DDF.add2DD(ca, logk2D(ab));
  let r = y[0] + y[1];
  if (!Number.isFinite(a) && !Number.isNaN(a)) r = Infinity;
  else if ((a <= 0 && Math.trunc(a) === a) || (!Number.isNaN(a) && Number.isNaN(r))) r = Infinity;
  return r;
}
