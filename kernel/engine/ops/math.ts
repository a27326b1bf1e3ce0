// Pointwise special and math functions PyTorch 1.13 has (lgamma, digamma, polygamma, mvlgamma, erfinv, i0, sinc,
// xlogy, logit, hypot, logaddexp, copysign, nextafter, heaviside, nan_to_num, torch.special's i0e/i1/i1e/ndtri/entr/
// xlog1py, ...). These are no hot paths: the values are computed on the host, elementwise in JS, with the float32
// arithmetic of PyTorch's CPU kernels where it computes in float (special_scalar.ts). Gradients are
// derivatives.yaml's formulas written with public ops, so they are differentiable again.
import { DType, isFloating, wide } from '../dtype';
import { TorchError } from '../errors';
import { resultType, toFloating } from '../promote';
import { broadcastShapes, broadcastStrides, contiguousStrides, sameShape } from '../shape';
import { Tensor } from '../tensor';
import { wasm } from '../wasm';
import { apply, applyInplace, applyOp, checkInplace, defineOp, definePointwise, notImplementedFor, OpDef } from './apply';
import { arange, fromValues } from './creation';
import { masked_fill } from './gather';
import {
  abs, add, addScalar, cos, div, divScalar, eq, exp, ge, gt, le, log, logicalAnd, logicalOr, lt, mul, mulScalar, ne, neg, pow,
  reciprocal, rsqrt, rsubScalar, sin, sub, subScalar, where, zerosLikeT,
} from './pointwise';
import { sum } from './reduce';
import { Scalar, scalarValue, wrapScalar } from './scalar';
import * as S from './special_scalar';
import * as IG from './igamma_scalar';
import { unsqueeze } from './views';
import { vectorMask } from './positional';

const f = Math.fround;
type Fn1 = (v: number) => number;
type Fn2 = (a: number, b: number) => number;

// --- host evaluation ------------------------------------------------------------------------------------------------
/** f applied elementwise, the result of dtype `dt` (float32: the f32 variant, whose inputs are rounded to float). */
export function mapUnary(x: Tensor, dt: DType, f32: Fn1, f64: Fn1): Tensor {
  const v = x.toArray();
  const fn = wide(dt) === 'float32' ? f32 : f64;   // float16/bfloat16 compute in float32
  for (let i = 0; i < v.length; i++) v[i] = fn(v[i]);
  return fromValues(x.shape, v, dt);
}

/** The values of t broadcast to `shape`, row-major. */
export function broadcastValues(t: Tensor, shape: readonly number[]): Float64Array {
  const src = t.toArray();
  if (sameShape(t.shape, shape)) return src;
  const st = broadcastStrides(t.shape, contiguousStrides(t.shape), shape);
  const n = shape.reduce((a, b) => a * b, 1);
  const out = new Float64Array(n);
  const nd = shape.length, idx = new Array<number>(nd).fill(0);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    out[i] = src[pos];
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) { pos += st[d]; break; }
      pos -= st[d] * (shape[d] - 1);
      idx[d] = 0;
    }
  }
  return out;
}

export function mapBinary(a: Tensor, b: Tensor, dt: DType, f32: Fn2, f64: Fn2): Tensor {
  const shape = broadcastShapes(a.shape, b.shape);
  const av = broadcastValues(a, shape), bv = broadcastValues(b, shape);
  const fn = wide(dt) === 'float32' ? (x: number, y: number) => f32(f(x), f(y)) : f64;
  const out = new Float64Array(av.length);
  for (let i = 0; i < out.length; i++) out[i] = fn(av[i], bv[i]);
  return fromValues(shape, out, dt);
}

/** Float-only kernels (hypot, logaddexp, nextafter, frac): PyTorch's dispatch error on integer and bool dtypes. */
function requireFloating(kernel: string, dt: DType): void {
  if (!isFloating(dt)) throw notImplementedFor(kernel, dt);
}

/** The sign bit of a double (also of NaN and -0). */
const SIGN_VIEW = new DataView(new ArrayBuffer(8));
function signBit(v: number): boolean {
  SIGN_VIEW.setFloat64(0, v);
  return (SIGN_VIEW.getUint8(0) & 0x80) !== 0;
}

// --- gamma family ------------------------------------------------------------------------------------------------------
function unaryFloatOp(name: string, node: string, f32: Fn1, f64: Fn1, saves: string[],
  grad: (g: Tensor, c: import('../autograd/node').BackwardContext) => Tensor): OpDef {
  return definePointwise({
    name, node, args: ['self'],
    forward: ([x]) => mapUnary(x, toFloating(x.dtype), f32, f64),
    grads: { self: { saves, fn: grad } },
  });
}

export const LGAMMA = unaryFloatOp('lgamma', 'LgammaBackward0', S.lgammafSleef, S.lgammaSleef, ['self'], (g, c) => mul(g, digamma(c.saved('self'))));
export const DIGAMMA = unaryFloatOp('digamma', 'DigammaBackward0', S.digamma32, S.digamma64, ['self'], (g, c) => mul(g, polygamma(1, c.saved('self'))));
export const POLYGAMMA = definePointwise({
  name: 'polygamma', node: 'PolygammaBackward0', args: ['self'],
  forward: ([x], { n }) => mapUnary(x, toFloating(x.dtype), (v) => S.polygamma(n as number, v, true), (v) => S.polygamma(n as number, v, false)),
  grads: { self: { saves: ['self'], fn: (g, c) => mul(g, polygamma((c.attrs.n as number) + 1, c.saved('self'))) } },
});
// polygamma_ has its own derivatives.yaml entry (PolygammaBackward1)
export const POLYGAMMA_INPLACE = definePointwise({ ...POLYGAMMA, node: 'PolygammaBackward1' });
export const lgamma = (x: Tensor): Tensor => apply(LGAMMA, [x]);
export const digamma = (x: Tensor): Tensor => apply(DIGAMMA, [x]);
function checkPolygammaN(n: number): void {
  if (n < 0) throw new TorchError('RuntimeError', 'polygamma(n, x) does not support negative n.');
}
export function polygamma(n: number, x: Tensor): Tensor {
  checkPolygammaN(n);
  return apply(POLYGAMMA, [x], { n });
}

