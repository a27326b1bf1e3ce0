// tnb compute kernel (AssemblyScript → wasm). ABI: pointers, element strides and sizes only (CONVENTIONS 7).
//
// dtype codes: 0 bool (u8), 1 int64 (i64), 2 float32 (f32), 3 float64 (f64); 4-9 the narrow dtypes of narrow.ts
// (int32, int16, int8, uint8, float16, bfloat16), which only copy, fill, take and put see (ops compute wide).
// Strided kernels read a "meta" block of i32 written by the host: shape[ndim], then one strides[ndim] row per
// operand in argument order (element strides, output last). Outputs may be strided too (in-place ops on views).
// The host coalesces dims first (a contiguous tensor walks as one row); rows whose operands are contiguous or
// broadcast scalars take the SIMD paths of simd.ts, other rows the scalar loops here.
import { alloc as heapAlloc, free as heapFree, heapBytes as heapBytesUsed, liveBlocks as liveBlockCount, setLimit } from './heap';
import { gemm, gemmScratchBytes, gemv } from './gemm';
import { interrupted } from './host';
import { addScaled, binaryRowSimd, setBinaryAlpha, sigmoidGrad, tanhGrad, unaryRowSimd } from './simd';
import { powScalarF32, powScalarF64, sleefF32 } from './sleef';
import { coshG, sinhG, sleefF64 } from './sleefd';
import { activationF32 } from './activation';
import { atan2fG, coshfG, powfG, powG, sinhfG } from './glibc';
import { interpBackwardT, interpForwardT } from './interp';
export { sleefAtan2F32, sleefF32, sleefPowF32 } from './sleef';
export { activationBackwardF32 } from './activation';
export { atan2fG, glibcF32 } from './glibc';
export { powfG, powG };
import { expFull, logF32 } from './exp';
import { expF64, expGlibc, logF64 } from './expd';
/**
 * One value through the exp / log PyTorch's softmax kernels use: 0 float32 exp (Sleef_expf8_u10, a vector lane),
 * 1 float32 log (Sleef_logf8_u10), 2 float64 std::exp (glibc's __exp_fma),
 * 3 float64 log (Sleef_logd4_u10), 4 float64 exp (Sleef_expd4_u10).
 */
/** std::pow as glibc's FMA build computes it (glibc.ts): powf when `single`, else pow. */
export function powLibm(x: f64, y: f64, single: bool): f64 {
  return single ? <f64>powfG(<f32>x, <f32>y) : powG(x, y);
}
/**
 * torch.logspace's n values (logspace_out, RangeFactories.cpp): base^(start + step·i) below halfway, else
 * base^(end - step·(n - i - 1)), the exponent in double, pow as powLibm's double pow; stored as float32 (dt 2,
 * rounded) or float64 (dt 3).
 */
export function logspaceFill(dt: i32, dst: usize, n: i32, start: f64, end: f64, step: f64, base: f64): void {
  const half = n / 2;
  for (let i = 0; i < n; i++) {
    const v = powG(base, i < half ? start + step * <f64>i : end - step * <f64>(n - i - 1));
    if (dt == 2) store<f32>(dst + (<usize>i << 2), <f32>v); else store<f64>(dst + (<usize>i << 3), v);
  }
}
export function softmaxMath(op: i32, x: f64): f64 {
  if (op == 0) return <f64>f32x4.extract_lane(expFull(f32x4.splat(<f32>x)), 0);
  if (op == 1) return <f64>logF32(<f32>x);
  return op == 2 ? expGlibc(x) : op == 3 ? logF64(x) : expF64(x);
}
import { maxRun, reduceColumns, softmaxRows, sqDevRun, sumRun } from './reduce';
import { copyNarrowRow, putAccumulateNarrow, sizeOfCode, storeScalar } from './narrow';
import { setSumScratch, sumRange } from './sum';
import { sqDevRangeT, welfordRowsT } from './welford';
export { fma64, fmaRunF64 } from './welford';
import { fmaW, madIsFused } from './welford';
import { batchNormBackwardT, batchNormForwardT, fmaF32T, groupNormBackwardT, groupNormT, layerNormBackwardT, layerNormT, normTwoRunT } from './normk';
export { normTwoLastdimF32 } from './normk';
export { MOMENTS_SCRATCH } from './normk';
export { SUM_SCRATCH_BYTES } from './sum';
import { avgPoolBackwardT, avgPoolT, col2imT, im2colT, maxPoolBackwardT, maxPoolT } from './nn';
export { fmaPeak } from './peak';
export { adamUpdate, fma32, sgdUpdate } from './optim';
export { cumScan } from './scank';
export { addRows, putRows, compress, countTrue, indexCheck, positionsToCoords, selectRows, truePositions } from './indexk';
export { rngBernoulli, rngExponential, rngNormalF32, rngNormalF64, rngRandint, rngRandomFull, rngRandperm, rngRaw32, rngUniformF32, rngUniformF64 } from './random';



// @ts-ignore: decorator
@inline const BOOL: i32 = 0;
// @ts-ignore: decorator
@inline const I64: i32 = 1;
// @ts-ignore: decorator
@inline const F32: i32 = 2;

export function alloc(bytes: usize): usize { return heapAlloc(bytes); }
export function free(ptr: usize): void { heapFree(ptr); }
export function heapBytes(): usize { return heapBytesUsed(); }
export function liveBlocks(): i32 { return liveBlockCount(); }
export function setMemoryLimit(bytes: f64): void { setLimit(bytes); }

// Scratch space for meta blocks (shape + strides), written by the host before each call.
const META_BYTES: usize = 4096;
let metaPtr: usize = 0;
export function meta(): usize {
  if (metaPtr == 0) metaPtr = heapAlloc(META_BYTES);
  return metaPtr;
}
// Per-call counters for the N-d walk (max 64 dims). A global of each instance: a helper thread's instance points
// it at a block of its own (setCounters), as the static block lives in the memory every thread shares.
let counters: usize = memory.data(64 * 4, 16);
/**
 * Points this instance's N-d walk counters at `p` and its sum scratch (sum.ts) at p + 256 (COUNTERS_BYTES; helper
 * threads, before their first call).
 */
export function setCounters(p: usize): void { counters = p; setSumScratch(p + 256); }
// @ts-ignore: decorator
@inline function counter(d: i32): i32 { return load<i32>(counters + (<usize>d << 2)); }
// @ts-ignore: decorator
@inline function setCounter(d: i32, v: i32): void { store<i32>(counters + (<usize>d << 2), v); }

// ---------------------------------------------------------------------------------------------------------------
// N-d walk: the host passes ndim ≥ 1; the last dim is the inner loop. `row` offsets (bytes) are kept per operand.
// @ts-ignore: decorator
@inline function shapeAt(m: usize, d: i32): i32 { return load<i32>(m + (<usize>d << 2)); }
// @ts-ignore: decorator
@inline function strideAt(m: usize, ndim: i32, operand: i32, d: i32): i32 {
  return load<i32>(m + (<usize>((1 + operand) * ndim + d) << 2));
}

/** Number of rows (product of all dims but the last). */
function rowCount(m: usize, ndim: i32): i32 {
  let rows = 1;
  for (let d = 0; d < ndim - 1; d++) rows *= shapeAt(m, d);
  for (let d = 0; d < ndim; d++) setCounter(d, 0);
  return rows;
}

