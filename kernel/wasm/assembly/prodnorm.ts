// prod and vector norms of float32/float64 in PyTorch 1.13.1's CPU order, bit for bit (the order of the host loops
// they replace in kernel/engine/reduce-order.ts, which describes it; measured against torch):
// - prod: binary_kernel_reduce_vec's 2-d loop (ReduceOpsKernel.cpp / Reduce.h) driven by serial_for_each as the
//   cascade sum is (sum.ts's DimCounter): contiguous rows in four Vectorized<T> accumulators (32 floats, 16
//   doubles), then the four multiplied lane-wise ((v0·v1)·(v2·v3)), the lanes multiplied in order and the scalar
//   tail after them; contiguous columns 32 or 16 at a time down the rows, then times the output; else one by one.
// - norms: norm_kernel_tensor_iterator_impl's NormOps through binary_kernel_reduce: each output's reduced elements
//   one after another (the reduced dims of the iterator, dim 0 fastest), the accumulator in T; NormTwo fused.
// Long calls poll the interrupt flag and return INTERRUPTED (1) early (the output is then partial).
import { interrupted } from './host';
import { dimCounterIncrement, dimCounterStart } from './sum';
import { fma64, madIsFused } from './welford';
import { fmaIsFused } from './sleef';
import { fmaF32T } from './normk';
import { powf4Ok, powf4Pos, powfG, powG } from './glibc';

// @ts-ignore: decorator
@inline const INTERRUPTED: i32 = 1;
/** Elements between looks at the interrupt flag. */
// @ts-ignore: decorator
@inline const POLL: i32 = 1 << 18;

let work: i32 = 0;
let halted = false;
// @ts-ignore: decorator
@inline function poll(n: i32): bool {
  work += n;
  if (work >= POLL) { work = 0; if (interrupted() != 0) halted = true; }
  return halted;
}

// @ts-ignore: decorator
@inline function vmul<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.mul(a, b) : f64x2.mul(a, b); }
// @ts-ignore: decorator
@inline function at(i: i32, s: isize): usize { return <usize>(<isize>i * s); }
// @ts-ignore: decorator
@inline function mulTo<T>(p: usize, v: T): void { store<T>(p, load<T>(p) * v); }

