// Float sums (and nansum) in PyTorch 1.13's order, bit for bit: the algorithm of ATen's cascade_sum
// (aten/src/ATen/native/cpu/SumKernel.cpp, BSD-3), written anew here, driven over TensorIterator's dims like
// at::internal::serial_for_each. Additions are in the element type (float32 adds in float32, as ATen's
// acc_type<float, /*is_cuda=*/true>), grouped as ATen groups them:
// - multi_row_sum: nrows sums side by side over `size` rows, in 4 levels of accumulators; every level_step rows
//   level 0 is added into level 1, every level_step² rows level 1 into level 2, and so on (a cascade, so only
//   partial sums of similar size are added); at the end acc0 += acc1, += acc2, += acc3;
// - row_sum: a run of `size` read as a [size / 4, 4] block (four interleaved multi-row sums), the leftover
//   elements added to the first, then the four added in order;
// - the 2-d loop: the reduced dim first; contiguous rows in Vectorized<T> lanes (vectorized_inner_sum),
//   contiguous columns four Vecs at a time (vectorized_outer_sum), else scalar multi-row / row sums; each result
//   is added into the output (which starts at 0), so partial sums of one output from several loop calls meet
//   there in float.
// PyTorch's Debian build runs the AVX2 kernel: a Vectorized<T> is 32 bytes, 8 float or 4 double lanes, and its
// adds are lane-wise, so two v128 adds per Vec give the same bits (no fused or reassociated ops).
import { interrupted } from './host';

/** Bytes of this instance's scratch (levels 1-3 and results of the multi-row sums). */
export const SUM_SCRATCH_BYTES: usize = 656;
let scratch: usize = memory.data(656, 16);
/** Points this instance's scratch at `p` (SUM_SCRATCH_BYTES; a helper thread's own block, before its first call). */
export function setSumScratch(p: usize): void { scratch = p; }

// Scratch layout (bytes): Vec levels 1-3 (3 × 4 Vecs × 32) at 0, Vec results (4 × 32) at 384, scalar levels 1-3
// (3 × 4 × 8) at 512, scalar results (4 × 8) at 608, park()'s slot at 640.
// @ts-ignore: decorator
@inline const VRES: usize = 384;
// @ts-ignore: decorator
@inline const SLVL: usize = 512;
// @ts-ignore: decorator
@inline const SRES: usize = 608;
// @ts-ignore: decorator
@inline const PARK: usize = 640;   // park()'s slot (16 bytes)

/**
 * Stores a Vec half to the scratch's parking slot. Called mid-way through each row of the 8-accumulator loops: V8
 * otherwise schedules all eight loads of a row before its adds, which needs 16 registers, and spills one
 * accumulator through the stack on every row (a store-to-load chain); the store pins the first four adds before the
 * next four loads. In-cache sums ran 25% faster (262,144 floats: 13 -> 10 us); the stored value is never read.
 */
// @ts-ignore: decorator
@inline function park(v: v128): void { v128.store(scratch, v, PARK); }

/** Set when the interrupt flag stopped a sum (the output is then partial). */
let halted = false;
let polls = 0;
// @ts-ignore: decorator
@inline function poll(): bool {
  if ((++polls & 255) == 0 && interrupted()) halted = true;
  return halted;
}

// @ts-ignore: decorator
@inline function vadd<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.add(a, b) : f64x2.add(a, b); }
// Which sum a function computes is its type parameter N, so that the loops carry no flag: u8 the sum, u16 nansum.
// @ts-ignore: decorator
@inline function isNanSum<N>(): bool { return sizeof<N>() == 2; }
/** NaN lanes of v as +0 for nansum (the lanes where v == v stay). */
// @ts-ignore: decorator
@inline function vnan<T, N>(v: v128): v128 {
  if (!isNanSum<N>()) return v;
  return v128.and(v, sizeof<T>() == 4 ? f32x4.eq(v, v) : f64x2.eq(v, v));
}
/** A v128 of T at p (NaN lanes as 0 for nansum). */
// @ts-ignore: decorator
@inline function vld<T, N>(p: usize): v128 { return vnan<T, N>(v128.load(p)); }
// @ts-ignore: decorator
@inline function sld<T, N>(p: usize): T {
  const v = load<T>(p);
  return isNanSum<N>() && isNaN(v) ? <T>0 : v;
}