/** Advance the counters by one row; returns the byte delta for `operand` with element size `size`. */
function nextRowDelta(m: usize, ndim: i32, operand: i32, size: i32): isize {
  // Computed from the counters *before* advance(); callers call this for each operand, then advance().
  let delta: isize = 0;
  for (let d = ndim - 2; d >= 0; d--) {
    const st = <isize>strideAt(m, ndim, operand, d) * size;
    if (counter(d) + 1 < shapeAt(m, d)) { delta += st; break; }
    delta -= st * <isize>(shapeAt(m, d) - 1);
  }
  return delta;
}
function advance(m: usize, ndim: i32): void {
  for (let d = ndim - 2; d >= 0; d--) {
    if (counter(d) + 1 < shapeAt(m, d)) { setCounter(d, counter(d) + 1); return; }
    setCounter(d, 0);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Copy with cast (also: contiguous(), strided assignment, dtype conversion).
function convert<S, D>(v: S): D {
  if (isInteger<D>() && sizeof<D>() == 1) {
    // to bool: nonzero (NaN is nonzero, as C++ bool conversion)
    return <D>(v != <S>0 ? 1 : 0);
  }
  if (isInteger<D>() && isFloat<S>()) {
    // float → int64: truncation, saturating (NaN → INT64_MIN like x86's cvttsd2si, which PyTorch gets)
    const f = <f64>v;
    if (isNaN(f) || f >= 9.223372036854776e18 || f < -9.223372036854776e18) return <D>(-9223372036854775807 - 1);
    return <D><i64>f;
  }
  return <D>v;
}

/**
 * A copy whose two inner dims are swapped between source and destination (x.t().contiguous(), a permute's
 * contiguous(), .to() of a transposed tensor): element (i, j), i < n0, j < n1, at src + (i + j·ss1) elements and
 * dst + (i·ds0 + j). Walked in 16×16 tiles, so that each side touches 16 cache lines per tile: a plain column walk
 * with a power-of-two row stride maps every line to the same L1 sets and missed on every element
 * (x.t().contiguous() of 512×512 floats took 276 µs, PyTorch's blocked copy 96). float32 → float32 moves 4×4
 * blocks through register transposes.
 */
function copyTiles<S, D>(src: usize, dst: usize, n0: i32, n1: i32, ss1: usize, ds0: usize): void {
  const T = 16;
  const sS = <usize>sizeof<S>(), sD = <usize>sizeof<D>();
  const simd = isFloat<S>() && isFloat<D>() && sS == 4 && sD == 4;
  for (let i0 = 0; i0 < n0; i0 += T) {
    const iEnd = min(i0 + T, n0);
    for (let j0 = 0; j0 < n1; j0 += T) {
      const jEnd = min(j0 + T, n1);
      let i = i0;
      if (simd) {
        for (; i + 4 <= iEnd; i += 4) {
          let j = j0;
          for (; j + 4 <= jEnd; j += 4) {
            const s = src + (<usize>i + <usize>j * ss1) * 4, rs = ss1 * 4;
            const r0 = v128.load(s), r1 = v128.load(s + rs), r2 = v128.load(s + 2 * rs), r3 = v128.load(s + 3 * rs);
            const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), t1 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
            const t2 = i32x4.shuffle(r0, r1, 2, 6, 3, 7), t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
            const d = dst + (<usize>i * ds0 + <usize>j) * 4, rd = ds0 * 4;
            v128.store(d, i64x2.shuffle(t0, t1, 0, 2)); v128.store(d + rd, i64x2.shuffle(t0, t1, 1, 3));
            v128.store(d + 2 * rd, i64x2.shuffle(t2, t3, 0, 2)); v128.store(d + 3 * rd, i64x2.shuffle(t2, t3, 1, 3));
          }
          for (; j < jEnd; j++) for (let k = i; k < i + 4; k++) {
            store<D>(dst + (<usize>k * ds0 + <usize>j) * sD, convert<S, D>(load<S>(src + (<usize>k + <usize>j * ss1) * sS)));
          }
        }
      }
      for (; i < iEnd; i++) {
        for (let j = j0; j < jEnd; j++) store<D>(dst + (<usize>i * ds0 + <usize>j) * sD, convert<S, D>(load<S>(src + (<usize>i + <usize>j * ss1) * sS)));
      }
    }
  }
}

/** copyRows' walk when its two inner dims are swapped between the operands (see copyTiles): tile by tile. */
function copyTransposed<S, D>(ndim: i32, m: usize, src: usize, dst: usize): void {
  const n0 = shapeAt(m, ndim - 2), n1 = shapeAt(m, ndim - 1);
  const ss1 = <usize>strideAt(m, ndim, 0, ndim - 1), ds0 = <usize>strideAt(m, ndim, 1, ndim - 2);
  let outer = 1;
  for (let d = 0; d < ndim - 2; d++) outer *= shapeAt(m, d);
  for (let o = 0; o < outer; o++) {
    let rest = o;
    let so: isize = 0, dof: isize = 0;
    for (let d = ndim - 3; d >= 0; d--) {
      const n = shapeAt(m, d), k = rest % n;
      rest /= n;
      so += <isize>k * strideAt(m, ndim, 0, d);
      dof += <isize>k * strideAt(m, ndim, 1, d);
    }
    copyTiles<S, D>(src + <usize>(so * sizeof<S>()), dst + <usize>(dof * sizeof<D>()), n0, n1, ss1, ds0);
  }
}

function copyRows<S, D>(ndim: i32, m: usize, src: usize, dst: usize): void {
  if (ndim >= 2 && strideAt(m, ndim, 0, ndim - 2) == 1 && strideAt(m, ndim, 1, ndim - 1) == 1 && strideAt(m, ndim, 0, ndim - 1) != 1 &&
      shapeAt(m, ndim - 2) >= 8 && shapeAt(m, ndim - 1) >= 8) {
    copyTransposed<S, D>(ndim, m, src, dst);
    return;
  }
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1);
  const ss = <usize>strideAt(m, ndim, 0, ndim - 1) * sizeof<S>();
  const ds = <usize>strideAt(m, ndim, 1, ndim - 1) * sizeof<D>();
  const same = sizeof<S>() == sizeof<D>() && isFloat<S>() == isFloat<D>() && ss == sizeof<S>() && ds == sizeof<D>();
  const widen = isFloat<S>() && isFloat<D>() && sizeof<S>() == 4 && sizeof<D>() == 8;
  const narrow = isFloat<S>() && isFloat<D>() && sizeof<S>() == 8 && sizeof<D>() == 4;
  let s = src, d = dst;
  for (let r = 0; r < rows; r++) {
    let sp = s, dp = d;
    if (same) memory.copy(dp, sp, <usize>n * sizeof<S>());
    else {
      let i = 0;
      if (widen && ss == 4 && ds == 8) {        // float32 -> float64, 4 at a time (exact, as the scalar promote)
        for (; i + 4 <= n; i += 4) {
          const v = v128.load(sp);
          v128.store(dp, f64x2.promote_low_f32x4(v)); v128.store(dp, f64x2.promote_low_f32x4(i32x4.shuffle(v, v, 2, 3, 2, 3)), 16);
          sp += 16; dp += 32;
        }
      } else if (narrow && ss == 8 && ds == 4) { // float64 -> float32, rounded to nearest like the scalar demote
        for (; i + 4 <= n; i += 4) {
          const lo = f32x4.demote_f64x2_zero(v128.load(sp)), hi = f32x4.demote_f64x2_zero(v128.load(sp, 16));
          v128.store(dp, i64x2.shuffle(lo, hi, 0, 2));
          sp += 32; dp += 16;
        }
      }
      for (; i < n; i++) { store<D>(dp, convert<S, D>(load<S>(sp))); sp += ss; dp += ds; }
    }
    s += nextRowDelta(m, ndim, 0, sizeof<S>());
    d += nextRowDelta(m, ndim, 1, sizeof<D>());
    advance(m, ndim);
  }
}
function copyFrom<S>(ndim: i32, m: usize, src: usize, ddt: i32, dst: usize): void {
  if (ddt == BOOL) copyRows<S, u8>(ndim, m, src, dst);
  else if (ddt == I64) copyRows<S, i64>(ndim, m, src, dst);
  else if (ddt == F32) copyRows<S, f32>(ndim, m, src, dst);
  else copyRows<S, f64>(ndim, m, src, dst);
}
function copyNarrow(ndim: i32, m: usize, sdt: i32, src: usize, ddt: i32, dst: usize): void {
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1), ssz = sizeOfCode(sdt), dsz = sizeOfCode(ddt);
  const ss = <usize>strideAt(m, ndim, 0, ndim - 1) * ssz, ds = <usize>strideAt(m, ndim, 1, ndim - 1) * dsz;
  let s = src, d = dst;
  for (let r = 0; r < rows; r++) {
    copyNarrowRow(sdt, s, ss, ddt, d, ds, n);
    s += nextRowDelta(m, ndim, 0, <i32>ssz);
    d += nextRowDelta(m, ndim, 1, <i32>dsz);
    advance(m, ndim);
  }
}
export function copy(ndim: i32, m: usize, sdt: i32, src: usize, ddt: i32, dst: usize): void {
  if (sdt > 3 || ddt > 3) copyNarrow(ndim, m, sdt, src, ddt, dst);
  else if (sdt == BOOL) copyFrom<u8>(ndim, m, src, ddt, dst);
  else if (sdt == I64) copyFrom<i64>(ndim, m, src, ddt, dst);
  else if (sdt == F32) copyFrom<f32>(ndim, m, src, ddt, dst);
  else copyFrom<f64>(ndim, m, src, ddt, dst);
}

