// softmax / log_softmax backward along a contiguous last dim as PyTorch 1.13.1's CPU kernels round it (measured
// against it; the same order as the host's softmaxBackwardAlongDim in kernel/engine/reduce-order.ts, which keeps
// the other dims): per row, Σ g·y (softmax, fused) or Σ g (log_softmax) in Vectorized<T>'s lanes (8 floats, 4
// doubles; rows shorter than that in order), the lanes reduced as vec_reduce_all does; then (g - Σ)·y, or
// g - exp(y)·Σ fused with Sleef's exp. Fused multiply-adds: the hardware's where relaxed_madd fuses, else exact.
import { expFull } from './exp';
import { expF64 } from './expd';
import { fmaW, madIsFused } from './welford';
import { fmaIsFused } from './sleef';
import { fmaF32T } from './normk';

const ACC: usize = memory.data(64, 16);   // the lanes (main thread only)

// @ts-ignore: decorator
@inline function fma32(a: f32, b: f32, c: f32, hw: bool): f32 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return f32x4.extract_lane(f32x4.relaxed_madd(f32x4.splat(a), f32x4.splat(b), f32x4.splat(c)), 0);
  }
  return fmaF32T(a, b, c);
}

/** fma32s on two lanes held as f64 (a·b exact in f64, then a + b rounded to odd, so that the f32 rounding is single). */
// @ts-ignore: decorator
@inline function fmaHalf(p: v128, q: v128): v128 {
  let s = f64x2.add(p, q);
  const bb = f64x2.sub(s, p);
  const err = f64x2.add(f64x2.sub(p, f64x2.sub(s, bb)), f64x2.sub(q, bb));
  const zero = f64x2.splat(0);
  // err != 0, s finite (s - s == 0), and s's last bit 0: step s one ulp towards err (its bits ± 1)
  const fix = v128.and(v128.and(f64x2.ne(err, zero), f64x2.eq(f64x2.sub(s, s), zero)),
    i64x2.eq(v128.and(s, i64x2.splat(1)), i64x2.splat(0)));
  const same = v128.not(v128.xor(f64x2.gt(s, zero), f64x2.gt(err, zero)));   // -1 where (s > 0) == (err > 0)
  const step = i64x2.neg(i64x2.add(i64x2.shl(same, 1), i64x2.splat(1)));   // +1 there, else -1
  s = i64x2.add(s, v128.and(step, fix));
  return f32x4.demote_f64x2_zero(s);
}
/** a·b + c rounded once, four f32 lanes: fma32 lane by lane (the hardware's through relaxed_madd when `hw`). */
// @ts-ignore: decorator
@inline function fma32x4(a: v128, b: v128, c: v128, hw: bool): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return f32x4.relaxed_madd(a, b, c);
  }
  const ah = i64x2.shuffle(a, a, 1, 0), bh = i64x2.shuffle(b, b, 1, 0), ch = i64x2.shuffle(c, c, 1, 0);
  const lo = fmaHalf(f64x2.mul(f64x2.promote_low_f32x4(a), f64x2.promote_low_f32x4(b)), f64x2.promote_low_f32x4(c));
  const hi = fmaHalf(f64x2.mul(f64x2.promote_low_f32x4(ah), f64x2.promote_low_f32x4(bh)), f64x2.promote_low_f32x4(ch));
  return i64x2.shuffle(lo, hi, 0, 2);
}

/**
 * One f32 row, four lanes at a time (every element computed as the scalar code of rowsT computes it: the lanes'
 * sums are the same lanes, the same order of additions; the output is elementwise).
 */
function rowF32(log: bool, gp: usize, yp: usize, op: usize, D: i32, hw: bool): void {
  // the 8 lanes as two vectors: k % 8 < 4 in a0, else in a1
  let a0 = v128.load(gp), a1 = v128.load(gp, 16);
  if (!log) { a0 = f32x4.mul(a0, v128.load(yp)); a1 = f32x4.mul(a1, v128.load(yp, 16)); }
  let k = 8;
  for (; k + 8 <= D; k += 8) {
    const at = <usize>k << 2;
    const g0 = v128.load(gp + at), g1 = v128.load(gp + at, 16);
    if (log) { a0 = f32x4.add(a0, g0); a1 = f32x4.add(a1, g1); } else {
      a0 = fma32x4(g0, v128.load(yp + at), a0, hw);
      a1 = fma32x4(g1, v128.load(yp + at, 16), a1, hw);
    }
  }
  // the tail (fewer than 8) into lanes k % 8, then the lanes reduced as vec_reduce_all does (no memory scratch:
  // helper threads run this too)
  let c0 = f32x4.extract_lane(a0, 0), c1 = f32x4.extract_lane(a0, 1), c2 = f32x4.extract_lane(a0, 2), c3 = f32x4.extract_lane(a0, 3);
  let c4 = f32x4.extract_lane(a1, 0), c5 = f32x4.extract_lane(a1, 1), c6 = f32x4.extract_lane(a1, 2), c7 = f32x4.extract_lane(a1, 3);
  for (; k < D; k++) {
    const gv = load<f32>(gp + (<usize>k << 2)), yv = log ? <f32>0 : load<f32>(yp + (<usize>k << 2));
    switch (k & 7) {
      case 0: c0 = log ? c0 + gv : fma32(gv, yv, c0, hw); break;
      case 1: c1 = log ? c1 + gv : fma32(gv, yv, c1, hw); break;
      case 2: c2 = log ? c2 + gv : fma32(gv, yv, c2, hw); break;
      case 3: c3 = log ? c3 + gv : fma32(gv, yv, c3, hw); break;
      case 4: c4 = log ? c4 + gv : fma32(gv, yv, c4, hw); break;
      case 5: c5 = log ? c5 + gv : fma32(gv, yv, c5, hw); break;
      default: c6 = log ? c6 + gv : fma32(gv, yv, c6, hw);
    }
  }
  const s: f32 = ((c0 + c4) + (c2 + c6)) + ((c1 + c5) + (c3 + c7));
  const sv = f32x4.splat(s);
  k = 0;
  for (; k + 4 <= D; k += 4) {
    const at = <usize>k << 2;
    const gv = v128.load(gp + at), yv = v128.load(yp + at);
    v128.store(op + at, log ? fma32x4(f32x4.neg(expFull(yv)), sv, gv, hw) : f32x4.mul(f32x4.sub(gv, sv), yv));
  }
  for (; k < D; k++) {
    const gv = load<f32>(gp + (<usize>k << 2)), yv = load<f32>(yp + (<usize>k << 2));
    store<f32>(op + (<usize>k << 2), log ? fma32(-f32x4.extract_lane(expFull(f32x4.splat(yv)), 0), s, gv, hw) : (gv - s) * yv);
  }
}