/** binary_kernel_reduce_vec's 2-d loop for out = out · in (byte strides; see the file's comment). */
function prodLoop<T>(out: usize, inp: usize, os0: isize, is0: isize, os1: isize, is1: isize, size0: i32, size1: i32): void {
  const sz = <isize>sizeof<T>(), lanes = 32 / <i32>sz, vecN = 4 * lanes;
  if (os0 == 0 && is0 == sz) {
    // vectorized_inner_reduction of each row
    for (let j = 0; j < size1; j++) {
      const oj = out + at(j, os1), ij = inp + at(j, is1);
      const count = size0 / vecN;
      if (count > 0) {
        let a0 = v128.load(ij), a1 = v128.load(ij, 16), a2 = v128.load(ij, 32), a3 = v128.load(ij, 48);
        let a4 = v128.load(ij, 64), a5 = v128.load(ij, 80), a6 = v128.load(ij, 96), a7 = v128.load(ij, 112);
        for (let r = 1; r < count; r++) {
          const q = ij + <usize>r * 128;
          a0 = vmul<T>(a0, v128.load(q)); a1 = vmul<T>(a1, v128.load(q, 16));
          a2 = vmul<T>(a2, v128.load(q, 32)); a3 = vmul<T>(a3, v128.load(q, 48));
          a4 = vmul<T>(a4, v128.load(q, 64)); a5 = vmul<T>(a5, v128.load(q, 80));
          a6 = vmul<T>(a6, v128.load(q, 96)); a7 = vmul<T>(a7, v128.load(q, 112));
          if ((r & 0x7ff) == 0 && poll(0x800 * vecN)) return;
        }
        // Vec l (two v128 each): (Vec0·Vec1)·(Vec2·Vec3) lane-wise, then the lanes in order
        const w0 = vmul<T>(vmul<T>(a0, a2), vmul<T>(a4, a6)), w1 = vmul<T>(vmul<T>(a1, a3), vmul<T>(a5, a7));
        let b: T;
        if (sizeof<T>() == 4) {
          b = <T>f32x4.extract_lane(w0, 0);
          b *= <T>f32x4.extract_lane(w0, 1); b *= <T>f32x4.extract_lane(w0, 2); b *= <T>f32x4.extract_lane(w0, 3);
          b *= <T>f32x4.extract_lane(w1, 0); b *= <T>f32x4.extract_lane(w1, 1); b *= <T>f32x4.extract_lane(w1, 2); b *= <T>f32x4.extract_lane(w1, 3);
        } else {
          b = <T>f64x2.extract_lane(w0, 0);
          b *= <T>f64x2.extract_lane(w0, 1); b *= <T>f64x2.extract_lane(w1, 0); b *= <T>f64x2.extract_lane(w1, 1);
        }
        mulTo<T>(oj, b);
      }
      for (let k = count * vecN; k < size0; k++) mulTo<T>(oj, load<T>(ij + at(k, sz)));
      if (poll(size0 % vecN + 1)) return;
    }
  } else if (os0 == 0 && os1 == sz && is1 == sz) {
    // vectorized_outer_reduction: vecN columns at a time down the rows, then times the output
    const groups = size1 / vecN;
    for (let g = 0; g < groups; g++) {
      const c = inp + at(g * vecN, sz), o = out + at(g * vecN, sz);
      let a0 = v128.load(c), a1 = v128.load(c, 16), a2 = v128.load(c, 32), a3 = v128.load(c, 48);
      let a4 = v128.load(c, 64), a5 = v128.load(c, 80), a6 = v128.load(c, 96), a7 = v128.load(c, 112);
      for (let r = 1; r < size0; r++) {
        const q = c + at(r, is0);
        a0 = vmul<T>(a0, v128.load(q)); a1 = vmul<T>(a1, v128.load(q, 16));
        a2 = vmul<T>(a2, v128.load(q, 32)); a3 = vmul<T>(a3, v128.load(q, 48));
        a4 = vmul<T>(a4, v128.load(q, 64)); a5 = vmul<T>(a5, v128.load(q, 80));
        a6 = vmul<T>(a6, v128.load(q, 96)); a7 = vmul<T>(a7, v128.load(q, 112));
      }
      v128.store(o, vmul<T>(a0, v128.load(o))); v128.store(o, vmul<T>(a1, v128.load(o, 16)), 16);
      v128.store(o, vmul<T>(a2, v128.load(o, 32)), 32); v128.store(o, vmul<T>(a3, v128.load(o, 48)), 48);
      v128.store(o, vmul<T>(a4, v128.load(o, 64)), 64); v128.store(o, vmul<T>(a5, v128.load(o, 80)), 80);
      v128.store(o, vmul<T>(a6, v128.load(o, 96)), 96); v128.store(o, vmul<T>(a7, v128.load(o, 112)), 112);
      if (poll(size0 * vecN)) return;
    }
    for (let c = groups * vecN; c < size1; c++) {
      for (let r = 0; r < size0; r++) mulTo<T>(out + at(c, sz), load<T>(inp + at(r, is0) + at(c, sz)));
      if (poll(size0)) return;
    }
  } else {
    for (let j = 0; j < size1; j++) {
      for (let k = 0; k < size0; k++) mulTo<T>(out + at(j, os1) + at(k, os0), load<T>(inp + at(j, is1) + at(k, is0)));
      if (poll(size0)) return;
    }
  }
}

// @ts-ignore: decorator
@inline function metaAt(m: usize, i: i32): i32 { return load<i32>(m + (<usize>i << 2)); }

/**
 * serial_for_each over elements [begin, end) of a reduction iterator (meta as sum.ts's sumRange: shape[ndim], dim 0
 * fastest, the output's element strides, the input's) with the prod 2-d loop. True when the interrupt stopped it.
 */