// Strided fill (fill_, zero_ on views); value given as f64 (int64 values beyond 2^53 are not representable here).
function fillRows<T>(ndim: i32, m: usize, dst: usize, value: T): void {
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1);
  const ds = <usize>strideAt(m, ndim, 0, ndim - 1) * sizeof<T>();
  let d = dst;
  for (let r = 0; r < rows; r++) {
    let dp = d, i = 0;
    if (ds == sizeof<T>()) {
      const v = v128.splat<T>(value);
      for (; i + <i32>(16 / sizeof<T>()) <= n; i += <i32>(16 / sizeof<T>())) { v128.store(dp, v); dp += 16; }
    }
    for (; i < n; i++) { store<T>(dp, value); dp += ds; }
    d += nextRowDelta(m, ndim, 0, sizeof<T>());
    advance(m, ndim);
  }
}
function fillNarrow(ndim: i32, m: usize, dt: i32, dst: usize, value: f64): void {
  const sz = sizeOfCode(dt);
  const one = heapAlloc(8);
  storeScalar(dt, one, value);
  if (sz == 1) fillRows<u8>(ndim, m, dst, load<u8>(one));
  else if (sz == 2) fillRows<u16>(ndim, m, dst, load<u16>(one));
  else fillRows<u32>(ndim, m, dst, load<u32>(one));
  heapFree(one);
}
/**
 * torch.arange's elements [begin, end) (one parallel_for chunk) of a contiguous tensor at dst, as PyTorch 1.13.1's
 * arange_kernel computes them (RangeFactoriesKernel.cpp): dt 2 float32 / 3 float64 in cpu_serial_kernel_vec's blocks
 * of two Vectorized (8 floats, 4 doubles) whose base is fma(step, idx, start) in double (rounded to the dtype) and
 * whose lanes are fma(j, step, base) in double, rounded to the dtype (GCC fused both), the rest of the chunk
 * fma(step, idx, start) each; dt 1 int64: start + idx·step in double, truncated (exact while within 2^53).
 */
export function arangeFill(dt: i32, dst: usize, begin: i32, end: i32, start: f64, step: f64): void {
  const hw = madIsFused();
  let i = begin;
  if (dt == F32) {
    if (ASC_FEATURE_RELAXED_SIMD && hw) {
      // the same fused steps two lanes at a time (fma(0, step, base) is base itself)
      const sv = f64x2.splat(step), j01 = f64x2(0, 1), j23 = f64x2(2, 3), j45 = f64x2(4, 5), j67 = f64x2(6, 7);
      for (; i + 16 <= end; i += 16) {
        for (let b = i; b < i + 16; b += 8) {
          const bv = f64x2.splat(<f64><f32>fmaW(step, <f64>b, start, hw));
          const at = dst + (<usize>b << 2);
          v128.store64_lane(at, f32x4.demote_f64x2_zero(f64x2.relaxed_madd(j01, sv, bv)), 0);
          v128.store64_lane(at + 8, f32x4.demote_f64x2_zero(f64x2.relaxed_madd(j23, sv, bv)), 0);
          v128.store64_lane(at + 16, f32x4.demote_f64x2_zero(f64x2.relaxed_madd(j45, sv, bv)), 0);
          v128.store64_lane(at + 24, f32x4.demote_f64x2_zero(f64x2.relaxed_madd(j67, sv, bv)), 0);
        }
      }
    }
    for (; i + 16 <= end; i += 16) {
      for (let b = i; b < i + 16; b += 8) {
        const base = <f64><f32>fmaW(step, <f64>b, start, hw);
        const at = dst + (<usize>b << 2);
        store<f32>(at, <f32>base);
        for (let j = 1; j < 8; j++) store<f32>(at + (<usize>j << 2), <f32>fmaW(<f64>j, step, base, hw));
      }
    }
    for (; i < end; i++) store<f32>(dst + (<usize>i << 2), <f32>fmaW(step, <f64>i, start, hw));
  } else if (dt == 3) {
    if (ASC_FEATURE_RELAXED_SIMD && hw) {
      const sv = f64x2.splat(step), j01 = f64x2(0, 1), j23 = f64x2(2, 3);
      for (; i + 8 <= end; i += 8) {
        for (let b = i; b < i + 8; b += 4) {
          const bv = f64x2.splat(fmaW(step, <f64>b, start, hw));
          const at = dst + (<usize>b << 3);
          v128.store(at, f64x2.relaxed_madd(j01, sv, bv));
          v128.store(at, f64x2.relaxed_madd(j23, sv, bv), 16);
        }
      }
    }
    for (; i + 8 <= end; i += 8) {
      for (let b = i; b < i + 8; b += 4) {
        const base = fmaW(step, <f64>b, start, hw);
        const at = dst + (<usize>b << 3);
        store<f64>(at, base);
        for (let j = 1; j < 4; j++) store<f64>(at + (<usize>j << 3), fmaW(<f64>j, step, base, hw));
      }
    }
    for (; i < end; i++) store<f64>(dst + (<usize>i << 3), fmaW(step, <f64>i, start, hw));
  } else if (start == Math.trunc(start) && step == Math.trunc(step)) {
    // integral start and step: int64 arithmetic, as arange_cpu's int64 accumulator (exact past 2^53 too)
    const s64 = <i64>step;
    let v = <i64>start + <i64>i * s64;
    for (; i < end; i++) { store<i64>(dst + (<usize>i << 3), v); v += s64; }
  } else {
    for (; i < end; i++) store<i64>(dst + (<usize>i << 3), <i64>(start + <f64>i * step));
  }
}
export function fill(ndim: i32, m: usize, dt: i32, dst: usize, value: f64): void {
  if (dt > 3) fillNarrow(ndim, m, dt, dst, value);
  else if (dt == BOOL) fillRows<u8>(ndim, m, dst, convert<f64, u8>(value));
  else if (dt == I64) fillRows<i64>(ndim, m, dst, convert<f64, i64>(value));
  else if (dt == F32) fillRows<f32>(ndim, m, dst, <f32>value);
  else fillRows<f64>(ndim, m, dst, value);
}

