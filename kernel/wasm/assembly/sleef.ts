// float32 tanh, expm1, log1p, erf, sinh and cosh for f32x4: the algorithms of SLEEF 3.5.1 (Boost Software License
// 1.0; https://github.com/shibatch/sleef, src/libm/sleefsimdsp.c and df.h), which PyTorch 1.13.1's AVX2 kernels call
// (Sleef_tanhf8_u10, Sleef_expm1f8_u10, Sleef_log1pf8_u10, Sleef_erff8_u10, Sleef_sinhf8_u10, Sleef_coshf8_u10).
// They work in "double-float" arithmetic (a value as an unevaluated sum hi + lo of two floats) whose error terms
// come from fused multiply-adds, as SLEEF's FMA build computes them. F picks how a·b + c is evaluated:
//  - Fused (the relaxed build, when relaxed_madd is fused on this CPU): one FMA, as Sleef's AVX2 code: results are
//    bit-identical to PyTorch's.
//  - Emulated (the plain build, or relaxed_madd unfused): a·b exactly in float64 (a product of two floats is exact
//    there), plus c rounded in float64, then to float32: the exact fused result but for a rare double rounding
//    (test/unit/sleef-check.ts: within 1 ulp of the fused results).
import { expFull } from './exp';
import { atan2fG, powG } from './glibc';

export type Fused = u8;
export type Emulated = u16;

/** a·b + c: one relaxed FMA in the relaxed build (F = Fused), else exactly in float64 and rounded once (Emulated). */
// @ts-ignore: decorator
@inline export function fma<F>(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD && sizeof<F>() == 1) return f32x4.relaxed_madd(a, b, c);
  const lo = f64x2.add(f64x2.mul(f64x2.promote_low_f32x4(a), f64x2.promote_low_f32x4(b)), f64x2.promote_low_f32x4(c));
  const ah = i32x4.shuffle(a, a, 2, 3, 0, 1), bh = i32x4.shuffle(b, b, 2, 3, 0, 1), ch = i32x4.shuffle(c, c, 2, 3, 0, 1);
  const hi = f64x2.add(f64x2.mul(f64x2.promote_low_f32x4(ah), f64x2.promote_low_f32x4(bh)), f64x2.promote_low_f32x4(ch));
  return i32x4.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}
/** a·b - c (Sleef's vfmapn). */
// @ts-ignore: decorator
@inline function fms<F>(a: v128, b: v128, c: v128): v128 { return fma<F>(a, b, f32x4.neg(c)); }
/** c - a·b (Sleef's vfmanp). */
// @ts-ignore: decorator
@inline function fnma<F>(a: v128, b: v128, c: v128): v128 { return fma<F>(f32x4.neg(a), b, c); }

// @ts-ignore: decorator
@inline function sp(x: f32): v128 { return f32x4.splat(x); }
// @ts-ignore: decorator
@inline function absv(x: v128): v128 { return v128.and(x, i32x4.splat(0x7FFFFFFF)); }
/** x with its sign flipped where y is negative (Sleef's vmulsign). */
// @ts-ignore: decorator
@inline function mulsign(x: v128, y: v128): v128 { return v128.xor(x, v128.and(y, i32x4.splat(0x80000000))); }
// @ts-ignore: decorator
@inline function isnan(x: v128): v128 { return f32x4.ne(x, x); }
/** 2^q for integer lanes q (normal range). */
// @ts-ignore: decorator
@inline function pow2i(q: v128): v128 { return i32x4.shl(i32x4.add(q, i32x4.splat(0x7f)), 23); }
/** d·2^e in two steps (Sleef's vldexp2: one rounding into subnormals). */
// @ts-ignore: decorator
@inline function ldexp2(d: v128, e: v128): v128 {
  const h = i32x4.shr_s(e, 1);
  return f32x4.mul(f32x4.mul(d, pow2i(h)), pow2i(i32x4.sub(e, h)));
}
/** Round to nearest even and convert (x86's cvtps2dq; out-of-range lanes saturate here, INT_MIN there: unused). */
// @ts-ignore: decorator
@inline function rinti(x: v128): v128 { return i32x4.trunc_sat_f32x4_s(f32x4.nearest(x)); }

// Double-float results of the helpers below: the pair (RX, RY) (module globals: one set per wasm instance).
let RX: v128 = f32x4.splat(0);
let RY: v128 = f32x4.splat(0);

/** e^(dx + dy) as a double-float in (RX, RY) (Sleef's expk2f). */
// @ts-ignore: decorator
@inline function expk2<F>(dx: v128, dy: v128): void {
  const q = rinti(f32x4.mul(f32x4.add(dx, dy), sp(1.442695040888963407359924681001892137)));
  const qf = f32x4.convert_i32x4_s(q);
  // s = d + q·(-L2U), then + q·(-L2L) (dfadd2 with a float)
  let w = f32x4.mul(qf, sp(-0.693145751953125));
  let sx = f32x4.add(dx, w), v = f32x4.sub(sx, dx);
  let sy = f32x4.add(f32x4.add(f32x4.sub(dx, f32x4.sub(sx, v)), f32x4.sub(w, v)), dy);
  w = f32x4.mul(qf, sp(-1.428606765330187045e-06));
  let s2 = f32x4.add(sx, w); v = f32x4.sub(s2, sx);
  sy = f32x4.add(f32x4.add(f32x4.sub(sx, f32x4.sub(s2, v)), f32x4.sub(w, v)), sy);
  sx = s2;
  let u = fma<F>(sp(0.1980960224e-3), sx, sp(0.1394256484e-2));
  u = fma<F>(u, sx, sp(0.8333456703e-2));
  u = fma<F>(u, sx, sp(0.4166637361e-1));
  // t = s·u + 1/6 (dfmul with a float, then dfadd2 with a float)
  let tx = f32x4.mul(sx, u);
  let ty = fma<F>(sy, u, fms<F>(sx, u, tx));
  let c = sp(0.166666659414234244790680580464);
  let t2 = f32x4.add(tx, c); v = f32x4.sub(t2, tx);
  ty = f32x4.add(f32x4.add(f32x4.sub(tx, f32x4.sub(t2, v)), f32x4.sub(c, v)), ty);
  tx = t2;
  // t = s·t + 0.5 (dfmul of pairs)
  let px = f32x4.mul(sx, tx);
  let py = fma<F>(sx, ty, fma<F>(sy, tx, fms<F>(sx, tx, px)));
  c = sp(0.5);
  t2 = f32x4.add(px, c); v = f32x4.sub(t2, px);
  ty = f32x4.add(f32x4.add(f32x4.sub(px, f32x4.sub(t2, v)), f32x4.sub(c, v)), py);
  tx = t2;
  // t = s + s²·t (dfsqu, dfmul, dfadd2 of pairs)
  const qx = f32x4.mul(sx, sx);
  const qy = fma<F>(f32x4.add(sx, sx), sy, fms<F>(sx, sx, qx));
  px = f32x4.mul(qx, tx);
  py = fma<F>(qx, ty, fma<F>(qy, tx, fms<F>(qx, tx, px)));
  t2 = f32x4.add(sx, px); v = f32x4.sub(t2, sx);
  ty = f32x4.add(f32x4.add(f32x4.sub(sx, f32x4.sub(t2, v)), f32x4.sub(px, v)), f32x4.add(sy, py));
  tx = t2;
  // t = 1 + t (dfadd of a float and a pair)
  const one = sp(1);
  t2 = f32x4.add(one, tx);
  ty = f32x4.add(f32x4.add(f32x4.sub(one, t2), tx), ty);
  tx = t2;
  const under = f32x4.lt(dx, sp(-104));
  RX = v128.andnot(ldexp2(tx, q), under);
  RY = v128.andnot(ldexp2(ty, q), under);
}

/** 1/(dx + dy) as a double-float in (RX, RY) (Sleef's dfrec of a pair). */
// @ts-ignore: decorator
@inline function rec2<F>(dx: v128, dy: v128): void {
  const s = f32x4.div(sp(1), dx);
  RX = s;
  RY = f32x4.mul(s, fnma<F>(dy, s, fnma<F>(dx, s, sp(1))));
}
/** (nx + ny)/(dx + dy) as a double-float in (RX, RY) (Sleef's dfdiv). */
// @ts-ignore: decorator
@inline function div2<F>(nx: v128, ny: v128, dx: v128, dy: v128): void {
  const t = f32x4.div(sp(1), dx);
  const s = f32x4.mul(nx, t);
  const u = fms<F>(t, nx, s);
  const v = fnma<F>(dy, t, fnma<F>(dx, t, sp(1)));
  RX = s;
  RY = fma<F>(s, v, fma<F>(ny, t, u));
}

/** tanh (Sleef_tanhf8_u10). */
export function tanhF4<F>(x: v128): v128 {
  const y = absv(x);
  expk2<F>(y, sp(0));
  const dx = RX, dy = RY;
  rec2<F>(dx, dy);
  const ex = RX, ey = RY;
  // (d - e) / (d + e), both sums Sleef's dfadd of pairs
  const nx = f32x4.sub(dx, ex);
  const ny = f32x4.sub(f32x4.add(f32x4.sub(f32x4.sub(dx, nx), ex), dy), ey);
  const mx = f32x4.add(dx, ex);
  const my = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(dx, mx), ex), dy), ey);
  div2<F>(nx, ny, mx, my);
  let r = f32x4.add(RX, RY);
  r = v128.bitselect(sp(1), r, v128.or(f32x4.gt(y, sp(8.664339742)), isnan(r)));
  r = mulsign(r, x);
  return v128.or(r, isnan(x));
}

