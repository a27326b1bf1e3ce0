// The samplers behind torch.distributions of PyTorch 1.13.1 on the CPU, drawing from a Generator exactly as ATen does
// (aten/src/ATen/native/Distributions.cpp and Distributions.h, BSD; their sample_gamma, sample_poisson, btrs and
// binomial_inversion adapt NumPy's and TensorFlow's samplers): _standard_gamma, _sample_dirichlet, poisson, binomial,
// plus the gradients of the gamma and Dirichlet samples
// (standard_gamma_grad_one, dirichlet_grad_one). Every kernel visits the elements in row-major order (its output is
// a fresh contiguous tensor) and draws one element's numbers before the next element's.
//
// Arithmetic follows the C++ types: `single` means scalar_t is float, where the template's float operations (alpha
// += 1, count * prob, sqrtf, log1pf, ...) round to float32; the accumulator type is double throughout. These files
// are built without FMA contraction (they are not among ATen's per-CPU-capability kernels).
import { Generator } from './random';
import { glibcLog } from './random_math';
import { expCR, lgamma64, logF, powCR } from './ops/special_scalar';

const f = Math.fround;
type Round = (v: number) => number;
const exact: Round = (v) => v;
const FLT_MIN = 1.1754943508222875e-38;
const DBL_MIN = 2.2250738585072014e-308;
/** std::max(a, b) = a < b ? b : a (a NaN b gives a); std::min(a, b) = b < a ? b : a. */
export const stdMax = (a: number, b: number): number => (a < b ? b : a);
export const stdMin = (a: number, b: number): number => (b < a ? b : a);

/** sample_gamma<scalar_t, double>: Marsaglia and Tsang's method, boosted for alpha < 1 (NumPy's legacy sampler). */
export function sampleGamma(gen: Generator, alphaIn: number, single: boolean): number {
  const r: Round = single ? f : exact;
  let alpha = r(alphaIn);
  let scale = 1;
  if (alpha < 1) {
    if (alpha === 0) return 0;
    scale *= powCR(1 - gen.standardUniform(), r(1 / alpha));
    alpha = r(alpha + 1);
  }
  const d = r(alpha - f(1 / 3));
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, y: number;
    do {
      x = gen.normalDouble(0, 1);
      y = 1 + c * x;
    } while (y <= 0);
    const v = y * y * y;
    const u = 1 - gen.standardUniform();
    const xx = x * x;
    if (u < 1 - f(0.0331) * xx * xx) return r(scale * d * v);
    if (glibcLog(u) < 0.5 * xx + d * (1 - v + glibcLog(v))) return r(scale * d * v);
  }
}

/** _s_gamma_cpu: a gamma(alpha, 1) sample per element, at least the dtype's smallest normal number. */
export function standardGamma(gen: Generator, alpha: ArrayLike<number>, single: boolean): Float64Array {
  const out = new Float64Array(alpha.length);
  const min = single ? FLT_MIN : DBL_MIN;
  for (let i = 0; i < alpha.length; i++) out[i] = stdMax(min, sampleGamma(gen, alpha[i], single));
  return out;
}

/**
 * _s_dirichlet_cpu, its first pass: a double gamma sample per element (alpha cast to double), at least DBL_MIN.
 * The caller divides by the row sums (ATen's gamma.sum(-1)) and clamps to [min, nexttoward(1, 0)] in the dtype.
 */
export function dirichletGammas(gen: Generator, alpha: ArrayLike<number>): Float64Array {
  const out = new Float64Array(alpha.length);
  for (let i = 0; i < alpha.length; i++) out[i] = stdMax(DBL_MIN, sampleGamma(gen, alpha[i], false));
  return out;
}