export function prodRange<T>(ndim: i32, m: usize, out: usize, inp: usize, begin: i32, end: i32, values: usize): bool {
  halted = end - begin >= 1 << 16 && interrupted() != 0;
  if (halted) return true;
  const sz = <isize>sizeof<T>();
  if (ndim == 0) { prodLoop<T>(out, inp, 0, 0, 0, 0, 1, 1); return halted; }
  const os0 = <isize>metaAt(m, ndim) * sz, is0 = <isize>metaAt(m, 2 * ndim) * sz;
  if (ndim == 1) {
    prodLoop<T>(out + at(begin, os0), inp + at(begin, is0), os0, is0, 0, 0, end - begin, 1);
    return halted;
  }
  const os1 = <isize>metaAt(m, ndim + 1) * sz, is1 = <isize>metaAt(m, 2 * ndim + 1) * sz;
  const shape0 = metaAt(m, 0), shape1 = metaAt(m, 1);
  dimCounterStart(ndim, m, begin, values);
  let offset = begin;
  while (offset < end) {
    let po = out, pi = inp;
    for (let d = 0; d < ndim; d++) {
      const v = <isize>load<i32>(values + (<usize>d << 2));
      po += <usize>(v * <isize>metaAt(m, ndim + d) * sz);
      pi += <usize>(v * <isize>metaAt(m, 2 * ndim + d) * sz);
    }
    const v0 = load<i32>(values), v1 = load<i32>(values, 4);
    const step0 = min(shape0 - v0, end - offset);
    let step1 = 1;
    if (step0 == shape0) step1 = min(shape1 - v1, (end - offset) / shape0);
    prodLoop<T>(po, pi, os0, is0, os1, is1, step0, step1);
    if (halted) return true;
    offset += step0 * step1;
    dimCounterIncrement(ndim, m, values, step0, step1);
  }
  return halted;
}

// ---------------------------------------------------------------------------------------------------------------
// Norms. kind: 0 ord 0 (count of nonzeros), 1 ord 1, 2 ord 2 (fused squares, then sqrt), 3 inf (max of |x|, NaN
// wins), 4 -inf (min), 5 any other p (Σ |x|^p by std::pow, then ^(1/p): glibc's powf / pow, glibc.ts); p and inv =
// 1/p in T.

/** a·b + c rounded once (also softmaxdim.ts's). */
// @ts-ignore: decorator
@inline export function sfma<T>(a: T, b: T, c: T, hw: bool): T {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) {
      if (sizeof<T>() == 4) return <T>f32x4.extract_lane(f32x4.relaxed_madd(f32x4.splat(<f32>a), f32x4.splat(<f32>b), f32x4.splat(<f32>c)), 0);
      return <T>f64x2.extract_lane(f64x2.relaxed_madd(f64x2.splat(<f64>a), f64x2.splat(<f64>b), f64x2.splat(<f64>c)), 0);
    }
  }
  return sizeof<T>() == 4 ? <T>fmaF32T(<f32>a, <f32>b, <f32>c) : <T>fma64(<f64>a, <f64>b, <f64>c);
}
// @ts-ignore: decorator
@inline function powT<T>(a: T, b: T): T { return sizeof<T>() == 4 ? <T>powfG(<f32>a, <f32>b) : <T>powG(<f64>a, <f64>b); }

/** One element into the accumulator. */
// @ts-ignore: decorator
@inline function normStep<T>(kind: i32, acc: T, v: T, p: T, hw: bool): T {
  if (kind == 0) return acc + (v == 0 ? <T>0 : <T>1);
  if (kind == 1) return acc + abs<T>(v);
  if (kind == 2) return sfma<T>(v, v, acc, hw);
  if (kind == 3) { const a = abs<T>(v); return isNaN(acc) ? acc : isNaN(a) ? a : max<T>(acc, a); }
  if (kind == 4) { const a = abs<T>(v); return isNaN(acc) ? acc : isNaN(a) ? a : min<T>(acc, a); }
  return acc + powT<T>(abs<T>(v), p);
}