/** ATen's level_power: max(4, CeilLog2(size) / 4) (CeilLog2(x) = 1 for x ≤ 2). */
// @ts-ignore: decorator
@inline function levelPower(size: i32): i32 {
  const c = size <= 2 ? 1 : 32 - clz<i32>(size - 1);
  return max(4, c / 4);
}

/** Adds the 8 v128 at `from` into those at `to`, and zeroes `from` (one level of the cascade). */
// @ts-ignore: decorator
@inline function carry<T>(to: usize, from: usize): void {
  for (let o: usize = 0; o < 128; o += 16) {
    v128.store(to + o, vadd<T>(v128.load(to + o), v128.load(from + o)));
    v128.store(from + o, i64x2(0, 0));
  }
}

/** Level 1 (at s) += the 8 v128 of level 0. */
// @ts-ignore: decorator
@inline function intoLevel1<T>(s: usize, a0: v128, a1: v128, a2: v128, a3: v128, a4: v128, a5: v128, a6: v128, a7: v128): void {
  v128.store(s, vadd<T>(v128.load(s), a0)); v128.store(s, vadd<T>(v128.load(s, 16), a1), 16);
  v128.store(s, vadd<T>(v128.load(s, 32), a2), 32); v128.store(s, vadd<T>(v128.load(s, 48), a3), 48);
  v128.store(s, vadd<T>(v128.load(s, 64), a4), 64); v128.store(s, vadd<T>(v128.load(s, 80), a5), 80);
  v128.store(s, vadd<T>(v128.load(s, 96), a6), 96); v128.store(s, vadd<T>(v128.load(s, 112), a7), 112);
}
/** After `i` rows, the carries of the upper levels (1 into 2 every level_step² rows, 2 into 3 every level_step³). */
// @ts-ignore: decorator
@inline function carryUp<T>(s: usize, i: i32, power: i32, mask: i32): void {
  if ((i & (mask << power)) != 0) return;
  carry<T>(s + 128, s);
  if ((i & (mask << (2 * power))) != 0) return;
  carry<T>(s + 256, s + 128);
}
/** acc0 (given) += acc1, += acc2, += acc3; the 4 sums go to the scratch's Vec results. */
// @ts-ignore: decorator
@inline function finish<T>(s: usize, a0: v128, a1: v128, a2: v128, a3: v128, a4: v128, a5: v128, a6: v128, a7: v128): void {
  for (let l: usize = 0; l < 384; l += 128) {
    a0 = vadd<T>(a0, v128.load(s + l)); a1 = vadd<T>(a1, v128.load(s + l, 16));
    a2 = vadd<T>(a2, v128.load(s + l, 32)); a3 = vadd<T>(a3, v128.load(s + l, 48));
    a4 = vadd<T>(a4, v128.load(s + l, 64)); a5 = vadd<T>(a5, v128.load(s + l, 80));
    a6 = vadd<T>(a6, v128.load(s + l, 96)); a7 = vadd<T>(a7, v128.load(s + l, 112));
  }
  const r = s + VRES;
  v128.store(r, a0); v128.store(r, a1, 16); v128.store(r, a2, 32); v128.store(r, a3, 48);
  v128.store(r, a4, 64); v128.store(r, a5, 80); v128.store(r, a6, 96); v128.store(r, a7, 112);
}

/**
 * multi_row_sum over 4 Vecs: Vec k of row i at p + i·rs + k·cs (byte strides), `size` rows; the 4 sums (8 v128)
 * go to the scratch's Vec results.
 */