/** sample_poisson (NumPy's): transformed rejection (Hoermann 1993) from lambda 10 on, else multiplication of uniforms. */
export function samplePoisson(gen: Generator, lambda: number): number {
  if (!(lambda >= 0)) throw new RangeError('invalid Poisson rate, expected rate to be non-negative');
  if (lambda >= 10) {
    const slam = Math.sqrt(lambda), loglam = glibcLog(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const U = gen.standardUniform() - 0.5;
      const V = gen.standardUniform();
      const us = 0.5 - Math.abs(U);
      const k = toInt64(Math.floor((2 * a / us + b) * U + lambda + 0.43));
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (glibcLog(V) + glibcLog(invalpha) - glibcLog(a / (us * us) + b) <= -lambda + k * loglam - lgamma64(k + 1)) return k;
    }
  }
  if (lambda === 0) return 0;
  const enlam = expCR(-lambda);
  let X = 0, prod = 1;
  for (;;) {
    prod *= gen.standardUniform();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/** (int64_t) of a double on x86-64: out of range (and NaN) gives INT64_MIN (cvttsd2si's "integer indefinite"). */
const toInt64 = (v: number): number => (v >= -(2 ** 63) && v < 2 ** 63 ? v : -(2 ** 63));

export function poisson(gen: Generator, lambda: ArrayLike<number>): Float64Array {
  const out = new Float64Array(lambda.length);
  for (let i = 0; i < lambda.length; i++) out[i] = samplePoisson(gen, lambda[i]);
  return out;
}

const TAIL = [0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.0104112652619720, 0.00925546218271273, 0.00833056343336287];
/** stirling_approx_tail<double>. */
function stirlingTail(k: number): number {
  if (k <= 9) return TAIL[Math.trunc(k)];
  const kp1sq = (k + 1) * (k + 1);
  return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
}

/** binomial_inversion<scalar_t, double>: counts geometric waiting times until they pass `count`. */
function binomialInversion(gen: Generator, count: number, prob: number, r: Round): number {
  let geomSum = 0, numGeom = 0;
  const logprob = r(Math.log1p(r(-prob)));
  for (;;) {
    const U = gen.standardUniform();
    const geom = Math.ceil(glibcLog(U) / logprob);
    geomSum += geom;
    if (geomSum > count) break;
    numGeom = r(numGeom + 1);
  }
  return numGeom;
}

/** btrs<scalar_t, double>: Hormann's transformed rejection with squeeze (count * prob >= 10). */
function btrs(gen: Generator, count: number, prob: number, r: Round): number {
  const stddev = r(Math.sqrt(r(r(count * prob) * r(1 - prob))));
  const b = 1.15 + 2.53 * stddev;
  const a = -0.0873 + 0.0248 * b + 0.01 * prob;
  const c = r(count * prob) + 0.5;
  const vR = 0.92 - 4.2 / b;
  const rr = r(prob / r(1 - prob));
  const alpha = (2.83 + 5.1 / b) * stddev;
  const m = Math.floor(r(r(count + 1) * prob));
  for (;;) {
    const U = gen.standardUniform() - 0.5;
    let V = gen.standardUniform();
    const us = 0.5 - Math.abs(U);
    const k = r(Math.floor((2 * a / us + b) * U + c));
    if (k < 0 || k > count) continue;
    if (us >= 0.07 && V <= vR) return k;
    V = glibcLog(V * alpha / (a / (us * us) + b));
    const cmk1 = r(r(count - k) + 1);
    const upperbound = (m + 0.5) * glibcLog((m + 1) / (rr * (count - m + 1)))
      + r(count + 1) * glibcLog((count - m + 1) / cmk1)
      + (k + 0.5) * glibcLog(rr * cmk1 / r(k + 1))
      + stirlingTail(m) + stirlingTail(count - m) - stirlingTail(k) - stirlingTail(r(count - k));
    if (V <= upperbound) return k;
  }
}

/** sample_binomial<scalar_t, double>. */
export function sampleBinomial(gen: Generator, countIn: number, probIn: number, single: boolean): number {
  const r: Round = single ? f : exact;
  const count = r(countIn), prob = r(probIn);
  if (count <= 0 || prob <= 0) return 0;
  if (prob >= 1) return count;
  if (prob <= 0.5) {
    return r(count * prob) >= 10 ? btrs(gen, count, prob, r) : binomialInversion(gen, count, prob, r);
  }
  if (prob > 0.5) {
    const qprob = r(1 - prob);
    return r(count - (r(count * qprob) >= 10 ? btrs(gen, count, qprob, r) : binomialInversion(gen, count, qprob, r)));
  }
  return NaN;
}

export function binomial(gen: Generator, count: ArrayLike<number>, prob: ArrayLike<number>, single: boolean): Float64Array {
  const out = new Float64Array(count.length);
  for (let i = 0; i < count.length; i++) out[i] = sampleBinomial(gen, count[i], prob[i], single);
  return out;
}

// --- gradients ------------------------------------------------------------------------------------------------------
/** polevl (no FMA). */
function polevl(x: number, A: readonly number[]): number {
  let result = 0;
  for (const a of A) result = result * x + a;
  return result;
}
const DIGAMMA_A = [8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
  -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3, 8.33333333333333333333E-2];
const PI_F = f(Math.PI);

/** digamma_one<scalar_t, double> (`single`: x is a float, whose own operations round to float32). */
function digammaOne(xIn: number, single: boolean): number {
  const r: Round = single ? f : exact;
  let x = r(xIn);
  const PSI_10 = 2.25175258906672110764;
  if (x === 0) return Infinity;
  let additional = 0;
  const isInt = x === Math.floor(x);
  if (x < 0) {
    if (isInt) return Infinity;
    additional = single ? f(-PI_F / f(Math.tan(f(PI_F * x)))) : -Math.PI / Math.tan(Math.PI * x);
    x = r(1 - x);
  }
  let result = 0;
  while (x < 10) {
    result -= r(1 / x);
    x = r(x + 1);
  }
  if (x === 10) return r(result + PSI_10 + additional);
  let y = 0;
  if (x < f(1.0e17)) {
    const z = 1.0 / r(x * x);
    y = z * polevl(z, DIGAMMA_A);
  }
  return r(result + r(glibcLogR(x, single)) - r(0.5 / x) - y + additional);
}

/** std::log of a float (logf, correctly rounded in glibc) or of a double. */
function glibcLogR(x: number, single: boolean): number {
  return single ? logF(x) : glibcLog(x);
}

/** standard_gamma_grad_one<scalar_t, double>: d(sample)/d(alpha) at fixed CDF value (Figurnov et al. 2018). */
export function standardGammaGradOne(alphaIn: number, xIn: number, single: boolean): number {
  const r: Round = single ? f : exact;
  const x = xIn, alpha = alphaIn;
  if (x < f(0.8)) {
    let numer = 1, denom = alpha;
    let series1 = numer / denom, series2 = numer / (denom * denom);
    for (let i = 1; i <= 5; ++i) {
      numer *= -x / i;
      denom += 1;
      series1 += numer / denom;
      series2 += numer / (denom * denom);
    }
    const powXAlpha = powCR(x, alpha);
    const gammaPdf = powCR(x, alpha - 1) * expCR(-x);
    const gammaCdf = powXAlpha * series1;
    const gammaCdfAlpha = (glibcLog(x) - digammaOne(alpha, false)) * gammaCdf - powXAlpha * series2;
    const result = -gammaCdfAlpha / gammaPdf;
    return Number.isNaN(result) ? 0 : r(result);
  }
  if (alpha > 8) {
    if (f(0.9) * alpha <= x && x <= f(1.1) * alpha) {
      const numer1 = 1 + 24 * alpha * (1 + 12 * alpha);
      const numer2 = 1440 * (alpha * alpha) + 6 * x * (53 - 120 * x) - 65 * x * x / alpha + alpha * (107 + 3600 * x);
      const denom = 1244160 * (alpha * alpha) * (alpha * alpha);
      return r(numer1 * numer2 / denom);
    }
    const denom = Math.sqrt(8 * alpha);
    const term2 = denom / (alpha - x);
    const term3 = powCR(x - alpha - alpha * glibcLog(x / alpha), -1.5);
    const term23 = x < alpha ? term2 - term3 : term2 + term3;
    const term1 = glibcLog(x / alpha) * term23 - Math.sqrt(2 / alpha) * (alpha + x) / ((alpha - x) * (alpha - x));
    const stirling = 1 + 1 / (12 * alpha) * (1 + 1 / (24 * alpha));
    const numer = x * term1;
    return r(-stirling * numer / denom);
  }
  const u = glibcLog(x / alpha), v = glibcLog(alpha);
  const coefV = new Array<number>(8);
  for (let i = 0; i < 8; ++i) coefV[i] = COEF_UV[0][i] + u * (COEF_UV[1][i] + u * COEF_UV[2][i]);
  const p = coefV[0] + v * (coefV[1] + v * (coefV[2] + v * coefV[3]));
  const q = coefV[4] + v * (coefV[5] + v * (coefV[6] + v * coefV[7]));
  return r(expCR(p / q));
}
const COEF_UV = [
  [0.16009398, -0.094634809, 0.025146376, -0.0030648343, 1, 0.32668115, 0.10406089, 0.0014179084],
  [0.53487893, 0.1298071, 0.065735949, -0.0015649758, 0.16639465, 0.020070113, -0.0035938915, -0.00058392623],
  [0.040121004, -0.0065914022, -0.0026286047, -0.0013441777, 0.017050642, -0.0021309326, 0.00085092367, -1.5247877e-07],
].map((row) => row.map((v) => v));

/** _beta_grad_alpha_small<scalar_t, double> (scalar_t arithmetic). */
function betaGradAlphaSmall(x: number, alpha: number, beta: number, r: Round, single: boolean): number {
  const factor = r(r(digammaOne(alpha, single) - digammaOne(r(alpha + beta), single)) - glibcLogR(x, single));
  let numer = 1;
  let series = r(r(numer / alpha) * r(factor + r(1 / alpha)));
  for (let i = 1; i <= 10; ++i) {
    numer = r(numer * r(r(r(i - beta) * x) / i));
    const denom = r(alpha + i);
    series = r(series + r(r(numer / denom) * r(factor + r(1 / denom))));
  }
  const result = r(r(x * r(powCR(r(1 - x), -beta))) * series);
  return Number.isNaN(result) ? 0 : result;
}

/** _beta_grad_beta_small<scalar_t, double> (scalar_t arithmetic). */
function betaGradBetaSmall(x: number, alpha: number, beta: number, r: Round, single: boolean): number {
  const factor = r(digammaOne(r(alpha + beta), single) - digammaOne(beta, single));
  let numer = 1, betas = 1, dbetas = 0, series = r(factor / alpha);
  for (let i = 1; i <= 8; ++i) {
    numer = r(numer * r(-x / i));
    dbetas = r(r(dbetas * r(beta - i)) + betas);
    betas = r(betas * r(beta - i));
    series = r(series + r(r(numer / r(alpha + i)) * r(dbetas + r(factor * betas))));
  }
  const result = r(-r(powCR(r(1 - x), r(1 - beta))) * series);
  return Number.isNaN(result) ? 0 : result;
}

/** _beta_grad_alpha_mid<scalar_t, double> (double arithmetic). */
function betaGradAlphaMid(x: number, alpha: number, beta: number): number {
  const total = alpha + beta;
  const mean = alpha / total;
  const std = Math.sqrt(alpha * beta / (total + 1)) / total;
  if (mean - 0.1 * std <= x && x <= mean + 0.1 * std) {
    const poly = 47 * x * (beta * beta) * (beta * beta) + alpha * (
      (43 + 20 * (16 + 27 * beta) * x) * (beta * beta) * beta + alpha * (
        3 * (59 + 180 * beta - 90 * x) * (beta * beta) + alpha * (
          (453 + 1620 * beta * (1 - x) - 455 * x) * beta + alpha * (
            8 * (1 - x) * (135 * beta - 11)))));
    const prefactorNum = (1 + 12 * alpha) * (1 + 12 * beta) / (total * total);
    const prefactorDen = 12960 * alpha * alpha * alpha * beta * beta * (1 + 12 * total);
    return prefactorNum / (1 - x) * poly / prefactorDen;
  }
  const prefactor = -x / Math.sqrt(2 * alpha * beta / total);
  const stirling = (1 + 1 / (12 * alpha) + 1 / (288 * alpha * alpha))
    * (1 + 1 / (12 * beta) + 1 / (288 * beta * beta))
    / (1 + 1 / (12 * total) + 1 / (288 * total * total));
  const term1Num = 2 * (alpha * alpha) * (x - 1) + alpha * beta * (x - 1) - x * (beta * beta);
  const axbx = alpha * (x - 1) + beta * x;
  const term1Den = Math.sqrt(2 * alpha / beta) * powCR(total, 1.5) * axbx * axbx;
  const term1 = term1Num / term1Den;
  const term2 = 0.5 * glibcLog(alpha / (total * x));
  const term3Num = Math.sqrt(8 * alpha * beta / total);
  const term3Den = beta * x + alpha * (x - 1);
  const term3 = term3Num / term3Den;
  const term4Base = beta * glibcLog(beta / (total * (1 - x))) + alpha * glibcLog(alpha / (total * x));
  const term4 = powCR(term4Base, -1.5);
  const term1234 = term1 + term2 * (term3 + (x < mean ? term4 : -term4));
  return stirling * prefactor * term1234;
}

const DIRICHLET_C = [
  [[[1.003668233, -0.01061107488, -0.0657888334, 0.01201642863],
    [0.6336835991, -0.3557432599, 0.05486251648, -0.001465281033],
    [-0.03276231906, 0.004474107445, 0.002429354597, -0.0001557569013]],
  [[0.221950385, -0.3187676331, 0.01799915743, 0.01074823814],
    [-0.2951249643, 0.06219954479, 0.01535556598, 0.001550077057],
    [0.02155310298, 0.004170831599, 0.001292462449, 6.976601077e-05]],
  [[-0.05980841433, 0.008441916499, 0.01085618172, 0.002319392565],
    [0.02911413504, 0.01400243777, -0.002721828457, 0.000751041181],
    [0.005900514878, -0.001936558688, -9.495446725e-06, 5.385558597e-05]]],
  [[[1, -0.02924021934, -0.04438342661, 0.007285809825],
    [0.6357567472, -0.3473456711, 0.05454656494, -0.002407477521],
    [-0.03301322327, 0.004845219414, 0.00231480583, -0.0002307248149]],
  [[0.5925320577, -0.1757678135, 0.01505928619, 0.000564515273],
    [0.1014815858, -0.06589186703, 0.01272886114, -0.0007316646956],
    [-0.007258481865, 0.001096195486, 0.0003934994223, -4.12701925e-05]],
  [[0.06469649321, -0.0236701437, 0.002902096474, -5.896963079e-05],
    [0.001925008108, -0.002869809258, 0.0008000589141, -6.063713228e-05],
    [-0.0003477407336, 6.959756487e-05, 1.097287507e-05, -1.650964693e-06]]],
];

/** dirichlet_grad_one<scalar_t, double>: d(x)/d(alpha) of a Beta(alpha, total - alpha) sample x. */
export function dirichletGradOne(x: number, alpha: number, total: number, single: boolean): number {
  const r: Round = single ? f : exact;
  const beta = r(total - alpha);
  const betaD = total - alpha;
  const boundary = r(r(total * x) * r(1 - x));
  if (x <= 0.5 && boundary < 2.5) return betaGradAlphaSmall(x, alpha, beta, r, single);
  if (x >= 0.5 && boundary < 0.75) return -betaGradBetaSmall(r(1 - x), beta, alpha, r, single);
  if (alpha > 6 && beta > 6) return r(betaGradAlphaMid(x, alpha, betaD));
  const u = glibcLog(x);
  const a = glibcLog(alpha) - u;
  const b = glibcLog(total) - a;
  const powU = [1, u, u * u], powA = [1, a, a * a];
  let p = 0, q = 0;
  for (let i = 0; i < 3; ++i) {
    for (let j = 0; j < 3; ++j) {
      const ua = powU[i] * powA[j];
      const c0 = DIRICHLET_C[0][i][j], c1 = DIRICHLET_C[1][i][j];
      p += ua * (c0[0] + b * (c0[1] + b * (c0[2] + b * c0[3])));
      q += ua * (c1[0] + b * (c1[1] + b * (c1[2] + b * c1[3])));
    }
  }
  // digamma_one<scalar_t, double> of the double values: its x is a scalar_t again
  const approx = x * (digammaOne(r(total), single) - digammaOne(r(alpha), single)) / betaD;
  return r(p / q * approx);
}
