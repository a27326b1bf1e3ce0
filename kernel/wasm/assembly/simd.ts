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
      case 13: { const d = f32x4.sub(x, y); return f32x4.mul(d, d); }   // sqDiff
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
      case 13: { const d = f64x2.sub(x, y); return f64x2.mul(d, d); }
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
    case 13: { const d = x - y; return d * d; }
    default: return (isNaN(x) || isNaN(y)) ? <T>NaN : min<T>(x, y);
  }
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
  if (isFloat<T>() && sizeof<T>() == 4 && op == 9 && so == 1 && (sa == 0 || sa == 1) && (sb == 0 || sb == 1) && sa + sb > 0) {
    atan2RowF32(n, a, sa, b, sb, o);   // Sleef's atan2f in 16-element blocks, glibc's for the rest, as atan2_kernel
    return true;
  }
  if (!isFloat<T>() || op == 4 || (op > 6 && op != 10 && op != 13) || so != 1) return false;
  if (sa == 1 && sb == 1) {
    // Run the contiguous path per op and per mode as separate functions (each switch folds at compile time).
    if (sizeof<T>() == 4) binMode<f32>(op, 0, n, a, b, o); else binMode<f64>(op, 0, n, a, b, o);
  } else if (sa == 1 && sb == 0) {
    if (sizeof<T>() == 4) binMode<f32>(op, 1, n, a, b, o); else binMode<f64>(op, 1, n, a, b, o);
  } else if (sa == 0 && sb == 1) {
    if (sizeof<T>() == 4) binMode<f32>(op, 2, n, a, b, o); else binMode<f64>(op, 2, n, a, b, o);
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
      case 9: return f32x4.max(x, f32x4.splat(0));
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
      case 9: return f64x2.max(x, f64x2.splat(0));
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
/** Number of leading elements done with SIMD (the caller's scalar loop finishes the row), or 0. */
export function unaryRowSimd<T>(op: i32, n: i32, s: usize, ss: i32, d: usize, ds: i32, p0: f64, p1: f64): i32 {
  if (!isFloat<T>() || ss != 1 || ds != 1) return 0;
  if (sizeof<T>() == 4 && op == 1) {   // exp
    expRunF32(n, s, d);
    return n;
  }
  if (sizeof<T>() == 4 && op == 8) return sigmoidRunF32(n, s, d);
  if (sizeof<T>() == 4 && op == 13) return powRunF32(n, s, d, p0);   // x ** p0: Sleef's powf in 16-element blocks   // sigmoid: PyTorch's vectorised part of the run
  if (sizeof<T>() == 4 && op >= 36 && op <= 44) return activationRunF32(op, n, s, d, <f32>p0, <f32>p1);
  if (sizeof<T>() == 4 && (op == 2 || op == 5 || op == 6 || op == 7 || op == 22 || op == 23 || op == 24 || op == 25 || op == 15 || op == 16 || op == 26 || op == 27 || op == 28 || op == 29 || op == 35 || op == 45)) return sleefRunF32(op, n, s, d);
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
