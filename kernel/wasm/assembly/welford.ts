// var / std in PyTorch 1.13's order, bit for bit (aten/src/ATen/native/ReduceOps.cpp and SharedReduceOps.h,
// BSD-3; the algorithms written anew here):
// - a full reduction of a float32/float64 tensor (std_var_all_cpu): the mean is the dtype's own `mean()` (a
//   cascade sum divided by n, rounded to the dtype), then Σ (x - mean)² in double, element by element in
//   TensorIterator's order; every call of the 2-d loop starts its own partial sum, added to the chunk's total
//   (sqDevRange);
// - everything else (a reduction along dims, float16/bfloat16, var_mean/std_mean): WelfordOps in double per output
//   element, whose m2 update `m2 + delta * new_delta` PyTorch's AVX2 build compiles to a fused multiply-add
//   (welfordRows). wasm has no scalar fma: the relaxed build uses relaxed_madd where it is one fused multiply-add
//   (x86 with FMA), and otherwise fma64 computes the correctly rounded a·b + c in software.
import { interrupted } from './host';
import { dimCounterIncrement, dimCounterStart } from './sum';

let fusedProbe: i32 = 0;   // 1: f64x2.relaxed_madd is one fused multiply-add on this machine, 2: it is not
/** Whether the relaxed build's relaxed_madd fuses here ((1 + 2^-27)² - (1 + 2^-26) is 2^-54 fused, 0 otherwise). */
export function madIsFused(): bool {
  if (!ASC_FEATURE_RELAXED_SIMD) return false;
  if (fusedProbe == 0) {
    const a = f64x2.splat(1.0000000074505806);
    fusedProbe = f64x2.extract_lane(f64x2.relaxed_madd(a, a, f64x2.splat(-1.0000000149011612)), 0) != 0 ? 1 : 2;
  }
  return fusedProbe == 1;
}
/** a·b + c rounded once: the hardware's FMA through relaxed_madd when it fuses (`hw`), else fma64. */
// @ts-ignore: decorator
@inline export function fmaW(a: f64, b: f64, c: f64, hw: bool): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return f64x2.extract_lane(f64x2.relaxed_madd(f64x2.splat(a), f64x2.splat(b), f64x2.splat(c)), 0);
  }
  return fma64(a, b, c);
}

// @ts-ignore: decorator
@inline const SPLIT: f64 = 134217729.0;   // 2^27 + 1 (Dekker's split of a double into two 26-bit halves)

/**
 * fma(a, b, c) = a·b + c rounded once (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved
 * algorithms using rounding to odd", IEEE TC 2008): the exact product as uh + ul, the sum c + uh as th + tl
 * (TwoSum), then th + RO(tl + ul), where RO rounds to odd. A product that overflows is worked at half scale;
 * operands whose split would overflow (|x| ≥ 6.7e299, beyond any variance's terms) and zero, infinite or NaN
 * products take a·b + c. Products within 2^-969 of zero lose the exactness of their error term (IEEE underflow).
 */
export function fma64(a: f64, b: f64, c: f64): f64 {
  const uh = a * b;
  if (!isFinite(uh) && isFinite(a) && isFinite(b)) {
    // the product overflowed but is finite: an infinite c wins, else work at half scale (exact for such a·b)
    return isFinite(c) ? 2 * fma64(a * 0.5, b, c * 0.5) : c;
  }
  if (uh == 0 || !isFinite(uh) || Math.abs(a) >= 6.7e299 || Math.abs(b) >= 6.7e299) return uh + c;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  const ul = ((ah * bh - uh) + ah * bl + al * bh) + al * bl;
  const th = c + uh;
  if (!isFinite(th)) return th;
  const z = th - c;
  const tl = (c - (th - z)) + (uh - z);
  let v = tl + ul;
  const w = v - tl;
  const err = (tl - (v - w)) + (ul - w);
  if (err != 0 && v != 0) {
    const bits = reinterpret<i64>(v);
    // round to odd: an inexact sum whose last bit is even moves one ulp toward the exact value
    if ((bits & 1) == 0) v = reinterpret<f64>(bits + ((v > 0) == (err > 0) ? 1 : -1));
  }
  return th + v;
}

