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

function rowsT<T>(log: bool, g: usize, y: usize, o: usize, rows: i32, D: i32): void {
  const sz = <usize>sizeof<T>(), lanes = sizeof<T>() == 4 ? 8 : 4;
  const hw32 = fmaIsFused(), hw64 = madIsFused();
  for (let q = 0; q < rows; q++) {
    const gp = g + <usize>q * <usize>D * sz, yp = y + <usize>q * <usize>D * sz, op = o + <usize>q * <usize>D * sz;
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

/** grad_input of softmax (log false) or log_softmax over the last dim of contiguous [rows, D] f32 (single) or f64 blocks. */
export function softmaxBackwardLastdim(single: bool, log: bool, g: usize, y: usize, o: usize, rows: i32, D: i32): void {
  if (single) rowsT<f32>(log, g, y, o, rows, D);
  else rowsT<f64>(log, g, y, o, rows, D);
}
