// SIMD fast paths for elementwise rows: a run of n elements where every operand is contiguous (element stride 1)
// or one input is a broadcast scalar (stride 0). index.ts calls these for each row of its N-d walk (the host
// coalesces dims first, so a contiguous tensor is a single row) and falls back to its scalar loop otherwise.
// Results are bit-identical to the scalar loop except for float32 ops that follow PyTorch's vectorised kernels:
// exp (exp.ts, the whole run), sigmoid (its 16-element blocks use that exp), the Sleef functions of sleef.ts (log,
// log2, log10, sin, cos, tan, asin, acos, atan, tanh, log1p, expm1, erf, erfc: the whole run; sinh, cosh: 16-element blocks)
// and the activations of activation.ts (16-element blocks; logsigmoid and oneDNN's gelu: the whole run).
import { expRunF32, sigmoidRunF32 } from './exp';
import { atan2RowF32, powRowF32, powRunF32, sleefRunF32 } from './sleef';
import { activationRunF32 } from './activation';
import { powRowF64, powRunF64, sigmoidRunF64, sleefRunF64, sleefStridedF64 } from './sleefd';
import { fmaW, madIsFused } from './welford';
import { fmaIsFused } from './sleef';
import { fma32v, fmaF32T } from './normk';

// @ts-ignore: decorator
@inline function vbin<T>(op: i32, x: v128, y: v128): v128 {
  if (sizeof<T>() == 4) {
    switch (op) {
      case 0: return f32x4.add(x, y);
      case 1: return f32x4.sub(x, y);
      case 2: return f32x4.mul(x, y);
      case 3: return f32x4.div(x, y);
      case 5: return f32x4.max(x, y);
      case 10: return v128.andnot(x, f32x4.le(y, f32x4.splat(0)));   // reluGrad: x where !(y <= 0), else +0
      case 13: return f32x4.mul(f32x4.mul(x, f32x4.sub(f32x4.splat(1), y)), y);   // sigmoidGrad
      case 14: return f32x4.mul(x, tanhGradFactorF32(y));                          // tanhGrad
      case 15: { const d = f32x4.sub(x, y); return f32x4.mul(d, d); }   // sqDiff
      case 16: return addScaledV<f32>(x, y);                              // addScaled
      default: return f32x4.min(x, y);
    }
  } else {
    switch (op) {
      case 0: return f64x2.add(x, y);
      case 1: return f64x2.sub(x, y);
      case 2: return f64x2.mul(x, y);
      case 3: return f64x2.div(x, y);
      case 5: return f64x2.max(x, y);
      case 10: return v128.andnot(x, f64x2.le(y, f64x2.splat(0)));
      case 13: return f64x2.mul(f64x2.mul(x, f64x2.sub(f64x2.splat(1), y)), y);
      case 14: return f64x2.replace_lane(f64x2.splat(tanhGrad<f64>(f64x2.extract_lane(x, 0), f64x2.extract_lane(y, 0))), 1,
        tanhGrad<f64>(f64x2.extract_lane(x, 1), f64x2.extract_lane(y, 1)));
      case 15: { const d = f64x2.sub(x, y); return f64x2.mul(d, d); }
      case 16: return addScaledV<f64>(x, y);
      default: return f64x2.min(x, y);
    }
  }
}
// @ts-ignore: decorator
@inline function sbin<T>(op: i32, x: T, y: T): T {
  switch (op) {
    case 0: return x + y;
    case 1: return x - y;
    case 2: return x * y;
    case 3: return x / y;
    case 5: return (isNaN(x) || isNaN(y)) ? <T>NaN : max<T>(x, y);
    case 10: return !(y <= <T>0) ? x : <T>0;
    case 13: return sigmoidGrad<T>(x, y);
    case 14: return tanhGrad<T>(x, y);
    case 15: { const d = x - y; return d * d; }
    case 16: return addScaled<T>(x, y);
    default: return (isNaN(x) || isNaN(y)) ? <T>NaN : min<T>(x, y);
  }
}

/**
 * sigmoid's backward without create_graph, one pass of the composed formula's roundings: (g * (1 - y)) * y.
 * tanh's: g * (1 - y²) with 1 - y² rounded once (PyTorch's kernel contracts it into a fused multiply-add): float32
 * computes it in float64 (y² exact there), float64 with an exact fma.
 */