// mvlgamma(x, p) = Σ_{i<p} lgamma(x - i/2) + p(p-1)/4·log(π), as ATen composes it: arange(-(p-1)/2, 0.5, 0.5) added
// to x.unsqueeze(-1), lgamma, summed over the last dim (in the dtype), then the constant added.
function mvlgammaCheck(x: Tensor, p: number): void {
  if (x.dtype === 'bool') throw new TorchError('RuntimeError', 'The input tensor may not be a boolean tensor.');
  if (p < 1) throw new TorchError('RuntimeError', 'p has to be greater than or equal to 1');
}
export const MVLGAMMA = definePointwise({
  name: 'mvlgamma', node: 'MvlgammaBackward0', args: ['self'],
  forward: ([x], { p }) => {
    const pp = p as number, dt = toFloating(x.dtype);
    const c = pp * (pp - 1) * Math.log(Math.PI) * 0.25;
    return mapUnary(x, dt, (v) => {
      let s = 0;
      for (let i = 0; i < pp; i++) s = f(s + S.lgammafSleef(f(f(-pp * 0.5 + 0.5 + i * 0.5) + v)));
      return f(s + f(c));
    }, (v) => {
      let s = 0;
      for (let i = 0; i < pp; i++) s += S.lgammaSleef((-pp * 0.5 + 0.5 + i * 0.5) + v);
      return s + c;
    });
  },
  grads: {
    self: {
      saves: ['self'], fn: (g, c) => {
        const x = c.saved('self'), p = c.attrs.p as number;
        const args = add(arange(-p / 2 + 0.5, 0.5, 0.5, { dtype: x.dtype }), unsqueeze(x, -1));
        return mul(g, sum(digamma(args), -1));
      },
    },
  },
});
export function mvlgamma(x: Tensor, p: number): Tensor {
  mvlgammaCheck(x, p);
  return apply(MVLGAMMA, [x], { p });
}

// --- erfinv, Bessel, sinc, entr, ndtri --------------------------------------------------------------------------------
export const ERFINV = unaryFloatOp('erfinv', 'ErfinvBackward0', (v) => S.erfinv(v, true), (v) => S.erfinv(v, false), ['self'],
  (g, c) => mul(mulScalar(exp(pow(erfinv(c.saved('self')), 2)), 0.5 * Math.sqrt(Math.PI)), g));
export const erfinv = (x: Tensor): Tensor => apply(ERFINV, [x]);

export const I0 = unaryFloatOp('i0', 'I0Backward0', (v) => S.i0(v, true), (v) => S.i0(v, false), ['self'], (g, c) => mul(g, i1(c.saved('self'))));
export const I0E = unaryFloatOp('special_i0e', 'SpecialI0EBackward0', (v) => S.i0e(v, true), (v) => S.i0e(v, false), ['self', 'result'],
  (g, c) => mul(g, sub(i1e(c.saved('self')), mul(sgn(c.saved('self')), c.saved('result')))));
// i1_backward / i1e_backward: at |x| ≤ eps the gradient is 0.5 (the formula would divide by 0 there).
function tinyGuard(x: Tensor): { notTiny: Tensor; safe: Tensor } {
  const eps = x.dtype === 'float64' ? 2.220446049250313e-16 : 1.1920928955078125e-7;
  const notTiny = gt(abs(x), eps);
  return { notTiny, safe: where(notTiny, x, wrapScalarOf(eps, x.dtype)) };
}
function wrapScalarOf(v: number, dt: DType): Tensor { return fromValues([], [v], dt); }
export const I1 = unaryFloatOp('special_i1', 'SpecialI1Backward0', (v) => S.i1(v, true), (v) => S.i1(v, false), ['self', 'result'], (g, c) => {
  const x = c.saved('self'), { notTiny, safe } = tinyGuard(x);
  const gx = sub(i0(safe), mul(c.saved('result'), reciprocal(safe)));
  return mul(g, where(notTiny, gx, wrapScalarOf(0.5, x.dtype)));
});
export const I1E = unaryFloatOp('special_i1e', 'SpecialI1EBackward0', (v) => S.i1e(v, true), (v) => S.i1e(v, false), ['self', 'result'], (g, c) => {
  const x = c.saved('self'), { notTiny, safe } = tinyGuard(x);
  const gx = sub(i0e(safe), mul(c.saved('result'), add(sgn(safe), reciprocal(safe))));
  return mul(g, where(notTiny, gx, wrapScalarOf(0.5, x.dtype)));
});
export const i0 = (x: Tensor): Tensor => apply(I0, [x]);
export const i0e = (x: Tensor): Tensor => apply(I0E, [x]);
export const i1 = (x: Tensor): Tensor => apply(I1, [x]);
export const i1e = (x: Tensor): Tensor => apply(I1E, [x]);

// sinc(x) = sin(πx)/(πx), 1 at 0; float32 in float (π·x rounded to float, glibc's sinf: sinc_kernel's cpu_kernel).
const PI32 = f(Math.PI);
export const SINC = unaryFloatOp('sinc', 'SincBackward0',
  (v) => { if (v === 0) return 1; const p = f(PI32 * v); return f(S.sinfGlibc(p) / p); },
  (v) => { if (v === 0) return 1; const p = Math.PI * v; return Math.sin(p) / p; },
  ['self'], (g, c) => {
    const x = c.saved('self');
    const sp = mulScalar(x, Math.PI), ssp = mulScalar(mul(x, x), Math.PI);
    const out = div(mul(g, sub(mul(sp, cos(sp)), sin(sp))), ssp);
    return where(eq(ssp, 0), wrapScalarOf(0, out.dtype), out);
  });
