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
import { erf as erf64, erfc as erfc64 } from './special';

const f = Math.fround;

/**
 * a·b + c with one rounding (the CPU kernels are built with FMA contraction, so C's `a * b + c` is a fused
 * multiply-add there): the product split exactly (Dekker), then the sum and its error compensated.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || p === 0 || !Number.isFinite(c)) return p + c;
  const SPLIT = 134217729;
  const ta = SPLIT * a, ah = ta - (ta - a), al = a - ah;
  const tb = SPLIT * b, bh = tb - (tb - b), bl = b - bh;
  const pe = ((ah * bh - p) + ah * bl + al * bh) + al * bl;   // a·b = p + pe exactly
  const s = p + c;
  const bv = s - p, se = (p - (s - bv)) + (c - bv);            // p + c = s + se exactly
  return s + (pe + se);
}
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
// (float32: Math.log is as good once rounded to float, and several times faster)
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
    return digamma64(1 - x) - Math.PI / Math.tan(Math.PI * r);
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
  return f(f(f(result + logF(x)) - f(0.5 / x)) - y);
}

export function trigamma64(x: number): number {
  let sign = 1, result = 0;
  if (x < 0.5) {
    sign = -1;
    const s = Math.sin(Math.PI * x);
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
    const s = f(Math.sin(f(PI * x)));
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
    const z = r(Math.sqrt(r(-r((single ? logF : logCR)(r(r(1 - yAbs) / 2))))));
    const num = fm(fm(fm(c[3], z, c[2]), z, c[1]), z, c[0]);
    const dem = fm(fm(d[1], z, d[0]), z, 1);
    x = r((y < 0 || Object.is(y, -0) ? -Math.abs(num) : Math.abs(num)) / dem);
  }
  const twoOverSqrtPi = r(2 * r(1 / Math.sqrt(Math.PI)));
  for (let i = 0; i < 2; i++) {
    x = r(x - r(r(r(single ? erf64(x) : erfCR(x)) - y) / r(twoOverSqrtPi * r((single ? expF : expCR)(r(-x * x))))));
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

/**
 * e^x rounded to float as glibc's expf: Math.exp's double is within an ulp, which decides the float unless it lies
 * next to a rounding boundary; then the double-double exp decides.
 */
export function expF(x: number): number {
  const y = Math.exp(x);
  const lo = f(y * (1 - 2 ** -50)), hi = f(y * (1 + 2 ** -50));
  return lo === hi ? lo : f(expCR(x));
}

/** log(y) rounded to float as glibc's logf, as expF decides. */
export function logF(y: number): number {
  const l = Math.log(y);
  const lo = f(l - Math.abs(l) * 2 ** -50), hi = f(l + Math.abs(l) * 2 ** -50);
  return lo === hi ? lo : f(logCR(y));
}

/** e^x rounded as glibc's exp (correctly rounded but for the rarest cases). */
export function expCR(x: number): number {
  if (!(Math.abs(x) <= 700)) return Math.exp(x);
  const [h, l] = expDD(x);
  return h + l;
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