function multiRowVec<T, N>(p: usize, rs: usize, cs: usize, size: i32): void {
  if (rs == 128 && cs == 32) { multiRowDense<T, N>(p, size); return; }
  const power = levelPower(size), step = 1 << power, mask = step - 1;
  const s = scratch;
  for (let o: usize = 0; o < VRES; o += 16) v128.store(s + o, i64x2(0, 0));
  const z = i64x2(0, 0);
  let a0 = z, a1 = z, a2 = z, a3 = z, a4 = z, a5 = z, a6 = z, a7 = z;
  const c2 = cs << 1, c3 = cs * 3;
  let i = 0;
  while (i + step <= size) {
    let q = p + <usize>i * rs;
    for (let j = 0; j < step; j++) {
      a0 = vadd<T>(a0, vld<T, N>(q)); a1 = vadd<T>(a1, vld<T, N>(q + 16));
      a2 = vadd<T>(a2, vld<T, N>(q + cs)); a3 = vadd<T>(a3, vld<T, N>(q + cs + 16));
      park(a3);
      a4 = vadd<T>(a4, vld<T, N>(q + c2)); a5 = vadd<T>(a5, vld<T, N>(q + c2 + 16));
      a6 = vadd<T>(a6, vld<T, N>(q + c3)); a7 = vadd<T>(a7, vld<T, N>(q + c3 + 16));
      q += rs;
    }
    i += step;
    intoLevel1<T>(s, a0, a1, a2, a3, a4, a5, a6, a7);
    a0 = z; a1 = z; a2 = z; a3 = z; a4 = z; a5 = z; a6 = z; a7 = z;
    if (poll()) return;
    carryUp<T>(s, i, power, mask);
  }
  for (; i < size; i++) {
    const q = p + <usize>i * rs;
    a0 = vadd<T>(a0, vld<T, N>(q)); a1 = vadd<T>(a1, vld<T, N>(q + 16));
    a2 = vadd<T>(a2, vld<T, N>(q + cs)); a3 = vadd<T>(a3, vld<T, N>(q + cs + 16));
    a4 = vadd<T>(a4, vld<T, N>(q + c2)); a5 = vadd<T>(a5, vld<T, N>(q + c2 + 16));
    a6 = vadd<T>(a6, vld<T, N>(q + c3)); a7 = vadd<T>(a7, vld<T, N>(q + c3 + 16));
  }
  finish<T>(s, a0, a1, a2, a3, a4, a5, a6, a7);
}

/**
 * multiRowDense of at most level_step rows: level 0 alone. (The cascade's carries then move the block's sum
 * unchanged into levels 1-3, and finish adds their zeros back: x + 0 = x for every sum that starts from +0, which
 * is never -0.) Rows of up to 64 Vecs (512 floats, `x.sum(1)` of a 512-wide tensor) skip that bookkeeping.
 */
function oneBlockDense<T, N>(q: usize, size: i32): void {
  const z = i64x2(0, 0);
  let a0 = z, a1 = z, a2 = z, a3 = z, a4 = z, a5 = z, a6 = z, a7 = z;
  const end = q + (<usize>size << 7);
  while (q < end) {
    a0 = vadd<T>(a0, vnan<T, N>(v128.load(q))); a1 = vadd<T>(a1, vnan<T, N>(v128.load(q, 16)));
    a2 = vadd<T>(a2, vnan<T, N>(v128.load(q, 32))); a3 = vadd<T>(a3, vnan<T, N>(v128.load(q, 48)));
    park(a3);
    a4 = vadd<T>(a4, vnan<T, N>(v128.load(q, 64))); a5 = vadd<T>(a5, vnan<T, N>(v128.load(q, 80)));
    a6 = vadd<T>(a6, vnan<T, N>(v128.load(q, 96))); a7 = vadd<T>(a7, vnan<T, N>(v128.load(q, 112)));
    q += 128;
  }
  const r = scratch + VRES;
  v128.store(r, a0); v128.store(r, a1, 16); v128.store(r, a2, 32); v128.store(r, a3, 48);
  v128.store(r, a4, 64); v128.store(r, a5, 80); v128.store(r, a6, 96); v128.store(r, a7, 112);
}

/**
 * multiRowVec over dense rows of 4 Vecs (a contiguous run read as [size, 4] Vecs): constant load offsets, one
 * stream through memory. (Walking four level-2 groups side by side as four streams was faster on a DRAM-bound
 * machine, but on a Zen 5 with a 32 MiB L3 it took 1.14 ms for 1e7 floats against this walk's 0.99 ms: its 32
 * accumulators spill, and one stream already runs near what 16-byte loads can stream there.)
 */