// ---------------------------------------------------------------------------------------------------------------
// Unary ops. Op codes are mirrored in kernel/engine/kernels.ts (UnaryOp).
function unaryOp<T>(op: i32, x: T, p0: f64, p1: f64): T {
  if (isFloat<T>()) {
    const v = <f64>x;
    switch (op) {
      case 0: return <T>(-v);
      // exp goes through vml (a strided run is copied to a buffer first): Sleef's at every position
      case 1: return sizeof<T>() == 4 ? <T>f32x4.extract_lane(expFull(f32x4.splat(<f32>v)), 0) : <T>expF64(v);
      case 2: return sizeof<T>() == 4 ? <T>sleefF32(2, <f32>v) : <T>logF64(v);   // (vml: Sleef's at every position)
      case 3: return <T>Math.sqrt(v);
      case 4: return <T>Math.abs(v);
      case 5: return sizeof<T>() == 4 ? <T>sleefF32(5, <f32>v) : <T>sleefF64(5, v);   // (Sleef's; float: Payne–Hanek from 125)
      case 6: return sizeof<T>() == 4 ? <T>sleefF32(6, <f32>v) : <T>sleefF64(6, v);
      case 7: return sizeof<T>() == 4 ? <T>sleefF32(7, <f32>v) : <T>sleefF64(7, v);   // (vml: Sleef's at every position)
      case 8: return sizeof<T>() == 4 ? <T>(<f32>1 / (<f32>1 + Mathf.exp(-<f32>v))) : <T>(1 / (1 + expGlibc(-v)));   // (double: glibc's std::exp)
      case 9: return v < 0 ? <T>0 : x;                                   // relu: std::max(x, 0) (NaN, -0 pass)
      case 10: return isNaN(v) ? x : <T>(v > 0 ? 1 : v < 0 ? -1 : 0);    // sign
      case 11: return <T>(1 / v);                                         // reciprocal
      case 12: {                                                          // clamp(min=p0, max=p1); NaN = no bound
        if (sizeof<T>() == 4) {   // (bounds rounded to float first, as PyTorch's: -0 stays -0 against 1e-50)
          let r = <f32>v;
          if (!isNaN(p0)) r = r < <f32>p0 ? <f32>p0 : r;
          if (!isNaN(p1)) r = r > <f32>p1 ? <f32>p1 : r;
          return <T>r;
        }
        let r = v;
        if (!isNaN(p0)) r = isNaN(r) ? r : (r < p0 ? p0 : r);
        if (!isNaN(p1)) r = isNaN(r) ? r : (r > p1 ? p1 : r);
        return <T>r;
      }
      case 13: return sizeof<T>() == 4 ? <T>powScalarF32(<f32>v, p0) : <T>powScalarF64(v, p0);  // x ** p0 (sleef.ts)
      case 14: return sizeof<T>() == 4 ? <T>Mathf.pow(<f32>p0, <f32>v) : <T>powG(p0, v);  // p0 ** x (double: glibc's std::pow)
      case 15: return sizeof<T>() == 4 ? <T>sleefF32(15, <f32>v) : <T>sleefF64(15, v);
      case 16: return sizeof<T>() == 4 ? <T>sleefF32(16, <f32>v) : <T>sleefF64(16, v);
      case 17: return <T>Math.floor(v);
      case 18: return <T>Math.ceil(v);
      case 19: return <T>nearest<f64>(v);                                 // round half to even
      case 20: return <T>Math.trunc(v);
      case 21: return sizeof<T>() == 4 ? <T>(<f32>1 / Mathf.sqrt(<f32>v)) : <T>(1 / Math.sqrt(v));   // rsqrt (float: 1/sqrtf)
      case 22: return sizeof<T>() == 4 ? <T>sleefF32(22, <f32>v) : <T>sleefF64(22, v);   // (float: Sleef's; Payne–Hanek from 125)
      case 23: return sizeof<T>() == 4 ? <T>sleefF32(23, <f32>v) : <T>sleefF64(23, v);   // (float: Sleef's, vml)
      case 24: return sizeof<T>() == 4 ? <T>sleefF32(24, <f32>v) : <T>sleefF64(24, v);
      case 25: return sizeof<T>() == 4 ? <T>sleefF32(25, <f32>v) : <T>sleefF64(25, v);
      case 26: return sizeof<T>() == 4 ? <T>sinhfG(<f32>v) : <T>sinhG(v);   // (float: glibc's, the scalar lambda)
      case 27: return sizeof<T>() == 4 ? <T>coshfG(<f32>v) : <T>coshG(v);
      case 28: return sizeof<T>() == 4 ? <T>sleefF32(28, <f32>v) : <T>sleefF64(28, v);
      case 29: return sizeof<T>() == 4 ? <T>sleefF32(29, <f32>v) : <T>sleefF64(29, v);
      case 30: return <T>(v * v);
      case 31: return <T>(v * p0);                                        // scale
      case 32: return <T>(v >= 0 ? v : v * p0);                           // leaky relu
      case 35: return sizeof<T>() == 4 ? <T>sleefF32(35, <f32>v) : <T>sleefF64(35, v);    // erf (vml: Sleef's)
      case 45: return sizeof<T>() == 4 ? <T>sleefF32(45, <f32>v) : <T>sleefF64(45, v);    // erfc (likewise)
      case 36: case 37: case 38: case 39: case 40: case 41: case 42: case 43: case 44:   // activations (float32 only)
        return sizeof<T>() == 4 ? <T>activationF32(op, <f32>v, <f32>p0, <f32>p1) : x;
      default: return x;
    }
  } else {
    const v = <i64>x;
    switch (op) {
      case 0: return <T>(-v);
      case 4: return <T>(v < 0 ? -v : v);
      case 9: return <T>(v > 0 ? v : 0);
      case 10: return <T>(v > 0 ? 1 : v < 0 ? -1 : 0);
      case 12: {
        let r = v;
        if (!isNaN(p0)) r = r < <i64>p0 ? <i64>p0 : r;
        if (!isNaN(p1)) r = r > <i64>p1 ? <i64>p1 : r;
        return <T>r;
      }
      case 13: return <T>ipow(v, <i64>p0);
      case 17: case 18: case 19: case 20: return x;
      case 30: return <T>(v * v);
      case 31: return <T>(v * <i64>p0);
      case 33: return <T>(v == 0 ? 1 : 0);                                // logical not (bool via u8)
      default: return x;
    }
  }
}
function ipow(b: i64, e: i64): i64 {
  if (e < 0) return b == 1 ? 1 : (b == -1 ? ((e & 1) ? -1 : 1) : 0);
  let r: i64 = 1;
  while (e > 0) { if (e & 1) r *= b; b *= b; e >>= 1; }
  return r;
}
function unaryRows<T>(op: i32, ndim: i32, m: usize, src: usize, dst: usize, p0: f64, p1: f64): void {
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1);
  const ss = <usize>strideAt(m, ndim, 0, ndim - 1) * sizeof<T>();
  const ds = <usize>strideAt(m, ndim, 1, ndim - 1) * sizeof<T>();
  const ssEl = strideAt(m, ndim, 0, ndim - 1), dsEl = strideAt(m, ndim, 1, ndim - 1);
  let s = src, d = dst;
  for (let r = 0; r < rows; r++) {
    const done = unaryRowSimd<T>(op, n, s, ssEl, d, dsEl, p0, p1);
    let sp = s + <usize>done * ss, dp = d + <usize>done * ds;
    for (let i = done; i < n; i++) { store<T>(dp, unaryOp<T>(op, load<T>(sp), p0, p1)); sp += ss; dp += ds; }
    s += nextRowDelta(m, ndim, 0, sizeof<T>());
    d += nextRowDelta(m, ndim, 1, sizeof<T>());
    advance(m, ndim);
  }
}
export function unary(op: i32, dt: i32, ndim: i32, m: usize, src: usize, dst: usize, p0: f64, p1: f64): void {
  if (dt == BOOL) unaryRows<u8>(op, ndim, m, src, dst, p0, p1);
  else if (dt == I64) unaryRows<i64>(op, ndim, m, src, dst, p0, p1);
  else if (dt == F32) unaryRows<f32>(op, ndim, m, src, dst, p0, p1);
  else unaryRows<f64>(op, ndim, m, src, dst, p0, p1);
}