export const sinc = (x: Tensor): Tensor => apply(SINC, [x]);

// entr(x) = -x·log(x) for x > 0, 0 at 0, -inf below; NaN stays.
export const ENTR = unaryFloatOp('special_entr', 'SpecialEntrBackward0',
  (v) => (Number.isNaN(v) ? v : v > 0 ? f(-v * S.logF(v)) : v === 0 ? 0 : -Infinity),
  (v) => (Number.isNaN(v) ? v : v > 0 ? -v * S.logCR(v) : v === 0 ? 0 : -Infinity),
  ['self'], (g, c) => mul(g, neg(addScalar(log(c.saved('self')), 1))));
export const entr = (x: Tensor): Tensor => apply(ENTR, [x]);

export const NDTRI = unaryFloatOp('special_ndtri', 'SpecialNdtriBackward0', (v) => S.ndtri(v, true), (v) => S.ndtri(v, false), ['result'],
  (g, c) => mul(mulScalar(g, Math.sqrt(2 * Math.PI)), exp(divScalar(pow(c.saved('result'), 2), 2))));
export const ndtri = (x: Tensor): Tensor => apply(NDTRI, [x]);

// erfcx(x) = exp(x²)·erfc(x) and log_ndtr(x) = log Φ(x)
export const ERFCX = unaryFloatOp('special_erfcx', 'SpecialErfcxBackward0', S.erfcx32, S.erfcx, ['self', 'result'],
  (g, c) => mul(subScalar(mul(mulScalar(c.saved('self'), 2), c.saved('result')), 2 / Math.sqrt(Math.PI)), g));
export const erfcx = (x: Tensor): Tensor => apply(ERFCX, [x]);
export const LOG_NDTR = unaryFloatOp('special_log_ndtr', 'SpecialLogNdtrBackward0', (v) => S.logNdtr(v, true), (v) => S.logNdtr(v, false), ['self', 'result'],
  (g, c) => mul(divScalar(g, Math.sqrt(2 * Math.PI)), exp(neg(add(c.saved('result'), divScalar(pow(c.saved('self'), 2), 2))))));
export const logNdtr = (x: Tensor): Tensor => apply(LOG_NDTR, [x]);

// exp2(x) = 2^x: exp2_kernel's cpu_kernel calls std::exp2 everywhere (glibc's exp2f in float)
export const EXP2 = unaryFloatOp('exp2', 'Exp2Backward0', S.exp2fGlibc, S.exp2CR, ['result'],
  (g, c) => mulScalar(mul(g, c.saved('result')), Math.LN2));
export const exp2 = (x: Tensor): Tensor => apply(EXP2, [x]);

// --- frac, sgn, signbit, deg2rad, rad2deg, logit, nan_to_num ----------------------------------------------------------
export const FRAC = definePointwise({
  name: 'frac', node: 'FracBackward0', args: ['self'],
  forward: ([x]) => mapUnary(x, x.dtype, (v) => f(v - Math.trunc(v)), (v) => v - Math.trunc(v)),
  grads: { self: { saves: [], fn: (g) => g } },
});
export function frac(x: Tensor): Tensor {
  requireFloating('frac_cpu', x.dtype);
  return apply(FRAC, [x]);
}
// sgn of a real tensor is its sign; the gradient is zero (sgn_backward on real inputs).
export const SGN = definePointwise({
  name: 'sgn', node: 'SgnBackward0', args: ['self'],
  forward: ([x]) => { const sg: Fn1 = (v) => (v > 0 ? 1 : v < 0 ? -1 : 0); return mapUnary(x, x.dtype, sg, sg); },
  grads: { self: { saves: [], fn: (g) => zerosLikeT(g) } },
});
export const sgn = (x: Tensor): Tensor => apply(SGN, [x]);
export const SIGNBIT = definePointwise({
  name: 'signbit', node: null, args: ['self'],
  forward: ([x]) => mapUnary(x, 'bool', (v) => +signBit(v), (v) => +signBit(v)),
});
export const signbit = (x: Tensor): Tensor => apply(SIGNBIT, [x]);

const M_PI_180 = 0.017453292519943295, M_180_PI = 57.29577951308232;
// deg2rad: self * M_PI_180 as a wrapped scalar (computed in the dtype); integers go to the default float first
function angleOp(name: string, node: string, k: number): OpDef {
  return definePointwise({
    name, node, args: ['self'],
    forward: ([x]) => mapUnary(x, toFloating(x.dtype), (v) => f(v * f(k)), (v) => v * k),
    grads: { self: { saves: [], fn: (g) => mulScalar(g, k) } },
  });
}
export const DEG2RAD = angleOp('deg2rad', 'Deg2RadBackward0', M_PI_180);
export const RAD2DEG = angleOp('rad2deg', 'Rad2DegBackward0', M_180_PI);
export const deg2rad = (x: Tensor): Tensor => apply(DEG2RAD, [x]);
export const rad2deg = (x: Tensor): Tensor => apply(RAD2DEG, [x]);