function multiRowDense<T, N>(p: usize, size: i32): void {
  const power = levelPower(size), step = 1 << power, mask = step - 1;
  const s = scratch;
  if (size <= step) { oneBlockDense<T, N>(p, size); return; }
  for (let o: usize = 0; o < VRES; o += 16) v128.store(s + o, i64x2(0, 0));
  const z = i64x2(0, 0);
  let a0 = z, a1 = z, a2 = z, a3 = z, a4 = z, a5 = z, a6 = z, a7 = z;
  let i = 0;
  let q = p;
  while (i + step <= size) {
    const end = q + (<usize>step << 7);
    do {
      a0 = vadd<T>(a0, vnan<T, N>(v128.load(q))); a1 = vadd<T>(a1, vnan<T, N>(v128.load(q, 16)));
      a2 = vadd<T>(a2, vnan<T, N>(v128.load(q, 32))); a3 = vadd<T>(a3, vnan<T, N>(v128.load(q, 48)));
      park(a3);
      a4 = vadd<T>(a4, vnan<T, N>(v128.load(q, 64))); a5 = vadd<T>(a5, vnan<T, N>(v128.load(q, 80)));
      a6 = vadd<T>(a6, vnan<T, N>(v128.load(q, 96))); a7 = vadd<T>(a7, vnan<T, N>(v128.load(q, 112)));
      q += 128;
    } while (q < end);
    i += step;
    intoLevel1<T>(s, a0, a1, a2, a3, a4, a5, a6, a7);
    a0 = z; a1 = z; a2 = z; a3 = z; a4 = z; a5 = z; a6 = z; a7 = z;
    if (poll()) return;
    carryUp<T>(s, i, power, mask);
  }
  for (; i < size; i++) {
    a0 = vadd<T>(a0, vnan<T, N>(v128.load(q))); a1 = vadd<T>(a1, vnan<T, N>(v128.load(q, 16)));
    a2 = vadd<T>(a2, vnan<T, N>(v128.load(q, 32))); a3 = vadd<T>(a3, vnan<T, N>(v128.load(q, 48)));
    a4 = vadd<T>(a4, vnan<T, N>(v128.load(q, 64))); a5 = vadd<T>(a5, vnan<T, N>(v128.load(q, 80)));
    a6 = vadd<T>(a6, vnan<T, N>(v128.load(q, 96))); a7 = vadd<T>(a7, vnan<T, N>(v128.load(q, 112)));
    q += 128;
  }
  finish<T>(s, a0, a1, a2, a3, a4, a5, a6, a7);
}

/** multi_row_sum over 4 scalars: element k of row i at p + i·rs + k·cs; the 4 sums go to the scalar results. */
function multiRowScalar<T, N>(p: usize, rs: usize, cs: usize, size: i32): void {
  const power = levelPower(size), step = 1 << power, mask = step - 1;
  const sz = <usize>sizeof<T>();
  const s = scratch + SLVL;
  for (let o: usize = 0; o < 12; o++) store<T>(s + o * sz, 0);
  let a0: T = 0, a1: T = 0, a2: T = 0, a3: T = 0;
  const c2 = cs << 1, c3 = cs * 3;
  let i = 0;
  while (i + step <= size) {
    let q = p + <usize>i * rs;
    for (let j = 0; j < step; j++) {
      a0 += sld<T, N>(q); a1 += sld<T, N>(q + cs); a2 += sld<T, N>(q + c2); a3 += sld<T, N>(q + c3);
      q += rs;
    }
    i += step;
    store<T>(s, load<T>(s) + a0); store<T>(s + sz, load<T>(s + sz) + a1);
    store<T>(s + 2 * sz, load<T>(s + 2 * sz) + a2); store<T>(s + 3 * sz, load<T>(s + 3 * sz) + a3);
    a0 = 0; a1 = 0; a2 = 0; a3 = 0;
    if (poll()) return;
    for (let lv: usize = 1; lv < 3; lv++) {
      if ((i & (mask << (<i32>lv * power))) != 0) break;
      const to = s + lv * 4 * sz, from = to - 4 * sz;
      for (let k: usize = 0; k < 4; k++) { store<T>(to + k * sz, load<T>(to + k * sz) + load<T>(from + k * sz)); store<T>(from + k * sz, 0); }
    }
  }
  for (; i < size; i++) {
    const q = p + <usize>i * rs;
    a0 += sld<T, N>(q); a1 += sld<T, N>(q + cs); a2 += sld<T, N>(q + c2); a3 += sld<T, N>(q + c3);
  }
  for (let l: usize = 0; l < 3; l++) {
    const b = s + l * 4 * sz;
    a0 += load<T>(b); a1 += load<T>(b + sz); a2 += load<T>(b + 2 * sz); a3 += load<T>(b + 3 * sz);
  }
  const r = scratch + SRES;
  store<T>(r, a0); store<T>(r + sz, a1); store<T>(r + 2 * sz, a2); store<T>(r + 3 * sz, a3);
}