/** sinh (Sleef_sinhf8_u10). */
function sinhF4<F>(x: v128): v128 {
  const y = absv(x);
  expk2<F>(y, sp(0));
  const dx = RX, dy = RY;
  rec2<F>(dx, dy);
  const s = f32x4.sub(dx, RX);   // dfsub of pairs
  const t = f32x4.sub(f32x4.add(f32x4.sub(f32x4.sub(dx, s), RX), dy), RY);
  let r = f32x4.mul(f32x4.add(s, t), sp(0.5));
  r = v128.bitselect(sp(Infinity), r, v128.or(f32x4.gt(y, sp(89)), isnan(r)));
  r = mulsign(r, x);
  return v128.or(r, isnan(x));
}

/** cosh (Sleef_coshf8_u10). */
function coshF4<F>(x: v128): v128 {
  const y = absv(x);
  expk2<F>(y, sp(0));
  const dx = RX, dy = RY;
  rec2<F>(dx, dy);
  const s = f32x4.add(dx, RX);   // dfadd of pairs
  const t = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(dx, s), RX), dy), RY);
  let r = f32x4.mul(f32x4.add(s, t), sp(0.5));
  r = v128.bitselect(sp(Infinity), r, v128.or(f32x4.gt(y, sp(89)), isnan(r)));
  return v128.or(r, isnan(x));
}

/** e^a - 1 (Sleef_expm1f8_u10). */
function expm1F4<F>(a: v128): v128 {
  expk2<F>(a, sp(0));
  const m = sp(-1);
  const s = f32x4.add(RX, m), v = f32x4.sub(s, RX);   // dfadd2 with a float
  const t = f32x4.add(f32x4.add(f32x4.sub(RX, f32x4.sub(s, v)), f32x4.sub(m, v)), RY);
  let r = f32x4.add(s, t);
  r = v128.bitselect(sp(Infinity), r, f32x4.gt(a, sp(88.72283172607421875)));
  r = v128.bitselect(m, r, f32x4.lt(a, sp(-16.635532333438687426013570)));
  return v128.bitselect(a, r, i32x4.eq(a, i32x4.splat(0x80000000)));   // -0 stays -0
}

/** log(1 + d) (Sleef_log1pf8_u10 of SLEEF 3.5.1, which gives +inf above 1e38). */
export function log1pF4<F>(d: v128): v128 {
  let dp1 = f32x4.add(d, sp(1));
  const tiny = f32x4.lt(dp1, sp(1.17549435e-38));
  dp1 = v128.bitselect(f32x4.mul(dp1, sp(18446744073709551616.0)), dp1, tiny);
  let e = i32x4.sub(v128.and(i32x4.shr_u(f32x4.mul(dp1, sp(<f32>1.0 / <f32>0.75)), 23), i32x4.splat(0xff)), i32x4.splat(0x7f));
  const t = i32x4.add(sp(1), i32x4.shl(i32x4.neg(e), 23));
  const m = fma<F>(d, t, f32x4.sub(t, sp(1)));
  e = v128.bitselect(i32x4.sub(e, i32x4.splat(64)), e, tiny);
  const ef = f32x4.convert_i32x4_s(e);
  // s = ln2 (as a pair)·e
  const l2u = sp(0.69314718246459960938), l2l = sp(-1.904654323148236017e-09);
  const sx = f32x4.mul(l2u, ef);
  const sy = fma<F>(l2l, ef, fms<F>(l2u, ef, sx));
  // x = m / (2 + m)
  const two = sp(2);
  const bx = f32x4.add(two, m), by = f32x4.add(f32x4.sub(two, bx), m);
  div2<F>(m, sp(0), bx, by);
  const xx = RX, xy = RY;
  const x2 = f32x4.mul(xx, xx);
  let p = fma<F>(sp(0.3027294874), x2, sp(0.3996108174));
  p = fma<F>(p, x2, sp(0.6666694880));
  // s += 2x (dfadd of pairs), then += x³·p (dfadd with a float)
  const ax = f32x4.mul(xx, two), ay = f32x4.mul(xy, two);
  const s2x = f32x4.add(sx, ax);
  const s2y = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, s2x), ax), sy), ay);
  const z = f32x4.mul(f32x4.mul(x2, xx), p);
  const s3x = f32x4.add(s2x, z);
  const s3y = f32x4.add(f32x4.add(f32x4.sub(s2x, s3x), z), s2y);
  let r = f32x4.add(s3x, s3y);
  r = v128.bitselect(sp(Infinity), r, f32x4.gt(d, sp(1e38)));
  r = v128.or(r, f32x4.gt(sp(-1), d));
  r = v128.bitselect(sp(-Infinity), r, f32x4.eq(d, sp(-1)));
  return v128.bitselect(d, r, i32x4.eq(d, i32x4.splat(0x80000000)));
}

/**
 * log (which 2), log2 (1) and log10 (0) (Sleef_logf8_u10, Sleef_log2f8_u10, Sleef_log10f8_u10): d = m·2^e with m
 * in [0.75, 1.5), x = (m - 1)/(m + 1) as a double-float, then e·log(2) + 2x + x³·P(x²) in double-float arithmetic.
 */
/**
 * The reduction of Sleef's log functions: d = m·2^e with m in [0.75, 1.5) (subnormals scaled by 2^64 first); sets
 * (RX, RY) to x = (m - 1)/(m + 1) as a double-float (dfdiv of two dfadd2) and returns e as floats.
 */
// @ts-ignore: decorator
@inline function logReduce<F>(d0: v128): v128 {
  const tiny = f32x4.lt(d0, sp(1.17549435e-38));
  const d = v128.bitselect(f32x4.mul(d0, sp(18446744073709551616.0)), d0, tiny);
  let e = i32x4.sub(v128.and(i32x4.shr_u(f32x4.mul(d, sp(<f32>1.0 / <f32>0.75)), 23), i32x4.splat(0xff)), i32x4.splat(0x7f));
  const m = i32x4.add(d, i32x4.shl(i32x4.neg(e), 23));
  e = v128.bitselect(i32x4.sub(e, i32x4.splat(64)), e, tiny);
  const one = sp(1), mone = sp(-1);
  const nx = f32x4.add(mone, m), nv = f32x4.sub(nx, mone);
  const ny = f32x4.add(f32x4.sub(mone, f32x4.sub(nx, nv)), f32x4.sub(m, nv));
  const bx = f32x4.add(one, m), bv = f32x4.sub(bx, one);
  const by = f32x4.add(f32x4.sub(one, f32x4.sub(bx, bv)), f32x4.sub(m, bv));
  div2<F>(nx, ny, bx, by);
  return f32x4.convert_i32x4_s(e);
}

function logF4<F>(d0: v128, which: i32): v128 {
  const tiny = f32x4.lt(d0, sp(1.17549435e-38));
  const d = v128.bitselect(f32x4.mul(d0, sp(18446744073709551616.0)), d0, tiny);
  const ef = logReduce<F>(d0);
  const xx = RX, xy = RY;
  const x2 = f32x4.mul(xx, xx);
  let r: v128;
  if (which == 2) {
    let t = fma<F>(sp(0.3027294874), x2, sp(0.3996108174));
    t = fma<F>(t, x2, sp(0.6666694880));
    const l2u = sp(0.69314718246459960938), l2l = sp(-1.904654323148236017e-09);
    const sx = f32x4.mul(l2u, ef), sy = fma<F>(l2l, ef, fms<F>(l2u, ef, sx));
    const ax = f32x4.mul(xx, sp(2)), ay = f32x4.mul(xy, sp(2));
    const s2x = f32x4.add(sx, ax);
    const s2y = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, s2x), ax), sy), ay);
    const z = f32x4.mul(f32x4.mul(x2, xx), t);
    const s3x = f32x4.add(s2x, z);
    r = f32x4.add(s3x, f32x4.add(f32x4.add(f32x4.sub(s2x, s3x), z), s2y));
  } else if (which == 1) {
    let t = fma<F>(sp(0.4374550283), x2, sp(0.5764790177));
    t = fma<F>(t, x2, sp(0.9618012905120));
    const cx = sp(2.8853900432586669922), cy = sp(3.2734474483568488616e-08);
    const px = f32x4.mul(xx, cx), py = fma<F>(xx, cy, fma<F>(xy, cx, fms<F>(xx, cx, px)));
    const s2x = f32x4.add(ef, px), v = f32x4.sub(s2x, ef);   // dfadd2(e, p)
    const s2y = f32x4.add(f32x4.add(f32x4.sub(ef, f32x4.sub(s2x, v)), f32x4.sub(px, v)), py);
    const z = f32x4.mul(f32x4.mul(x2, xx), t);
    const s3x = f32x4.add(s2x, z), w = f32x4.sub(s3x, s2x);   // dfadd2(s, z)
    r = f32x4.add(s3x, f32x4.add(f32x4.add(f32x4.sub(s2x, f32x4.sub(s3x, w)), f32x4.sub(z, w)), s2y));
  } else {
    let t = fma<F>(sp(0.1314289868), x2, sp(0.1735493541));
    t = fma<F>(t, x2, sp(0.2895309627));
    const lx = sp(0.30103001), ly = sp(-1.432098889e-08);
    const sx = f32x4.mul(lx, ef), sy = fma<F>(ly, ef, fms<F>(lx, ef, sx));
    const cx = sp(0.868588984), cy = sp(-2.170757285e-08);
    const px = f32x4.mul(xx, cx), py = fma<F>(xx, cy, fma<F>(xy, cx, fms<F>(xx, cx, px)));
    const s2x = f32x4.add(sx, px);
    const s2y = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, s2x), px), sy), py);
    const z = f32x4.mul(f32x4.mul(x2, xx), t);
    const s3x = f32x4.add(s2x, z);
    r = f32x4.add(s3x, f32x4.add(f32x4.add(f32x4.sub(s2x, s3x), z), s2y));
  }
  r = v128.bitselect(sp(Infinity), r, f32x4.eq(d, sp(Infinity)));
  r = v128.bitselect(sp(NaN), r, v128.or(f32x4.lt(d, sp(0)), isnan(d)));
  return v128.bitselect(sp(-Infinity), r, f32x4.eq(d, sp(0)));
}