// @ts-ignore: decorator
@inline export function sigmoidGrad<T>(g: T, y: T): T { return (g * (<T>1 - y)) * y; }
// @ts-ignore: decorator
@inline export function tanhGrad<T>(g: T, y: T): T {
  if (sizeof<T>() == 4) return <T>(<f32>g * <f32>(1.0 - <f64>y * <f64>y));
  return <T>(<f64>g * fmaW(-<f64>y, <f64>y, 1.0, madIsFused()));
}
// @ts-ignore: decorator
@inline function tanhGradFactorF32(y: v128): v128 {
  const one = f64x2.splat(1.0);
  const lo = f64x2.promote_low_f32x4(y), hi = f64x2.promote_low_f32x4(i64x2.shuffle(y, y, 1, 0));
  return i64x2.shuffle(f32x4.demote_f64x2_zero(f64x2.sub(one, f64x2.mul(lo, lo))),
    f32x4.demote_f64x2_zero(f64x2.sub(one, f64x2.mul(hi, hi))), 0, 2);
}
/** The scalar operand of op 16 (addScaled), set per call by index.ts's binaryAlpha. */
let binAlpha: f64 = 1;
export function setBinaryAlpha(alpha: f64): void { binAlpha = alpha; }
/** a + alpha·b rounded once (ATen's ufunc::add: vec::fmadd(other, alpha, self), its scalar tail contracted alike). */
// @ts-ignore: decorator
@inline export function addScaled<T>(a: T, b: T): T {
  if (sizeof<T>() == 4) return <T>fmaF32T(<f32>b, <f32>binAlpha, <f32>a);
  return <T>fmaW(<f64>b, binAlpha, <f64>a, madIsFused());
}
/** addScaled on a vector: the hardware FMA where relaxed_madd fuses, else exactly in software. */
// @ts-ignore: decorator
@inline function addScaledV<T>(x: v128, y: v128): v128 {
  if (sizeof<T>() == 4) {
    if (ASC_FEATURE_RELAXED_SIMD) { if (fmaIsFused()) return f32x4.relaxed_madd(y, f32x4.splat(<f32>binAlpha), x); }
    const al = f64x2.splat(<f64><f32>binAlpha);
    const lo = f32x4.demote_f64x2_zero(fma32v(f64x2.promote_low_f32x4(y), al, f64x2.promote_low_f32x4(x)));
    const hi = f32x4.demote_f64x2_zero(fma32v(f64x2.promote_low_f32x4(i64x2.shuffle(y, y, 1, 0)), al, f64x2.promote_low_f32x4(i64x2.shuffle(x, x, 1, 0))));
    return i64x2.shuffle(lo, hi, 0, 2);
  }
  if (ASC_FEATURE_RELAXED_SIMD) { if (madIsFused()) return f64x2.relaxed_madd(y, f64x2.splat(binAlpha), x); }
  return f64x2.replace_lane(f64x2.splat(fmaW(f64x2.extract_lane(y, 0), binAlpha, f64x2.extract_lane(x, 0), false)), 1,
    fmaW(f64x2.extract_lane(y, 1), binAlpha, f64x2.extract_lane(x, 1), false));
}
/** sbin with the op folded per case (op is not a compile-time constant here). */
function binOne<T>(op: i32, x: T, y: T): T {
  switch (op) {
    case 0: return sbin<T>(0, x, y);
    case 1: return sbin<T>(1, x, y);
    case 2: return sbin<T>(2, x, y);
    case 3: return sbin<T>(3, x, y);
    case 5: return sbin<T>(5, x, y);
    case 10: return sbin<T>(10, x, y);
    case 13: return sbin<T>(13, x, y);
    case 14: return sbin<T>(14, x, y);
    case 15: return sbin<T>(15, x, y);
    case 16: return sbin<T>(16, x, y);
    default: return sbin<T>(6, x, y);
  }
}
/** n copies of v at o. */
function fillRun<T>(n: i32, o: usize, v: T): void {
  const sz = <usize>sizeof<T>();
  const end = o + <usize>n * sz, vend = o + (<usize>n & ~(<usize>(64 / sz) - 1)) * sz;
  const y = v128.splat<T>(v);
  while (o < vend) { v128.store(o, y); v128.store(o, y, 16); v128.store(o, y, 32); v128.store(o, y, 48); o += 64; }
  while (o < end) { store<T>(o, v); o += sz; }
}