// logit(x, eps): log(x / (1 - x)), x first clamped to [eps, 1 - eps] when eps is given; +inf at 1. float32 takes
// logit_kernel's positions (positional.ts): Sleef's logf where cpu_kernel_vec runs its vector lambda, glibc's logf
// (std::log) elsewhere.
export const LOGIT = definePointwise({
  name: 'logit', node: 'LogitBackward0', args: ['self'],
  forward: ([x], { eps }) => {
    const e = eps as number | null;
    const one = (v: number, r: Fn1, log: Fn1 = Math.log): number => {
      if (e !== null) { const lo = r(e), hi = r(1 - lo); v = v < lo ? lo : v > hi ? hi : v; }
      return v === 1 ? Infinity : r(log(r(v / r(1 - v))));
    };
    if (x.dtype === 'float32') {
      const v = x.toArray(), k = wasm(), vec = vectorMask(x.shape, [x], 16);
      for (let i = 0; i < v.length; i++) v[i] = one(v[i], f, vec[i] ? (u) => k.sleefF32(2, u) : S.logfGlibc);
      return fromValues(x.shape, v, 'float32');
    }
    return mapUnary(x, toFloating(x.dtype), (v) => one(f(v), f), (v) => one(v, (u) => u));
  },
  grads: {
    self: {
      saves: ['self'], fn: (g, c) => {
        const x = c.saved('self'), e = c.attrs.eps as number | null;
        const d = div(g, mul(x, rsubScalar(x, 1)));
        if (e === null) return where(logicalOr(lt(x, 0), gt(x, 1)), wrapScalarOf(NaN, d.dtype), d);
        return where(logicalOr(lt(x, e), gt(x, 1 - e)), wrapScalarOf(0, d.dtype), d);
      },
    },
  },
});
export const logit = (x: Tensor, eps: number | null = null): Tensor => apply(LOGIT, [x], { eps: eps !== null && eps < 0 ? null : eps });

// nan_to_num: NaN → nan, ±inf → posinf/neginf (default: the dtype's largest finite values); integers unchanged.
export const NAN_TO_NUM = definePointwise({
  name: 'nan_to_num', node: 'NanToNumBackward0', args: ['self'],
  forward: ([x], a) => {
    if (!isFloating(x.dtype)) return mapUnary(x, x.dtype, (v) => v, (v) => v);
    const big = x.dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
    const nan = a.nan as number, pos = (a.posinf as number | null) ?? big, negv = (a.neginf as number | null) ?? -big;
    const one = (v: number): number => (Number.isNaN(v) ? nan : v === Infinity ? pos : v === -Infinity ? negv : v);
    return mapUnary(x, x.dtype, one, one);
  },
  grads: { self: { saves: ['self'], fn: (g, c) => { const x = c.saved('self'); return mul(g, logicalAnd(eq(x, x), ne(abs(x), Infinity))); } } },
});
export function nanToNum(x: Tensor, nan: number | null = null, posinf: number | null = null, neginf: number | null = null): Tensor {
  return apply(NAN_TO_NUM, [x], { nan: nan ?? 0, posinf, neginf });
}

// --- binary ----------------------------------------------------------------------------------------------------------
const floatResult = (a: Tensor, b: Tensor): DType => toFloating(resultType(a, b));

// xlogy(x, y) = x·log(y), 0 where x == 0 (unless y is NaN); xlog1py with log1p.
function xlogFn(log1p: boolean): { f32: Fn2; f64: Fn2 } {
  const lg = log1p ? Math.log1p : S.logCR;   // (the scalar kernels call glibc's log: rounded as logCR rounds)
  // float: cpu_kernel's lambda at every position, glibc's logf / log1pf (fdlibm's, as Math.log1p is for double)
  return {
    f32: (x, y) => (Number.isNaN(y) ? NaN : x === 0 ? 0 : f(x * (log1p ? wasm().glibcF32(3, y) : S.logfGlibc(y)))),
    f64: (x, y) => (Number.isNaN(y) ? NaN : x === 0 ? 0 : x * lg(y)),
  };
}
const XLOGY_FN = xlogFn(false), XLOG1PY_FN = xlogFn(true);
/** t.masked_fill(mask, 0.) (MaskedFillBackward0) */
function maskedZero(t: Tensor, mask: Tensor): Tensor { return masked_fill(t, mask, 0); }
function scalarOtherGrad(t: Tensor, self: Tensor, positive: boolean): Tensor { return positive ? t : maskedZero(t, eq(self, 0)); }
function xlogKernel(fns: { f32: Fn2; f64: Fn2 }) {
  return ([a, b]: Tensor[]): Tensor => mapBinary(a, b, floatResult(a, b), fns.f32, fns.f64);
}
export const XLOGY = definePointwise({
  name: 'xlogy', node: 'XlogyBackward0', args: ['self', 'other'],
  forward: xlogKernel(XLOGY_FN),
  grads: {
    // at::xlogy(grad, other).masked_fill((self == 0.) & (other <= 0.), 0.)
    self: { saves: ['self', 'other'], fn: (g, c) => maskedZero(xlogy(g, c.saved('other')), logicalAnd(eq(c.saved('self'), 0), le(c.saved('other'), 0))) },
    other: { saves: ['self', 'other'], fn: (g, c) => div(mul(g, c.saved('self')), c.saved('other')) },
  },
});
// xlogy(Scalar self, Tensor other) and xlogy(Tensor self, Scalar other): the number is no input of the node
export const XLOGY_SCALAR_SELF = definePointwise({
  name: 'xlogy', node: 'XlogyBackward1', args: ['other'],
  forward: ([b], { self }) => xlogKernel(XLOGY_FN)([wrapScalar(self as Scalar), b]),
  grads: { other: { saves: ['other'], fn: (g, c) => div(mulScalar(g, c.attrs.self as Scalar), c.saved('other')) } },
});
export const XLOGY_SCALAR_OTHER = definePointwise({
  name: 'xlogy', node: 'XlogyBackward2', args: ['self'],
  forward: ([a], { other }) => xlogKernel(XLOGY_FN)([a, wrapScalar(other as Scalar)]),
  // other > 0 ? xlogy(grad, other) : xlogy(grad, other).masked_fill(self == 0., 0.)
  grads: { self: { saves: ['self'], fn: (g, c) => scalarOtherGrad(xlogy(g, c.attrs.other as Scalar), c.saved('self'), scalarValue(c.attrs.other as Scalar) > 0) } },
});
export function xlogy(a: Tensor | Scalar, b: Tensor | Scalar): Tensor {
  if (!(a instanceof Tensor)) return apply(XLOGY_SCALAR_SELF, [b as Tensor], { self: a });
  if (!(b instanceof Tensor)) return apply(XLOGY_SCALAR_OTHER, [a], { other: b });
  return apply(XLOGY, [a, b]);
}
export const XLOG1PY = definePointwise({
  name: 'special_xlog1py', node: 'SpecialXlog1PyBackward0', args: ['self', 'other'],
  forward: xlogKernel(XLOG1PY_FN),
  grads: {
    self: { saves: ['self', 'other'], fn: (g, c) => maskedZero(xlog1py(g, c.saved('other')), logicalAnd(eq(c.saved('self'), 0), le(c.saved('other'), -1))) },
    other: { saves: ['self', 'other'], fn: (g, c) => div(mul(g, c.saved('self')), addScalar(c.saved('other'), 1)) },
  },
});
export const XLOG1PY_SCALAR_SELF = definePointwise({
  name: 'special_xlog1py', node: 'SpecialXlog1PyBackward1', args: ['other'],
  forward: ([b], { self }) => xlogKernel(XLOG1PY_FN)([wrapScalar(self as Scalar), b]),
  grads: { other: { saves: ['other'], fn: (g, c) => div(mulScalar(g, c.attrs.self as Scalar), addScalar(c.saved('other'), 1)) } },
});
export const XLOG1PY_SCALAR_OTHER = definePointwise({
  name: 'special_xlog1py', node: 'SpecialXlog1PyBackward2', args: ['self'],
  forward: ([a], { other }) => xlogKernel(XLOG1PY_FN)([a, wrapScalar(other as Scalar)]),
  grads: { self: { saves: ['self'], fn: (g, c) => scalarOtherGrad(xlog1py(g, c.attrs.other as Scalar), c.saved('self'), scalarValue(c.attrs.other as Scalar) > -1) } },
});
export function xlog1py(a: Tensor | Scalar, b: Tensor | Scalar): Tensor {
  if (!(a instanceof Tensor)) return apply(XLOG1PY_SCALAR_SELF, [b as Tensor], { self: a });
  if (!(b instanceof Tensor)) return apply(XLOG1PY_SCALAR_OTHER, [a], { other: b });
  return apply(XLOG1PY, [a, b]);
}

