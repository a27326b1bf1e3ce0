// float32 exp for f32x4, the algorithm of PyTorch's vectorised CPU exp (Sleef_expf8_u10, ≤ 1 ulp): q = rint(x·log2e),
// s = x - q·ln2 (two FMAs, Cody–Waite), a degree-6 polynomial in s, then ·2^q. With FMA (the relaxed build on a CPU
// with FMA) every step rounds as Sleef's AVX2 code does, so results are bit-identical to PyTorch's; the plain build
// evaluates each multiply-add exactly in float64 and rounds once, to the same bits (test/unit/exp-check.ts sweeps
// both builds). Used by torch.exp on float32 runs
// (simd.ts) and by the fused softmax / log_softmax rows (reduce.ts), with Sleef's logf for log_softmax.
//
import { Emulated, fma } from './sleef';

// The constants are loaded from a table rather than written as v128.const: V8 rebuilds each v128.const in a loop.
const EXP_C: usize = memory.data<f32>([   // each constant 4 times (one v128 load)
  1.44269504088896340736, 1.44269504088896340736, 1.44269504088896340736, 1.44269504088896340736,   // 0: R_LN2f
  -0.693145751953125, -0.693145751953125, -0.693145751953125, -0.693145751953125,   // 1: -L2Uf (q·L2Uf is exact)
  -1.428606765330187045e-6, -1.428606765330187045e-6, -1.428606765330187045e-6, -1.428606765330187045e-6,   // 2: -L2Lf
  1.98527617612853646278381e-4, 1.98527617612853646278381e-4, 1.98527617612853646278381e-4, 1.98527617612853646278381e-4,
  1.39304355252534151077271e-3, 1.39304355252534151077271e-3, 1.39304355252534151077271e-3, 1.39304355252534151077271e-3,
  8.33336077630519866943359e-3, 8.33336077630519866943359e-3, 8.33336077630519866943359e-3, 8.33336077630519866943359e-3,
  4.16664853692054748535156e-2, 4.16664853692054748535156e-2, 4.16664853692054748535156e-2, 4.16664853692054748535156e-2,
  0.166666671633720397949219, 0.166666671633720397949219, 0.166666671633720397949219, 0.166666671633720397949219,
  0.5, 0.5, 0.5, 0.5,                           // 3..8: Sleef's polynomial
  1, 1, 1, 1,                                   // 9
  12582912, 12582912, 12582912, 12582912,       // 10: 1.5·2^23: q + this has q in its low mantissa bits
  -86.5, -86.5, -86.5, -86.5,                   // 11: fast path from here (q ≥ -125: a normal result)
  88, 88, 88, 88,                               // 12: fast path up to here (q ≤ 127)
  -104, -104, -104, -104,                       // 13: below: 0 (Sleef)
  100, 100, 100, 100,                           // 14: above: +inf (Sleef)
  Infinity, Infinity, Infinity, Infinity,       // 15
  1.000244140625, 1.000244140625, 1.000244140625, 1.000244140625,   // 16: 1 + 2^-12 (FMA probe, see logF32)
  -1.00048828125, -1.00048828125, -1.00048828125, -1.00048828125,   // 17: -(1 + 2^-11)
], 16);
// @ts-ignore: decorator
@inline function c4(i: i32): v128 { return v128.load(EXP_C + (<usize>i << 4)); }
/**
 * a·b + c: one FMA in the relaxed build (Sleef's vmla on AVX2); in the plain build the exact product plus c in
 * float64, rounded to float32 (sleef.ts's Emulated fma), so both builds give Sleef's bits.
 */