/** √d as a double-float in (RX, RY) (Sleef's dfsqrt of a float: (d + t²)/(2t), t = sqrt(d)). */
// @ts-ignore: decorator
@inline function sqrt2<F>(d: v128): void {
  const t = f32x4.sqrt(d);
  const tt = f32x4.mul(t, t), ttl = fms<F>(t, t, tt);
  const s = f32x4.add(d, tt), v = f32x4.sub(s, d);                           // dfadd2(d, t²)
  const sl = f32x4.add(f32x4.add(f32x4.sub(d, f32x4.sub(s, v)), f32x4.sub(tt, v)), ttl);
  const r = f32x4.div(sp(1), t), rl = f32x4.mul(r, fnma<F>(t, r, sp(1)));   // dfrec(t)
  const px = f32x4.mul(s, r);
  const py = fma<F>(s, rl, fma<F>(sl, r, fms<F>(s, r, px)));
  RX = f32x4.mul(px, sp(0.5));
  RY = f32x4.mul(py, sp(0.5));
}
/** asin (which 0) and acos (1) (Sleef_asinf8_u10, Sleef_acosf8_u10). */
function asinAcosF4<F>(d: v128, which: i32): v128 {
  const a = absv(d), one = sp(1);
  const o = f32x4.lt(a, sp(0.5));
  const x2 = v128.bitselect(f32x4.mul(d, d), f32x4.mul(f32x4.sub(one, a), sp(0.5)), o);
  sqrt2<F>(x2);
  const isOne = f32x4.eq(a, one);
  let xx = v128.andnot(v128.bitselect(a, RX, o), isOne);
  let xy = v128.andnot(v128.bitselect(sp(0), RY, o), isOne);
  let u = fma<F>(sp(0.4197454825e-1), x2, sp(0.2424046025e-1));
  u = fma<F>(u, x2, sp(0.4547423869e-1));
  u = fma<F>(u, x2, sp(0.7495029271e-1));
  u = fma<F>(u, x2, sp(0.1666677296e+0));
  u = f32x4.mul(u, f32x4.mul(x2, xx));
  if (which == 0) {
    const cx = sp(<f32>3.1415927410125732422 / 4), cy = sp(<f32>-8.7422776573475857731e-08 / 4);
    const s1 = f32x4.sub(cx, xx);                                               // dfsub of pairs
    const l1 = f32x4.sub(f32x4.add(f32x4.sub(f32x4.sub(cx, s1), xx), cy), xy);
    const s2 = f32x4.sub(s1, u);                                                // dfsub with a float
    const l2 = f32x4.add(f32x4.sub(f32x4.sub(s1, s2), u), l1);
    const r = v128.bitselect(f32x4.add(u, xx), f32x4.mul(f32x4.add(s2, l2), sp(2)), o);
    return mulsign(r, d);
  }
  // y = π/2 - (x·sign d + u·sign d), x = x + u
  const ax = mulsign(xx, d), au = mulsign(u, d);
  const ts = f32x4.add(ax, au), tl = f32x4.add(f32x4.sub(ax, ts), au);        // dfadd of floats
  const cx = sp(<f32>3.1415927410125732422 / 2), cy = sp(<f32>-8.7422776573475857731e-08 / 2);
  let yx = f32x4.sub(cx, ts);
  let yy = f32x4.sub(f32x4.add(f32x4.sub(f32x4.sub(cx, yx), ts), cy), tl);
  const xs = f32x4.add(xx, u);                                                  // dfadd with a float
  xy = f32x4.add(f32x4.add(f32x4.sub(xx, xs), u), xy);
  xx = xs;
  yx = v128.bitselect(yx, f32x4.mul(xx, sp(2)), o);
  yy = v128.bitselect(yy, f32x4.mul(xy, sp(2)), o);
  const flip = v128.andnot(f32x4.lt(d, sp(0)), o);                             // !o && d < 0: π - y
  const px = sp(3.1415927410125732422), py = sp(-8.7422776573475857731e-08);
  const fx = f32x4.sub(px, yx);
  const fy = f32x4.sub(f32x4.add(f32x4.sub(f32x4.sub(px, fx), yx), py), yy);
  return f32x4.add(v128.bitselect(fx, yx, flip), v128.bitselect(fy, yy, flip));
}
/** atan (Sleef_atanf8_u10: atan2kf_u1(|d|, 1), π/2 at ±inf, d's sign). */
function atanF4<F>(d: v128): v128 {
  const y = absv(d);
  const r = atan2kF4<F>(y, sp(1));
  return mulsign(v128.bitselect(sp(1.570796326794896557998982), r, f32x4.eq(y, sp(Infinity))), d);
}