/**
 * The accumulator over reduced elements [begin, end) (the iterator's reduced dims: shape ndimR at m, the input's
 * element strides after it; dim 0 fastest) of the output whose first element is at `base`.
 */
// @ts-ignore: decorator
@inline function normRun<T>(kind: i32, ndimR: i32, m: usize, base: usize, begin: i32, end: i32, acc: T, p: T, hw: bool, values: usize): T {
  const sz = <isize>sizeof<T>();
  if (ndimR == 0) return normStep<T>(kind, acc, load<T>(base), p, hw);
  if (ndimR == 1) {
    const s = <isize>metaAt(m, 1) * sz;
    for (let c = begin; c < end; c += 1 << 16) {
      const stop = min(end, c + (1 << 16));
      let i = c;
      if (kind == 5 && sizeof<T>() == 4) {
        // four |x|^p at a time in SIMD where every lane allows it (the same bits), added in order
        for (; i + 4 <= stop; i += 4) {
          const q = base + at(i, s);
          const v = s == 4 ? v128.load(q)
            : f32x4.replace_lane(f32x4.replace_lane(f32x4.replace_lane(f32x4.splat(load<f32>(q)), 1, load<f32>(q + <usize>s)),
              2, load<f32>(q + at(2, s))), 3, load<f32>(q + at(3, s)));
          const w = powf4Pos(f32x4.abs(v), <f32>p);
          if (powf4Ok) {
            acc = acc + <T>f32x4.extract_lane(w, 0); acc = acc + <T>f32x4.extract_lane(w, 1);
            acc = acc + <T>f32x4.extract_lane(w, 2); acc = acc + <T>f32x4.extract_lane(w, 3);
          } else {
            for (let j = 0; j < 4; j++) acc = normStep<T>(kind, acc, load<T>(q + at(j, s)), p, hw);
          }
        }
      }
      for (; i < stop; i++) acc = normStep<T>(kind, acc, load<T>(base + at(i, s)), p, hw);
      if (poll(stop - c)) return acc;
    }
    return acc;
  }
  // an odometer over the reduced dims, dim 0 runs at a time
  const s0 = <isize>metaAt(m, ndimR) * sz, n0 = metaAt(m, 0);
  dimCounterStart(ndimR, m, begin, values);
  let i = begin;
  while (i < end) {
    let q = base;
    for (let d = 0; d < ndimR; d++) q += <usize>(<isize>load<i32>(values + (<usize>d << 2)) * <isize>metaAt(m, ndimR + d) * sz);
    const v0 = load<i32>(values), run = min(n0 - v0, end - i);
    for (let k = 0; k < run; k++) acc = normStep<T>(kind, acc, load<T>(q + at(k, s0)), p, hw);
    i += run;
    if (poll(run + 1)) return acc;
    // increment by run along dim 0 (to its end or the range's end)
    let overflow = run;
    for (let d = 0; d < ndimR && overflow > 0; d++) {
      const n = metaAt(m, d);
      let v = load<i32>(values + (<usize>d << 2)) + overflow;
      if (v >= n) { overflow = 1; v -= n; } else overflow = 0;
      store<i32>(values + (<usize>d << 2), v);
    }
  }
  return acc;
}
// @ts-ignore: decorator
@inline function normProject<T>(kind: i32, acc: T, inv: T): T {
  if (kind == 2) return sqrt<T>(acc);
  if (kind == 5) return powT<T>(acc, inv);
  return acc;
}