function floatBinary(name: string, node: string, kernel: string, f32: Fn2, f64: Fn2,
  grads: OpDef['grads']): { def: OpDef; fn: (a: Tensor, b: Tensor) => Tensor } {
  return floatBinaryDef(name, node, kernel, ([a, b]) => mapBinary(a, b, resultType(a, b), f32, f64), grads);
}
function floatBinaryDef(name: string, node: string, kernel: string, forward: (xs: Tensor[]) => Tensor,
  grads: OpDef['grads']): { def: OpDef; fn: (a: Tensor, b: Tensor) => Tensor } {
  const def = definePointwise({ name, node, args: ['self', 'other'], forward: (xs) => forward(xs), grads });
  return { def, fn: (a, b) => { requireFloating(kernel, resultType(a, b)); return apply(def, [a, b]); } };
}

const HYPOT = floatBinary('hypot', 'HypotBackward0', 'hypot_cpu', (a, b) => f(Math.hypot(a, b)), S.hypot, {
  self: { saves: ['self', 'result'], fn: (g, c) => div(mul(g, c.saved('self')), c.saved('result')) },
  other: { saves: ['other', 'result'], fn: (g, c) => div(mul(g, c.saved('other')), c.saved('result')) },
});
export const hypot = HYPOT.fn;

// logaddexp(a, b) = max(a, b) + log(1 + exp(-|a - b|)) (logaddexp2: log2(1 + 2^-|a - b|)), a itself when both are
// the same infinity, as logaddexp_kernel's lambdas. float32 by position (positional.ts): the vector lambda's
// Sleef expf / logf (powf(2, ·) / log2f) with a NaN-propagating maximum, the scalar lambda's glibc expf / logf
// (exp2f, which is glibc's powf(2, ·), / log2f) with std::max. float64: glibc's exp / log (correctly rounded here) at
// every position (PyTorch's blocks take Sleef's double functions: mostly the same bits).
function logaddexpScalar(r: Fn1, ex: Fn1, lg: Fn1): Fn2 {
  return (a, b) => {
    if (!Number.isFinite(a) && !Number.isNaN(a) && a === b) return a;
    const m = a < b ? b : a;
    return r(m + lg(r(1 + ex(r(-Math.abs(r(a - b)))))));
  };
}
function logaddexpVector(ex: Fn1, lg: Fn1): Fn2 {
  return (a, b) => {
    if (a === b && Math.abs(a) === Infinity) return a;
    const m = Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b);
    return f(m + lg(f(1 + ex(f(-Math.abs(f(a - b)))))));
  };
}
function logaddexpForward(base2: boolean): (xs: Tensor[]) => Tensor {
  return ([a, b]) => {
    const dt = resultType(a, b);
    if (dt !== 'float32') {
      return mapBinary(a, b, dt, logaddexpScalar(f, base2 ? S.exp2fGlibc : S.expF, base2 ? S.log2fGlibc : S.logfGlibc),
        base2 ? logaddexpScalar(id, S.exp2CR, Math.log2) : logaddexpScalar(id, S.expCR, S.logCR));
    }
    const k = wasm();
    const vec = base2 ? logaddexpVector((v) => k.sleefPowF32(2, v), (v) => k.sleefF32(28, v)) : logaddexpVector((v) => k.sleefF32(1, v), (v) => k.sleefF32(2, v));
    const sca = base2 ? logaddexpScalar(f, S.exp2fGlibc, S.log2fGlibc) : logaddexpScalar(f, (v) => k.glibcF32(0, v), S.logfGlibc);
    const shape = broadcastShapes(a.shape, b.shape);
    const av = broadcastValues(a, shape), bv = broadcastValues(b, shape), mask = vectorMask(shape, [a, b], 16);
    const out = new Float64Array(av.length);
    for (let i = 0; i < out.length; i++) out[i] = (mask[i] ? vec : sca)(f(av[i]), f(bv[i]));
    return fromValues(shape, out, dt);
  };
}
const id: Fn1 = (v) => v;
const LOGADDEXP = floatBinaryDef('logaddexp', 'LogaddexpBackward0', 'logaddexp_cpu', logaddexpForward(false), {
  self: { saves: ['self', 'other'], fn: (g, c) => div(g, addScalar(exp(sub(c.saved('other'), c.saved('self'))), 1)) },
  other: { saves: ['self', 'other'], fn: (g, c) => div(g, addScalar(exp(sub(c.saved('self'), c.saved('other'))), 1)) },
});
const LOGADDEXP2 = floatBinaryDef('logaddexp2', 'Logaddexp2Backward0', 'logaddexp2_cpu', logaddexpForward(true), {
  self: { saves: ['self', 'other'], fn: (g, c) => div(g, addScalar(pow(2, sub(c.saved('other'), c.saved('self'))), 1)) },
  other: { saves: ['self', 'other'], fn: (g, c) => div(g, addScalar(pow(2, sub(c.saved('self'), c.saved('other'))), 1)) },
});
export const logaddexp = LOGADDEXP.fn, logaddexp2 = LOGADDEXP2.fn;