// --- Payne–Hanek reduction of sinf/cosf/tanf u10 (SLEEF 3.5.1's rempif, rempisubf with FULL_FP_ROUNDING) ------------
// Sleef_rempitabsp: 2/π in four float parts per exponent (rempitab.c), plus a zero row for inf/NaN's index.
const REMPITAB: usize = memory.data<f32>([
  0.159154892, 5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 0.03415493667, 6.420638243e-09, 7.342738037e-17, 8.135951656e-24,
  0.03415493667, 6.420638243e-09, 7.342738037e-17, 8.135951656e-24, 0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24,
  0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24, 0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24,
  0.002904943191, -9.861969574e-11, -9.839336547e-18, -1.790215892e-24, 0.0009518179577, 1.342109202e-10, 1.791623576e-17, 1.518506657e-24,
  0.0009518179577, 1.342109202e-10, 1.791623576e-17, 1.518506657e-24, 0.0004635368241, 1.779561221e-11, 4.038449606e-18, -1.358546052e-25,
  0.0002193961991, 1.779561221e-11, 4.038449606e-18, -1.358546052e-25, 9.73258866e-05, 1.779561221e-11, 4.038449606e-18, -1.358546052e-25,
  3.62907449e-05, 3.243700447e-12, 5.690024473e-19, 7.09405479e-26, 5.773168596e-06, 1.424711477e-12, 1.3532163e-19, 1.92417627e-26,
  5.773168596e-06, 1.424711477e-12, 1.3532163e-19, 1.92417627e-26, 5.773168596e-06, 1.424711477e-12, 1.3532163e-19, 1.92417627e-26,
  1.958472239e-06, 5.152167755e-13, 1.3532163e-19, 1.92417627e-26, 5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30, 5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30, 5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  5.112411827e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30, 2.132179588e-08, 3.626141271e-15, -2.036222915e-22, 6.177847236e-30,
  6.420638243e-09, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.420638243e-09, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  2.695347945e-09, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 8.327027956e-10, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  8.327027956e-10, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 3.670415083e-10, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31,
  1.342109202e-10, 1.791623576e-17, 1.518506361e-24, 2.613904e-31, 1.779561221e-11, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32,
  1.779561221e-11, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32, 1.779561221e-11, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32,
  3.243700447e-12, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 3.243700447e-12, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32,
  3.243700447e-12, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 1.424711477e-12, 1.3532163e-19, 1.924175961e-26, 2.545416018e-33,
  5.152167755e-13, 1.3532163e-19, 1.924175961e-26, 2.545416018e-33, 6.046956013e-14, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  6.046956013e-14, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36, 6.046956013e-14, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36, 3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36, 3.626141271e-15, -2.036222915e-22, 6.177846108e-30, 1.082084378e-36,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40, 7.342738037e-17, 8.135951656e-24, -1.330400526e-31, 6.296048013e-40,
  1.791623576e-17, 1.518506361e-24, 2.61390353e-31, 4.764937743e-38, 1.791623576e-17, 1.518506361e-24, 2.61390353e-31, 4.764937743e-38,
  4.038449606e-18, -1.358545683e-25, -3.443243946e-32, 6.296048013e-40, 4.038449606e-18, -1.358545683e-25, -3.443243946e-32, 6.296048013e-40,
  5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 6.296048013e-40, 5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 6.296048013e-40,
  5.690024473e-19, 7.094053557e-26, 1.487136711e-32, 6.296048013e-40, 1.3532163e-19, 1.924175961e-26, 2.545415467e-33, 6.296048013e-40,
  1.3532163e-19, 1.924175961e-26, 2.545415467e-33, 6.296048013e-40, 2.690143217e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  2.690143217e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42, 2.690143217e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  1.334890502e-20, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42, 6.572641438e-21, -1.452834402e-28, -6.441077673e-36, -1.764234767e-42,
  0.05874381959, 1.222115387e-08, 7.693612965e-16, 1.792054435e-22, 0.02749382704, 4.77057327e-09, 7.693612965e-16, 1.792054435e-22,
  0.01186883077, 1.045283415e-09, 3.252721926e-16, 7.332633139e-23, 0.00405633077, 1.045283415e-09, 3.252721926e-16, 7.332633139e-23,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27, 0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27, 0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27,
  0.000150081818, -2.454155802e-12, 1.161414894e-20, 1.291319272e-27, 2.801149822e-05, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25,
  2.801149822e-05, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25, 2.801149822e-05, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25,
  1.275271279e-05, 1.183823005e-12, 1.161414894e-20, 1.291319272e-27, 5.12331826e-06, 1.183823005e-12, 1.161414894e-20, 1.291319272e-27,
  1.308621904e-06, 2.743283031e-13, 1.161414894e-20, 1.291319272e-27, 1.308621904e-06, 2.743283031e-13, 1.161414894e-20, 1.291319272e-27,
  3.549478151e-07, 4.695462769e-14, 1.161414894e-20, 1.291319272e-27, 3.549478151e-07, 4.695462769e-14, 1.161414894e-20, 1.291319272e-27,
  1.165292645e-07, 1.853292503e-14, 4.837885366e-21, 1.291319272e-27, 1.165292645e-07, 1.853292503e-14, 4.837885366e-21, 1.291319272e-27,
  5.69246339e-08, 4.322073705e-15, 1.449754789e-21, 7.962890365e-29, 2.712231151e-08, 4.322073705e-15, 1.449754789e-21, 7.962890365e-29,
  1.222115387e-08, 7.693612965e-16, 1.792054182e-22, 2.91418027e-29, 4.77057327e-09, 7.693612965e-16, 1.792054182e-22, 2.91418027e-29,
  1.045283415e-09, 3.252721926e-16, 7.332632508e-23, 3.898253736e-30, 1.045283415e-09, 3.252721926e-16, 7.332632508e-23, 3.898253736e-30,
  1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31, 1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31,
  1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31, 1.139611461e-10, 1.996093359e-17, 5.344349223e-25, 1.511644828e-31,
  5.575349904e-11, 6.083145782e-18, 5.344349223e-25, 1.511644828e-31, 2.664967552e-11, -8.557475018e-19, -8.595036458e-26, -2.139883875e-32,
  1.209775682e-11, 2.61369883e-18, 5.344349223e-25, 1.511644828e-31, 4.821800945e-12, 8.789757674e-19, 1.208447639e-25, 3.253064536e-33,
  1.183823005e-12, 1.161414894e-20, 1.29131908e-27, 1.715766248e-34, 1.183823005e-12, 1.161414894e-20, 1.29131908e-27, 1.715766248e-34,
  2.743283031e-13, 1.161414894e-20, 1.29131908e-27, 1.715766248e-34,
  0, 0, 0, 0,
], 16);
let RQ: v128 = i32x4.splat(0);
let RQI: v128 = i32x4.splat(0);
/** x - rint(4x)/4, and (in RQI) the quadrant bits rint(4x) - 4·rint(x) (Sleef's rempisubf). */
// @ts-ignore: decorator
@inline function rempisub(x: v128): v128 {
  const y = f32x4.nearest(f32x4.mul(x, sp(4)));
  RQI = i32x4.trunc_sat_f32x4_s(f32x4.sub(y, f32x4.mul(f32x4.nearest(x), sp(4))));
  return f32x4.sub(x, f32x4.mul(y, sp(0.25)));
}
/** Lane i of the table at float index idx[i] + k (vgather). */
// @ts-ignore: decorator
@inline function gather(idx: v128, k: i32): v128 {
  let r = f32x4.splat(0);
  r = f32x4.replace_lane(r, 0, load<f32>(REMPITAB + ((<usize>(i32x4.extract_lane(idx, 0) + k)) << 2)));
  r = f32x4.replace_lane(r, 1, load<f32>(REMPITAB + ((<usize>(i32x4.extract_lane(idx, 1) + k)) << 2)));
  r = f32x4.replace_lane(r, 2, load<f32>(REMPITAB + ((<usize>(i32x4.extract_lane(idx, 2) + k)) << 2)));
  r = f32x4.replace_lane(r, 3, load<f32>(REMPITAB + ((<usize>(i32x4.extract_lane(idx, 3) + k)) << 2)));
  return r;
}
/** d reduced by multiples of π/2 (Payne–Hanek): the remainder as a double-float (RX, RY), the quadrant in RQ. */
function rempi<F>(a0: v128): void {
  let ex = i32x4.sub(v128.and(i32x4.shr_u(a0, 23), i32x4.splat(0xff)), i32x4.splat(0x7f + 25));
  const q0 = v128.and(i32x4.gt_s(ex, i32x4.splat(65)), i32x4.splat(-64));
  const a = i32x4.add(a0, i32x4.shl(q0, 23));
  ex = v128.andnot(ex, i32x4.shr_s(ex, 31));
  ex = i32x4.shl(ex, 2);
  const t0 = gather(ex, 0), t1 = gather(ex, 1), t2 = gather(ex, 2), t3 = gather(ex, 3);
  let xx = f32x4.mul(a, t0), xy = fms<F>(a, t0, xx);                          // dfmul_vf2_vf_vf
  xx = rempisub(xx);
  let q = RQI;
  let n = f32x4.add(xx, xy); xy = f32x4.add(f32x4.sub(xx, n), xy); xx = n;     // dfnormalize
  let yx = f32x4.mul(a, t1), yy = fms<F>(a, t1, yx);
  let sx = f32x4.add(xx, yx), v = f32x4.sub(sx, xx);                            // dfadd2_vf2_vf2_vf2
  let sy = f32x4.add(f32x4.add(f32x4.sub(xx, f32x4.sub(sx, v)), f32x4.sub(yx, v)), f32x4.add(xy, yy));
  xx = rempisub(sx); xy = sy;
  q = i32x4.add(q, RQI);
  n = f32x4.add(xx, xy); xy = f32x4.add(f32x4.sub(xx, n), xy); xx = n;
  yx = f32x4.mul(t2, a); yy = fma<F>(t3, a, fms<F>(t2, a, yx));                // dfmul_vf2_vf2_vf
  sx = f32x4.add(xx, yx); v = f32x4.sub(sx, xx);
  sy = f32x4.add(f32x4.add(f32x4.sub(xx, f32x4.sub(sx, v)), f32x4.sub(yx, v)), f32x4.add(xy, yy));
  n = f32x4.add(sx, sy); sy = f32x4.add(f32x4.sub(sx, n), sy); sx = n;
  const px = sp(<f32>3.1415927410125732422 * <f32>2), py = sp(<f32>-8.7422776573475857731e-08 * <f32>2);
  const rx = f32x4.mul(sx, px), ry = fma<F>(sx, py, fma<F>(sy, px, fms<F>(sx, px, rx)));
  const small = f32x4.lt(absv(a), sp(0.7));
  RX = v128.bitselect(a, rx, small);
  RY = v128.andnot(ry, small);
  RQ = q;
}
/** The remainder and quadrant of sinf_u1 (which 0) / cosf_u1 (1) on their Payne–Hanek path, into (RX, RY), RQ. */
function trigReduceBig<F>(d: v128, which: i32): void {
  rempi<F>(d);
  let dx = RX, dy = RY;
  const qi = RQ, pos = f32x4.gt(dx, sp(0));
  const q2 = i32x4.add(i32x4.shl(v128.and(qi, i32x4.splat(3)), 1), v128.bitselect(i32x4.splat(which == 0 ? 2 : 8), i32x4.splat(which == 0 ? 1 : 7), pos));
  const q = which == 0 ? i32x4.shr_s(q2, 2) : i32x4.shr_s(q2, 1);
  const odd = i32x4.eq(v128.and(qi, i32x4.splat(1)), i32x4.splat(1));
  const o = which == 0 ? odd : v128.not(odd);
  const sgn = which == 0 ? dx : v128.bitselect(sp(0), sp(-1), pos);
  const hx = mulsign(sp(<f32>3.1415927410125732422 * <f32>-0.5), sgn), hy = mulsign(sp(<f32>-8.7422776573475857731e-08 * <f32>-0.5), sgn);
  const sx = f32x4.add(dx, hx), v = f32x4.sub(sx, dx);
  const sy = f32x4.add(f32x4.add(f32x4.sub(dx, f32x4.sub(sx, v)), f32x4.sub(hx, v)), f32x4.add(dy, hy));
  dx = v128.bitselect(sx, dx, o); dy = v128.bitselect(sy, dy, o);
  const n = f32x4.add(dx, dy);
  RY = f32x4.add(f32x4.sub(dx, n), dy);
  RX = v128.or(n, v128.or(f32x4.eq(absv(d), sp(Infinity)), isnan(d)));
  RQ = q;
}

/**
 * sin (which 0) and cos (1) for |d| < 125 (Sleef_sinf8_u10 / cosf8_u10's path for such vectors: d reduced by a
 * multiple of π (Cody–Waite, three parts), then an odd polynomial in double-float). Lanes at or above 125 (and
 * NaN, ±inf) take Payne–Hanek reduction there; here they are left to the caller (sleefRunF32's `mask`).
 */