// ---------------------------------------------------------------------------------------------------------------
// Binary ops (same dtype for a, b and out; the host casts first). Op codes mirrored in kernels.ts (BinaryOp).
function binaryOp<T>(op: i32, a: T, b: T): T {
  switch (op) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    case 3: {
      if (isFloat<T>()) return a / b;
      return b == <T>0 ? <T>0 : <T>(<i64>a / <i64>b);               // int division by zero: 0 (PyTorch raises)
    }
    case 4: {
      if (isFloat<T>()) return sizeof<T>() == 4 ? <T>Math.pow(<f64>a, <f64>b) : <T>powG(<f64>a, <f64>b);   // (double: glibc's std::pow)
      return <T>ipow(<i64>a, <i64>b);
    }
    case 5: if (isFloat<T>()) { return (isNaN(a) || isNaN(b)) ? <T>NaN : max<T>(a, b); } else return max<T>(a, b);
    case 6: if (isFloat<T>()) { return (isNaN(a) || isNaN(b)) ? <T>NaN : min<T>(a, b); } else return min<T>(a, b);
    case 7: {                                                          // floor division
      // floats: c10::div_floor_floating (Python's float floordiv, in T's arithmetic): fmod, (a - mod) / b, a step
      // down when the signs differ, then floor, rounded up past .5; a / b for b == 0 (±inf or NaN).
      if (isFloat<T>()) {
        if (b == <T>0) return a / b;
        const mod = a % b;
        let d = (a - mod) / b;
        if (mod != <T>0 && ((b < <T>0) != (mod < <T>0))) d -= <T>1;
        if (d == <T>0) return copysign<T>(<T>0, a / b);
        let fd = <T>Math.floor(<f64>d);
        if (d - fd > <T>0.5) fd += <T>1;
        return fd;
      }
      if (b == <T>0) return <T>0;
      const q = <i64>a / <i64>b;
      return <T>((<i64>a % <i64>b != 0) && ((<i64>a < 0) != (<i64>b < 0)) ? q - 1 : q);
    }
    case 8: {                                                          // remainder (Python sign convention)
      // floats: ATen's remainder kernel, fmod then + b when the signs differ (so -0. % 3. stays -0.)
      if (isFloat<T>()) { const mod = a % b; return mod != <T>0 && ((b < <T>0) != (mod < <T>0)) ? mod + b : mod; }
      if (b == <T>0) return <T>0;
      const r = <i64>a % <i64>b;
      return <T>(r != 0 && ((r < 0) != (<i64>b < 0)) ? r + <i64>b : r);
    }
    case 9: if (isFloat<T>()) { return sizeof<T>() == 4 ? <T>atan2fG(<f32>a, <f32>b) : <T>Math.atan2(<f64>a, <f64>b); } else return a;   // (float: glibc's atan2f)
    case 10: return !(b <= <T>0) ? a : <T>0;                         // reluGrad (threshold_backward at 0)
    case 13: if (isFloat<T>()) { return sigmoidGrad<T>(a, b); } else return a;   // sigmoid's backward (simd.ts)
    case 14: if (isFloat<T>()) { return tanhGrad<T>(a, b); } else return a;      // tanh's backward (simd.ts)
    case 15: { const d = a - b; return d * d; }                       // sqDiff (mse_loss)
    case 16: if (isFloat<T>()) { return addScaled<T>(a, b); } else return a;   // a + alpha·b fused (simd.ts)
    case 11: {                                                         // fmod (C's: the sign of a; exact)
      if (isFloat<T>()) return a % b;
      return b == <T>0 ? <T>0 : <T>(<i64>a % <i64>b);
    }
    case 12: {                                                         // division rounded toward zero
      if (isFloat<T>()) return <T>Math.trunc(<f64>(a / b));
      return b == <T>0 ? <T>0 : <T>(<i64>a / <i64>b);
    }
    default: return a;
  }
}
function binaryRows<T>(op: i32, ndim: i32, m: usize, a: usize, b: usize, o: usize): void {
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1);
  const sa = <usize>strideAt(m, ndim, 0, ndim - 1) * sizeof<T>();
  const sb = <usize>strideAt(m, ndim, 1, ndim - 1) * sizeof<T>();
  const so = <usize>strideAt(m, ndim, 2, ndim - 1) * sizeof<T>();
  const saEl = strideAt(m, ndim, 0, ndim - 1), sbEl = strideAt(m, ndim, 1, ndim - 1), soEl = strideAt(m, ndim, 2, ndim - 1);
  for (let r = 0; r < rows; r++) {
    let ap = a, bp = b, op_ = o;
    if (!binaryRowSimd<T>(op, n, a, saEl, b, sbEl, o, soEl)) {
      for (let i = 0; i < n; i++) { store<T>(op_, binaryOp<T>(op, load<T>(ap), load<T>(bp))); ap += sa; bp += sb; op_ += so; }
    }
    a += nextRowDelta(m, ndim, 0, sizeof<T>());
    b += nextRowDelta(m, ndim, 1, sizeof<T>());
    o += nextRowDelta(m, ndim, 2, sizeof<T>());
    advance(m, ndim);
  }
}
/** binary() with a scalar operand alpha (op 16, addScaled: a + alpha·b fused); alpha is kept for the call (simd.ts). */
export function binaryAlpha(op: i32, dt: i32, ndim: i32, m: usize, a: usize, b: usize, o: usize, alpha: f64): void {
  setBinaryAlpha(alpha);
  binary(op, dt, ndim, m, a, b, o);
}
export function binary(op: i32, dt: i32, ndim: i32, m: usize, a: usize, b: usize, o: usize): void {
  if (dt == BOOL) binaryRows<u8>(op, ndim, m, a, b, o);
  else if (dt == I64) binaryRows<i64>(op, ndim, m, a, b, o);
  else if (dt == F32) binaryRows<f32>(op, ndim, m, a, b, o);
  else binaryRows<f64>(op, ndim, m, a, b, o);
}

// Comparisons → bool. 0 eq, 1 ne, 2 lt, 3 le, 4 gt, 5 ge.
function compareRows<T>(op: i32, ndim: i32, m: usize, a: usize, b: usize, o: usize): void {
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1);
  const sa = <usize>strideAt(m, ndim, 0, ndim - 1) * sizeof<T>();
  const sb = <usize>strideAt(m, ndim, 1, ndim - 1) * sizeof<T>();
  const so = <usize>strideAt(m, ndim, 2, ndim - 1);
  for (let r = 0; r < rows; r++) {
    let ap = a, bp = b, op_ = o;
    for (let i = 0; i < n; i++) {
      const x = load<T>(ap), y = load<T>(bp);
      let c = false;
      switch (op) {
        case 0: c = x == y; break;
        case 1: c = x != y; break;
        case 2: c = x < y; break;
        case 3: c = x <= y; break;
        case 4: c = x > y; break;
        default: c = x >= y;
      }
      store<u8>(op_, c ? 1 : 0);
      ap += sa; bp += sb; op_ += so;
    }
    a += nextRowDelta(m, ndim, 0, sizeof<T>());
    b += nextRowDelta(m, ndim, 1, sizeof<T>());
    o += nextRowDelta(m, ndim, 2, 1);
    advance(m, ndim);
  }
}
export function compare(op: i32, dt: i32, ndim: i32, m: usize, a: usize, b: usize, o: usize): void {
  if (dt == BOOL) compareRows<u8>(op, ndim, m, a, b, o);
  else if (dt == I64) compareRows<i64>(op, ndim, m, a, b, o);
  else if (dt == F32) compareRows<f32>(op, ndim, m, a, b, o);
  else compareRows<f64>(op, ndim, m, a, b, o);
}

// where(cond, a, b): cond is bool; a, b, out share dtype. Operands: cond, a, b, out.
function whereRows<T>(ndim: i32, m: usize, c: usize, a: usize, b: usize, o: usize): void {
  const rows = rowCount(m, ndim);
  const n = shapeAt(m, ndim - 1);
  const sc = <usize>strideAt(m, ndim, 0, ndim - 1);
  const sa = <usize>strideAt(m, ndim, 1, ndim - 1) * sizeof<T>();
  const sb = <usize>strideAt(m, ndim, 2, ndim - 1) * sizeof<T>();
  const so = <usize>strideAt(m, ndim, 3, ndim - 1) * sizeof<T>();
  for (let r = 0; r < rows; r++) {
    let cp = c, ap = a, bp = b, op_ = o;
    for (let i = 0; i < n; i++) {
      store<T>(op_, load<u8>(cp) != 0 ? load<T>(ap) : load<T>(bp));
      cp += sc; ap += sa; bp += sb; op_ += so;
    }
    c += nextRowDelta(m, ndim, 0, 1);
    a += nextRowDelta(m, ndim, 1, sizeof<T>());
    b += nextRowDelta(m, ndim, 2, sizeof<T>());
    o += nextRowDelta(m, ndim, 3, sizeof<T>());
    advance(m, ndim);
  }
}
export function where(dt: i32, ndim: i32, m: usize, c: usize, a: usize, b: usize, o: usize): void {
  if (dt == BOOL) whereRows<u8>(ndim, m, c, a, b, o);
  else if (dt == I64) whereRows<i64>(ndim, m, c, a, b, o);
  else if (dt == F32) whereRows<f32>(ndim, m, c, a, b, o);
  else whereRows<f64>(ndim, m, c, a, b, o);
}