function rowsT<T>(log: bool, g: usize, y: usize, o: usize, rows: i32, D: i32): void {
  const sz = <usize>sizeof<T>(), lanes = sizeof<T>() == 4 ? 8 : 4;
  const hw32 = fmaIsFused(), hw64 = madIsFused();
  for (let q = 0; q < rows; q++) {
    const gp = g + <usize>q * <usize>D * sz, yp = y + <usize>q * <usize>D * sz, op = o + <usize>q * <usize>D * sz;
    if (sizeof<T>() == 4 && D >= 8) { rowF32(log, gp, yp, op, D, hw32); continue; }
    let s: T;
    if (D < lanes) {
      s = <T>0;
      for (let k = 0; k < D; k++) {
        const gv = load<T>(gp + <usize>k * sz), t = log ? gv : gv * load<T>(yp + <usize>k * sz);
        s = k == 0 ? t : s + t;
      }
    } else {
      for (let j = 0; j < lanes; j++) {
        const gv = load<T>(gp + <usize>j * sz);
        store<T>(ACC + <usize>j * sz, log ? gv : gv * load<T>(yp + <usize>j * sz));
      }
      for (let k = lanes; k < D; k++) {
        const at = ACC + <usize>(k % lanes) * sz, gv = load<T>(gp + <usize>k * sz), a = load<T>(at);
        let r: T;
        if (log) r = a + gv;
        else if (sizeof<T>() == 4) r = <T>fma32(<f32>gv, <f32>load<T>(yp + <usize>k * sz), <f32>a, hw32);
        else r = <T>fmaW(<f64>gv, <f64>load<T>(yp + <usize>k * sz), <f64>a, hw64);
        store<T>(at, r);
      }
      const a0 = load<T>(ACC), a1 = load<T>(ACC + sz), a2 = load<T>(ACC + 2 * sz), a3 = load<T>(ACC + 3 * sz);
      if (sizeof<T>() == 4) {
        const a4 = load<T>(ACC + 4 * sz), a5 = load<T>(ACC + 5 * sz), a6 = load<T>(ACC + 6 * sz), a7 = load<T>(ACC + 7 * sz);
        s = ((a0 + a4) + (a2 + a6)) + ((a1 + a5) + (a3 + a7));
      } else {
        s = ((a0 + a1) + a2) + a3;
      }
    }
    for (let k = 0; k < D; k++) {
      const gv = load<T>(gp + <usize>k * sz), yv = load<T>(yp + <usize>k * sz);
      let r: T;
      if (!log) r = (gv - s) * yv;
      else if (sizeof<T>() == 4) r = <T>fma32(-f32x4.extract_lane(expFull(f32x4.splat(<f32>yv)), 0), <f32>s, <f32>gv, hw32);
      else r = <T>fmaW(-expF64(<f64>yv), <f64>s, <f64>gv, hw64);
      store<T>(op + <usize>k * sz, r);
    }
  }
}

/**
 * The same for float32 rows of at least 8 (no memory scratch): the export helper threads run on runs of rows
 * (each row alone, so any split gives the same bits).
 */
export function softmaxBackwardRowsF32(log: bool, g: usize, y: usize, o: usize, rows: i32, D: i32): void {
  const hw = fmaIsFused();
  for (let q = 0; q < rows; q++) {
    const off = <usize>q * <usize>D * 4;
    rowF32(log, g + off, y + off, o + off, D, hw);
  }
}

/** grad_input of softmax (log false) or log_softmax over the last dim of contiguous [rows, D] f32 (single) or f64 blocks. */
export function softmaxBackwardLastdim(single: bool, log: bool, g: usize, y: usize, o: usize, rows: i32, D: i32): void {
  if (single) rowsT<f32>(log, g, y, o, rows, D);
  else rowsT<f64>(log, g, y, o, rows, D);
}