// @ts-ignore: decorator
@inline function fma4(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  return fma<Emulated>(a, b, c);
}
/** exp(s) / 2^q ∈ [0.7, 1.42] for s = x - q·ln2 (the polynomial part). kb = q + 1.5·2^23 (q in the low bits). */
// @ts-ignore: decorator
@inline function expCore(x: v128, kb: v128): v128 {
  const q = f32x4.sub(kb, c4(10));
  let s = fma4(q, c4(1), x);
  s = fma4(q, c4(2), s);
  let u = fma4(c4(3), s, c4(4));
  u = fma4(u, s, c4(5));
  u = fma4(u, s, c4(6));
  u = fma4(u, s, c4(7));
  u = fma4(u, s, c4(8));
  return f32x4.add(c4(9), fma4(f32x4.mul(s, s), u, s));
}
// @ts-ignore: decorator
@inline function rintBiased(x: v128): v128 {   // rint(x·log2e) + 1.5·2^23 (mul, then add: rounds as Sleef's cvtps)
  return f32x4.add(f32x4.mul(x, c4(0)), c4(10));
}
/** exp for lanes in [-86.5, 88]: the result is normal, so ·2^q is an add to the exponent bits. */
// @ts-ignore: decorator
@inline function expFast(x: v128): v128 {
  const kb = rintBiased(x);
  return i32x4.add(expCore(x, kb), i32x4.shl(kb, 23));   // (q + 1.5·2^23 bits) << 23 == q << 23
}
/** exp for any lanes, as Sleef: ·2^(q>>1)·2^(q-(q>>1)) (one rounding into subnormals), x < -104 → 0, x > 100 → inf, NaN → NaN. */
export function expFull(x: v128): v128 {
  // Lanes below -104 or above 100 compute exp(0) instead and are replaced at the end: the clamped -104 would
  // underflow into subnormals, which costs x86 a microcode assist per lane (softmax's -inf entries, the padding).
  const under = f32x4.lt(x, c4(13)), over = f32x4.lt(c4(14), x);
  const xc = v128.andnot(x, v128.or(under, over));
  const kb = rintBiased(xc);
  const u = expCore(xc, kb);
  const q = i32x4.sub(kb, i32x4.splat(0x4B400000));
  const q1 = i32x4.shr_s(q, 1), q2 = i32x4.sub(q, q1);
  const bias = i32x4.splat(127);
  let r = f32x4.mul(f32x4.mul(u, i32x4.shl(i32x4.add(q1, bias), 23)), i32x4.shl(i32x4.add(q2, bias), 23));
  r = v128.bitselect(c4(15), v128.andnot(r, under), over);
  return v128.or(r, f32x4.ne(x, x));
}

/**
 * q[0..16) = exp(p[0..16) - shift) (unary: exp(p[0..16)), no shift) with four fast polynomials side by side when
 * every lane is in the fast range (one check per 16); false, with nothing stored, when some lane is not.
 */
// @ts-ignore: decorator
@inline function exp16(p: usize, q: usize, shift: v128, unary: bool): bool {
  let x0 = v128.load(p), x1 = v128.load(p, 16), x2 = v128.load(p, 32), x3 = v128.load(p, 48);
  if (unary) {
    // |x| ≤ 86.5 in all lanes: the largest |x| by its bits (unsigned: NaN bits beat every number); (86.5, 88] is
    // rare enough for the general block.
    const abs = i32x4.splat(0x7FFFFFFF);
    const m = i32x4.max_u(i32x4.max_u(v128.and(x0, abs), v128.and(x1, abs)), i32x4.max_u(v128.and(x2, abs), v128.and(x3, abs)));
    if (v128.any_true(i32x4.gt_u(m, i32x4.splat(0x42AD0000)))) return false;   // 0x42AD0000: 86.5
  } else {
    x0 = f32x4.sub(x0, shift); x1 = f32x4.sub(x1, shift); x2 = f32x4.sub(x2, shift); x3 = f32x4.sub(x3, shift);
    const lo = c4(11);   // after the shift by the max only the low end can fail (and NaN, which fails compares)
    const ok = v128.and(v128.and(f32x4.ge(x0, lo), f32x4.ge(x1, lo)), v128.and(f32x4.ge(x2, lo), f32x4.ge(x3, lo)));
    if (i32x4.bitmask(ok) != 15) return false;
  }
  const e0 = expFast(x0), e1 = expFast(x1), e2 = expFast(x2), e3 = expFast(x3);
  v128.store(q, e0); v128.store(q, e1, 16); v128.store(q, e2, 32); v128.store(q, e3, 48);
  return true;
}
/** The general block (out of the loops, so that its code does not slow theirs down). */
// @ts-ignore: decorator
@noinline function exp16Full(p: usize, q: usize, shift: f32): void {
  const sh = f32x4.splat(shift);
  for (let o: usize = 0; o < 64; o += 16) v128.store(q + o, expFull(f32x4.sub(v128.load(p + o), sh)));
}