// ---------------------------------------------------------------------------------------------------------------
// Reductions over the middle axis of a contiguous [outer, n, inner] block → contiguous [outer, inner].
// 0 sum, 1 prod, 2 max, 3 min, 4 argmax (→ i64), 5 argmin (→ i64), 6 var (p = correction), 7 logsumexp.
// Floats accumulate in f64; int64 in i64. max/min propagate NaN; arg* return the first extreme (NaN counts as max).
function reduceT<T>(op: i32, src: usize, outer: i32, n: i32, inner: i32, dst: usize, p: f64): void {
  const sz = sizeof<T>();
  if (isFloat<T>() && (op == 0 || op == 2 || op == 3 || (op == 6 && inner == 1))) {
    // SIMD: whole contiguous runs (inner == 1) or column-wise over [n, inner] blocks.
    for (let o = 0; o < outer; o++) {
      const base = src + <usize>o * n * inner * sz;
      if (inner > 1) { reduceColumns<T>(op, base, n, inner, dst + <usize>o * inner * sz); continue; }
      const at = dst + <usize>o * sz;
      if (op == 0) store<T>(at, <T>sumRun<T>(base, n));
      else if (op == 6) store<T>(at, <T>(sqDevRun<T>(base, n, sumRun<T>(base, n) / <f64>n) / max<f64>(0, <f64>n - p)));
      else store<T>(at, maxRun<T>(base, n, op == 2));
    }
    return;
  }
  if (isFloat<T>() && (op == 4 || op == 5) && inner == 1) {
    // arg* of contiguous runs: the extreme by SIMD (NaN wins), then the first position holding it (the first NaN;
    // the first of equal values, -0 and +0 alike), as the scalar loop below finds
    for (let o = 0; o < outer; o++) {
      const base = src + <usize>o * n * sz;
      const best = maxRun<T>(base, n, op == 4);
      let i = 0;
      const L = <i32>(16 / sz);
      if (isNaN(best)) {
        while (i + L <= n && !v128.any_true(sizeof<T>() == 4 ? f32x4.ne(v128.load(base + <usize>i * sz), v128.load(base + <usize>i * sz)) : f64x2.ne(v128.load(base + <usize>i * sz), v128.load(base + <usize>i * sz)))) i += L;
        while (!isNaN(load<T>(base + <usize>i * sz))) i++;
      } else {
        const b = v128.splat<T>(best);
        while (i + L <= n && !v128.any_true(sizeof<T>() == 4 ? f32x4.eq(v128.load(base + <usize>i * sz), b) : f64x2.eq(v128.load(base + <usize>i * sz), b))) i += L;
        while (load<T>(base + <usize>i * sz) != best) i++;
      }
      store<i64>(dst + <usize>o * 8, <i64>i);
    }
    return;
  }
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const base = src + (<usize>o * n * inner + j) * sz;
      const step = <usize>inner * sz;
      const outIdx = <usize>o * inner + j;
      if (op == 0 || op == 1) {
        if (isFloat<T>()) {
          let acc: f64 = op == 0 ? 0 : 1;
          for (let i = 0; i < n; i++) { const v = <f64>load<T>(base + <usize>i * step); acc = op == 0 ? acc + v : acc * v; }
          store<T>(dst + outIdx * sz, <T>acc);
        } else {
          let acc: i64 = op == 0 ? 0 : 1;
          for (let i = 0; i < n; i++) { const v = <i64>load<T>(base + <usize>i * step); acc = op == 0 ? acc + v : acc * v; }
          store<T>(dst + outIdx * sz, <T>acc);
        }
      } else if (op <= 5) {
        let best = load<T>(base);
        let bi: i64 = 0;
        const wantMax = op == 2 || op == 4;
        let sawNaN = isFloat<T>() && isNaN(best);
        for (let i = 1; i < n && !sawNaN; i++) {
          const v = load<T>(base + <usize>i * step);
          if (isFloat<T>() && isNaN(v)) { best = v; bi = i; sawNaN = true; break; }
          if (wantMax ? v > best : v < best) { best = v; bi = i; }
        }
        if (op <= 3) store<T>(dst + outIdx * sz, best);
        else store<i64>(dst + outIdx * 8, bi);
      } else if (op == 6) {
        let mean: f64 = 0;
        for (let i = 0; i < n; i++) mean += <f64>load<T>(base + <usize>i * step);
        mean /= <f64>n;
        let ss: f64 = 0;
        for (let i = 0; i < n; i++) { const d = <f64>load<T>(base + <usize>i * step) - mean; ss += d * d; }
        store<T>(dst + outIdx * sz, <T>(ss / max<f64>(0, <f64>n - p)));
      } else {
        let mx: f64 = -Infinity;
        for (let i = 0; i < n; i++) mx = max<f64>(mx, <f64>load<T>(base + <usize>i * step));
        if (!isFinite(mx)) mx = isNaN(mx) ? mx : 0;
        let s: f64 = 0;
        for (let i = 0; i < n; i++) s += Math.exp(<f64>load<T>(base + <usize>i * step) - mx);
        store<T>(dst + outIdx * sz, <T>(Math.log(s) + mx));
      }
    }
  }
}
export function reduce(op: i32, dt: i32, src: usize, outer: i32, n: i32, inner: i32, dst: usize, p: f64): void {
  if (dt == BOOL) reduceT<u8>(op, src, outer, n, inner, dst, p);
  else if (dt == I64) reduceT<i64>(op, src, outer, n, inner, dst, p);
  else if (dt == F32) reduceT<f32>(op, src, outer, n, inner, dst, p);
  else reduceT<f64>(op, src, outer, n, inner, dst, p);
}

/**
 * Partial sums of a long contiguous float run for a full reduction split across threads: Σ x (sq = false) or
 * Σ (x - mean)² (sq = true) of each of `parts` consecutive pieces of `part` elements (the last one shorter, the run
 * has n elements), in f64, written to `dst` (f64[parts]). The host adds them up in order, so the result does not
 * depend on how many threads computed them.
 */
export function partialSums(dt: i32, src: usize, n: i32, part: i32, first: i32, parts: i32, dst: usize, sq: bool, mean: f64): void {
  const sz = <usize>(dt == F32 ? 4 : 8);
  for (let i = 0; i < parts; i++) {
    const s = (first + i) * part, len = min(part, n - s);
    const p = src + <usize>s * sz;
    let r: f64;
    if (dt == F32) r = sq ? sqDevRun<f32>(p, len, mean) : sumRun<f32>(p, len);
    else r = sq ? sqDevRun<f64>(p, len, mean) : sumRun<f64>(p, len);
    store<f64>(dst + (<usize>i << 3), r);
  }
}

/**
 * Float sum (nan: nansum) in PyTorch's order (sum.ts) of elements [begin, end) of a reduction iterator (meta:
 * shape, then the output's and the input's element strides, dim 0 fastest), added into out. Returns 0, or
 * INTERRUPTED when the interrupt flag stopped it (out is then partial).
 */
export function sum(dt: i32, nan: bool, ndim: i32, m: usize, out: usize, inp: usize, begin: i32, end: i32): i32 {
  let stopped: bool;
  if (nan) stopped = dt == F32 ? sumRange<f32, u16>(ndim, m, out, inp, begin, end, counters) : sumRange<f64, u16>(ndim, m, out, inp, begin, end, counters);
  else stopped = dt == F32 ? sumRange<f32, u8>(ndim, m, out, inp, begin, end, counters) : sumRange<f64, u8>(ndim, m, out, inp, begin, end, counters);
  return stopped ? <i32>INTERRUPTED : 0;
}

/** softmax / log_softmax over the last dim of a contiguous [rows, n] float block (n ≥ 1). */
export function softmax(dt: i32, src: usize, rows: i32, n: i32, dst: usize, log: bool): void {
  if (dt == F32) softmaxRows<f32>(src, rows, n, dst, log);
  else softmaxRows<f64>(src, rows, n, dst, log);
}