/** row_sum of `size` Vecs at p + i·stride: the Vec sum goes to the scratch's first Vec result. */
function rowSumVec<T, N>(p: usize, stride: usize, size: i32): void {
  const ilp = size >> 2;
  multiRowVec<T, N>(p, stride << 2, stride, ilp);
  const r = scratch + VRES;
  let x0 = v128.load(r), x1 = v128.load(r, 16);
  for (let i = ilp << 2; i < size; i++) {
    const q = p + <usize>i * stride;
    x0 = vadd<T>(x0, vld<T, N>(q)); x1 = vadd<T>(x1, vld<T, N>(q + 16));
  }
  x0 = vadd<T>(x0, v128.load(r, 32)); x1 = vadd<T>(x1, v128.load(r, 48));
  x0 = vadd<T>(x0, v128.load(r, 64)); x1 = vadd<T>(x1, v128.load(r, 80));
  x0 = vadd<T>(x0, v128.load(r, 96)); x1 = vadd<T>(x1, v128.load(r, 112));
  v128.store(r, x0); v128.store(r, x1, 16);
}

/** row_sum of `size` elements at p + i·stride. */
function rowSumScalar<T, N>(p: usize, stride: usize, size: i32): T {
  const ilp = size >> 2;
  multiRowScalar<T, N>(p, stride << 2, stride, ilp);
  const sz = <usize>sizeof<T>();
  const r = scratch + SRES;
  let x = load<T>(r);
  for (let i = ilp << 2; i < size; i++) x += sld<T, N>(p + <usize>i * stride);
  x += load<T>(r + sz); x += load<T>(r + 2 * sz); x += load<T>(r + 3 * sz);
  return x;
}

/** Byte offset of element i at byte stride s. */
// @ts-ignore: decorator
@inline function at(i: i32, s: isize): usize { return <usize>(<isize>i * s); }

// @ts-ignore: decorator
@inline function addTo<T>(p: usize, v: T): void { store<T>(p, load<T>(p) + v); }

/** Adds the lanes of Vec result `k` (4 Vecs at the scratch's results) to out at o + l·os, lane l. */
// @ts-ignore: decorator
@inline function addLanes<T>(k: usize, o: usize, os: usize): void {
  const L = <usize>(32 / sizeof<T>()), r = scratch + VRES + k * 32;
  for (let l: usize = 0; l < L; l++) addTo<T>(o + l * os, load<T>(r + l * <usize>sizeof<T>()));
}

/**
 * The 2-d loop of cascade_sum: size0 × size1 elements, byte strides (os0, is0) along dim 0 and (os1, is1) along
 * dim 1 for the output and the input. The reduced dim goes first; a loop where neither dim is reduced adds the
 * input into the output element by element.
 */
function sumLoop<T, N>(out: usize, inp: usize, os0: isize, is0: isize, os1: isize, is1: isize, size0: i32, size1: i32): void {
  const sz = <isize>sizeof<T>();
  const L = 32 / <i32>sz;
  if (os0 != 0 && os1 == 0) {
    let t = os0; os0 = os1; os1 = t;
    t = is0; is0 = is1; is1 = t;
    const u = size0; size0 = size1; size1 = u;
  }
  if (os0 != 0 && os1 != 0) {
    for (let j = 0; j < size1; j++) {
      let o = out + at(j, os1), q = inp + at(j, is1);
      for (let i = 0; i < size0; i++) {
        let a = load<T>(o), b = load<T>(q);
        if (isNanSum<N>()) { if (isNaN(a)) a = 0; if (isNaN(b)) b = 0; }
        store<T>(o, a + b);
        o += os0; q += is0;
      }
    }
    return;
  }
  if (is0 == sz && size0 >= L) {
    // contiguous rows: Vecs of each row as a row sum, then the leftover elements, then the lanes in order
    const vecs = size0 / L;
    for (let j = 0; j < size1; j++) {
      const row = inp + at(j, is1);
      rowSumVec<T, N>(row, 32, vecs);
      if (halted) return;
      let f: T = 0;
      for (let k = vecs * L; k < size0; k++) f += sld<T, N>(row + at(k, sz));
      const r = scratch + VRES;
      for (let l = 0; l < L; l++) f += load<T>(r + at(l, sz));
      addTo<T>(out + at(j, os1), f);
    }
  } else if (is1 == sz && size1 >= L) {
    // contiguous columns: 4 Vecs of columns side by side, then single Vecs, then single columns
    let j = 0;
    for (; j + 4 * L <= size1; j += 4 * L) {
      multiRowVec<T, N>(inp + at(j, sz), <usize>is0, 32, size0);
      if (halted) return;
      for (let k: usize = 0; k < 4; k++) addLanes<T>(k, out + at(j + <i32>k * L, os1), <usize>os1);
    }
    for (; j + L <= size1; j += L) {
      rowSumVec<T, N>(inp + at(j, sz), <usize>is0, size0);
      if (halted) return;
      addLanes<T>(0, out + at(j, os1), <usize>os1);
    }
    for (; j < size1; j++) addTo<T>(out + at(j, os1), rowSumScalar<T, N>(inp + at(j, sz), <usize>is0, size0));
  } else if (is0 < is1) {
    for (let j = 0; j < size1; j++) {
      addTo<T>(out + at(j, os1), rowSumScalar<T, N>(inp + at(j, is1), <usize>is0, size0));
      if (halted) return;
    }
  } else {
    let j = 0;
    for (; j + 3 < size1; j += 4) {
      multiRowScalar<T, N>(inp + at(j, is1), <usize>is0, <usize>is1, size0);
      if (halted) return;
      const r = scratch + SRES;
      for (let k = 0; k < 4; k++) addTo<T>(out + at(j + k, os1), load<T>(r + at(k, sz)));
    }
    for (; j < size1; j++) addTo<T>(out + at(j, os1), rowSumScalar<T, N>(inp + at(j, is1), <usize>is0, size0));
  }
}