/** The first n < 4 floats at p, other lanes -inf (exp: +0). No scratch memory: helper threads would share it. */
// @ts-ignore: decorator
@inline function loadPart(p: usize, n: i32): v128 {
  let v = f32x4.splat(-Infinity);
  if (n > 0) v = f32x4.replace_lane(v, 0, load<f32>(p));
  if (n > 1) v = f32x4.replace_lane(v, 1, load<f32>(p, 4));
  if (n > 2) v = f32x4.replace_lane(v, 2, load<f32>(p, 8));
  if (n > 3) v = f32x4.replace_lane(v, 3, load<f32>(p, 12));
  return v;
}
/** The first n < 4 lanes of v to q. */
// @ts-ignore: decorator
@inline function storePart(q: usize, v: v128, n: i32): void {
  if (n > 0) store<f32>(q, f32x4.extract_lane(v, 0));
  if (n > 1) store<f32>(q, f32x4.extract_lane(v, 1), 4);
  if (n > 2) store<f32>(q, f32x4.extract_lane(v, 2), 8);
  if (n > 3) store<f32>(q, f32x4.extract_lane(v, 3), 12);
}
/** torch.exp of n contiguous float32s: the same values as PyTorch's vectorised loop, tail included. */
export function expRunF32(n: i32, p: usize, q: usize): void {
  const zero = f32x4.splat(0);   // (unused by the unary exp16)
  let i = 0;
  while (i + 16 <= n) {
    for (; i + 32 <= n; i += 32) {   // 32 a step: 1.05-1.15x over 16 a step (loop overhead, scheduling)
      if (!exp16(p + (<usize>i << 2), q + (<usize>i << 2), zero, true)) break;
      if (!exp16(p + (<usize>i << 2) + 64, q + (<usize>i << 2) + 64, zero, true)) { i += 16; break; }
    }
    for (; i + 16 <= n; i += 16) if (!exp16(p + (<usize>i << 2), q + (<usize>i << 2), zero, true)) break;
    if (i + 16 > n) break;
    exp16Full(p + (<usize>i << 2), q + (<usize>i << 2), 0);
    i += 16;
  }
  for (let j = i; j < n; j += 4) {   // the last n - i < 16, 4 lanes at a time, so they round as the rest
    const o = <usize>j << 2, r = n - j;
    const e = expFull(r >= 4 ? v128.load(p + o) : loadPart(p + o, r));
    if (r >= 4) v128.store(q + o, e); else storePart(q + o, e, r);
  }
}

/**
 * q[i] = exp(p[i] - shift) for n contiguous floats; returns their float32 sum added in PyTorch's order (AVX2
 * vec::reduce_all / map_reduce_all: 8 lane-wise running sums, a leftover element k joining lane k % 8, then
 * ((l0+l4)+(l2+l6)) + ((l1+l5)+(l3+l7)); fewer than 8 elements are added in order).
 * Also the max of the next row's n floats at pn (its first reads overlap this row's exp; a NaN there may be skipped,
 * see softmaxRows). Returns the sum's bits in the high half, the next max's bits in the low half.
 */