/**
 * Welford's mean and m2 over each row of a contiguous [rows, n] float block (T: f32 or f64; elements read as
 * double), into dst as (mean, m2) pairs of f64. Returns 1 when the interrupt flag stopped it, else 0.
 */
export function welfordRowsT<T>(src: usize, rows: i32, n: i32, dst: usize): i32 {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  for (let r = 0; r < rows; r++) {
    if (interrupted()) return 1;
    let p = src + <usize>r * <usize>n * sz;
    let mean: f64 = 0, m2: f64 = 0;
    for (let i = 1; i <= n;) {
      const e = min(n, i + 0xffff);
      for (; i <= e; i++) {
        const x = <f64>load<T>(p);
        const delta = x - mean;
        mean = mean + delta / <f64>i;
        m2 = fmaW(delta, x - mean, m2, hw);
        p += sz;
      }
      if (i <= n && interrupted()) return 1;
    }
    store<f64>(dst + (<usize>r << 4), mean);
    store<f64>(dst + (<usize>r << 4), m2, 8);
  }
  return 0;
}

// @ts-ignore: decorator
@inline function metaAt(m: usize, i: i32): i32 { return load<i32>(m + (<usize>i << 2)); }

/**
 * std_var_all_cpu's reduction of elements [begin, end) of an iterator (meta: shape[ndim] then the input's element
 * strides, dim 0 fastest): Σ (x - mean)² in double, each 2-d step of at::internal::serial_for_each summed on its
 * own from 0 and added to the total. `values`: the DimCounter (ndim i32). Returns -1 when interrupted.
 */
export function sqDevRangeT<T>(ndim: i32, m: usize, inp: usize, begin: i32, end: i32, mean: f64, values: usize): f64 {
  const sz = <isize>sizeof<T>();
  if (ndim == 0) { const d = <f64>load<T>(inp) - mean; return 0 + d * d; }
  const is0 = <isize>metaAt(m, ndim) * sz;
  const is1 = ndim > 1 ? <isize>metaAt(m, ndim + 1) * sz : 0;
  const shape0 = metaAt(m, 0), shape1 = ndim > 1 ? metaAt(m, 1) : 1;
  dimCounterStart(ndim, m, begin, values);
  let total: f64 = 0;
  let offset = begin;
  let polled = 0;
  while (offset < end) {
    let pi = inp;
    for (let d = 0; d < ndim; d++) pi += <usize>(<isize>load<i32>(values + (<usize>d << 2)) * <isize>metaAt(m, ndim + d) * sz);
    const v0 = load<i32>(values), v1 = ndim > 1 ? load<i32>(values, 4) : 0;
    const step0 = min(shape0 - v0, end - offset);
    let step1 = 1;
    if (step0 == shape0 && ndim > 1) step1 = min(shape1 - v1, (end - offset) / shape0);
    let local: f64 = 0;
    for (let j = 0; j < step1; j++) {
      let p = pi + <usize>(<isize>j * is1);
      for (let i = 0; i < step0;) {
        const e = min(step0, i + 0x10000);
        polled += e - i;
        if (is0 == sz) {
          for (; i < e; i++) { const d = <f64>load<T>(p) - mean; local += d * d; p += <usize>sz; }
        } else {
          for (; i < e; i++) { const d = <f64>load<T>(p) - mean; local += d * d; p += <usize>is0; }
        }
        if (polled >= 0x10000) { polled = 0; if (interrupted()) return -1; }
      }
    }
    total += local;
    offset += step0 * step1;
    dimCounterIncrement(ndim, m, values, step0, step1);
  }
  return total;
}

/** x[i] = p[i]·q[i] + x[i] rounded once, over n contiguous doubles (a fused multiply-add as PyTorch's AVX2 build's). */
export function fmaRunF64(n: i32, x: usize, p: usize, q: usize): void {
  const hw = madIsFused();
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 3;
    store<f64>(x + o, fmaW(load<f64>(p + o), load<f64>(q + o), load<f64>(x + o), hw));
  }
}