// @ts-ignore: decorator
@inline function metaAt(m: usize, i: i32): i32 { return load<i32>(m + (<usize>i << 2)); }

/** at::internal::DimCounter over the sizes shape[0..ndim) at meta `m` (dim 0 fastest): its place at element `begin`. */
// @ts-ignore: decorator
@inline export function dimCounterStart(ndim: i32, m: usize, begin: i32, values: usize): void {
  let lin = begin;
  for (let d = 0; d < ndim; d++) {
    const n = metaAt(m, d);
    let v = 0;
    if (n > 0) { v = lin % n; lin = lin / n; }
    store<i32>(values + (<usize>d << 2), v);
  }
}
/** DimCounter::increment by a 2-d step: step0 elements along dim 0, or step1 whole rows of it. */
// @ts-ignore: decorator
@inline export function dimCounterIncrement(ndim: i32, m: usize, values: usize, step0: i32, step1: i32): void {
  let overflow = step0, d = 0;
  if (step1 != 1) { d = 1; overflow = step1; }
  for (; d < ndim && overflow > 0; d++) {
    const n = metaAt(m, d);
    let v = load<i32>(values + (<usize>d << 2)) + overflow;
    if (v >= n) { overflow = 1; v -= n; } else overflow = 0;
    store<i32>(values + (<usize>d << 2), v);
  }
}

/**
 * serial_for_each over elements [begin, end) of a reduction iterator: meta holds shape[ndim] (dim 0 fastest), the
 * output's element strides[ndim] and the input's. Calls the 2-d loop on the largest steps the range allows (whole
 * dim-0 runs, and whole dim-1 blocks of them). `values` (ndim i32): the walk's counters. Returns true when the
 * interrupt flag stopped it.
 */
export function sumRange<T, N>(ndim: i32, m: usize, out: usize, inp: usize, begin: i32, end: i32, values: usize): bool {
  // A pending interrupt stops a long sum before its first element (small ones never look at the flag).
  halted = end - begin >= 1 << 16 && interrupted() != 0;
  if (halted) return true;
  const sz = <isize>sizeof<T>();
  if (ndim == 0) { sumLoop<T, N>(out, inp, 0, 0, 0, 0, 1, 1); return halted; }
  const os0 = <isize>metaAt(m, ndim) * sz, is0 = <isize>metaAt(m, 2 * ndim) * sz;
  if (ndim == 1) {
    sumLoop<T, N>(out + at(begin, os0), inp + at(begin, is0), os0, is0, 0, 0, end - begin, 1);
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
    sumLoop<T, N>(po, pi, os0, is0, os1, is1, step0, step1);
    if (halted) return true;
    offset += step0 * step1;
    dimCounterIncrement(ndim, m, values, step0, step1);
  }
  return halted;
}