function sinCosF4<F>(d: v128, which: i32, big: bool = false): v128 {
  let q: v128, sx: v128, sy: v128;
  if (big) {   // a vector with a lane at or above 125 (or NaN, inf): every lane through rempif
    trigReduceBig<F>(d, which);
    sx = RX; sy = RY; q = RQ;
  } else if (which == 0) {
    const u = f32x4.nearest(f32x4.mul(d, sp(<f32>0.318309886183790671537767526745028724)));
    q = i32x4.trunc_sat_f32x4_s(u);
    const v = fma<F>(u, sp(-3.1414794921875), d);
    const w = f32x4.mul(u, sp(-0.00011315941810607910156));
    sx = f32x4.add(v, w);
    const vv = f32x4.sub(sx, v);
    sy = f32x4.add(f32x4.sub(v, f32x4.sub(sx, vv)), f32x4.sub(w, vv));
    const w2 = f32x4.mul(u, sp(-1.9841872589410058936e-09));
    const s2 = f32x4.add(sx, w2);
    sy = f32x4.add(f32x4.add(f32x4.sub(sx, s2), w2), sy);
    sx = s2;
  } else {
    const dq = fma<F>(f32x4.nearest(fma<F>(d, sp(<f32>0.318309886183790671537767526745028724), sp(-0.5))), sp(2), sp(1));
    q = i32x4.trunc_sat_f32x4_s(dq);
    let w = f32x4.mul(dq, sp(<f32>-3.1414794921875 * <f32>0.5));
    sx = f32x4.add(d, w);
    let v = f32x4.sub(sx, d);
    sy = f32x4.add(f32x4.sub(d, f32x4.sub(sx, v)), f32x4.sub(w, v));
    w = f32x4.mul(dq, sp(<f32>-0.00011315941810607910156 * <f32>0.5));
    let s2 = f32x4.add(sx, w); v = f32x4.sub(s2, sx);
    sy = f32x4.add(f32x4.add(f32x4.sub(sx, f32x4.sub(s2, v)), f32x4.sub(w, v)), sy);
    sx = s2;
    w = f32x4.mul(dq, sp(<f32>-1.9841872589410058936e-09 * <f32>0.5));
    s2 = f32x4.add(sx, w); v = f32x4.sub(s2, sx);
    sy = f32x4.add(f32x4.add(f32x4.sub(sx, f32x4.sub(s2, v)), f32x4.sub(w, v)), sy);
    sx = s2;
  }
  const qx = f32x4.mul(sx, sx);                                                // dfsqu
  const qy = fma<F>(f32x4.add(sx, sx), sy, fms<F>(sx, sx, qx));
  let u = fma<F>(sp(2.6083159809786593541503e-06), qx, sp(-0.0001981069071916863322258));
  u = fma<F>(u, qx, sp(0.00833307858556509017944336));
  const c = sp(-0.166666597127914428710938), us = f32x4.mul(u, qx);
  const ax = f32x4.add(c, us), al = f32x4.add(f32x4.sub(c, ax), us);
  const mx = f32x4.mul(ax, qx), my = fma<F>(ax, qy, fma<F>(al, qx, fms<F>(ax, qx, mx)));
  const one = sp(1);
  const xx = f32x4.add(one, mx), xy = f32x4.add(f32x4.add(f32x4.sub(one, xx), mx), my);
  let r = fma<F>(sx, xx, fma<F>(sy, xx, f32x4.mul(sx, xy)));                  // dfmul to a float
  if (which == 0) {
    r = v128.xor(r, i32x4.shl(v128.and(q, i32x4.splat(1)), 31));
    return v128.bitselect(d, r, i32x4.eq(d, i32x4.splat(0x80000000)));
  }
  return v128.xor(r, i32x4.shl(i32x4.eq(v128.and(q, i32x4.splat(2)), i32x4.splat(0)), 31));
}

/** tan for |d| < 125 (Sleef_tanf8_u10's path for such vectors; larger lanes as sinCosF4's). */
function tanF4<F>(d: v128, big: bool = false): v128 {
  let q: v128, sx: v128, sy: v128;
  if (big) {   // as sinCosF4: every lane through rempif, inf/NaN lanes made NaN
    rempi<F>(d);
    const bad = v128.or(f32x4.eq(absv(d), sp(Infinity)), isnan(d));
    sx = v128.or(RX, bad); sy = v128.or(RY, bad); q = RQ;
  } else {
    const u0 = f32x4.nearest(f32x4.mul(d, sp(<f32>0.636619772367581343075535053490057448)));
    q = i32x4.trunc_sat_f32x4_s(u0);
    const v = fma<F>(u0, sp(<f32>-3.1414794921875 * <f32>0.5), d);
    const w = f32x4.mul(u0, sp(<f32>-0.00011315941810607910156 * <f32>0.5));
    sx = f32x4.add(v, w);
    const vv = f32x4.sub(sx, v);
    sy = f32x4.add(f32x4.sub(v, f32x4.sub(sx, vv)), f32x4.sub(w, vv));
    const w2 = f32x4.mul(u0, sp(<f32>-1.9841872589410058936e-09 * <f32>0.5));
    const s2 = f32x4.add(sx, w2);
    sy = f32x4.add(f32x4.add(f32x4.sub(sx, s2), w2), sy);
    sx = s2;
  }
  const odd = i32x4.eq(v128.and(q, i32x4.splat(1)), i32x4.splat(1));
  const neg = v128.and(odd, i32x4.splat(0x80000000));
  sx = v128.xor(sx, neg); sy = v128.xor(sy, neg);
  const tx = sx, ty = sy;
  let qx = f32x4.mul(sx, sx);                                                  // dfsqu, dfnormalize
  let qy = fma<F>(f32x4.add(sx, sx), sy, fms<F>(sx, sx, qx));
  const qn = f32x4.add(qx, qy);
  qy = f32x4.add(f32x4.sub(qx, qn), qy);
  qx = qn;
  let u = fma<F>(sp(0.00446636462584137916564941), qx, sp(-8.3920182078145444393158e-05));
  u = fma<F>(u, qx, sp(0.0109639242291450500488281));
  u = fma<F>(u, qx, sp(0.0212360303848981857299805));
  u = fma<F>(u, qx, sp(0.0540687143802642822265625));
  const c1 = sp(0.133325666189193725585938), us = f32x4.mul(u, qx);
  const xx = f32x4.add(c1, us), xl = f32x4.add(f32x4.sub(c1, xx), us);
  const mx = f32x4.mul(qx, xx), ml = fma<F>(qx, xl, fma<F>(qy, xx, fms<F>(qx, xx, mx)));
  const c2 = sp(0.33333361148834228515625);
  const ax = f32x4.add(c2, mx), al = f32x4.add(f32x4.add(f32x4.sub(c2, ax), mx), ml);
  const bx = f32x4.mul(ax, qx), bl = fma<F>(ax, qy, fma<F>(al, qx, fms<F>(ax, qx, bx)));
  const one = sp(1);
  const ox = f32x4.add(one, bx), ol = f32x4.add(f32x4.add(f32x4.sub(one, ox), bx), bl);
  const rx = f32x4.mul(tx, ox), rl = fma<F>(tx, ol, fma<F>(ty, ox, fms<F>(tx, ox, rx)));
  rec2<F>(rx, rl);
  const r = f32x4.add(v128.bitselect(RX, rx, odd), v128.bitselect(RY, rl, odd));
  return v128.bitselect(d, r, i32x4.eq(d, i32x4.splat(0x80000000)));
}

/** Sleef's vcast_vf2_d: a double constant as a float pair, chosen per lane by o0 / o1. */
// @ts-ignore: decorator
@inline function sel3(o0: v128, o1: v128, a: f32, b: f32, c: f32): v128 {
  return v128.bitselect(sp(a), v128.bitselect(sp(b), sp(c), o1), o0);
}
// @ts-ignore: decorator
@inline function hiOf(d: f64): f32 { return <f32>d; }
// @ts-ignore: decorator
@inline function loOf(d: f64): f32 { return <f32>(d - <f64><f32>d); }

/** erf (Sleef_erff8_u10). */
export function erfF4<F>(s: v128): v128 {
  const a = absv(s);
  const o0 = f32x4.lt(a, sp(1.1)), o1 = f32x4.lt(a, sp(2.4)), o2 = f32x4.lt(a, sp(4.0));
  const u = v128.bitselect(f32x4.mul(a, a), a, o0);
  let t = sel3(o0, o1, 0.7089292194e-4, -0.1792667899e-4, -0.9495757695e-5);
  t = fma<F>(t, u, sel3(o0, o1, -0.7768311189e-3, 0.3937633010e-3, 0.2481465926e-3));
  t = fma<F>(t, u, sel3(o0, o1, 0.5159463733e-2, -0.3949181177e-2, -0.2918176819e-2));
  t = fma<F>(t, u, sel3(o0, o1, -0.2683781274e-1, 0.2445474640e-1, 0.2059706673e-1));
  t = fma<F>(t, u, sel3(o0, o1, 0.1128318012e+0, -0.1070996150e+0, -0.9901899844e-1));
  // d = t·u (dfmul of floats)
  let dx = f32x4.mul(t, u);
  let dy = fms<F>(t, u, dx);
  // d += C1 (dfadd2 of pairs)
  const c1 = -0.376125876000657465175213237214e+0, c2 = -0.634588905908410389971210809210e+0, c3 = -0.643598050547891613081201721633e+0;
  let cx = sel3(o0, o1, hiOf(c1), hiOf(c2), hiOf(c3)), cy = sel3(o0, o1, loOf(c1), loOf(c2), loOf(c3));
  let sx = f32x4.add(dx, cx), v = f32x4.sub(sx, dx);
  dy = f32x4.add(f32x4.add(f32x4.sub(dx, f32x4.sub(sx, v)), f32x4.sub(cx, v)), f32x4.add(dy, cy));
  dx = sx;
  // d ·= u (dfmul with a float)
  sx = f32x4.mul(dx, u);
  dy = fma<F>(dy, u, fms<F>(dx, u, sx));
  dx = sx;
  // d += C2
  const e1 = 0.112837916021059138255978217023e+1, e2 = -0.112879855826694507209862753992e+1, e3 = -0.112461487742845562801052956293e+1;
  cx = sel3(o0, o1, hiOf(e1), hiOf(e2), hiOf(e3)); cy = sel3(o0, o1, loOf(e1), loOf(e2), loOf(e3));
  sx = f32x4.add(dx, cx); v = f32x4.sub(sx, dx);
  dy = f32x4.add(f32x4.add(f32x4.sub(dx, f32x4.sub(sx, v)), f32x4.sub(cx, v)), f32x4.add(dy, cy));
  dx = sx;
  // d ·= a
  sx = f32x4.mul(dx, a);
  dy = fma<F>(dy, a, fms<F>(dx, a, sx));
  dx = sx;
  // |a| ≥ 1.1: d = 1 - e^d (dfadd of a float and a negated pair)
  expk2<F>(dx, dy);
  const one = sp(1);
  const wx = f32x4.add(one, f32x4.neg(RX));
  const wy = f32x4.sub(f32x4.sub(f32x4.sub(one, wx), RX), RY);
  dx = v128.bitselect(dx, wx, o0);
  dy = v128.bitselect(dy, wy, o0);
  let r = mulsign(v128.bitselect(f32x4.add(dx, dy), one, o2), s);
  return v128.bitselect(sp(NaN), r, isnan(a));
}

