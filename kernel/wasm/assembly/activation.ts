// float32 activations as PyTorch 1.13.1's CPU kernels compute them (aten/src/ATen/native/cpu/Activation.cpp and
// the oneDNN 2.6.3 gelu it hands contiguous float tensors to). cpu_kernel_vec runs a contiguous run's 16-element
// blocks through the Vectorized<float> lambda (Sleef's exp/log1p/tanh, GCC contracting a·b + c into an FMA where
// the source has one) and the last n % 16 through the scalar lambda (glibc's expf/log1pf/tanhf): activationRunF32
// does the blocks and returns how many it did, index.ts's scalar loop calls activationF32 for the rest.
// Op codes as kernels.ts UnaryOp: 36 silu, 37 softplus(beta p0, threshold p1), 38 elu with scale (negcoef p0 =
// α·scale, poscoef p1), 39 elu with input_scale (negcoef p0, negiptcoef p1), 40 gelu(approximate='tanh'), 41 mish,
// 42 logsigmoid (every element vectorised), 43 gelu (oneDNN's eltwise_gelu_erf, every element), 44 gelu by
// GeluKernelImpl (PyTorch's own kernel, for the tensors oneDNN is not given: strided, or of one element).
import { expFull } from './exp';
import { erffG, expfG, log1pfG, tanhfG } from './glibc';
import { Emulated, erfF4, fma, fmaIsFused, Fused, log1pF4, tanhF4 } from './sleef';

// @ts-ignore: decorator
@inline function sp(x: f32): v128 { return f32x4.splat(x); }
/** float scalar a·b + c rounded once (GCC's contraction in the scalar lambdas of the AVX2 build). */
// @ts-ignore: decorator
@inline function fmaS(a: f32, b: f32, c: f32): f32 { return <f32>(<f64>a * <f64>b + <f64>c); }

const SQRT1_2: f32 = <f32>Math.SQRT1_2, PDF_BETA: f32 = <f32>((2 / Math.sqrt(Math.PI)) * Math.SQRT1_2 * 0.5);
const BETA: f32 = <f32>(Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5), KAPPA: f32 = <f32>0.044715;

/** exp(-x²) as oneDNN's gelu_erf computes it: floor-based reduction, a degree-5 polynomial, underflow to 0. */
// @ts-ignore: decorator
@inline function expNegSq4<F>(x: v128): v128 {
  let e = f32x4.neg(f32x4.mul(x, x));
  const lnMin = sp(reinterpret<f32>(0xc2aeac50));
  const under = f32x4.lt(e, lnMin);
  e = f32x4.max(f32x4.min(e, sp(reinterpret<f32>(0x42b17218))), lnMin);
  const fx = f32x4.floor(f32x4.add(f32x4.mul(e, sp(reinterpret<f32>(0x3fb8aa3b))), sp(0.5)));
  const r = fma<F>(f32x4.neg(fx), sp(reinterpret<f32>(0x3f317218)), e);
  const n = v128.andnot(i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(f32x4.sub(fx, sp(1))), i32x4.splat(127)), 23), under);
  let p = fma<F>(sp(reinterpret<f32>(0x3c07cfce)), r, sp(reinterpret<f32>(0x3d2b9d0d)));
  p = fma<F>(p, r, sp(reinterpret<f32>(0x3e2aad40)));
  p = fma<F>(p, r, sp(reinterpret<f32>(0x3efffee3)));
  p = fma<F>(p, r, sp(reinterpret<f32>(0x3f7ffffb)));
  p = fma<F>(p, r, sp(1));
  return f32x4.mul(f32x4.mul(p, n), sp(2));
}

/** oneDNN's gelu_erf: erf by Abramowitz–Stegun 7.1.26 over its own exp (floor-based reduction, degree-5 polynomial). */
// @ts-ignore: decorator
@inline function geluErf4<F>(s: v128): v128 {
  const x = f32x4.mul(s, sp(reinterpret<f32>(0x3f3504f3)));
  const t = f32x4.div(sp(1), fma<F>(sp(reinterpret<f32>(0x3ea7ba05)), v128.and(x, i32x4.splat(0x7fffffff)), sp(1)));
  const ex = expNegSq4<F>(x);   // exp(-x²)
  const em = f32x4.mul(f32x4.neg(ex), t);   // -exp(-x²)·t
  let q = fma<F>(sp(reinterpret<f32>(0x3f87dc22)), t, sp(reinterpret<f32>(0xbfba00e3)));
  q = fma<F>(q, t, sp(reinterpret<f32>(0x3fb5f0e3)));
  q = fma<F>(q, t, sp(reinterpret<f32>(0xbe91a98e)));
  q = fma<F>(q, t, sp(reinterpret<f32>(0x3e827906)));
  const erf = v128.xor(fma<F>(em, q, sp(1)), v128.and(s, i32x4.splat(0x80000000)));
  const half = f32x4.mul(s, sp(0.5));
  return fma<F>(erf, half, half);
}