/** mode 0: a and b contiguous; 1: b is a scalar (stride 0); 2: a is a scalar. Inlined per op so the switch folds. */
// @ts-ignore: decorator
@inline function binLoop<T>(op: i32, mode: i32, n: i32, a: usize, b: usize, o: usize): void {
  const sz = <usize>sizeof<T>();
  const end = o + <usize>n * sz;
  const vend = o + (<usize>n & ~(<usize>(64 / sz) - 1)) * sz;   // 64-byte steps (4 vectors)
  if (mode == 0) {
    while (o < vend) {
      v128.store(o, vbin<T>(op, v128.load(a), v128.load(b)));
      v128.store(o, vbin<T>(op, v128.load(a, 16), v128.load(b, 16)), 16);
      v128.store(o, vbin<T>(op, v128.load(a, 32), v128.load(b, 32)), 32);
      v128.store(o, vbin<T>(op, v128.load(a, 48), v128.load(b, 48)), 48);
      a += 64; b += 64; o += 64;
    }
    while (o < end) { store<T>(o, sbin<T>(op, load<T>(a), load<T>(b))); a += sz; b += sz; o += sz; }
  } else if (mode == 1) {
    const s = load<T>(b), y = v128.splat<T>(s);
    while (o < vend) {
      v128.store(o, vbin<T>(op, v128.load(a), y));
      v128.store(o, vbin<T>(op, v128.load(a, 16), y), 16);
      v128.store(o, vbin<T>(op, v128.load(a, 32), y), 32);
      v128.store(o, vbin<T>(op, v128.load(a, 48), y), 48);
      a += 64; o += 64;
    }
    while (o < end) { store<T>(o, sbin<T>(op, load<T>(a), s)); a += sz; o += sz; }
  } else {
    const s = load<T>(a), x = v128.splat<T>(s);
    while (o < vend) {
      v128.store(o, vbin<T>(op, x, v128.load(b)));
      v128.store(o, vbin<T>(op, x, v128.load(b, 16)), 16);
      v128.store(o, vbin<T>(op, x, v128.load(b, 32)), 32);
      v128.store(o, vbin<T>(op, x, v128.load(b, 48)), 48);
      b += 64; o += 64;
    }
    while (o < end) { store<T>(o, sbin<T>(op, s, load<T>(b))); b += sz; o += sz; }
  }
}
function binMode<T>(op: i32, mode: i32, n: i32, a: usize, b: usize, o: usize): void {
  switch (op) {
    case 0: binLoop<T>(0, mode, n, a, b, o); break;
    case 1: binLoop<T>(1, mode, n, a, b, o); break;
    case 2: binLoop<T>(2, mode, n, a, b, o); break;
    case 3: binLoop<T>(3, mode, n, a, b, o); break;
    case 5: binLoop<T>(5, mode, n, a, b, o); break;
    case 10: binLoop<T>(10, mode, n, a, b, o); break;
    case 13: binLoop<T>(13, mode, n, a, b, o); break;
    case 14: binLoop<T>(14, mode, n, a, b, o); break;
    case 15: binLoop<T>(15, mode, n, a, b, o); break;
    case 16: binLoop<T>(16, mode, n, a, b, o); break;
    default: binLoop<T>(6, mode, n, a, b, o);
  }
}

/**
 * One row of a float binary op with element strides sa, sb, so; returns false when this row has no SIMD path
 * (the caller runs its scalar loop).
 */