/** normOutputsT with the kind a constant. */
// @ts-ignore: decorator
@inline function outputsK<T>(kind: i32, ndimR: i32, ndimK: i32, m: usize, inp: usize, out: usize, o0: i32, o1: i32, nr: i32, p: T, inv: T, hw: bool, values: usize): i32 {
  const sz = <isize>sizeof<T>(), k = m + (<usize>(2 * ndimR) << 2);
  const init: T = kind == 4 ? <T>Infinity : 0;
  for (let o = o0; o < o1; o++) {
    // the output's place in the kept dims (dim 0 fastest): its input and output offsets
    let lin = o, qi: isize = 0, qo: isize = 0;
    for (let d = 0; d < ndimK; d++) {
      const n = metaAt(k, d), v = lin % n;
      lin = lin / n;
      qi += <isize>v * <isize>metaAt(k, ndimK + d);
      qo += <isize>v * <isize>metaAt(k, 2 * ndimK + d);
    }
    const acc = normRun<T>(kind, ndimR, m, inp + <usize>(qi * sz), 0, nr, init, p, hw, values);
    if (halted) return INTERRUPTED;
    store<T>(out + <usize>(qo * sz), normProject<T>(kind, acc, inv));
  }
  return 0;
}

/**
 * Outputs [o0, o1) of a vector norm (meta at m: reduced shape[ndimR], reduced input strides[ndimR], kept
 * shape[ndimK], kept input strides, kept output strides; elements): each its nr reduced elements in order from
 * the init, then projected, stored in T into out.
 */
export function normOutputsT<T>(kind: i32, ndimR: i32, ndimK: i32, m: usize, inp: usize, out: usize, o0: i32, o1: i32, nr: i32, p: f64, inv: f64, values: usize): i32 {
  halted = false;
  const hw = sizeof<T>() == 4 ? fmaIsFused() : madIsFused();
  const pp = <T>p, ii = <T>inv;
  switch (kind) {
    case 0: return outputsK<T>(0, ndimR, ndimK, m, inp, out, o0, o1, nr, pp, ii, hw, values);
    case 1: return outputsK<T>(1, ndimR, ndimK, m, inp, out, o0, o1, nr, pp, ii, hw, values);
    case 2: return outputsK<T>(2, ndimR, ndimK, m, inp, out, o0, o1, nr, pp, ii, hw, values);
    case 3: return outputsK<T>(3, ndimR, ndimK, m, inp, out, o0, o1, nr, pp, ii, hw, values);
    case 4: return outputsK<T>(4, ndimR, ndimK, m, inp, out, o0, o1, nr, pp, ii, hw, values);
    default: return outputsK<T>(5, ndimR, ndimK, m, inp, out, o0, o1, nr, pp, ii, hw, values);
  }
}

/** normRun with the kind a constant, stored as f64 at dst. */
// @ts-ignore: decorator
@inline function rangeK<T>(kind: i32, ndimR: i32, m: usize, base: usize, begin: i32, end: i32, p: T, hw: bool, dst: usize, values: usize): i32 {
  const init: T = kind == 4 ? <T>Infinity : 0;
  const acc = normRun<T>(kind, ndimR, m, base, begin, end, init, p, hw, values);
  if (halted) return INTERRUPTED;
  store<f64>(dst, <f64>acc);
  return 0;
}

/** One thread's chunk [begin, end) of the reduced elements of a norm to one element: its accumulator as f64 at dst. */
export function normChunkT<T>(kind: i32, ndimR: i32, m: usize, base: usize, begin: i32, end: i32, p: f64, dst: usize, values: usize): i32 {
  halted = false;
  const hw = sizeof<T>() == 4 ? fmaIsFused() : madIsFused();
  const pp = <T>p;
  switch (kind) {
    case 0: return rangeK<T>(0, ndimR, m, base, begin, end, pp, hw, dst, values);
    case 1: return rangeK<T>(1, ndimR, m, base, begin, end, pp, hw, dst, values);
    case 2: return rangeK<T>(2, ndimR, m, base, begin, end, pp, hw, dst, values);
    case 3: return rangeK<T>(3, ndimR, m, base, begin, end, pp, hw, dst, values);
    case 4: return rangeK<T>(4, ndimR, m, base, begin, end, pp, hw, dst, values);
    default: return rangeK<T>(5, ndimR, m, base, begin, end, pp, hw, dst, values);
  }
}