let fusedProbe: i32 = 0;   // 1: relaxed_madd is fused on this machine, 2: it is not (or the plain build)
/** Whether relaxed_madd is one FMA here: (1 + 2^-12)² - (1 + 2^-11) is 2^-24 fused, 0 as mul + add. */
export function fmaIsFused(): bool {
  if (!ASC_FEATURE_RELAXED_SIMD) return false;
  if (fusedProbe == 0) {
    const a = f32x4.splat(1.000244140625);
    fusedProbe = f32x4.extract_lane(f32x4.relaxed_madd(a, a, f32x4.splat(-1.00048828125)), 0) != 0 ? 1 : 2;
  }
  return fusedProbe == 1;
}

// @ts-ignore: decorator
@inline function apply4<F>(op: i32, x: v128): v128 {
  switch (op) {
    case 7: return tanhF4<F>(x);
    case 1: return expFull(x);   // Sleef_expf8_u10 (exp.ts)
    case 15: return log1pF4<F>(x);
    case 16: return expm1F4<F>(x);
    case 26: return sinhF4<F>(x);
    case 27: return coshF4<F>(x);
    case 2: return logF4<F>(x, 2);
    case 23: return asinAcosF4<F>(x, 0);
    case 24: return asinAcosF4<F>(x, 1);
    case 25: return atanF4<F>(x);
    case 5: return sinCosF4<F>(x, 0);
    case 6: return sinCosF4<F>(x, 1);
    case 22: return tanF4<F>(x);
    case 45: return erfcF4<F>(x);
    case 28: return logF4<F>(x, 1);
    case 29: return logF4<F>(x, 0);
    default: return erfF4<F>(x);
  }
}
const TRIG_SCRATCH: usize = memory.data(32, 16);
/** sin (5), cos (6) or tan (22) of one vector; `big`: through Payne–Hanek reduction (see trigRun). */
// @ts-ignore: decorator
@inline function trig4<F>(op: i32, x: v128, big: bool): v128 {
  return op == 22 ? tanF4<F>(x, big) : sinCosF4<F>(x, op == 5 ? 0 : 1, big);
}
/**
 * sin/cos/tan over the first `done` floats as Sleef_sinf8_u10 / cosf8_u10 / tanf8_u10 see them through vml's map:
 * 8 at a time from the run's start (the last group padded with zeros), a group with any lane not below 125 in
 * magnitude (or NaN) taking the Payne–Hanek path for all of its lanes, as Sleef's vector test does.
 */
function trigRun<F>(op: i32, done: i32, p: usize, q: usize): void {
  for (let i = 0; i < done; i += 8) {
    const r = done - i, o = <usize>i << 2;
    let a: v128, b: v128;
    if (r >= 8) { a = v128.load(p + o); b = v128.load(p + o, 16); } else {
      v128.store(TRIG_SCRATCH, f32x4.splat(0)); v128.store(TRIG_SCRATCH, f32x4.splat(0), 16);
      memory.copy(TRIG_SCRATCH, p + o, <usize>r << 2);
      a = v128.load(TRIG_SCRATCH); b = v128.load(TRIG_SCRATCH, 16);
    }
    const lim = sp(125);
    const big = !(i32x4.all_true(f32x4.lt(absv(a), lim)) && i32x4.all_true(f32x4.lt(absv(b), lim)));
    const ya = trig4<F>(op, a, big), yb = trig4<F>(op, b, big);
    if (r >= 8) { v128.store(q + o, ya); v128.store(q + o, yb, 16); } else {
      v128.store(TRIG_SCRATCH, ya); v128.store(TRIG_SCRATCH, yb, 16);
      memory.copy(q + o, TRIG_SCRATCH, <usize>r << 2);
    }
  }
}
function run<F>(op: i32, n: i32, p: usize, q: usize, whole: bool): i32 {
  const done = whole ? n : n & ~15;
  let i = 0;
  if (op == 5 || op == 6 || op == 22) { trigRun<F>(op, done, p, q); return done; }
  for (; i + 4 <= done; i += 4) v128.store(q + (<usize>i << 2), apply4<F>(op, v128.load(p + (<usize>i << 2))));
  if (i < done) {   // the last 1-3 lanes of a whole run: as PyTorch's partial load (other lanes 0), partial store
    let v = f32x4.splat(0);
    const o = <usize>i << 2, r = done - i;
    v = f32x4.replace_lane(v, 0, load<f32>(p + o));
    if (r > 1) v = f32x4.replace_lane(v, 1, load<f32>(p + o, 4));
    if (r > 2) v = f32x4.replace_lane(v, 2, load<f32>(p + o, 8));
    const y = apply4<F>(op, v);
    store<f32>(q + o, f32x4.extract_lane(y, 0));
    if (r > 1) store<f32>(q + o, f32x4.extract_lane(y, 1), 4);
    if (r > 2) store<f32>(q + o, f32x4.extract_lane(y, 2), 8);
  }
  return done;
}
/**
 * A contiguous float32 run of unary op `op` (kernels.ts UnaryOp codes: log 2, tanh 7, log1p 15, expm1 16, sinh 26,
 * cosh 27, log2 28, log10 29, asin 23, acos 24, atan 25, erf 35, erfc 45) as PyTorch 1.13.1 computes it: log, log2, log10,
 * asin, acos, atan, tanh, log1p, expm1, erf and erfc
 * go through vml's vec::map, every
 * element by Sleef (the whole run, tail included: returns n); sinh and cosh through cpu_kernel_vec, whose
 * 16-element blocks take Sleef and whose last n % 16 the scalar std:: function (returns n & ~15; the caller's
 * scalar loop does the rest).
 */
export function sleefRunF32(op: i32, n: i32, p: usize, q: usize): i32 {
  const whole = op != 26 && op != 27;
  return fmaIsFused() ? run<Fused>(op, n, p, q, whole) : run<Emulated>(op, n, p, q, whole);
}
/** One float32 through the run kernel (op as sleefRunF32, every op Sleef's): for tests and scalar callers. */
export function sleefF32(op: i32, x: f32): f32 {
  const v = f32x4.splat(x);
  if (op == 5 || op == 6 || op == 22) {
    const big = !(Mathf.abs(x) < 125);
    return f32x4.extract_lane(fmaIsFused() ? trig4<Fused>(op, v, big) : trig4<Emulated>(op, v, big), 0);
  }
  return f32x4.extract_lane(fmaIsFused() ? apply4<Fused>(op, v) : apply4<Emulated>(op, v), 0);
}

/** o0 ? a : o1 ? b : o2 ? c : d, per lane. */
// @ts-ignore: decorator
@inline function sel4(o0: v128, o1: v128, o2: v128, a: f32, b: f32, c: f32, d: f32): v128 {
  return v128.bitselect(sp(a), v128.bitselect(sp(b), v128.bitselect(sp(c), sp(d), o2), o1), o0);
}
/** erfc (Sleef_erfcf8_u15): polynomials in a (a < 2.2) or 1/a, exp of a double-float argument. */
function erfcF4<F>(s: v128): v128 {
  const a = absv(s);
  const o0 = f32x4.lt(a, sp(1.0)), o1 = f32x4.lt(a, sp(2.2)), o2 = f32x4.lt(a, sp(4.3)), o3 = f32x4.lt(a, sp(10.1));
  div2<F>(sp(1), sp(0), a, sp(0));
  const ux = v128.bitselect(a, RX, o1), uy = v128.bitselect(sp(0), RY, o1);
  let t = sel4(o0, o1, o2, -0.8638041618e-4, -0.6236977242e-5, -0.3869504035e+0, 0.1115344167e+1);
  t = fma<F>(t, ux, sel4(o0, o1, o2, 0.6000166177e-3, 0.5749821503e-4, 0.1288077235e+1, -0.9454904199e+0));
  t = fma<F>(t, ux, sel4(o0, o1, o2, -0.1665703603e-2, 0.6002851478e-5, -0.1816803217e+1, -0.3667259514e+0));
  t = fma<F>(t, ux, sel4(o0, o1, o2, 0.1795156277e-3, -0.2851036377e-2, 0.1249150872e+1, 0.7155663371e+0));
  t = fma<F>(t, ux, sel4(o0, o1, o2, 0.1914106123e-1, 0.2260518074e-1, -0.1328857988e+0, -0.1262947265e-1));
  // d = u·t, then (d + C)·u twice, + C (double constants as float pairs)
  let dx = f32x4.mul(ux, t);
  let dy = fma<F>(uy, t, fms<F>(ux, t, dx));
  for (let k = 0; k < 3; k++) {
    let c0: f64, c1: f64, c2: f64, c3: f64;
    if (k == 0) { c0 = -0.102775359343930288081655368891e+0; c1 = -0.105247583459338632253369014063e+0; c2 = -0.482365310333045318680618892669e+0; c3 = -0.498961546254537647970305302739e+0; }
    else if (k == 1) { c0 = -0.636619483208481931303752546439e+0; c1 = -0.635609463574589034216723775292e+0; c2 = -0.134450203224533979217859332703e-2; c3 = -0.471199543422848492080722832666e-4; }
    else { c0 = -0.112837917790537404939545770596e+1; c1 = -0.112855987376668622084547028949e+1; c2 = -0.572319781150472949561786101080e+0; c3 = -0.572364030327966044425932623525e+0; }
    const cx = sel4(o0, o1, o2, hiOf(c0), hiOf(c1), hiOf(c2), hiOf(c3)), cy = sel4(o0, o1, o2, loOf(c0), loOf(c1), loOf(c2), loOf(c3));
    const sx = f32x4.add(dx, cx), v = f32x4.sub(sx, dx);                    // dfadd2 of pairs
    dy = f32x4.add(f32x4.add(f32x4.sub(dx, f32x4.sub(sx, v)), f32x4.sub(cx, v)), f32x4.add(dy, cy));
    dx = sx;
    if (k < 2) {                                                             // dfmul of pairs
      const mx = f32x4.mul(dx, ux);
      dy = fma<F>(dx, uy, fma<F>(dy, ux, fms<F>(dx, ux, mx)));
      dx = mx;
    }
  }
  // x = (o1 ? d : -a)·a; beyond 2.2, x = x + d
  const px = v128.bitselect(dx, f32x4.neg(a), o1), py = v128.bitselect(dy, sp(0), o1);
  let xx = f32x4.mul(px, a);
  let xy = fma<F>(py, a, fms<F>(px, a, xx));
  const sx = f32x4.add(xx, dx), v = f32x4.sub(sx, xx);
  const sy = f32x4.add(f32x4.add(f32x4.sub(xx, f32x4.sub(sx, v)), f32x4.sub(dx, v)), f32x4.add(xy, dy));
  xx = v128.bitselect(xx, sx, o1); xy = v128.bitselect(xy, sy, o1);
  expk2<F>(xx, xy);
  const ex = RX, ey = RY;
  const mx = f32x4.mul(ex, ux);                                              // beyond 2.2: · u
  const my = fma<F>(ex, uy, fma<F>(ey, ux, fms<F>(ex, ux, mx)));
  let r = v128.and(f32x4.add(v128.bitselect(ex, mx, o1), v128.bitselect(ey, my, o1)), o3);
  r = v128.bitselect(f32x4.sub(sp(2), r), r, i32x4.lt_s(s, i32x4.splat(0)));
  return v128.bitselect(sp(NaN), r, isnan(s));
}