// nextafter: no derivative (its node raises when backward reaches it)
const NEXTAFTER = floatBinary('nextafter', 'NextafterBackward0', 'nextafter_cpu', (a, b) => S.nextafter(a, b, true), (a, b) => S.nextafter(a, b, false), {
  self: { saves: [], fn: () => { throw new TorchError('NotImplementedError', "the derivative for 'nextafter' is not implemented."); } },
  other: { saves: [], fn: () => { throw new TorchError('NotImplementedError', "the derivative for 'nextafter' is not implemented."); } },
});
export const nextafter = NEXTAFTER.fn;

// copysign: |a| with b's sign bit (NaN and -0 included); integers go to the default float
const copysignValue = (a: number, b: number): number => (signBit(b) ? -Math.abs(a) : Math.abs(a));
function copysignSelfGrad(g: Tensor, x: Tensor, result: Tensor): Tensor {
  const ratio = div(result, x);
  return mul(g, where(eq(x, 0), wrapScalarOf(0, ratio.dtype), ratio));
}
export const COPYSIGN = definePointwise({
  name: 'copysign', node: 'CopysignBackward0', args: ['self', 'other'],
  forward: ([a, b]) => mapBinary(a, b, floatResult(a, b), (x, y) => copysignValue(x, y), copysignValue),
  grads: {
    self: { saves: ['self', 'result'], fn: (g, c) => copysignSelfGrad(g, c.saved('self'), c.saved('result')) },
    other: { saves: [], fn: (g) => zerosLikeT(g) },
  },
});
export const COPYSIGN_SCALAR = definePointwise({
  name: 'copysign', node: 'CopysignBackward1', args: ['self'],
  forward: ([a], { other }) => { const b = wrapScalar(other as Scalar); return mapBinary(a, b, floatResult(a, b), copysignValue, copysignValue); },
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => copysignSelfGrad(g, c.saved('self'), c.saved('result')) } },
});
export function copysign(a: Tensor, b: Tensor | Scalar): Tensor {
  return b instanceof Tensor ? apply(COPYSIGN, [a, b]) : apply(COPYSIGN_SCALAR, [a], { other: b });
}

// acosh / asinh / atanh as glibc computes them (special_scalar.ts); derivatives.yaml's gradients:
// g·rsqrt(x² - 1), g·rsqrt(x² + 1), g·1 / (1 - x²).
const ACOSH = unaryFloatOp('acosh', 'AcoshBackward0', (v) => S.acosh(v, true), (v) => S.acosh(v, false), ['self'],
  (g, c) => mul(g, rsqrt(subScalar(pow(c.saved('self'), 2), 1))));
const ASINH = unaryFloatOp('asinh', 'AsinhBackward0', (v) => S.asinh(v, true), (v) => S.asinh(v, false), ['self'],
  (g, c) => mul(g, rsqrt(addScalar(pow(c.saved('self'), 2), 1))));
const ATANH = unaryFloatOp('atanh', 'AtanhBackward0', (v) => S.atanh(v, true), (v) => S.atanh(v, false), ['self'],
  (g, c) => div(mulScalar(g, 1), rsubScalar(pow(c.saved('self'), 2), 1)));
export const acosh = (x: Tensor): Tensor => apply(ACOSH, [x]);
export const asinh = (x: Tensor): Tensor => apply(ASINH, [x]);
export const atanh = (x: Tensor): Tensor => apply(ATANH, [x]);

// angle of a real number: π below zero (float π for float32), NaN for NaN, else 0; its gradient is zero for reals.
const ANGLE = unaryFloatOp('angle', 'AngleBackward0', (v) => (v < 0 ? f(Math.PI) : Number.isNaN(v) ? v : 0),
  (v) => (v < 0 ? Math.PI : Number.isNaN(v) ? v : 0), [], (g) => zerosLikeT(g));
export const angle = (x: Tensor): Tensor => apply(ANGLE, [x]);

// fmax / fmin: the larger (smaller) of the two, ignoring a NaN (self on ties, as ATen's kernels); the gradient goes
// to self where self >= other (<=) or other is NaN, else to other (derivatives.yaml's masked_fill formulas).
function fminmaxOp(name: 'fmax' | 'fmin', node: string) {
  const keepSelf = (a: Tensor, b: Tensor): Tensor => logicalOr(name === 'fmax' ? ge(a, b) : le(a, b), ne(b, b));
  return definePointwise({
    name, node, args: ['self', 'other'],
    forward: ([a, b]) => where(keepSelf(a, b), a, b),
    grads: {
      self: { saves: ['self', 'other'], fn: (g, c) => where(keepSelf(c.saved('self'), c.saved('other')), g, zerosLikeT(g)) },
      other: { saves: ['self', 'other'], fn: (g, c) => where(keepSelf(c.saved('self'), c.saved('other')), zerosLikeT(g), g) },
    },
  });
}
const FMAX = fminmaxOp('fmax', 'FmaxBackward0');
const FMIN = fminmaxOp('fmin', 'FminBackward0');
export const fmax = (a: Tensor, b: Tensor): Tensor => apply(FMAX, [a, b]);
export const fmin = (a: Tensor, b: Tensor): Tensor => apply(FMIN, [a, b]);