// @ts-ignore: decorator
@inline function act4<F>(op: i32, x: v128, p0: v128, p1: v128): v128 {
  switch (op) {
    case 36: return f32x4.div(x, f32x4.add(sp(1), expFull(f32x4.neg(x))));
    case 37: {
      const xb = f32x4.mul(x, p0);
      return v128.bitselect(x, f32x4.div(log1pF4<F>(expFull(xb)), p0), f32x4.gt(xb, p1));
    }
    case 38: return v128.bitselect(f32x4.mul(x, p1), f32x4.mul(f32x4.sub(expFull(x), sp(1)), p0), f32x4.gt(x, sp(0)));
    case 39: return v128.bitselect(x, f32x4.mul(f32x4.sub(expFull(f32x4.mul(x, p1)), sp(1)), p0), f32x4.gt(x, sp(0)));
    case 40: {
      const cube = f32x4.mul(f32x4.mul(x, x), x);
      const inner = f32x4.mul(sp(BETA), fma<F>(sp(KAPPA), cube, x));
      return f32x4.mul(f32x4.mul(sp(0.5), x), f32x4.add(sp(1), tanhF4<F>(inner)));
    }
    case 41: return f32x4.mul(x, tanhF4<F>(log1pF4<F>(expFull(x))));
    case 42: {   // min(x, 0) - log1p(exp(-|x|)), NaN-propagating minimum
      const m = v128.or(f32x4.pmin(sp(0), x), f32x4.ne(x, x));   // x86's minps(x, 0): 0 unless x < 0
      return f32x4.sub(m, log1pF4<F>(expFull(f32x4.neg(v128.and(x, i32x4.splat(0x7fffffff))))));
    }
    case 44: return f32x4.mul(f32x4.mul(x, sp(0.5)), f32x4.add(sp(1), erfF4<F>(f32x4.mul(x, sp(SQRT1_2)))));
    default: return geluErf4<F>(x);
  }
}
function run<F>(op: i32, n: i32, p: usize, q: usize, p0: f32, p1: f32): i32 {
  const whole = op == 42 || op == 43;
  const done = whole ? n : n & ~15;
  const v0 = f32x4.splat(p0), v1 = f32x4.splat(p1);
  let i = 0;
  for (; i + 4 <= done; i += 4) v128.store(q + (<usize>i << 2), act4<F>(op, v128.load(p + (<usize>i << 2)), v0, v1));
  for (; i < done; i++) {   // the last 1-3 of a whole run (lanewise functions: the other lanes do not matter)
    const o = <usize>i << 2;
    store<f32>(q + o, f32x4.extract_lane(act4<F>(op, f32x4.splat(load<f32>(p + o)), v0, v1), 0));
  }
  return done;
}
/** The vectorised part of a contiguous float32 run of activation `op`: returns how many leading elements it did. */
export function activationRunF32(op: i32, n: i32, p: usize, q: usize, p0: f32, p1: f32): i32 {
  return fmaIsFused() ? run<Fused>(op, n, p, q, p0, p1) : run<Emulated>(op, n, p, q, p0, p1);
}
/** One element as PyTorch's scalar lambda computes it (the tail of a run, or a strided run). */
export function activationF32(op: i32, x: f32, p0: f32, p1: f32): f32 {
  switch (op) {
    case 36: return x / (<f32>1 + expfG(-x));
    case 37: { const xb = x * p0; return xb > p1 ? x : log1pfG(expfG(xb)) / p0; }
    case 38: return x <= 0 ? (expfG(x) - <f32>1) * p0 : x * p1;
    case 39: return x <= 0 ? (expfG(x * p1) - <f32>1) * p0 : x;
    case 40: {
      const cube = x * x * x;
      return <f32>0.5 * x * (<f32>1 + tanhfG(BETA * fmaS(KAPPA, cube, x)));
    }
    case 41: return x * tanhfG(log1pfG(expfG(x)));
    case 44: return x * <f32>0.5 * (<f32>1 + erffG(x * SQRT1_2));
    default: {   // 42, 43: every element takes the vector algorithm
      const F = fmaIsFused();
      const v = f32x4.splat(x), z = f32x4.splat(0);
      return f32x4.extract_lane(F ? act4<Fused>(op, v, f32x4.splat(p0), z) : act4<Emulated>(op, v, f32x4.splat(p0), z), 0);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Backward kernels (grad_input from grad_output g and the saved input x), as PyTorch 1.13.1's: SiluBackward0's
// silu_backward and MishBackward0's mish_backward (both without create_graph), softplus_backward, elu_backward (is_result false), GeluBackward0's gelu_backward ('tanh':
// GeluBackwardKernelImpl; 'none': oneDNN's gelu_erf backward), log_sigmoid_backward (its buffer exp(-|x|) made here
// by Sleef's exp, as the forward stores it). Same op codes as the forward.
/** oneDNN's gelu_erf derivative: 1/2 + x/√(2π)·e^{-x²/2} + erf(x/√2)/2 with its exp and erf as above. */
// @ts-ignore: decorator
@inline function geluErfGrad4<F>(s: v128): v128 {
  const R = f32x4.mul(s, sp(reinterpret<f32>(0x3f3504f3)));
  const Q = expNegSq4<F>(R);                                                     // exp(-R²)
  const T = f32x4.mul(f32x4.mul(R, sp(reinterpret<f32>(0x3f106eba))), Q);        // R/√π·Q
  const W = f32x4.div(sp(1), fma<F>(sp(reinterpret<f32>(0x3ea7ba05)), v128.and(R, i32x4.splat(0x7fffffff)), sp(1)));
  const qw = f32x4.mul(f32x4.neg(Q), W);
  let q = fma<F>(sp(reinterpret<f32>(0x3f87dc22)), W, sp(reinterpret<f32>(0xbfba00e3)));
  q = fma<F>(q, W, sp(reinterpret<f32>(0x3fb5f0e3)));
  q = fma<F>(q, W, sp(reinterpret<f32>(0xbe91a98e)));
  q = fma<F>(q, W, sp(reinterpret<f32>(0x3e827906)));
  const erf = v128.xor(fma<F>(qw, q, sp(1)), v128.and(R, i32x4.splat(0x80000000)));
  return fma<F>(erf, sp(0.5), f32x4.add(T, sp(0.5)));
}
// @ts-ignore: decorator
@inline function back4<F>(op: i32, g: v128, x: v128, p0: v128, p1: v128): v128 {
  const one = sp(1);
  switch (op) {
    case 36: {
      const s = f32x4.div(one, f32x4.add(one, expFull(f32x4.neg(x))));
      return f32x4.mul(f32x4.mul(g, s), fma<F>(x, f32x4.sub(one, s), one));
    }
    case 37: {
      const xb = f32x4.mul(x, p0), z = expFull(xb);
      return v128.bitselect(g, f32x4.div(f32x4.mul(g, z), f32x4.add(z, one)), f32x4.gt(xb, p1));
    }
    case 38: return v128.bitselect(f32x4.mul(g, p1), f32x4.mul(f32x4.mul(g, p0), expFull(x)), f32x4.gt(x, sp(0)));
    case 39: return v128.bitselect(g, f32x4.mul(f32x4.mul(f32x4.mul(g, p1), p0), expFull(f32x4.mul(x, p1))), f32x4.gt(x, sp(0)));
    case 40: {
      const xsq = f32x4.mul(x, x), cube = f32x4.mul(xsq, x);
      const t = tanhF4<F>(f32x4.mul(sp(BETA), fma<F>(sp(KAPPA), cube, x)));
      const left = f32x4.mul(sp(0.5), x), ld = f32x4.mul(sp(0.5), f32x4.add(one, t));
      const td = fma<F>(f32x4.neg(t), t, one);
      const id = f32x4.mul(sp(BETA), fma<F>(sp(<f32>3 * KAPPA), xsq, one));
      return f32x4.mul(g, f32x4.add(ld, f32x4.mul(f32x4.mul(left, td), id)));
    }
    case 41: {   // dy·(t + x·σ·(1 - t²)), t = tanh(softplus(x)), both multiply-adds fused
      const sg = f32x4.div(one, f32x4.add(one, expFull(f32x4.neg(x))));
      const t = tanhF4<F>(log1pF4<F>(expFull(x)));
      return f32x4.mul(g, fma<F>(f32x4.mul(x, sg), fma<F>(f32x4.neg(t), t, one), t));
    }
    case 42: {   // (max_deriv - sign·b/(1 + b))·g, b = exp(-|x|): x < 0: 1 - b/(1+b), else b/(1+b)
      const b = expFull(f32x4.neg(v128.and(x, i32x4.splat(0x7fffffff))));
      const neg = f32x4.lt(x, sp(0));
      const q = f32x4.div(b, f32x4.add(one, b));
      return f32x4.mul(v128.bitselect(f32x4.sub(one, q), f32x4.add(sp(0), q), neg), g);
    }
    case 44: {   // dy·(cdf + x·pdf), the sum fused
      const cdf = f32x4.mul(sp(0.5), f32x4.add(one, erfF4<F>(f32x4.mul(x, sp(SQRT1_2)))));
      const pdf = f32x4.mul(sp(PDF_BETA), expFull(f32x4.mul(f32x4.mul(x, x), sp(-0.5))));
      return f32x4.mul(g, fma<F>(x, pdf, cdf));
    }
    default: return f32x4.mul(g, geluErfGrad4<F>(x));
  }
}
/** One element as the scalar lambda computes it. */
function backS(op: i32, g: f32, x: f32, p0: f32, p1: f32): f32 {
  switch (op) {
    case 36: { const s = <f32>1 / (<f32>1 + expfG(-x)); return g * s * fmaS(x, <f32>1 - s, <f32>1); }
    case 37: { const xb = x * p0, z = expfG(xb); return xb > p1 ? g : g * z / (z + <f32>1); }
    case 38: return x <= 0 ? g * p0 * expfG(x) : g * p1;
    case 39: return x <= 0 ? g * p1 * p0 * expfG(x * p1) : g;
    case 40: {
      const xsq = x * x, cube = xsq * x;
      const t = tanhfG(BETA * fmaS(KAPPA, cube, x));
      const left = <f32>0.5 * x, ld = <f32>0.5 * (<f32>1 + t);
      const td = fmaS(-t, t, <f32>1), id = BETA * fmaS(<f32>3 * KAPPA, xsq, <f32>1);
      return g * (ld + left * td * id);
    }
    case 41: {
      const sg = <f32>1 / (<f32>1 + expfG(-x)), t = tanhfG(log1pfG(expfG(x)));
      return g * fmaS(x * sg, fmaS(-t, t, <f32>1), t);
    }
    case 44: {
      const cdf = <f32>0.5 * (<f32>1 + erffG(x * SQRT1_2)), pdf = PDF_BETA * expfG(x * x * <f32>-0.5);
      return g * (cdf + x * pdf);   // (not contracted in the scalar lambda: checked against 1.13.1)
    }
    default: {
      const F = fmaIsFused(), gv = f32x4.splat(g), xv = f32x4.splat(x), z = f32x4.splat(0);
      return f32x4.extract_lane(F ? back4<Fused>(op, gv, xv, z, z) : back4<Emulated>(op, gv, xv, z, z), 0);
    }
  }
}
function runBack<F>(op: i32, n: i32, g: usize, x: usize, q: usize, p0: f32, p1: f32, scalar: bool): void {
  const done = scalar ? 0 : op == 42 || op == 43 ? n & ~3 : n & ~15;
  const v0 = f32x4.splat(p0), v1 = f32x4.splat(p1);
  for (let i = 0; i < done; i += 4) {
    const o = <usize>i << 2;
    v128.store(q + o, back4<F>(op, v128.load(g + o), v128.load(x + o), v0, v1));
  }
  for (let i = done; i < n; i++) {
    const o = <usize>i << 2;
    store<f32>(q + o, backS(op, load<f32>(g + o), load<f32>(x + o), p0, p1));
  }
}
/**
 * grad_input[0..n) of activation `op` from contiguous float32 grad_output g and input x: as one contiguous run of
 * PyTorch's (row = 0), as runs of `row` elements each (rows of a strided layout), or (row < 0) every element by the
 * scalar formula (PyTorch's basic_loop, when an operand's inner stride is not 1).
 */
export function activationBackwardF32(op: i32, n: i32, g: usize, x: usize, q: usize, p0: f32, p1: f32, row: i32): void {
  const len = row > 0 ? row : n;
  for (let s = 0; s < n; s += len) {
    const o = <usize>s << 2, m = min(len, n - s);
    if (fmaIsFused()) runBack<Fused>(op, m, g + o, x + o, q + o, p0, p1, row < 0);
    else runBack<Emulated>(op, m, g + o, x + o, q + o, p0, p1, row < 0);
  }
}