export function expShiftF32(n: i32, p: usize, q: usize, shift: f32, pn: usize): u64 {
  const sh = f32x4.splat(shift);
  let a = f32x4.splat(0), b = a;
  let m0 = f32x4.splat(-Infinity), m1 = m0, m2 = m0, m3 = m0;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const o = <usize>i << 2;
    m0 = f32x4.pmax(m0, v128.load(pn + o)); m1 = f32x4.pmax(m1, v128.load(pn + o, 16));
    m2 = f32x4.pmax(m2, v128.load(pn + o, 32)); m3 = f32x4.pmax(m3, v128.load(pn + o, 48));
    if (!exp16(p + o, q + o, sh, false)) exp16Full(p + o, q + o, shift);
    a = f32x4.add(f32x4.add(a, v128.load(q + o)), v128.load(q + o, 32));
    b = f32x4.add(f32x4.add(b, v128.load(q + o, 16)), v128.load(q + o, 48));
  }
  for (let j = i; j < n; j += 4) {   // the last n - i < 16 elements, 4 lanes at a time (lanes past n: -inf, exp +0)
    const o = <usize>j << 2, r = n - j;
    m0 = f32x4.pmax(m0, r >= 4 ? v128.load(pn + o) : loadPart(pn + o, r));
    const e = expFull(f32x4.sub(r >= 4 ? v128.load(p + o) : loadPart(p + o, r), sh));
    if (r >= 4) v128.store(q + o, e); else storePart(q + o, e, r);
    if (((j - i) & 4) == 0) a = f32x4.add(a, e); else b = f32x4.add(b, e);   // lanes k % 8, as in the loop
  }
  const m = f32x4.pmax(f32x4.pmax(m0, m1), f32x4.pmax(m2, m3));
  const next = max<f32>(max<f32>(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), max<f32>(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  let sum: f32;
  if (n < 8) {   // PyTorch adds fewer than 8 in order
    sum = load<f32>(q);
    for (let k = 1; k < n; k++) sum += load<f32>(q + (<usize>k << 2));
  } else {
    const v = f32x4.add(a, b);                                  // (l0+l4, l1+l5, l2+l6, l3+l7)
    const w = f32x4.add(v, i32x4.shuffle(v, v, 2, 3, 0, 1));
    sum = f32x4.extract_lane(w, 0) + f32x4.extract_lane(w, 1);
  }
  return (<u64>reinterpret<u32>(sum) << 32) | <u64>reinterpret<u32>(next);
}

// @ts-ignore: decorator
@inline function fmaR(a: v128, b: v128, c: v128): v128 {   // a·b + c rounded once: hardware FMA, else emulated
  if (ASC_FEATURE_RELAXED_SIMD) { if (fmaProbe == 1) return f32x4.relaxed_madd(a, b, c); }
  return fma<Emulated>(a, b, c);
}
/**
 * log of softmax's sum for log_softmax. Relaxed build: the algorithm of PyTorch's vectorised log (Sleef_logf_u10:
 * m·2^e with m in [0.75, 1.5), x = (m-1)/(m+1) and the sum e·ln2 + 2x + x³·P(x²) in double-float arithmetic),
 * with FMAs as Sleef's AVX2 code (the plain build, and a relaxed one without FMA, evaluates them exactly in float64).
 */
let fmaProbe: i32 = 0;   // 1: relaxed_madd is fused on this machine, 2: it is not (a global: one per instance)
export function logF32(d: f32): f32 {
  // (1 + 2^-12)² - (1 + 2^-11) is 2^-24 fused, 0 as mul + add (V8 without FMA): without a fused relaxed_madd (and
  // in the plain build) the multiply-adds are evaluated exactly in float64 instead (fmaR)
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (fmaProbe == 0) fmaProbe = f32x4.extract_lane(f32x4.relaxed_madd(c4(16), c4(16), c4(17)), 0) != 0 ? 1 : 2;
  }
  const tiny = d < 1.17549435e-38;
  let v = f32x4.splat(tiny ? d * 18446744073709551616.0 : d);
  let e = i32x4.sub(v128.and(i32x4.shr_u(f32x4.mul(v, f32x4.splat(<f32>(1.0 / 0.75))), 23), i32x4.splat(0xff)), i32x4.splat(0x7f));
  const m = i32x4.add(v, i32x4.shl(i32x4.neg(e), 23));
  if (tiny) e = i32x4.sub(e, i32x4.splat(64));
  const ef = f32x4.convert_i32x4_s(e);
  const l2u = f32x4.splat(0.69314718246459960938), l2l = f32x4.splat(-1.904654323148236017e-9);
  let sx = f32x4.mul(l2u, ef);
  let sy = fmaR(l2l, ef, fmaR(l2u, ef, f32x4.neg(sx)));                       // dfmul
  const one = f32x4.splat(1), mone = f32x4.splat(-1);
  const nx = f32x4.add(mone, m), nv = f32x4.sub(nx, mone);                       // dfadd2(-1, m)
  const ny = f32x4.add(f32x4.sub(mone, f32x4.sub(nx, nv)), f32x4.sub(m, nv));
  const dx = f32x4.add(one, m), dv = f32x4.sub(dx, one);                         // dfadd2(1, m)
  const dy = f32x4.add(f32x4.sub(one, f32x4.sub(dx, dv)), f32x4.sub(m, dv));
  const t = f32x4.div(one, dx);                                                  // dfdiv(n, d)
  const xx = f32x4.mul(nx, t);
  const u = fmaR(t, nx, f32x4.neg(xx));
  const w = fmaR(f32x4.neg(dy), t, fmaR(f32x4.neg(dx), t, one));
  const xy = fmaR(xx, w, fmaR(ny, t, u));
  const x2 = f32x4.mul(xx, xx);
  let p = fmaR(f32x4.splat(0.3027294874), x2, f32x4.splat(0.3996108174));
  p = fmaR(p, x2, f32x4.splat(0.6666694880));
  const ax = f32x4.mul(xx, f32x4.splat(2)), ay = f32x4.mul(xy, f32x4.splat(2));  // dfadd(s, dfscale(x, 2))
  const s2x = f32x4.add(sx, ax);
  const s2y = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, s2x), ax), sy), ay);
  const z = f32x4.mul(f32x4.mul(x2, xx), p);                                      // dfadd(s, x³·P)
  const s3x = f32x4.add(s2x, z);
  const s3y = f32x4.add(f32x4.add(f32x4.sub(s2x, s3x), z), s2y);
  const r = f32x4.extract_lane(f32x4.add(s3x, s3y), 0);
  if (d == Infinity) return Infinity;
  if (d < 0 || isNaN(d)) return NaN;
  if (d == 0) return -Infinity;
  return r;
}