// ---------------------------------------------------------------------------------------------------------------
// Batched strided matmul: out[b, i, j] = Σ_k A[b, i, k] · B[b, k, j]; out has unit column stride, row stride ldo
// and batch stride sob, so a block of rows or columns of a bigger product is one call (the host splits products
// across threads that way).
// Strides in elements (batch stride 0 = broadcast). Floats go through the packed SIMD gemm (gemm.ts), which
// accumulates in the element type like BLAS; int64 through a plain loop. `scratch`: a block of matmulScratchBytes
// (helper threads, which must not allocate), or 0 to allocate here. Returns 0; INTERRUPTED when the host's
// interrupt flag stopped it (out is then partial); or the byte count of a scratch block that could not be
// allocated (the host raises the out-of-memory error).
// @ts-ignore: decorator
@inline const INTERRUPTED: usize = 1;
function matmulInt(batch: i32, M: i32, N: i32, K: i32, a: usize, sab: i32, sam: i32, sak: i32,
  b: usize, sbb: i32, sbk: i32, sbn: i32, o: usize, sob: i32, ldo: i32): usize {
  for (let bt = 0; bt < batch; bt++) {
    const ab = a + (<usize>bt * sab << 3), bb = b + (<usize>bt * sbb << 3);
    for (let i = 0; i < M; i++) {
      if (interrupted()) return INTERRUPTED;
      let op = o + ((<usize>bt * sob + <usize>i * ldo) << 3);
      for (let j = 0; j < N; j++) {
        let acc: i64 = 0;
        for (let k = 0; k < K; k++) acc += load<i64>(ab + ((<usize>i * sam + <usize>k * sak) << 3)) * load<i64>(bb + ((<usize>k * sbk + <usize>j * sbn) << 3));
        store<i64>(op, acc);
        op += 8;
      }
    }
  }
  return 0;
}
function matmulFloat<T>(batch: i32, M: i32, N: i32, K: i32, a: usize, sab: i32, sam: i32, sak: i32,
  b: usize, sbb: i32, sbk: i32, sbn: i32, o: usize, sob: i32, ldo: i32, scratch: usize): usize {
  const sz = <usize>sizeof<T>();
  // A broadcast B with evenly spaced A rows is one tall product (linear layers on [batch, M, K] inputs).
  if (batch > 1 && sbb == 0 && sab == M * sam && sob == M * ldo) { M *= batch; batch = 1; }
  if (N == 1 && ldo == 1) {
    for (let bt = 0; bt < batch; bt++) {
      if (gemv<T>(M, K, a + <usize>bt * sab * sz, sam, sak, b + <usize>bt * sbb * sz, sbk, o + <usize>bt * sob * sz)) return INTERRUPTED;
    }
    return 0;
  }
  let s = scratch;
  if (s == 0) {
    const bytes = gemmScratchBytes(N, <i32>sz);
    s = heapAlloc(bytes);
    if (s == 0) return bytes;
  }
  let stopped = false;
  for (let bt = 0; bt < batch && !stopped; bt++) {
    stopped = gemm<T>(M, N, K, a + <usize>bt * sab * sz, sam, sak, b + <usize>bt * sbb * sz, sbk, sbn, o + <usize>bt * sob * sz, ldo, s);
  }
  if (scratch == 0) heapFree(s);
  return stopped ? INTERRUPTED : 0;
}
export function matmul(dt: i32, batch: i32, M: i32, N: i32, K: i32, a: usize, sab: i32, sam: i32, sak: i32,
  b: usize, sbb: i32, sbk: i32, sbn: i32, o: usize, sob: i32, ldo: i32, scratch: usize): usize {
  if (dt == I64) return matmulInt(batch, M, N, K, a, sab, sam, sak, b, sbb, sbk, sbn, o, sob, ldo);
  if (dt == F32) return matmulFloat<f32>(batch, M, N, K, a, sab, sam, sak, b, sbb, sbk, sbn, o, sob, ldo, scratch);
  return matmulFloat<f64>(batch, M, N, K, a, sab, sam, sak, b, sbb, sbk, sbn, o, sob, ldo, scratch);
}
/** Scratch a float matmul with N columns needs (see matmul's `scratch`); the largest N is NC. */
export function matmulScratchBytes(dt: i32, N: i32): usize { return gemmScratchBytes(N, dt == F32 ? 4 : 8); }

// ---------------------------------------------------------------------------------------------------------------
// Gather / scatter by element offsets (i32 array): the primitive under advanced indexing and its backward.
function takeT<T>(src: usize, offs: usize, n: i32, dst: usize): void {
  for (let i = 0; i < n; i++) store<T>(dst + <usize>i * sizeof<T>(), load<T>(src + <usize>load<i32>(offs + (<usize>i << 2)) * sizeof<T>()));
}
export function take(dt: i32, src: usize, offs: usize, n: i32, dst: usize): void {
  const sz = sizeOfCode(dt);
  if (dt > 3) {
    if (sz == 1) takeT<u8>(src, offs, n, dst);
    else if (sz == 2) takeT<u16>(src, offs, n, dst);
    else takeT<u32>(src, offs, n, dst);
  } else if (dt == BOOL) takeT<u8>(src, offs, n, dst);
  else if (dt == I64) takeT<i64>(src, offs, n, dst);
  else if (dt == F32) takeT<f32>(src, offs, n, dst);
  else takeT<f64>(src, offs, n, dst);
}
function putT<T>(dst: usize, offs: usize, n: i32, src: usize, accumulate: bool): void {
  for (let i = 0; i < n; i++) {
    const p = dst + <usize>load<i32>(offs + (<usize>i << 2)) * sizeof<T>();
    const v = load<T>(src + <usize>i * sizeof<T>());
    store<T>(p, accumulate ? load<T>(p) + v : v);
  }
}
export function put(dt: i32, dst: usize, offs: usize, n: i32, src: usize, accumulate: bool): void {
  const sz = sizeOfCode(dt);
  if (dt > 3 && accumulate) putAccumulateNarrow(dt, dst, offs, n, src);
  else if (dt > 3) {
    if (sz == 1) putT<u8>(dst, offs, n, src, false);
    else if (sz == 2) putT<u16>(dst, offs, n, src, false);
    else putT<u32>(dst, offs, n, src, false);
  } else if (dt == BOOL) putT<u8>(dst, offs, n, src, accumulate);
  else if (dt == I64) putT<i64>(dst, offs, n, src, accumulate);
  else if (dt == F32) putT<f32>(dst, offs, n, src, accumulate);
  else putT<f64>(dst, offs, n, src, accumulate);
}

// ---------------------------------------------------------------------------------------------------------------
// Neural-network layer kernels (nn.ts) over contiguous float planes; dt is F32 or F64.
export function im2col(dt: i32, src: usize, N: i32, C: i32, D: i32, H: i32, W: i32, kd: i32, kh: i32, kw: i32, sd: i32, sh: i32, sw: i32,
  pd: i32, ph: i32, pw: i32, dd: i32, dh: i32, dw: i32, Do: i32, Ho: i32, Wo: i32, dst: usize): void {
  if (dt == F32) im2colT<f32>(src, N, C, D, H, W, kd, kh, kw, sd, sh, sw, pd, ph, pw, dd, dh, dw, Do, Ho, Wo, dst);
  else im2colT<f64>(src, N, C, D, H, W, kd, kh, kw, sd, sh, sw, pd, ph, pw, dd, dh, dw, Do, Ho, Wo, dst);
}
export function col2im(dt: i32, cols: usize, N: i32, C: i32, D: i32, H: i32, W: i32, kd: i32, kh: i32, kw: i32, sd: i32, sh: i32, sw: i32,
  pd: i32, ph: i32, pw: i32, dd: i32, dh: i32, dw: i32, Do: i32, Ho: i32, Wo: i32, dst: usize): void {
  if (dt == F32) col2imT<f32>(cols, N, C, D, H, W, kd, kh, kw, sd, sh, sw, pd, ph, pw, dd, dh, dw, Do, Ho, Wo, dst);
  else col2imT<f64>(cols, N, C, D, H, W, kd, kh, kw, sd, sh, sw, pd, ph, pw, dd, dh, dw, Do, Ho, Wo, dst);
}
export function maxPool(dt: i32, src: usize, planes: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  ph: i32, pw: i32, dh: i32, dw: i32, dst: usize, idx: usize): void {
  if (dt == F32) maxPoolT<f32>(src, planes, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, dh, dw, dst, idx);
  else maxPoolT<f64>(src, planes, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, dh, dw, dst, idx);
}
export function maxPoolBackward(dt: i32, gout: usize, idx: usize, planes: i32, HW: i32, L: i32, gin: usize): void {
  if (dt == F32) maxPoolBackwardT<f32>(gout, idx, planes, HW, L, gin);
  else maxPoolBackwardT<f64>(gout, idx, planes, HW, L, gin);
}
export function avgPool(dt: i32, src: usize, planes: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  ph: i32, pw: i32, countPad: bool, divisor: i32, adaptive: bool, dst: usize): void {
  if (dt == F32) avgPoolT<f32>(src, planes, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, countPad, divisor, adaptive, dst);
  else avgPoolT<f64>(src, planes, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, countPad, divisor, adaptive, dst);
}
export function avgPoolBackward(dt: i32, gout: usize, planes: i32, H: i32, W: i32, Ho: i32, Wo: i32, kh: i32, kw: i32, sh: i32, sw: i32,
  ph: i32, pw: i32, countPad: bool, divisor: i32, adaptive: bool, gin: usize): void {
  if (dt == F32) avgPoolBackwardT<f32>(gout, planes, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, countPad, divisor, adaptive, gin);
  else avgPoolBackwardT<f64>(gout, planes, H, W, Ho, Wo, kh, kw, sh, sw, ph, pw, countPad, divisor, adaptive, gin);
}

/** Welford's (mean, m2) in double over each row of a contiguous [rows, n] f32/f64 block (welford.ts); 1 if interrupted. */
export function welfordRows(dt: i32, src: usize, rows: i32, n: i32, dst: usize): i32 {
  return dt == F32 ? welfordRowsT<f32>(src, rows, n, dst) : welfordRowsT<f64>(src, rows, n, dst);
}