// heaviside(x, values): 0 below 0, values at 0, 1 above (NaN gives 0); both of one dtype. Its node is PyTorch's
// NotImplemented, which raises when backward reaches it.
export const HEAVISIDE = definePointwise({
  name: 'heaviside', node: 'NotImplemented', args: ['self', 'values'],
  forward: ([a, b]) => { const h: Fn2 = (x, v) => (x === 0 ? v : x > 0 ? 1 : 0); return mapBinary(a, b, a.dtype, h, h); },
  grads: {
    self: { saves: [], fn: () => { throw new TorchError('RuntimeError', 'derivative for aten::heaviside is not implemented'); } },
    values: { saves: [], fn: () => { throw new TorchError('RuntimeError', 'derivative for aten::heaviside is not implemented'); } },
  },
});
export function heaviside(a: Tensor, b: Tensor): Tensor {
  if (a.dtype !== b.dtype) throw new TorchError('RuntimeError', 'heaviside is not yet implemented for tensors with different dtypes.');
  return apply(HEAVISIDE, [a, b]);
}

// round(x, decimals=): nearbyint(x·10^d)/10^d (d < 0: nearbyint(x/10^-d)·10^-d) in the dtype; RoundBackward1 (the
// overload taking decimals, also for decimals=0)
function nearbyint(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
export const ROUND_DECIMALS = definePointwise({
  name: 'round', node: 'RoundBackward1', args: ['self'],
  forward: ([x], { decimals }) => {
    const d = decimals as number, neg = d < 0, p = 10 ** Math.abs(d);
    const one = (v: number, r: Fn1): number => {
      if (d === 0) return nearbyint(v);
      const tp = r(p);
      return neg ? r(nearbyint(r(v / tp)) * tp) : r(nearbyint(r(v * tp)) / tp);
    };
    return mapUnary(x, x.dtype, (v) => one(v, f), (v) => one(v, id));
  },
  grads: { self: { saves: [], fn: (g) => zerosLikeT(g) } },
});
export function roundDecimals(x: Tensor, decimals: number): Tensor {
  if (!isFloating(x.dtype)) throw notImplementedFor(decimals === 0 ? 'round_vml_cpu' : 'round_cpu', x.dtype);
  return apply(ROUND_DECIMALS, [x], { decimals });
}

// Hurwitz zeta ζ(x, q) (torch.special.zeta): accumulated in double; no derivative in x
const zetaNotImpl = (): never => { throw new TorchError('NotImplementedError', "the derivative for 'zeta' is not implemented."); };
const zetaFns = { f32: (a: number, b: number) => f(S.zeta(a, b)), f64: S.zeta };
function zetaKernel([a, b]: Tensor[]): Tensor { return mapBinary(a, b, floatResult(a, b), zetaFns.f32, zetaFns.f64); }
function zetaOtherGrad(g: Tensor, x: Tensor, q: Tensor): Tensor { return mul(mul(g, neg(x)), zeta(addScalar(x, 1), q)); }
export const ZETA = definePointwise({
  name: 'special_zeta', node: 'SpecialZetaBackward0', args: ['self', 'other'],
  forward: zetaKernel,
  grads: {
    self: { saves: [], fn: zetaNotImpl },
    other: { saves: ['self', 'other'], fn: (g, c) => zetaOtherGrad(g, c.saved('self'), c.saved('other')) },
  },
});
export const ZETA_SCALAR_SELF = definePointwise({
  name: 'special_zeta', node: 'SpecialZetaBackward1', args: ['other'],
  forward: ([b], { self }) => zetaKernel([wrapScalar(self as Scalar), b]),
  grads: { other: { saves: ['other'], fn: (g, c) => zetaOtherGrad(g, wrapScalar(c.attrs.self as Scalar), c.saved('other')) } },
});
export const ZETA_SCALAR_OTHER = definePointwise({
  name: 'special_zeta', node: 'SpecialZetaBackward2', args: ['self'],
  forward: ([a], { other }) => zetaKernel([a, wrapScalar(other as Scalar)]),
  grads: { self: { saves: [], fn: zetaNotImpl } },
});
export function zeta(a: Tensor | Scalar, b: Tensor | Scalar): Tensor {
  if (!(a instanceof Tensor)) return apply(ZETA_SCALAR_SELF, [b as Tensor], { self: a });
  if (!(b instanceof Tensor)) return apply(ZETA_SCALAR_OTHER, [a], { other: b });
  return apply(ZETA, [a, b]);
}

// --- in-place forms ---------------------------------------------------------------------------------------------------
const INPLACE: Record<string, OpDef> = {
  lgamma_: LGAMMA, digamma_: DIGAMMA, exp2_: EXP2, erfinv_: ERFINV, i0_: I0, sinc_: SINC, sgn_: SGN, deg2rad_: DEG2RAD, rad2deg_: RAD2DEG,
  acosh_: ACOSH, asinh_: ASINH, atanh_: ATANH,
};
export function mathInplace(name: string, x: Tensor, attrs: Record<string, unknown> = {}): Tensor {
  switch (name) {
    case 'frac_': requireFloating('frac_cpu', x.dtype); return applyInplace(FRAC, [x]);
    case 'polygamma_': checkPolygammaN(attrs.n as number); return applyInplace(POLYGAMMA_INPLACE, [x], attrs);
    case 'mvlgamma_': mvlgammaCheck(x, attrs.p as number); return applyInplace(MVLGAMMA, [x], attrs);
    case 'logit_': return applyInplace(LOGIT, [x], { eps: attrs.eps !== null && (attrs.eps as number) < 0 ? null : attrs.eps });
    case 'nan_to_num_': return applyInplace(NAN_TO_NUM, [x], attrs);
    default: {
      const def = INPLACE[name];
      if (!def) throw new TorchError('NotImplementedError', `${name} is not supported`);
      return applyInplace(def, [x]);
    }
  }
}
/** In-place binary forms (xlogy_, hypot_, ...): the result must fit self's dtype and shape. */
export function mathBinaryInplace(name: string, x: Tensor, other: Tensor | Scalar): Tensor {
  switch (name) {
    case 'xlogy_': return other instanceof Tensor ? applyInplace(XLOGY, [x, other]) : applyInplace(XLOGY_SCALAR_OTHER, [x], { other });
    case 'copysign_': return other instanceof Tensor ? applyInplace(COPYSIGN, [x, other]) : applyInplace(COPYSIGN_SCALAR, [x], { other });
    case 'hypot_': requireFloating('hypot_cpu', resultType(x, other as Tensor)); return applyInplace(HYPOT.def, [x, other as Tensor]);
    case 'logaddexp_': requireFloating('logaddexp_cpu', resultType(x, other as Tensor)); return applyInplace(LOGADDEXP.def, [x, other as Tensor]);
    case 'logaddexp2_': requireFloating('logaddexp2_cpu', resultType(x, other as Tensor)); return applyInplace(LOGADDEXP2.def, [x, other as Tensor]);
    case 'nextafter_': requireFloating('nextafter_cpu', resultType(x, other as Tensor)); return applyInplace(NEXTAFTER.def, [x, other as Tensor]);
    case 'igamma_': return igamma_(x, other as Tensor, false);
    case 'igammac_': return igamma_(x, other as Tensor, true);
    case 'heaviside_':
      if (x.dtype !== (other as Tensor).dtype) throw new TorchError('RuntimeError', 'heaviside is not yet implemented for tensors with different dtypes.');
      return applyInplace(HEAVISIDE, [x, other as Tensor]);
    default: throw new TorchError('NotImplementedError', `${name} is not supported`);
  }
}

// --- frexp --------------------------------------------------------------------------------------------------------------
/** std::frexp: v = m · 2^e with 0.5 <= |m| < 1 (0, ±inf and NaN: m = v, e = 0). */
function frexpOne(v: number): [number, number] {
  if (v === 0 || !Number.isFinite(v)) return [v, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
  let m = v * 2 ** -e;
  if (!Number.isFinite(m) || m === 0) { m = (v * 2 ** 64) * 2 ** -(e + 64); }   // (2^-e out of range: in two steps)
  while (Math.abs(m) >= 1) { m /= 2; e += 1; }
  while (Math.abs(m) < 0.5) { m *= 2; e -= 1; }
  return [m, e];
}
export const FREXP = defineOp({
  name: 'frexp', node: 'FrexpBackward0', args: ['self'], pointwise: true,
  forward: ([x]) => {
    const v = x.toArray(), e = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) [v[i], e[i]] = frexpOne(v[i]);
    return { out: fromValues(x.shape, v, x.dtype), extra: { exponent: fromValues(x.shape, e, 'int32') } };
  },
  // self: grad / exponent.exp2()
  grads: { self: { saves: ['exponent'], fn: (g, c) => div(g, exp2(c.saved('exponent'))) } },
});
/** torch.frexp(x): [mantissa, exponent (int32)]. */
export function frexp(x: Tensor): [Tensor, Tensor] {
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', 'torch.frexp() only supports floating-point dtypes');
  const r = applyOp(FREXP, [x]);
  return [r.out, (r.extra as { exponent: Tensor }).exponent];
}

// --- igamma / igammac (torch.special.gammainc / gammaincc) -------------------------------------------------------------
// The regularized incomplete gamma functions of igamma_scalar.ts. PyTorch has a derivative in `other` (x) only:
// ±grad · exp((a - 1)·log(x) - x - lgamma(a)); the one in `self` raises NotImplementedError.
function igammaOp(name: 'igamma' | 'igammac'): OpDef {
  const fn = name === 'igamma' ? IG.igamma : IG.igammac;
  const notImpl = (): never => { throw new TorchError('NotImplementedError', `the derivative for '${name}: input' is not implemented.`); };
  return definePointwise({
    name, node: name === 'igamma' ? 'IgammaBackward0' : 'IgammacBackward0', args: ['self', 'other'],
    forward: ([a, b]) => mapBinary(a, b, resultType(a, b), (x, y) => fn(x, y, true), (x, y) => fn(x, y, false)),
    grads: {
      self: { saves: [], fn: notImpl },
      other: {
        saves: ['self', 'other'],
        fn: (g, c) => {
          const a = c.saved('self'), x = c.saved('other');
          const d = exp(sub(sub(mul(subScalar(a, 1), log(x)), x), lgamma(a)));
          return name === 'igamma' ? mul(g, d) : mul(neg(g), d);
        },
      },
    },
  });
}
export const IGAMMA = igammaOp('igamma');
export const IGAMMAC = igammaOp('igammac');
function igammaCheck(name: string, a: Tensor, b: Tensor): void {
  const d = resultType(a, b);
  if (!isFloating(d)) throw notImplementedFor(`${name}_cpu`, d);
}
export function igamma(a: Tensor, b: Tensor): Tensor { igammaCheck('igamma', a, b); return apply(IGAMMA, [a, b]); }
export function igammac(a: Tensor, b: Tensor): Tensor { igammaCheck('igammac', a, b); return apply(IGAMMAC, [a, b]); }
export function igamma_(a: Tensor, b: Tensor, upper: boolean): Tensor {
  checkInplace(a);
  igammaCheck(upper ? 'igammac' : 'igamma', a, b);
  return applyInplace(upper ? IGAMMAC : IGAMMA, [a, b]);
}