/**
 * torch.sigmoid of the first n & ~15 of n contiguous float32s as PyTorch's cpu_kernel_vec computes them, 16 at a
 * time: 1 / (exp(0 - x) + 1) with the vectorised exp; returns how many were done (the rest of the run takes the
 * scalar formula 1 / (1 + expf(-x)) in the caller's loop, as PyTorch's tail does).
 */
export function sigmoidRunF32(n: i32, p: usize, q: usize): i32 {
  const done = n & ~15;
  const zero = f32x4.splat(0), one = c4(9), abs = i32x4.splat(0x7FFFFFFF);
  for (let i = 0; i < done; i += 16) {
    const a = p + (<usize>i << 2), b = q + (<usize>i << 2);
    const x0 = f32x4.sub(zero, v128.load(a)), x1 = f32x4.sub(zero, v128.load(a, 16));
    const x2 = f32x4.sub(zero, v128.load(a, 32)), x3 = f32x4.sub(zero, v128.load(a, 48));
    // every |x| ≤ 86.5 (NaN bits beat every number): the fast exp, which gives expFull's values there (exp16)
    const m = i32x4.max_u(i32x4.max_u(v128.and(x0, abs), v128.and(x1, abs)), i32x4.max_u(v128.and(x2, abs), v128.and(x3, abs)));
    if (!v128.any_true(i32x4.gt_u(m, i32x4.splat(0x42AD0000)))) {
      v128.store(b, f32x4.div(one, f32x4.add(expFast(x0), one)));
      v128.store(b, f32x4.div(one, f32x4.add(expFast(x1), one)), 16);
      v128.store(b, f32x4.div(one, f32x4.add(expFast(x2), one)), 32);
      v128.store(b, f32x4.div(one, f32x4.add(expFast(x3), one)), 48);
    } else sigmoid16Full(x0, x1, x2, x3, b);
  }
  return done;
}
@noinline function sigmoid16Full(x0: v128, x1: v128, x2: v128, x3: v128, b: usize): void {
  const one = c4(9);
  v128.store(b, f32x4.div(one, f32x4.add(expFull(x0), one)));
  v128.store(b, f32x4.div(one, f32x4.add(expFull(x1), one)), 16);
  v128.store(b, f32x4.div(one, f32x4.add(expFull(x2), one)), 32);
  v128.store(b, f32x4.div(one, f32x4.add(expFull(x3), one)), 48);
}