/** std_var_all_cpu's Σ (x - mean)² over elements [begin, end) of an iterator (welford.ts); -1 if interrupted. */
export function sqDevRange(dt: i32, ndim: i32, m: usize, inp: usize, begin: i32, end: i32, mean: f64): f64 {
  return dt == F32 ? sqDevRangeT<f32>(ndim, m, inp, begin, end, mean, counters) : sqDevRangeT<f64>(ndim, m, inp, begin, end, mean, counters);
}

/** LayerNormKernelImplInternal over a contiguous [rows, N] block (normk.ts); scratch: MOMENTS_SCRATCH + 16 bytes. */
export function layerNorm(dt: i32, X: usize, rows: i32, N: i32, gamma: usize, beta: usize, eps: f64, Y: usize, mean: usize, rstd: usize, scratch: usize): void {
  if (dt == F32) layerNormT<f32>(X, rows, N, gamma, beta, <f32>eps, Y, mean, rstd, scratch);
  else layerNormT<f64>(X, rows, N, gamma, beta, eps, Y, mean, rstd, scratch);
}
/** LayerNormBackwardKernelImplInternal (normk.ts): dX / dgamma / dbeta where not 0; buf 2·threads·N zeroed T. */
export function layerNormBackward(dt: i32, dY: usize, X: usize, M: i32, N: i32, gamma: usize, eps: f64, dX: usize, dgamma: usize, dbeta: usize,
  threads: i32, buf: usize, scratch: usize): void {
  if (dt == F32) layerNormBackwardT<f32>(dY, X, M, N, gamma, <f32>eps, dX, dgamma, dbeta, threads, buf, scratch);
  else layerNormBackwardT<f64>(dY, X, M, N, gamma, eps, dX, dgamma, dbeta, threads, buf, scratch);
}
/** GroupNormKernelImplInternal over a contiguous [N, C, HxW] block (normk.ts). */
export function groupNorm(dt: i32, X: usize, N: i32, C: i32, HW: i32, G: i32, gamma: usize, beta: usize, eps: f64, Y: usize, scratch: usize): void {
  if (dt == F32) groupNormT<f32>(X, N, C, HW, G, gamma, beta, <f32>eps, Y, scratch);
  else groupNormT<f64>(X, N, C, HW, G, gamma, beta, eps, Y, scratch);
}
/** GroupNormBackwardKernelImplInternal (normk.ts): dX / dgamma / dbeta where not 0; dsdb 2·N·C T, stats 2·N·G T. */
export function groupNormBackward(dt: i32, dY: usize, X: usize, N: i32, C: i32, HW: i32, G: i32, gamma: usize, eps: f64,
  dX: usize, dgamma: usize, dbeta: usize, dsdb: usize, stats: usize, threads: i32, scratch: usize): void {
  if (dt == F32) groupNormBackwardT<f32>(dY, X, N, C, HW, G, gamma, <f32>eps, dX, dgamma, dbeta, dsdb, stats, threads, scratch);
  else groupNormBackwardT<f64>(dY, X, N, C, HW, G, gamma, eps, dX, dgamma, dbeta, dsdb, stats, threads, scratch);
}
/** native_batch_norm's forward on a contiguous [Nb, C, S] block (normk.ts); stats 2·C T, buf threads·C T. */
export function batchNormForward(dt: i32, X: usize, Nb: i32, C: i32, S: i32, gamma: usize, beta: usize, rm: usize, rv: usize,
  train: bool, momentum: f64, eps: f64, threads: i32, Y: usize, stats: usize, buf: usize): void {
  if (dt == F32) batchNormForwardT<f32>(X, Nb, C, S, gamma, beta, rm, rv, train, momentum, eps, threads, Y, stats, buf);
  else batchNormForwardT<f64>(X, Nb, C, S, gamma, beta, rm, rv, train, momentum, eps, threads, Y, stats, buf);
}
/** native_batch_norm_backward's kernels (normk.ts): dX / dgamma / dbeta where not 0; stats 2·C, buf 2·threads·C, acc 8 T. */
export function batchNormBackward(dt: i32, dY: usize, X: usize, Nb: i32, C: i32, S: i32, gamma: usize, rm: usize, rv: usize, train: bool,
  eps: f64, threads: i32, dX: usize, dgamma: usize, dbeta: usize, stats: usize, buf: usize, acc: usize): void {
  if (dt == F32) batchNormBackwardT<f32>(dY, X, Nb, C, S, gamma, rm, rv, train, eps, threads, dX, dgamma, dbeta, stats, buf, acc);
  else batchNormBackwardT<f64>(dY, X, Nb, C, S, gamma, rm, rv, train, eps, threads, dX, dgamma, dbeta, stats, buf, acc);
}
/** The norm kernels' float32 a·b + c rounded once (normk.ts; exported for its tests). */
export function fmaF32(a: f32, b: f32, c: f32): f32 { return fmaF32T(a, b, c); }

/** The 2-norm's sum of squares, fused as NormTwo's reduce (normk.ts): n elements `s` apart at p, from `init`. */
export function normTwoRun(dt: i32, p: usize, n: i32, s: i32, init: f64): f64 {
  return dt == F32 ? normTwoRunT<f32>(p, n, s, init) : normTwoRunT<f64>(p, n, s, init);
}
export { softmaxBackwardLastdim, softmaxBackwardRowsF32 } from './softmaxback';
export { softmaxDimColumns, softmaxDimRange } from './softmaxdim';
import { normChunkT, normOutputsT, prodRange } from './prodnorm';
/** prod over elements [begin, end) of a reduction iterator (prodnorm.ts; meta as sum's); INTERRUPTED if stopped. */
export function prod(dt: i32, ndim: i32, m: usize, out: usize, inp: usize, begin: i32, end: i32): i32 {
  const stopped = dt == F32 ? prodRange<f32>(ndim, m, out, inp, begin, end, counters) : prodRange<f64>(ndim, m, out, inp, begin, end, counters);
  return stopped ? <i32>INTERRUPTED : 0;
}
/** Outputs [o0, o1) of a vector norm (prodnorm.ts); INTERRUPTED if stopped. */
export function normOutputs(dt: i32, kind: i32, ndimR: i32, ndimK: i32, m: usize, inp: usize, out: usize, o0: i32, o1: i32, nr: i32, p: f64, inv: f64): i32 {
  return dt == F32 ? normOutputsT<f32>(kind, ndimR, ndimK, m, inp, out, o0, o1, nr, p, inv, counters)
    : normOutputsT<f64>(kind, ndimR, ndimK, m, inp, out, o0, o1, nr, p, inv, counters);
}
/** One thread's chunk of a norm to one element: its accumulator (f64) at dst (prodnorm.ts); INTERRUPTED if stopped. */
export function normChunk(dt: i32, kind: i32, ndimR: i32, m: usize, base: usize, begin: i32, end: i32, p: f64, dst: usize): i32 {
  return dt == F32 ? normChunkT<f32>(kind, ndimR, m, base, begin, end, p, dst, counters) : normChunkT<f64>(kind, ndimR, m, base, begin, end, p, dst, counters);
}

// ---------------------------------------------------------------------------------------------------------------
// Interpolation over contiguous float planes with host-computed taps (interp.ts).
export function interpForward(dt: i32, src: usize, planes: i32, D: i32, H: i32, W: i32, Do: i32, Ho: i32, Wo: i32,
  nD: i32, tD: usize, nH: i32, tH: usize, nW: i32, tW: usize, dst: usize, hbuf: usize, all: bool): void {
  if (dt == F32) interpForwardT<f32>(src, planes, D, H, W, Do, Ho, Wo, nD, tD, nH, tH, nW, tW, dst, hbuf, all);
  else interpForwardT<f64>(src, planes, D, H, W, Do, Ho, Wo, nD, tD, nH, tH, nW, tW, dst, hbuf, all);
}
export function interpBackward(dt: i32, g: usize, planes: i32, D: i32, H: i32, W: i32, Do: i32, Ho: i32, Wo: i32,
  nD: i32, tD: usize, nH: i32, tH: usize, nW: i32, tW: usize, cubic: bool, dst: usize): void {
  if (dt == F32) interpBackwardT<f32>(g, planes, D, H, W, Do, Ho, Wo, nD, tD, nH, tH, nW, tW, cubic, dst);
  else interpBackwardT<f64>(g, planes, D, H, W, Do, Ho, Wo, nD, tD, nH, tH, nW, tW, cubic, dst);
}