export function binaryRowSimd<T>(op: i32, n: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize, so: i32): bool {
  if (isFloat<T>() && sizeof<T>() == 4 && op == 4 && so == 1 && (sa == 0 || sa == 1) && (sb == 0 || sb == 1) && sa + sb > 0) {
    powRowF32(n, a, sa, b, sb, o);   // Sleef's powf in 16-element blocks, as PyTorch's pow kernel
    return true;
  }
  if (isFloat<T>() && sizeof<T>() == 8 && op == 4 && so == 1 && (sa == 0 || sa == 1) && (sb == 0 || sb == 1) && sa + sb > 0) {
    powRowF64(n, a, sa, b, sb, o);   // Sleef's pow in 8-element blocks, glibc's for the rest
    return true;
  }
  if (isFloat<T>() && sizeof<T>() == 4 && op == 9 && so == 1 && (sa == 0 || sa == 1) && (sb == 0 || sb == 1) && sa + sb > 0) {
    atan2RowF32(n, a, sa, b, sb, o);   // Sleef's atan2f in 16-element blocks, glibc's for the rest, as atan2_kernel
    return true;
  }
  if (!isFloat<T>() || op == 4 || (op > 6 && op != 10 && op != 13 && op != 14 && op != 15 && op != 16) || so != 1) return false;
  if (sa == 1 && sb == 1) {
    // Run the contiguous path per op and per mode as separate functions (each switch folds at compile time).
    if (sizeof<T>() == 4) binMode<f32>(op, 0, n, a, b, o); else binMode<f64>(op, 0, n, a, b, o);
  } else if (sa == 1 && sb == 0) {
    if (sizeof<T>() == 4) binMode<f32>(op, 1, n, a, b, o); else binMode<f64>(op, 1, n, a, b, o);
  } else if (sa == 0 && sb == 1) {
    if (sizeof<T>() == 4) binMode<f32>(op, 2, n, a, b, o); else binMode<f64>(op, 2, n, a, b, o);
  } else if (sa == 0 && sb == 0) {
    // both broadcast (an expanded scalar op a scalar, as in mean's backward, grad.expand(shape) / n): one value
    if (sizeof<T>() == 4) fillRun<f32>(n, o, binOne<f32>(op, load<f32>(a), load<f32>(b)));
    else fillRun<f64>(n, o, binOne<f64>(op, load<f64>(a), load<f64>(b)));
  } else {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Unary rows: contiguous src and dst. Op codes as in index.ts (UnaryOp in kernels.ts).
// @ts-ignore: decorator
@inline function vun<T>(op: i32, x: v128, p0: v128): v128 {
  if (sizeof<T>() == 4) {
    switch (op) {
      case 0: return f32x4.neg(x);
      case 3: return f32x4.sqrt(x);
      case 4: return f32x4.abs(x);
      // relu is clamp_min(x, 0): std::max(x, 0) = x < 0 ? 0 : x, so -0 and NaN pass (one compare and an andnot;
      // wasm's f32x4.max, with its own NaN and signed-zero rules, is about eight instructions on x86, made relu
      // twice as slow as neg, and turned -0 into +0)
      case 9: return v128.andnot(x, f32x4.lt(x, f32x4.splat(0)));
      case 17: return f32x4.floor(x);
      case 18: return f32x4.ceil(x);
      case 19: return f32x4.nearest(x);
      case 20: return f32x4.trunc(x);
      default: return f32x4.mul(x, x);   // 30 square
    }
  } else {
    switch (op) {
      case 0: return f64x2.neg(x);
      case 3: return f64x2.sqrt(x);
      case 4: return f64x2.abs(x);
      case 9: return v128.andnot(x, f64x2.lt(x, f64x2.splat(0)));
      case 17: return f64x2.floor(x);
      case 18: return f64x2.ceil(x);
      case 19: return f64x2.nearest(x);
      case 20: return f64x2.trunc(x);
      default: return f64x2.mul(x, x);
    }
  }
}
// @ts-ignore: decorator
@inline function unLoop<T>(op: i32, n: i32, s: usize, d: usize, p0: f64): void {
  const sz = <usize>sizeof<T>();
  const vend = d + (<usize>n & ~(<usize>(32 / sz) - 1)) * sz;   // 32-byte steps
  const pv = v128.splat<T>(<T>p0);
  while (d < vend) {
    v128.store(d, vun<T>(op, v128.load(s), pv));
    v128.store(d, vun<T>(op, v128.load(s, 16), pv), 16);
    s += 32; d += 32;
  }
}
/**
 * clamp (op 12) over whole 32-byte steps: r < lo ? lo : r, then r > hi ? hi : r, lanewise (NaN compares false and
 * stays, a missing bound (NaN) is -inf / +inf, which no value passes), with the bounds in the element type as
 * PyTorch's clamp kernel has them (index.ts's scalar loop likewise).
 */
function clampRun<T>(n: i32, s: usize, d: usize, p0: f64, p1: f64): void {
  const sz = <usize>sizeof<T>();
  const vend = d + (<usize>n & ~(<usize>(32 / sz) - 1)) * sz;
  const lo = v128.splat<T>(<T>(isNaN(p0) ? -Infinity : p0)), hi = v128.splat<T>(<T>(isNaN(p1) ? Infinity : p1));
  while (d < vend) {
    let a = v128.load(s), b = v128.load(s, 16);
    if (sizeof<T>() == 4) {
      a = v128.bitselect(lo, a, f32x4.lt(a, lo)); b = v128.bitselect(lo, b, f32x4.lt(b, lo));
      a = v128.bitselect(hi, a, f32x4.gt(a, hi)); b = v128.bitselect(hi, b, f32x4.gt(b, hi));
    } else {
      a = v128.bitselect(lo, a, f64x2.lt(a, lo)); b = v128.bitselect(lo, b, f64x2.lt(b, lo));
      a = v128.bitselect(hi, a, f64x2.gt(a, hi)); b = v128.bitselect(hi, b, f64x2.gt(b, hi));
    }
    v128.store(d, a); v128.store(d, b, 16);
    s += 32; d += 32;
  }
}
/** Number of leading elements done with SIMD (the caller's scalar loop finishes the row), or 0. */
export function unaryRowSimd<T>(op: i32, n: i32, s: usize, ss: i32, d: usize, ds: i32, p0: f64, p1: f64): i32 {
  if (isFloat<T>() && sizeof<T>() == 8 && (ss != 1 || ds != 1) && (op == 5 || op == 6 || op == 22)) return sleefStridedF64(op, n, s, ss, d, ds);
  if (!isFloat<T>() || ss != 1 || ds != 1) return 0;
  if (sizeof<T>() == 4 && op == 1) {   // exp
    expRunF32(n, s, d);
    return n;
  }
  if (sizeof<T>() == 4 && op == 8) return sigmoidRunF32(n, s, d);
  if (sizeof<T>() == 8 && op == 8) return sigmoidRunF64(n, s, d);   // 8-element blocks through Sleef's exp
  if (sizeof<T>() == 8 && (op == 13 || op == 14)) return powRunF64(n, s, d, p0, op == 14);   // Sleef's pow, 8-element blocks
  if (sizeof<T>() == 4 && op == 13) return powRunF32(n, s, d, p0);   // x ** p0: Sleef's powf in 16-element blocks   // sigmoid: PyTorch's vectorised part of the run
  if (sizeof<T>() == 4 && op >= 36 && op <= 44) return activationRunF32(op, n, s, d, <f32>p0, <f32>p1);
  if (sizeof<T>() == 4 && (op == 2 || op == 5 || op == 6 || op == 7 || op == 22 || op == 23 || op == 24 || op == 25 || op == 15 || op == 16 || op == 26 || op == 27 || op == 28 || op == 29 || op == 35 || op == 45)) return sleefRunF32(op, n, s, d);
  if (sizeof<T>() == 8 && (op == 5 || op == 6 || op == 7 || op == 15 || op == 16 || op == 22 || op == 23 || op == 24 || op == 25 || op == 26 || op == 27 || op == 28 || op == 29 || op == 35 || op == 45)) return sleefRunF64(op, n, s, d);   // vml: Sleef's, 4-lane groups
  if (op == 12) { clampRun<T>(n, s, d, p0, p1); return n & ~(<i32>(32 / sizeof<T>()) - 1); }
  const done = n & ~(<i32>(32 / sizeof<T>()) - 1);
  switch (op) {
    case 0: unLoop<T>(0, n, s, d, p0); break;
    case 3: unLoop<T>(3, n, s, d, p0); break;
    case 4: unLoop<T>(4, n, s, d, p0); break;
    case 9: unLoop<T>(9, n, s, d, p0); break;
    case 17: unLoop<T>(17, n, s, d, p0); break;
    case 18: unLoop<T>(18, n, s, d, p0); break;
    case 19: unLoop<T>(19, n, s, d, p0); break;
    case 20: unLoop<T>(20, n, s, d, p0); break;
    case 30: unLoop<T>(30, n, s, d, p0); break;
    default: return 0;
  }
  return done;
}