// --- powf (Sleef_powf8_u10, SLEEF 3.5.1's xpowf with logkf and expkf, AVX2 path) ------------------------------------
/** cvtps2dq: round to nearest even; NaN and lanes outside the int32 range give INT_MIN, as x86's conversion. */
// @ts-ignore: decorator
@inline function rintX86(x: v128): v128 {
  return v128.bitselect(i32x4.trunc_sat_f32x4_s(f32x4.nearest(x)), i32x4.splat(0x80000000), f32x4.lt(absv(x), sp(2147483648.0)));
}
/** cvttps2dq: truncation, INT_MIN out of range or NaN. */
// @ts-ignore: decorator
@inline function truncX86(x: v128): v128 {
  return v128.bitselect(i32x4.trunc_sat_f32x4_s(x), i32x4.splat(0x80000000), f32x4.lt(absv(x), sp(2147483648.0)));
}
/** Sleef's vldexp_vf_vf_vi2: x·2^q in five multiplies (no overflow in the exponent arithmetic). */
// @ts-ignore: decorator
@inline function ldexp5(x: v128, q0: v128): v128 {
  let m = i32x4.shr_s(q0, 31);
  m = i32x4.shl(i32x4.sub(i32x4.shr_s(i32x4.add(m, q0), 6), m), 4);
  const q = i32x4.sub(q0, i32x4.shl(m, 2));
  m = i32x4.add(m, i32x4.splat(0x7f));
  m = v128.and(i32x4.gt_s(m, i32x4.splat(0)), m);
  const n = i32x4.gt_s(m, i32x4.splat(0xff));
  m = v128.or(v128.andnot(m, n), v128.and(n, i32x4.splat(0xff)));
  let u = i32x4.shl(m, 23);
  x = f32x4.mul(f32x4.mul(f32x4.mul(f32x4.mul(x, u), u), u), u);
  u = i32x4.shl(i32x4.add(q, i32x4.splat(0x7f)), 23);
  return f32x4.mul(x, u);
}

/** log|d| as a double-float in (RX, RY) (Sleef's logkf). */
function logk<F>(d0: v128): void {
  const ef = logReduce<F>(d0);
  const xx = RX, xy = RY;
  // x2 = dfsqu(x)
  const x2x = f32x4.mul(xx, xx), x2y = fma<F>(f32x4.add(xx, xx), xy, fms<F>(xx, xx, x2x));
  let t = fma<F>(sp(0.240320354700088500976562), x2x, sp(0.285112679004669189453125));
  t = fma<F>(t, x2x, sp(0.400007992982864379882812));
  // s = dfmul((ln2 hi, lo), e)
  const l2u = sp(0.69314718246459960938), l2l = sp(-1.904654323148236017e-09);
  let sx = f32x4.mul(l2u, ef), sy = fma<F>(l2l, ef, fms<F>(l2u, ef, sx));
  // s = dfadd(s, dfscale(x, 2))
  const ax = f32x4.mul(xx, sp(2)), ay = f32x4.mul(xy, sp(2));
  let s2 = f32x4.add(sx, ax);
  sy = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, s2), ax), sy), ay);
  sx = s2;
  // u = dfmul(dfmul(x2, x), dfadd2(dfmul(x2, t), c))
  const px = f32x4.mul(x2x, xx), py = fma<F>(x2x, xy, fma<F>(x2y, xx, fms<F>(x2x, xx, px)));
  const qx = f32x4.mul(x2x, t), qy = fma<F>(x2y, t, fms<F>(x2x, t, qx));
  const cx = sp(0.66666662693023681640625), cy = sp(3.69183861259614332084311e-09);
  const rx = f32x4.add(qx, cx), rv = f32x4.sub(rx, qx);
  const ry = f32x4.add(f32x4.add(f32x4.sub(qx, f32x4.sub(rx, rv)), f32x4.sub(cx, rv)), f32x4.add(qy, cy));
  const ux = f32x4.mul(px, rx), uy = fma<F>(px, ry, fma<F>(py, rx, fms<F>(px, rx, ux)));
  // s = dfadd(s, u)
  s2 = f32x4.add(sx, ux);
  RX = s2;
  RY = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, s2), ux), sy), uy);
}

/** e^(dx + dy) (Sleef's expkf). */
function expk<F>(dx: v128, dy: v128): v128 {
  const q = rintX86(f32x4.mul(f32x4.add(dx, dy), sp(1.442695040888963407359924681001892137)));
  const qf = f32x4.convert_i32x4_s(q);
  // s = dfadd2(d, q·-L2U), then dfadd2(s, q·-L2L)
  let w = f32x4.mul(qf, sp(-0.693145751953125));
  let sx = f32x4.add(dx, w), v = f32x4.sub(sx, dx);
  let sy = f32x4.add(f32x4.add(f32x4.sub(dx, f32x4.sub(sx, v)), f32x4.sub(w, v)), dy);
  w = f32x4.mul(qf, sp(-1.428606765330187045e-06));
  let s2 = f32x4.add(sx, w);
  v = f32x4.sub(s2, sx);
  sy = f32x4.add(f32x4.add(f32x4.sub(sx, f32x4.sub(s2, v)), f32x4.sub(w, v)), sy);
  sx = s2;
  // dfnormalize
  s2 = f32x4.add(sx, sy);
  sy = f32x4.add(f32x4.sub(sx, s2), sy);
  sx = s2;
  let u = fma<F>(sp(0.00136324646882712841033936), sx, sp(0.00836596917361021041870117));
  u = fma<F>(u, sx, sp(0.0416710823774337768554688));
  u = fma<F>(u, sx, sp(0.166665524244308471679688));
  u = fma<F>(u, sx, sp(0.499999850988388061523438));
  // t = dfadd(s, dfmul(dfsqu(s), u))
  const qx = f32x4.mul(sx, sx), qy = fma<F>(f32x4.add(sx, sx), sy, fms<F>(sx, sx, qx));
  const px = f32x4.mul(qx, u), py = fma<F>(qy, u, fms<F>(qx, u, px));
  let tx = f32x4.add(sx, px);
  let ty = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(sx, tx), px), sy), py);
  // t = dfadd(1, t)
  const one = sp(1);
  const t2 = f32x4.add(one, tx);
  ty = f32x4.add(f32x4.add(f32x4.sub(one, t2), tx), ty);
  tx = t2;
  const r = ldexp5(f32x4.add(tx, ty), q);
  return v128.andnot(r, f32x4.lt(dx, sp(-104)));
}

/** x^y (Sleef_powf8_u10). */
export function powF4<F>(x: v128, y: v128): v128 {
  const ay = absv(y);
  const yisint = v128.or(f32x4.eq(f32x4.trunc(y), y), f32x4.gt(ay, sp(16777216)));
  const yisodd = v128.and(v128.and(i32x4.eq(v128.and(truncX86(y), i32x4.splat(1)), i32x4.splat(1)), yisint), f32x4.lt(ay, sp(16777216)));
  logk<F>(absv(x));
  // dfmul(log, y)
  const lx = f32x4.mul(RX, y), ly = fma<F>(RY, y, fms<F>(RX, y, lx));
  let result = expk<F>(lx, ly);
  result = v128.bitselect(sp(Infinity), result, isnan(result));
  const sgn = v128.bitselect(sp(1), v128.bitselect(v128.bitselect(sp(-1), sp(1), yisodd), sp(NaN), yisint), f32x4.gt(x, sp(0)));
  result = f32x4.mul(result, sgn);
  const efx = mulsign(f32x4.sub(absv(x), sp(1)), y);
  const yinf = f32x4.eq(ay, sp(Infinity));
  result = v128.bitselect(v128.andnot(v128.bitselect(sp(1), sp(Infinity), f32x4.eq(efx, sp(0))), f32x4.lt(efx, sp(0))), result, yinf);
  const xzero = f32x4.eq(x, sp(0));
  const xsign = v128.or(sp(1), v128.and(x, i32x4.splat(0x80000000)));
  const special = f32x4.mul(v128.bitselect(xsign, sp(1), yisodd),
    v128.andnot(sp(Infinity), f32x4.lt(v128.bitselect(f32x4.neg(y), y, xzero), sp(0))));
  result = v128.bitselect(special, result, v128.or(f32x4.eq(absv(x), sp(Infinity)), xzero));
  result = v128.or(result, v128.or(isnan(x), isnan(y)));
  return v128.bitselect(sp(1), result, v128.or(f32x4.eq(y, sp(0)), f32x4.eq(x, sp(1))));
}

/** x^y of one float through Sleef's powf (the vector lanes' function; for tests). */
export function sleefPowF32(x: f32, y: f32): f32 {
  const vx = f32x4.splat(x), vy = f32x4.splat(y);
  return f32x4.extract_lane(fmaIsFused() ? powF4<Fused>(vx, vy) : powF4<Emulated>(vx, vy), 0);
}

/**
 * x ** e for a Python-number exponent as PyTorch 1.13.1's pow_tensor_scalar_kernel computes one element of a float32
 * tensor: 2, 3 and -2 as products, 0.5 / -0.5 / -1 through the sqrt, rsqrt and reciprocal kernels, any other
 * exponent by std::pow(double(x), e) rounded to float (the scalar lambda; the vectorised blocks: powRunF32).
 */
export function powScalarF32(x: f32, e: f64): f32 {
  if (e == 2) return x * x;
  if (e == 3) return x * x * x;
  if (e == -2) return <f32>1 / (x * x);
  if (e == 0.5) return Mathf.sqrt(x);
  if (e == -0.5) return <f32>1 / Mathf.sqrt(x);
  if (e == -1) return <f32>1 / x;
  return <f32>Math.pow(<f64>x, e);
}
/** The float64 form of powScalarF32 (other exponents: glibc's std::pow; the 8-element blocks of a run: sleefd.ts). */
export function powScalarF64(x: f64, e: f64): f64 {
  if (e == 2) return x * x;
  if (e == 3) return x * x * x;
  if (e == -2) return 1 / (x * x);
  if (e == 0.5) return Math.sqrt(x);
  if (e == -0.5) return 1 / Math.sqrt(x);
  if (e == -1) return 1 / x;
  return powG(x, e);
}
/**
 * A contiguous float32 run of x ** e (pow_tensor_scalar_kernel's cpu_kernel_vec): for exponents other than the
 * special ones, each 16-element block through Sleef's powf with e rounded to float (Vectorized<float>(e)); returns
 * how many leading elements it did (the caller's scalar loop, powScalarF32, does the rest).
 */
export function powRunF32(n: i32, p: usize, q: usize, e: f64): i32 {
  if (e == 2 || e == 3 || e == -2 || e == 0.5 || e == -0.5 || e == -1) return 0;
  const done = n & ~15;
  const y = f32x4.splat(<f32>e);
  if (fmaIsFused()) for (let i = 0; i < done; i += 4) v128.store(q + (<usize>i << 2), powF4<Fused>(v128.load(p + (<usize>i << 2)), y));
  else for (let i = 0; i < done; i += 4) v128.store(q + (<usize>i << 2), powF4<Emulated>(v128.load(p + (<usize>i << 2)), y));
  return done;
}
/**
 * A float32 row of a ** b (pow_tensor_tensor_kernel's cpu_kernel_vec) whose operands are contiguous or a broadcast
 * number (`sa`/`sb`: element strides 1 or 0): 16-element blocks through Sleef's powf, the rest by powf (here
 * float(pow(double, double)), which can differ from glibc's powf in the last bit).
 */
export function powRowF32(n: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize): void {
  const done = n & ~15;
  const fused = fmaIsFused();
  for (let i = 0; i < done; i += 4) {
    const x = sa ? v128.load(a + (<usize>i << 2)) : v128.load32_splat(a);
    const y = sb ? v128.load(b + (<usize>i << 2)) : v128.load32_splat(b);
    v128.store(o + (<usize>i << 2), fused ? powF4<Fused>(x, y) : powF4<Emulated>(x, y));
  }
  for (let i = done; i < n; i++) {
    const x = load<f32>(a + (<usize>(i * sa) << 2)), y = load<f32>(b + (<usize>(i * sb) << 2));
    store<f32>(o + (<usize>i << 2), <f32>Math.pow(<f64>x, <f64>y));
  }
}

// --- atan2f (Sleef_atan2f8_u10: SLEEF 3.5.1's xatan2f_u1 with atan2kf_u1) ------------------------------------------
/** atan2 of y ≥ 0 (a float) and x (a float) as a float: Sleef's atan2kf_u1 followed by the sum of its pair. */
function atan2kF4<F>(y: v128, x0: v128): v128 {
  const neg = f32x4.lt(x0, sp(0));
  let q = v128.and(neg, i32x4.splat(-2));
  const x = absv(x0);
  const p = f32x4.lt(x, y);
  q = v128.bitselect(i32x4.add(q, i32x4.splat(1)), q, p);
  // s = p ? -x : y, t = p ? y : x (pairs with zero low parts), s = s / t
  div2<F>(v128.bitselect(f32x4.neg(x), y, p), sp(0), v128.bitselect(y, x, p), sp(0));
  const sx = RX, sy = RY;
  let tx = f32x4.mul(sx, sx);
  let ty = fma<F>(f32x4.add(sx, sx), sy, fms<F>(sx, sx, tx));                 // dfsqu
  const tn = f32x4.add(tx, ty);                                                 // dfnormalize
  ty = f32x4.add(f32x4.sub(tx, tn), ty);
  tx = tn;
  let u = fma<F>(sp(-0.00176397908944636583328247), tx, sp(0.0107900900766253471374512));
  u = fma<F>(u, tx, sp(-0.0309564601629972457885742));
  u = fma<F>(u, tx, sp(0.0577365085482597351074219));
  u = fma<F>(u, tx, sp(-0.0838950723409652709960938));
  u = fma<F>(u, tx, sp(0.109463557600975036621094));
  u = fma<F>(u, tx, sp(-0.142626821994781494140625));
  u = fma<F>(u, tx, sp(0.199983194470405578613281));
  const c = sp(-0.333332866430282592773438), ut = f32x4.mul(u, tx);
  const ax = f32x4.add(c, ut), al = f32x4.add(f32x4.sub(c, ax), ut);
  let mx = f32x4.mul(tx, ax);
  let my = fma<F>(tx, al, fma<F>(ty, ax, fms<F>(tx, ax, mx)));
  const one = sp(1);
  const bx = f32x4.add(one, mx), bl = f32x4.add(f32x4.add(f32x4.sub(one, bx), mx), my);
  mx = f32x4.mul(sx, bx);
  my = fma<F>(sx, bl, fma<F>(sy, bx, fms<F>(sx, bx, mx)));
  const qf = f32x4.convert_i32x4_s(q);
  const hx = sp(1.5707963705062866211), hy = sp(-4.3711388286737928865e-08);
  const wx = f32x4.mul(hx, qf), wy = fma<F>(hy, qf, fms<F>(hx, qf, wx));
  const zx = f32x4.add(wx, mx);
  const zy = f32x4.add(f32x4.add(f32x4.add(f32x4.sub(wx, zx), mx), wy), my);
  return f32x4.add(zx, zy);
}
/** isinf(d) ? (d's sign | m) : 0 (Sleef's visinf2). */
// @ts-ignore: decorator
@inline function isinf2(d: v128, m: v128): v128 {
  return v128.and(f32x4.eq(absv(d), sp(Infinity)), v128.or(v128.and(d, i32x4.splat(0x80000000)), m));
}
/** atan2(y, x) (Sleef_atan2f8_u10). */
export function atan2F4<F>(y0: v128, x0: v128): v128 {
  const o = f32x4.lt(absv(x0), sp(2.9387372783541830947e-39));
  const x = v128.bitselect(f32x4.mul(x0, sp(16777216)), x0, o);
  const y = v128.bitselect(f32x4.mul(y0, sp(16777216)), y0, o);
  let r = atan2kF4<F>(absv(y), x);
  r = mulsign(r, x);
  const xinf = f32x4.eq(absv(x), sp(Infinity));
  const hpi = sp(<f32>(Math.PI / 2));
  r = v128.bitselect(f32x4.sub(hpi, isinf2(x, mulsign(hpi, x))), r, v128.or(xinf, f32x4.eq(x, sp(0))));
  r = v128.bitselect(f32x4.sub(hpi, isinf2(x, mulsign(sp(<f32>(Math.PI / 4)), x))), r, f32x4.eq(absv(y), sp(Infinity)));
  r = v128.bitselect(v128.and(i32x4.shr_s(x, 31), sp(<f32>Math.PI)), r, f32x4.eq(y, sp(0)));
  return v128.or(v128.or(isnan(x), isnan(y)), mulsign(r, y));
}
/** atan2 of one pair through Sleef's atan2f (the vector lanes' function; for tests). */
export function sleefAtan2F32(y: f32, x: f32): f32 {
  const vy = f32x4.splat(y), vx = f32x4.splat(x);
  return f32x4.extract_lane(fmaIsFused() ? atan2F4<Fused>(vy, vx) : atan2F4<Emulated>(vy, vx), 0);
}
/**
 * A float32 row of atan2(a, b) (atan2_kernel's cpu_kernel_vec) whose operands are contiguous or a broadcast number
 * (`sa`/`sb`: element strides 1 or 0): 16-element blocks through Sleef's atan2f, the rest through glibc's atan2f.
 */
export function atan2RowF32(n: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize): void {
  const done = n & ~15;
  const fused = fmaIsFused();
  for (let i = 0; i < done; i += 4) {
    const y = sa ? v128.load(a + (<usize>i << 2)) : v128.load32_splat(a);
    const x = sb ? v128.load(b + (<usize>i << 2)) : v128.load32_splat(b);
    v128.store(o + (<usize>i << 2), fused ? atan2F4<Fused>(y, x) : atan2F4<Emulated>(y, x));
  }
  for (let i = done; i < n; i++) {
    store<f32>(o + (<usize>i << 2), atan2fG(load<f32>(a + (<usize>(i * sa) << 2)), load<f32>(b + (<usize>(i * sb) << 2))));
  }
}
