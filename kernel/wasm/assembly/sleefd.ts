// float64 tanh, sin and cos as PyTorch 1.13.1's vectorised CPU kernels compute them: Sleef_tanhd4_u10,
// Sleef_sind4_u10 and Sleef_cosd4_u10 of SLEEF 3.5.1's AVX2 build (Boost Software License 1.0;
// https://github.com/shibatch/sleef, src/libm/sleefsimddp.c and dd.h; the algorithms written anew, lane by lane).
// They work in double-double arithmetic (hi + lo pairs) whose error terms come from fused multiply-adds, fused
// exactly where the AVX2 helper (ENABLE_FMA_DP) fuses them: the hardware's FMA through relaxed_madd where it fuses,
// else the correctly rounded software fma64 (fmaW, welford.ts), so both wasm builds give the same bits.
// Sleef's trig functions pick their argument reduction once per 4-lane vector (every lane below 15: the short
// Cody–Waite path; every lane below 1e14: the long one); sinCosRunF64 applies that choice to 4-element groups of a
// contiguous run as vml's vec::map forms them. Lanes at or above 1e14 (and ±inf, NaN) need Sleef's Payne–Hanek
// reduction (rempi), not ported: those take AssemblyScript's Math.sin/cos (NaN for ±inf and NaN, as Sleef).
import { expF64, expGlibc } from './expd';
import { powG } from './glibc';
import { fma64, madIsFused } from './welford';

/**
 * a·b + c rounded once: the hardware's FMA through relaxed_madd where it fuses, else fma64 (welford.ts) with a tiny
 * product worked at 2^600 scale (fma64's error term is inexact for products near the subnormal range; Sleef's
 * double-double steps there give subnormal results, e.g. erfc of 26).
 */
// @ts-ignore: decorator
@inline function fmaW(a: f64, b: f64, c: f64, hw: bool): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return f64x2.extract_lane(f64x2.relaxed_madd(f64x2.splat(a), f64x2.splat(b), f64x2.splat(c)), 0);
  }
  return fmaSoft(a, b, c);
}
function fmaSoft(a: f64, b: f64, c: f64): f64 {
  const p = Math.abs(a * b);
  if (p < 1e-270 && a != 0 && b != 0 && Math.abs(c) < 1e-250) {
    const S = 4.149515568880993e+180, R = 2.409919865102884e-181;   // 2^600, 2^-600
    return (Math.abs(a) <= Math.abs(b) ? fma64(a * S, b, c * S) : fma64(a, b * S, c * S)) * R;
  }
  return fma64(a, b, c);
}

// @ts-ignore: decorator
@inline const R_LN2: f64 = 1.442695040888963407359924681001892137426645954152985934135449406931;
// @ts-ignore: decorator
@inline const L2U: f64 = .69314718055966295651160180568695068359375;
// @ts-ignore: decorator
@inline const L2L: f64 = .28235290563031577122588448175013436025525412068e-12;
// @ts-ignore: decorator
@inline const M_1_PI: f64 = 0.318309886183790671537767526745028724;
// @ts-ignore: decorator
@inline const PI_A: f64 = 3.1415926218032836914;
// @ts-ignore: decorator
@inline const PI_B: f64 = 3.1786509424591713469e-08;
// @ts-ignore: decorator
@inline const PI_C: f64 = 1.2246467864107188502e-16;
// @ts-ignore: decorator
@inline const PI_D: f64 = 1.2736634327021899816e-24;
// @ts-ignore: decorator
@inline const PI_A2: f64 = 3.141592653589793116;
// @ts-ignore: decorator
@inline const PI_B2: f64 = 1.2246467991473532072e-16;

// Double-double results of the helpers: (RX, RY).
let RX: f64 = 0;
let RY: f64 = 0;

/** d·2^e in two steps (Sleef's vldexp2_vd_vd_vi). */
// @ts-ignore: decorator
@inline function ldexp2(d: f64, e: i32): f64 {
  const h = e >> 1;
  return d * reinterpret<f64>(<i64>(h + 1023) << 52) * reinterpret<f64>(<i64>(e - h + 1023) << 52);
}
/** Round to an integer, ties to even, as an i32 (clamped: the lanes where it matters are in range). */
// @ts-ignore: decorator
@inline function rinti(x: f64): i32 { return <i32>max(-2147483648.0, min(2147483647.0, nearest(x))); }

/** e^(dx + dy) as a double-double in (RX, RY) (Sleef's expk2). */
function expk2(dx: f64, dy: f64, hw: bool): void {
  const dq = nearest((dx + dy) * R_LN2);
  const q = <i32>max(-2100.0, min(2100.0, dq));
  // s = d + dq·(-L2U), then + dq·(-L2L) (ddadd2_vd2_vd2_vd)
  let w = dq * -L2U;
  let sx = dx + w, v = sx - dx;
  let sy = ((dx - (sx - v)) + (w - v)) + dy;
  w = dq * -L2L;
  let t2 = sx + w; v = t2 - sx;
  sy = ((sx - (t2 - v)) + (w - v)) + sy;
  sx = t2;
  // s2 = ddsqu(s), s4 = ddsqu(s2)
  const s2x = sx * sx, s2y = fmaW(sx + sx, sy, fmaW(sx, sx, -s2x, hw), hw);
  const s4x = s2x * s2x, s4y = fmaW(s2x + s2x, s2y, fmaW(s2x, s2x, -s4x, hw), hw);
  const s8 = s4x * s4x;
  // POLY10 (Estrin) in sx, s2x, s4x, s8
  const p98 = fmaW(sx, 0.1602472219709932072e-9, 0.2092255183563157007e-8, hw);
  const p76 = fmaW(sx, 0.2505230023782644465e-7, 0.2755724800902135303e-6, hw);
  const p54 = fmaW(sx, 0.2755731892386044373e-5, 0.2480158735605815065e-4, hw);
  const p32 = fmaW(sx, 0.1984126984148071858e-3, 0.1388888888886763255e-2, hw);
  const p10 = fmaW(sx, 0.8333333333333347095e-2, 0.4166666666666669905e-1, hw);
  const u = fmaW(s8, p98, fmaW(s4x, fmaW(s2x, p76, p54, hw), fmaW(s2x, p32, p10, hw), hw), hw);
  // t = 0.5 + s·(1/6) (ddmul_vd2_vd2_vd, ddadd_vd2_vd_vd2)
  const c = 0.1666666666666666574e+0;
  let mx = sx * c, my = fmaW(sy, c, fmaW(sx, c, -mx, hw), hw);
  let tx = 0.5 + mx, ty = ((0.5 - tx) + mx) + my;
  // t = 1 + t·s, twice (ddmul_vd2_vd2_vd2, ddadd_vd2_vd_vd2)
  mx = tx * sx; my = fmaW(tx, sy, fmaW(ty, sx, fmaW(tx, sx, -mx, hw), hw), hw);
  tx = 1 + mx; ty = ((1 - tx) + mx) + my;
  mx = tx * sx; my = fmaW(tx, sy, fmaW(ty, sx, fmaW(tx, sx, -mx, hw), hw), hw);
  tx = 1 + mx; ty = ((1 - tx) + mx) + my;
  // t += s4·u (ddmul_vd2_vd2_vd, ddadd_vd2_vd2_vd2)
  mx = s4x * u; my = fmaW(s4y, u, fmaW(s4x, u, -mx, hw), hw);
  const r = tx + mx;
  ty = (((tx - r) + mx) + ty) + my;
  tx = r;
  tx = ldexp2(tx, q); ty = ldexp2(ty, q);
  if (dx < -1000) { tx = 0; ty = 0; }
  RX = tx; RY = ty;
}

/** (nx + ny)/(dx + dy) as a double-double in (RX, RY) (Sleef's dddiv, FMA form). */
// @ts-ignore: decorator
@inline function dddiv(nx: f64, ny: f64, dx: f64, dy: f64, hw: bool): void {
  const t = 1 / dx;
  const s = nx * t;
  const u = fmaW(t, nx, -s, hw);
  const v = fmaW(-dy, t, fmaW(-dx, t, 1, hw), hw);
  RX = s;
  RY = fmaW(s, v, fmaW(ny, t, u, hw), hw);
}

// @ts-ignore: decorator
@inline const NAN_ALL: u64 = 0xFFFFFFFFFFFFFFFF;   // a NaN lane or'ed with all ones, as Sleef's vor with visnan

/** tanh (Sleef_tanhd4_u10, SLEEF's xtanh). */
export function tanhF64(x: f64): f64 {
  const hw = madIsFused();
  const y = Math.abs(x);
  expk2(y, 0, hw);
  const dx = RX, dy = RY;
  // e = 1/d (ddrec_vd2_vd2)
  const ex = 1 / dx;
  const ey = ex * fmaW(-dy, ex, fmaW(-dx, ex, 1, hw), hw);
  // (d - e) and (d + e) (ddadd2_vd2_vd2_vd2)
  let s = dx - ex, v = s - dx;
  const nx = s, ny = ((dx - (s - v)) + (-ex - v)) + (dy - ey);
  s = dx + ex; v = s - dx;
  const mx = s, my = ((dx - (s - v)) + (ex - v)) + (dy + ey);
  dddiv(nx, ny, mx, my, hw);
  let r = RX + RY;
  if (y > 18.714973875 || isNaN(r)) r = 1;
  r = reinterpret<f64>(reinterpret<u64>(r) ^ (reinterpret<u64>(x) & 0x8000000000000000));   // vmulsign
  return isNaN(x) ? reinterpret<f64>(NAN_ALL) : r;
}

/**
 * The reduced argument of sin (which 0) or cos (1) in (RX, RY), the quadrant in QL: `path` 0 Sleef's
 * TRIGRANGEMAX2 branch (every lane of the vector below 15), 1 its TRIGRANGEMAX branch (below 1e14).
 */
let QL: i32 = 0;
// @ts-ignore: decorator
@inline function trigReduce(d: f64, which: i32, path: i32, hw: bool): void {
  let sx: f64, sy: f64;
  if (which == 0) {
    if (path == 0) {
      const dql = nearest(d * M_1_PI);
      QL = rinti(dql);
      const u = fmaW(dql, -PI_A2, d, hw), w = dql * -PI_B2;
      sx = u + w; sy = (u - sx) + w;   // ddadd_vd2_vd_vd
    } else {
      const dqh = Math.trunc(d * (M_1_PI / 16777216.0)) * 16777216.0;
      const dql = nearest(fmaW(d, M_1_PI, -dqh, hw));
      QL = rinti(dql);
      const u = fmaW(dqh, -PI_A, d, hw);
      let w = dql * -PI_A;
      sx = u + w; sy = (u - sx) + w;
      RX = sx; RY = sy;
      add2(dqh * -PI_B); add2(dql * -PI_B); add2(dqh * -PI_C); add2(dql * -PI_C);
      sx = RX; sy = RY;
      w = (dqh + dql) * -PI_D;   // ddadd_vd2_vd2_vd
      const r = sx + w;
      sy = ((sx - r) + w) + sy; sx = r;
    }
  } else {
    if (path == 0) {
      let dql = nearest(fmaW(d, M_1_PI, -0.5, hw));
      dql = fmaW(2, dql, 1, hw);
      QL = rinti(dql);
      let w = dql * (-PI_A2 * 0.5);
      sx = d + w; const v = sx - d;   // ddadd2_vd2_vd_vd
      sy = (d - (sx - v)) + (w - v);
      w = dql * (-PI_B2 * 0.5);   // ddadd_vd2_vd2_vd
      const r = sx + w;
      sy = ((sx - r) + w) + sy; sx = r;
    } else {
      let dqh = Math.trunc(fmaW(d, M_1_PI / 8388608.0, -M_1_PI / 16777216.0, hw));
      let ql = rinti(d * M_1_PI + fmaW(dqh, -8388608.0, -0.5, hw));
      dqh = dqh * 16777216.0;
      ql = ql + ql + 1;
      QL = ql;
      const dql = <f64>ql;
      const u = fmaW(dqh, -PI_A * 0.5, d, hw);
      const w = dql * (-PI_A * 0.5);
      sx = u + w; const v = sx - u;   // ddadd2_vd2_vd_vd
      sy = (u - (sx - v)) + (w - v);
      RX = sx; RY = sy;
      add2(dqh * (-PI_B * 0.5)); add2(dql * (-PI_B * 0.5)); add2(dqh * (-PI_C * 0.5)); add2(dql * (-PI_C * 0.5));
      sx = RX; sy = RY;
      const w2 = (dqh + dql) * (-PI_D * 0.5);
      const r = sx + w2;
      sy = ((sx - r) + w2) + sy; sx = r;
    }
  }
  RX = sx; RY = sy;
}
/** (RX, RY) += w (ddadd2_vd2_vd2_vd). */
// @ts-ignore: decorator
@inline function add2(w: f64): void {
  const x = RX, s = x + w, v = s - x;
  RY = ((x - (s - v)) + (w - v)) + RY;
  RX = s;
}

/** sin (which 0) or cos (1) of d with Sleef's reduction `path` (see trigReduce); Sleef_sind4_u10 / cosd4_u10. */
function sinCosPath(d: f64, which: i32, path: i32, hw: bool): f64 {
  trigReduce(d, which, path, hw);
  const tx = RX, ty = RY;
  // s = t² (ddsqu)
  const sx = tx * tx, sy = fmaW(tx + tx, ty, fmaW(tx, tx, -sx, hw), hw);
  const s2 = sx * sx, s4 = s2 * s2;
  let u = fmaW(s4, fmaW(sx, 2.72052416138529567917983e-15, -7.6429259411395447190023e-13, hw),
    fmaW(s2, fmaW(sx, 1.60589370117277896211623e-10, -2.5052106814843123359368e-08, hw),
      fmaW(sx, 2.75573192104428224777379e-06, -0.000198412698412046454654947, hw), hw), hw);
  u = fmaW(u, sx, 0.00833333333333318056201922, hw);
  // x = 1 + (-1/6 + u·s)·s (ddadd_vd2_vd_vd, ddmul_vd2_vd2_vd2, ddadd_vd2_vd_vd2)
  const c = -0.166666666666666657414808, w = u * sx;
  const ax = c + w, ay = (c - ax) + w;
  const mx = ax * sx, my = fmaW(ax, sy, fmaW(ay, sx, fmaW(ax, sx, -mx, hw), hw), hw);
  const xx = 1 + mx, xy = ((1 - xx) + mx) + my;
  // u = t·x (ddmul_vd_vd2_vd2)
  let r = fmaW(tx, xx, fmaW(ty, xx, tx * xy, hw), hw);
  if (which == 0) {
    if (QL & 1) r = -r;
    if (d == 0) r = d;
  } else {
    if ((QL & 2) == 0) r = -r;
  }
  return r;
}

/** The reduction path Sleef takes for a vector whose largest |lane| is m (NaN: 2, Payne–Hanek). */
// @ts-ignore: decorator
@inline function trigPath(m: f64): i32 { return m < 15 ? 0 : m < 1e14 ? 1 : 2; }

/** sin (which 0) or cos (1) of one lane in a vector that takes `path`. */
// @ts-ignore: decorator
@inline function sinCosLane(d: f64, which: i32, path: i32, hw: bool): f64 {
  if (path == 2) {
    // Payne–Hanek (Sleef's rempi) is not ported: lanes at or above 1e14, ±inf and NaN take Math's; the smaller
    // lanes of such a vector the 1e14 branch (Sleef reduces them by rempi too, mostly to the same bits)
    if (!(Math.abs(d) < 1e14)) return which == 0 ? Math.sin(d) : which == 1 ? Math.cos(d) : Math.tan(d);
    path = 1;
  }
  return which == 2 ? tanPath(d, path, hw) : sinCosPath(d, which, path, hw);
}

/** One float64 through Sleef's function for op (as sleefRunF64; not sinh/cosh) as a vector of four copies of it would give. */
export function sleefF64(op: i32, x: f64): f64 {
  if (op == 7) return tanhF64(x);
  if (op == 15) return log1pF64(x);
  if (op == 16) return expm1F64(x);
  if (op == 25) return atanF64(x);
  if (op == 35) return erfF64(x);
  if (op == 45) return erfcF64(x);
  if (op == 23) return asinAcosF64(x, 0);
  if (op == 24) return asinAcosF64(x, 1);
  if (op == 28) return log2or10F64(x, 1);
  if (op == 29) return log2or10F64(x, 0);
  const hw = madIsFused();
  return sinCosLane(x, op == 5 ? 0 : op == 6 ? 1 : 2, trigPath(Math.abs(x)), hw);
}

/**
 * A contiguous float64 run of a unary op (kernels.ts UnaryOp codes: sin 5, cos 6, tanh 7, log1p 15, expm1 16, tan 22,
 * asin 23, acos 24, atan 25, log2 28, log10 29, erf 35, erfc 45) as PyTorch's vml computes it: vec::map over the run in
 * 4-lane vectors (the last one a partial load, its other lanes 0), every element by Sleef: returns n. sinh 26 and
 * cosh 27 go through cpu_kernel_vec: Sleef for the 8-element blocks, returns n & ~7 (the caller's scalar loop
 * finishes the row with std::sinh / std::cosh).
 */
export function sleefRunF64(op: i32, n: i32, p: usize, q: usize): i32 {
  if (op == 26 || op == 27) {   // cpu_kernel_vec: 8-element blocks (two vectors) by Sleef, the rest std::sinh/cosh
    const done = n & ~7;
    for (let i = 0; i < done; i++) store<f64>(q + (<usize>i << 3), sinhCoshF64(load<f64>(p + (<usize>i << 3)), op - 26));
    return done;
  }
  if (op != 5 && op != 6 && op != 22) {
    for (let i = 0; i < n; i++) store<f64>(q + (<usize>i << 3), sleefF64(op, load<f64>(p + (<usize>i << 3))));
    return n;
  }
  const which = op == 5 ? 0 : op == 6 ? 1 : 2, hw = madIsFused();
  for (let i = 0; i < n; i += 4) {
    const r = min(4, n - i);
    let m: f64 = 0;
    for (let k = 0; k < r; k++) {
      const a = Math.abs(load<f64>(p + (<usize>(i + k) << 3)));
      m = isNaN(a) || isNaN(m) ? NaN : max(m, a);
    }
    const path = isNaN(m) ? 2 : trigPath(m);
    for (let k = 0; k < r; k++) {
      const o = <usize>(i + k) << 3;
      store<f64>(q + o, sinCosLane(load<f64>(p + o), which, path, hw));
    }
  }
  return n;
}

/** e^a - 1 (Sleef_expm1d4_u10, SLEEF's xexpm1). */
export function expm1F64(a: f64): f64 {
  const hw = madIsFused();
  expk2(a, 0, hw);
  // ddadd2_vd2_vd2_vd with -1
  const x = RX, s = x + -1, v = s - x;
  const t = ((x - (s - v)) + (-1 - v)) + RY;
  let r = s + t;
  if (a > 709.782712893383996732223) r = Infinity;
  if (a < -36.736800569677101399113302437) r = -1;
  if (reinterpret<u64>(a) == 0x8000000000000000) r = -0.0;
  return r;
}

/** log(1 + d) (Sleef_log1pd4_u10, SLEEF's xlog1p). */
export function log1pF64(d: f64): f64 {
  const hw = madIsFused();
  let dp1 = d + 1;
  const o = dp1 < 2.2250738585072014e-308;
  if (o) dp1 = dp1 * 18446744073709551616.0;
  let e = <i32>((reinterpret<u64>(dp1 * (1.0 / 0.75)) >> 52) & 0x7ff) - 0x3ff;   // vilogb2k
  const t = reinterpret<f64>(reinterpret<i64>(1.0) + (<i64>(-e) << 52));      // vldexp3(1, -e)
  const m = fmaW(d, t, t - 1, hw);
  if (o) e -= 64;
  const fe = <f64>e;
  let sx = 0.693147180559945286226764 * fe;
  let sy = fmaW(2.319046813846299558417771e-17, fe, fmaW(0.693147180559945286226764, fe, -sx, hw), hw);
  // x = m / (2 + m) (ddadd_vd2_vd_vd, dddiv)
  const bx = 2 + m, by = (2 - bx) + m;
  dddiv(m, 0, bx, by, hw);
  const xx = RX, xy = RY;
  const x2 = xx * xx, x4 = x2 * x2, x8 = x4 * x4;
  // POLY7(x2, x4, x8, ...)
  const tt = fmaW(x8, fmaW(x4, 0.1532076988502701353e+0, fmaW(x2, 0.1525629051003428716e+0, 0.1818605932937785996e+0, hw), hw),
    fmaW(x4, fmaW(x2, 0.2222214519839380009e+0, 0.2857142932794299317e+0, hw), fmaW(x2, 0.3999999999635251990e+0, 0.6666666666667333541e+0, hw), hw), hw);
  // s += 2x (ddadd_vd2_vd2_vd2), s += x²·x·t (ddadd_vd2_vd2_vd)
  const yx = xx * 2, yy = xy * 2;
  let r = sx + yx;
  sy = (((sx - r) + yx) + sy) + yy;
  sx = r;
  const w = (x2 * xx) * tt;
  r = sx + w;
  sy = ((sx - r) + w) + sy;
  r = r + sy;
  if (d > 1e+307) r = Infinity;
  if (d < -1 || isNaN(d)) r = NaN;
  if (d == -1) r = -Infinity;
  if (reinterpret<u64>(d) == 0x8000000000000000) r = -0.0;
  return r;
}

/** atan (Sleef_atand4_u10, SLEEF's xatan_u1 over atan2k_u1(|d|, 1)). */
export function atanF64(d: f64): f64 {
  const hw = madIsFused();
  const y = Math.abs(d);
  const p = 1 < y;
  const q = p ? 1 : 0;
  const sx0 = p ? -1.0 : y, sy0 = p ? -0.0 : 0.0;
  const tx0 = p ? y : 1.0;
  dddiv(sx0, sy0, tx0, 0, hw);
  const sx = RX, sy = RY;
  // t = normalize(s²)
  let tx = sx * sx, ty = fmaW(sx + sx, sy, fmaW(sx, sx, -tx, hw), hw);
  const nn = tx + ty; ty = (tx - nn) + ty; tx = nn;
  const t2 = tx * tx, t4 = t2 * t2, t8 = t4 * t4;
  const hi8 = fmaW(t4,
    fmaW(t2, fmaW(tx, 1.06298484191448746607415e-05, -0.000125620649967286867384336, hw), fmaW(tx, 0.00070557664296393412389774, -0.00251865614498713360352999, hw), hw),
    fmaW(t2, fmaW(tx, 0.00646262899036991172313504, -0.0128281333663399031014274, hw), fmaW(tx, 0.0208024799924145797902497, -0.0289002344784740315686289, hw), hw), hw);
  const lo8 = fmaW(t4,
    fmaW(t2, fmaW(tx, 0.0359785005035104590853656, -0.041848579703592507506027, hw), fmaW(tx, 0.0470843011653283988193763, -0.0524914210588448421068719, hw), hw),
    fmaW(t2, fmaW(tx, 0.0587946590969581003860434, -0.0666620884778795497194182, hw), fmaW(tx, 0.0769225330296203768654095, -0.0909090442773387574781907, hw), hw), hw);
  let u = fmaW(t8, hi8, lo8, hw);
  u = fmaW(u, tx, 0.111111108376896236538123, hw);
  u = fmaW(u, tx, -0.142857142756268568062339, hw);
  u = fmaW(u, tx, 0.199999999997977351284817, hw);
  u = fmaW(u, tx, -0.333333333333317605173818, hw);
  // t = s + (s·t)·u (ddmul_vd2_vd2_vd2, ddmul_vd2_vd2_vd, ddadd_vd2_vd2_vd2)
  let mx = sx * tx, my = fmaW(sx, ty, fmaW(sy, tx, fmaW(sx, tx, -mx, hw), hw), hw);
  const m2x = mx * u, m2y = fmaW(my, u, fmaW(mx, u, -m2x, hw), hw);
  let r = sx + m2x;
  let ry = (((sx - r) + m2x) + sy) + m2y;
  // + (π/2 as a pair)·q
  const fq = <f64>q;
  const ax = 1.570796326794896557998982 * fq;
  const ay = fmaW(6.12323399573676603586882e-17, fq, fmaW(1.570796326794896557998982, fq, -ax, hw), hw);
  const r2 = ax + r;
  ry = (((ax - r2) + r) + ay) + ry;
  let res = r2 + ry;
  if (y == Infinity) res = 1.570796326794896557998982;
  return reinterpret<f64>(reinterpret<u64>(res) ^ (reinterpret<u64>(d) & 0x8000000000000000));
}

// erf's three polynomials (|a| < 1 in a², < 3.7 and < 6 in |a|), highest coefficient first
// @ts-ignore: decorator
@lazy const ERF_C = memory.data<f64>([
  +0.6801072401395392157e-20, +0.2830954522087717660e-13, -0.5846750404269610493e-17,
  -0.2161766247570056391e-18, -0.1509491946179481940e-11, +0.6076691048812607898e-15,
  +0.4695919173301598752e-17, +0.3827857177807173152e-10, -0.3007518609604893831e-13,
  -0.9049140419888010819e-16, -0.6139733921558987241e-09, +0.9427906260824646063e-12,
  +0.1634018903557411517e-14, +0.6985387934608038824e-08, -0.2100110908269393629e-10,
  -0.2783485786333455216e-13, -0.5988224513034371474e-07, +0.3534639523461223473e-09,
  +0.4463221276786412722e-12, +0.4005716952355346640e-06, -0.4664967728285395926e-08,
  -0.6711366622850138987e-11, -0.2132190104575784400e-05, +0.4943823283769000532e-07,
  +0.9422759050232658346e-10, +0.9092461304042630325e-05, -0.4271203394761148254e-06,
  -0.1229055530100228477e-08, -0.3079188080966205457e-04, +0.3034067677404915895e-05,
  +0.1480719281585085023e-07, +0.7971413443082370762e-04, -0.1776295289066871135e-04,
  -0.1636584469123402714e-06, -0.1387853215225442864e-03, +0.8524547630559505050e-04,
  +0.1646211436588923363e-05, +0.6469678026257590965e-04, -0.3290582944961784398e-03,
  -0.1492565035840624866e-04, +0.4996645280372945860e-03, +0.9696966068789101157e-03,
  +0.1205533298178966496e-03, -0.1622802482842520535e-02, -0.1812527628046986137e-02,
  -0.8548327023450851166e-03, +0.1615320557049377171e-03, -0.4725409828123619017e-03,
  +0.5223977625442188799e-02, +0.1915262325574875607e-01, +0.2090315427924229266e-01,
  -0.2686617064513125569e-01, -0.1027818298486033455e+00, -0.1052041921842776645e+00,
  +0.1128379167095512753e+00, -0.6366172819842503827e+00, -0.6345351808766568347e+00,
  -0.3761263890318375380e+00, -0.1128379590648910469e+01, -0.1129442929103524396e+01,
  1.1283791670955125586, 3.4110644736196137587e-08, 0.00024963035690526438285,
  1.5335459613165822674e-17, -2.4875650708323294246e-24, -5.4362665034856259795e-21,
]);

/** erf (Sleef_erfd4_u10, SLEEF's xerf_u1). */
export function erfF64(s: f64): f64 {
  const hw = madIsFused();
  const a = Math.abs(s);
  const o0 = a < 1.0, o1 = a < 3.7, o2 = a < 6.0;
  const k: usize = o0 ? 0 : o1 ? 1 : 2;
  const u = o0 ? a * a : a;
  let t = load<f64>(ERF_C + (k << 3));
  for (let i: usize = 1; i < 20; i++) t = fmaW(t, u, load<f64>(ERF_C + ((i * 3 + k) << 3)), hw);
  // d = t·u (ddmul_vd2_vd_vd) + (c0 hi, lo) (ddadd2_vd2_vd2_vd2)
  let dx = t * u, dy = fmaW(t, u, -dx, hw);
  const cx = load<f64>(ERF_C + ((60 + k) << 3)), cy = load<f64>(ERF_C + ((63 + k) << 3));
  const ss = dx + cx, v = ss - dx;
  dy = ((dx - (ss - v)) + (cx - v)) + (dy + cy);
  dx = ss;
  let r: f64;
  if (o0) {   // d·a (ddmul_vd2_vd2_vd)
    const mx = dx * a, my = fmaW(dy, a, fmaW(dx, a, -mx, hw), hw);
    r = mx + my;
  } else {    // 1 - expk2(d) (ddadd_vd2_vd_vd2 of the negated pair)
    expk2(dx, dy, hw);
    const ex = -RX, ey = -RY;
    const z = 1.0 + ex;
    r = z + (((1.0 - z) + ex) + ey);
  }
  if (!o2) r = 1;
  r = reinterpret<f64>(reinterpret<u64>(r) ^ (reinterpret<u64>(s) & 0x8000000000000000));
  return isNaN(a) ? NaN : r;
}

/** tan of d with Sleef's reduction `path` (0: below 15, 1: below 1e14); Sleef_tand4_u10 (SLEEF's xtan_u1). */
function tanPath(d: f64, path: i32, hw: bool): f64 {
  let sx: f64, sy: f64, ql: i32;
  if (path == 0) {
    const dql = nearest(d * (2 * M_1_PI));
    ql = rinti(dql);
    const u = fmaW(dql, -PI_A2 * 0.5, d, hw), w = dql * (-PI_B2 * 0.5);
    sx = u + w; sy = (u - sx) + w;
  } else {
    const dqh = Math.trunc(d * (2 * M_1_PI / 16777216.0)) * 16777216.0;
    // (2/π as a pair)·d (ddmul_vd2_vd2_vd) + (±0.5 - dqh) (ddadd2_vd2_vd2_vd)
    const H = 0.63661977236758138243, L = -3.9357353350364971764e-17;
    const mx = H * d, my = fmaW(L, d, fmaW(H, d, -mx, hw), hw);
    const w0 = (d < 0 ? -0.5 : 0.5) - dqh;
    const S = mx + w0, v = S - mx;
    const Sy = ((mx - (S - v)) + (w0 - v)) + my;
    const dql = Math.trunc(S + Sy);
    ql = rinti(dql);
    const u = fmaW(dqh, -PI_A * 0.5, d, hw), w = dql * (-PI_A * 0.5);
    RX = u + w; RY = (u - RX) + w;
    add2(dqh * (-PI_B * 0.5)); add2(dql * (-PI_B * 0.5)); add2(dqh * (-PI_C * 0.5)); add2(dql * (-PI_C * 0.5));
    const w2 = (dqh + dql) * (-PI_D * 0.5);
    sx = RX + w2; sy = ((RX - sx) + w2) + RY;
  }
  const tx = sx * 0.5, ty = sy * 0.5;
  const qx = tx * tx, qy = fmaW(tx + tx, ty, fmaW(tx, tx, -qx, hw), hw);   // s = t² (ddsqu)
  const s2 = qx * qx, s4 = s2 * s2;
  let u = fmaW(s4,
    fmaW(s2, fmaW(qx, +0.3245098826639276316e-3, +0.5619219738114323735e-3, hw), fmaW(qx, +0.1460781502402784494e-2, +0.3591611540792499519e-2, hw), hw),
    fmaW(s2, fmaW(qx, +0.8863268409563113126e-2, +0.2186948728185535498e-1, hw), fmaW(qx, +0.5396825399517272970e-1, +0.1333333333330500581e+0, hw), hw), hw);
  u = fmaW(u, qx, +0.3333333333333343695e+0, hw);
  // x = t + (s·t)·u
  const m1x = qx * tx, m1y = fmaW(qx, ty, fmaW(qy, tx, fmaW(qx, tx, -m1x, hw), hw), hw);
  const m2x = m1x * u, m2y = fmaW(m1y, u, fmaW(m1x, u, -m2x, hw), hw);
  let xx = tx + m2x, xy = (((tx - xx) + m2x) + ty) + m2y;
  // y = -1 + x² (ddsqu, ddadd_vd2_vd_vd2); x = -2x
  const zx = xx * xx, zy = fmaW(xx + xx, xy, fmaW(xx, xx, -zx, hw), hw);
  const yx = -1 + zx, yy = ((-1 - yx) + zx) + zy;
  xx = xx * -2; xy = xy * -2;
  if (ql & 1) dddiv(-yx, -yy, xx, xy, hw); else dddiv(xx, xy, yx, yy, hw);
  let r = RX + RY;
  if (d == 0) r = d;
  return r;
}

/** (RX, RY) = sqrt(d) as a double-double (Sleef's ddsqrt_vd2_vd). */
// @ts-ignore: decorator
@inline function ddsqrt(d: f64, hw: bool): void {
  const t = Math.sqrt(d);
  const px = t * t, py = fmaW(t, t, -px, hw);
  const ax = d + px, v = ax - d;   // ddadd2_vd2_vd_vd2
  const ay = ((d - (ax - v)) + (px - v)) + py;
  const rx = 1 / t, ry = rx * fmaW(-t, rx, 1, hw);   // ddrec_vd2_vd
  const mx = ax * rx, my = fmaW(ax, ry, fmaW(ay, rx, fmaW(ax, rx, -mx, hw), hw), hw);
  RX = mx * 0.5; RY = my * 0.5;
}

/** asin (which 0, Sleef_asind4_u10: xasin_u1) or acos (1, Sleef_acosd4_u10: xacos_u1). */
export function asinAcosF64(d: f64, which: i32): f64 {
  const hw = madIsFused();
  const ad = Math.abs(d);
  const o = ad < 0.5;
  const x2 = o ? d * d : (1 - ad) * 0.5;
  let xx: f64, xy: f64;
  if (o) { xx = ad; xy = 0; } else { ddsqrt(x2, hw); xx = RX; xy = RY; }
  if (ad == 1.0) { xx = 0; xy = 0; }
  const x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8;
  const hi = fmaW(x4, fmaW(x2, +0.3161587650653934628e-1, -0.1581918243329996643e-1, hw), fmaW(x2, +0.1929045477267910674e-1, +0.6606077476277170610e-2, hw), hw);
  const lo = fmaW(x8,
    fmaW(x4, fmaW(x2, +0.1215360525577377331e-1, +0.1388715184501609218e-1, hw), fmaW(x2, +0.1735956991223614604e-1, +0.2237176181932048341e-1, hw), hw),
    fmaW(x4, fmaW(x2, +0.3038195928038132237e-1, +0.4464285681377102438e-1, hw), fmaW(x2, +0.7500000000378581611e-1, +0.1666666666666497543e+0, hw), hw), hw);
  let u = fmaW(x16, hi, lo, hw);
  u = u * (x2 * xx);
  if (which == 0) {
    // y = (π/4 pair - x) - u (ddsub_vd2_vd2_vd2, ddsub_vd2_vd2_vd)
    const cx = 3.141592653589793116 / 4, cy = 1.2246467991473532072e-16 / 4;
    let s = cx - xx;
    let t = ((cx - s) - xx) + cy;
    let yy = t - xy, yx = s;
    s = yx - u;
    yy = ((yx - s) - u) + yy; yx = s;
    const r = o ? u + xx : (yx + yy) * 2;
    return reinterpret<f64>(reinterpret<u64>(r) ^ (reinterpret<u64>(d) & 0x8000000000000000));
  }
  const sg = reinterpret<u64>(d) & 0x8000000000000000;
  const a = reinterpret<f64>(reinterpret<u64>(xx) ^ sg), b = reinterpret<f64>(reinterpret<u64>(u) ^ sg);
  const ax = a + b, ay = (a - ax) + b;   // ddadd_vd2_vd_vd
  const cx = 3.141592653589793116 / 2, cy = 1.2246467991473532072e-16 / 2;
  let yx = cx - ax;
  let yy = (((cx - yx) - ax) + cy) - ay;
  // x += u (ddadd_vd2_vd2_vd)
  const sx = xx + u, sy = ((xx - sx) + u) + xy;
  if (!o) { yx = sx * 2; yy = sy * 2; }
  if (!o && d < 0) {
    const px = 3.141592653589793116, py = 1.2246467991473532072e-16;
    const s = px - yx;
    const ny = (((px - s) - yx) + py) - yy;
    yx = s; yy = ny;
  }
  return yx + yy;
}

/** log2 (which 1, Sleef_log2d4_u10) or log10 (0, Sleef_log10d4_u10). */
export function log2or10F64(d0: f64, which: i32): f64 {
  const hw = madIsFused();
  let d = d0;
  const o = d < 2.2250738585072014e-308;
  if (o) d = d * 18446744073709551616.0;
  let e = <i32>((reinterpret<u64>(d * (1.0 / 0.75)) >> 52) & 0x7ff) - 0x3ff;
  const m = reinterpret<f64>(reinterpret<i64>(d) - (<i64>e << 52));
  if (o) e -= 64;
  // (m - 1)/(m + 1) (ddadd2_vd2_vd_vd twice, dddiv)
  let s = -1 + m, v = s - -1;
  const nx = s, ny = (-1 - (s - v)) + (m - v);
  s = 1 + m; v = s - 1;
  const dx = s, dy = (1 - (s - v)) + (m - v);
  dddiv(nx, ny, dx, dy, hw);
  const xx = RX, xy = RY;
  const x2 = xx * xx, x4 = x2 * x2, x8 = x4 * x4;
  const fe = <f64>e;
  let r: f64;
  if (which == 1) {
    const t = fmaW(x8, fmaW(x4, +0.2211941750456081490e+0, fmaW(x2, +0.2200768693152277689e+0, +0.2623708057488514656e+0, hw), hw),
      fmaW(x4, fmaW(x2, +0.3205977477944495502e+0, +0.4121985945485324709e+0, hw), fmaW(x2, +0.5770780162997058982e+0, +0.96179669392608091449, hw), hw), hw);
    const cx = 2.885390081777926774, cy = 6.0561604995516736434e-18;
    const mx = xx * cx, my = fmaW(xx, cy, fmaW(xy, cx, fmaW(xx, cx, -mx, hw), hw), hw);
    // s = e + m (ddadd2_vd2_vd_vd2), then + x²·x·t (ddadd2_vd2_vd2_vd)
    let sx = fe + mx; v = sx - fe;
    let sy = ((fe - (sx - v)) + (mx - v)) + my;
    const w = (x2 * xx) * t;
    const s2 = sx + w; v = s2 - sx;
    sy = ((sx - (s2 - v)) + (w - v)) + sy;
    r = s2 + sy;
  } else {
    const t = fmaW(x8, fmaW(x4, +0.6653725819576758460e-1, fmaW(x2, +0.6625722782820833712e-1, +0.7898105214313944078e-1, hw), hw),
      fmaW(x4, fmaW(x2, +0.9650955035715275132e-1, +0.1240841409721444993e+0, hw), fmaW(x2, +0.1737177927454605086e+0, +0.2895296546021972617e+0, hw), hw), hw);
    const ex = 0.30102999566398119802 * fe;
    const ey = fmaW(-2.803728127785170339e-18, fe, fmaW(0.30102999566398119802, fe, -ex, hw), hw);
    const cx = 0.86858896380650363334, cy = 1.1430059694096389311e-17;
    const mx = xx * cx, my = fmaW(xx, cy, fmaW(xy, cx, fmaW(xx, cx, -mx, hw), hw), hw);
    let sx = ex + mx;
    let sy = (((ex - sx) + mx) + ey) + my;
    const w = (x2 * xx) * t;
    const s2 = sx + w;
    sy = ((sx - s2) + w) + sy;
    r = s2 + sy;
  }
  if (d0 == Infinity) r = Infinity;
  if (d0 < 0 || isNaN(d0)) r = NaN;
  if (d0 == 0) r = -Infinity;
  return r;
}

/** sinh (which 0, Sleef_sinhd4_u10: xsinh) or cosh (1, Sleef_coshd4_u10: xcosh). */
export function sinhCoshF64(x: f64, which: i32): f64 {
  const hw = madIsFused();
  const y = Math.abs(x);
  expk2(y, 0, hw);
  const dx = RX, dy = RY;
  const ex = 1 / dx, ey = ex * fmaW(-dy, ex, fmaW(-dx, ex, 1, hw), hw);   // ddrec_vd2_vd2
  let s: f64, t: f64;
  if (which == 0) { s = dx - ex; t = (((dx - s) - ex) + dy) - ey; }   // ddsub_vd2_vd2_vd2
  else { s = dx + ex; t = (((dx - s) + ex) + dy) + ey; }              // ddadd_vd2_vd2_vd2
  let r = (s + t) * 0.5;
  if (y > 710 || isNaN(r)) r = Infinity;
  if (which == 0) r = reinterpret<f64>(reinterpret<u64>(r) ^ (reinterpret<u64>(x) & 0x8000000000000000));
  return isNaN(x) ? reinterpret<f64>(NAN_ALL) : r;
}

// glibc's double sinh and cosh (sysdeps/ieee754/dbl-64/e_sinh.c, e_cosh.c: fdlibm's, Copyright (C) 1993 by Sun
// Microsystems, freely distributable), the std::sinh / std::cosh of PyTorch's scalar loops (strided inputs and the
// tail of a contiguous run), over fdlibm's expm1 (AssemblyScript's Math.expm1 is the same algorithm, musl's port)
// and glibc's exp (expGlibc).
/** glibc's sinh. */
export function sinhG(x: f64): f64 {
  const hx = <u32>(reinterpret<u64>(x) >> 32), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h: f64 = (hx >> 31) != 0 ? -0.5 : 0.5;
  const a = Math.abs(x);
  if (ix < 0x40360000) {                       // |x| < 22
    if (ix < 0x3e300000) return x;             // |x| < 2^-28
    const t = Math.expm1(a);
    if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ix < 0x40862e42) return h * expGlibc(a);
  const lx = <u32>reinterpret<u64>(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = expGlibc(0.5 * a), t = h * w;
    return t * w;
  }
  return x * 1.0e307;
}
/** glibc's cosh. */
export function coshG(x: f64): f64 {
  const ix = <u32>(reinterpret<u64>(x) >> 32) & 0x7fffffff;
  const a = Math.abs(x);
  if (ix < 0x40360000) {                       // |x| < 22
    if (ix < 0x3fd62e43) {                     // |x| < ln2/2
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(a), w = 1.0 + t;
      return 1.0 + (t * t) / (w + w);
    }
    const t = expGlibc(a);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * expGlibc(a);
  const lx = <u32>reinterpret<u64>(x);
  if (ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = expGlibc(0.5 * a), t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

// erfc's four polynomials (|a| < 1 in a², < 2.2 in a, < 4.2 and < 27.3 in 1/a): 18 rows, then three (hi, lo) rows
// @ts-ignore: decorator
@lazy const ERFC_C = memory.data<f64>([
  +0.6801072401395386139e-20, +0.3438010341362585303e-12, -0.5757819536420710449e+2, +0.2334249729638701319e+5,
  -0.2161766247570055669e-18, -0.1237021188160598264e-10, +0.4669289654498104483e+3, -0.4695661044933107769e+5,
  +0.4695919173301595670e-17, +0.2117985839877627852e-09, -0.1796329879461355858e+4, +0.3173403108748643353e+5,
  -0.9049140419888007122e-16, -0.2290560929177369506e-08, +0.4355892193699575728e+4, +0.3242982786959573787e+4,
  +0.1634018903557410728e-14, +0.1748931621698149538e-07, -0.7456258884965764992e+4, -0.2014717999760347811e+5,
  -0.2783485786333451745e-13, -0.9956602606623249195e-07, +0.9553977358167021521e+4, +0.1554006970967118286e+5,
  +0.4463221276786415752e-12, +0.4330010240640327080e-06, -0.9470019905444229153e+4, -0.6150874190563554293e+4,
  -0.6711366622850136563e-11, -0.1435050600991763331e-05, +0.7387344321849855078e+4, +0.1240047765634815732e+4,
  +0.9422759050232662223e-10, +0.3460139479650695662e-05, -0.4557713054166382790e+4, -0.8210325475752699731e+2,
  -0.1229055530100229098e-08, -0.4988908180632898173e-05, +0.2207866967354055305e+4, +0.3242443880839930870e+2,
  +0.1480719281585086512e-07, -0.1308775976326352012e-05, -0.8217975658621754746e+3, -0.2923418863833160586e+2,
  -0.1636584469123399803e-06, +0.2825086540850310103e-04, +0.2268659483507917400e+3, +0.3457461732814383071e+0,
  +0.1646211436588923575e-05, -0.6393913713069986071e-04, -0.4633361260318560682e+2, +0.5489730155952392998e+1,
  -0.1492565035840623511e-04, -0.2566436514695078926e-04, +0.9557380123733945965e+1, +0.1559934132251294134e-2,
  +0.1205533298178967851e-03, +0.5895792375659440364e-03, -0.2958429331939661289e+1, -0.1541741566831520638e+1,
  -0.8548327023450850081e-03, -0.1695715579163588598e-02, +0.1670329508092765480e+0, +0.2823152230558364186e-5,
  +0.5223977625442187932e-02, +0.2089116434918055149e-03, +0.6096615680115419211e+0, +0.6249999184195342838e+0,
  -0.2686617064513125222e-01, +0.1912855949584917753e-01, +0.1059212443193543585e-2, +0.1741749416408701288e-8,
  0.11283791670955126141, -0.10277263343147646779, -0.50005180473999022439, -0.5000000000258444377,
  -4.0175691625932118483e-18, -6.2338714083404900225e-18, 2.6362140569041995803e-17, -4.0074044712386992281e-17,
  -0.37612638903183753802, -0.63661976742916359662, 1.601106273924963368e-06, 2.3761973137523364792e-13,
  1.3391897206042552387e-17, 7.6321019159085724662e-18, 1.1974001857764476775e-23, -1.1670076950531026582e-29,
  1.1283791670955125586, -1.1283791674717296161, -0.57236496645145429341, -0.57236494292470108114,
  1.5335459613165822674e-17, 8.0896847755965377194e-17, 3.0704553245872027258e-17, -2.3984352208056898003e-17
]);
/** (RX, RY) = (ax + ay)·(bx + by) (ddmul_vd2_vd2_vd2). */
// @ts-ignore: decorator
@inline function ddmul22(ax: f64, ay: f64, bx: f64, by: f64, hw: bool): void {
  const s = ax * bx;
  RY = fmaW(ax, by, fmaW(ay, bx, fmaW(ax, bx, -s, hw), hw), hw);
  RX = s;
}
/** (RX, RY) = (ax + ay) + (bx + by) (ddadd2_vd2_vd2_vd2). */
// @ts-ignore: decorator
@inline function ddadd22(ax: f64, ay: f64, bx: f64, by: f64): void {
  const s = ax + bx, v = s - ax;
  RY = ((ax - (s - v)) + (bx - v)) + (ay + by);
  RX = s;
}

/** erfc (Sleef_erfcd4_u15, SLEEF's xerfc_u15). */
export function erfcF64(s: f64): f64 {
  const hw = madIsFused();
  const a = Math.abs(s);
  const o0 = a < 1.0, o1 = a < 2.2, o2 = a < 4.2, o3 = a < 27.3;
  const k: usize = o0 ? 0 : o1 ? 1 : o2 ? 2 : 3;
  let ux: f64, uy: f64;
  if (o0) { ux = a * a; uy = fmaW(a, a, -ux, hw); }
  else if (o1) { ux = a; uy = 0; }
  else { dddiv(1, 0, a, 0, hw); ux = RX; uy = RY; }
  let t = load<f64>(ERFC_C + (k << 3));
  for (let i: usize = 1; i < 18; i++) t = fmaW(t, ux, load<f64>(ERFC_C + ((i * 4 + k) << 3)), hw);
  // d = u·t (ddmul_vd2_vd2_vd), then (d + c)·u twice, + c
  let dx = ux * t, dy = fmaW(uy, t, fmaW(ux, t, -dx, hw), hw);
  ddadd22(dx, dy, load<f64>(ERFC_C + ((72 + k) << 3)), load<f64>(ERFC_C + ((76 + k) << 3)));
  ddmul22(RX, RY, ux, uy, hw);
  ddadd22(RX, RY, load<f64>(ERFC_C + ((80 + k) << 3)), load<f64>(ERFC_C + ((84 + k) << 3)));
  ddmul22(RX, RY, ux, uy, hw);
  ddadd22(RX, RY, load<f64>(ERFC_C + ((88 + k) << 3)), load<f64>(ERFC_C + ((92 + k) << 3)));
  dx = RX; dy = RY;
  // x = (o1 ? d : -a)·a (ddmul_vd2_vd2_vd)
  const px = o1 ? dx : -a, py = o1 ? dy : 0;
  let xx = px * a, xy = fmaW(py, a, fmaW(px, a, -xx, hw), hw);
  if (!o1) { ddadd22(xx, xy, dx, dy); xx = RX; xy = RY; }
  if (o0) {   // 1 - x (ddsub_vd2_vd2_vd2)
    const sx = 1 - xx;
    const ny = (((1 - sx) - xx) + 0) - xy;
    xx = sx; xy = ny;
  } else {
    expk2(xx, xy, hw); xx = RX; xy = RY;
  }
  if (!o1) { ddmul22(xx, xy, ux, uy, hw); xx = RX; xy = RY; }
  let r = o3 ? xx + xy : 0;
  if ((reinterpret<u64>(s) >> 63) != 0) r = 2 - r;
  return isNaN(s) ? NaN : r;
}

/**
 * float64 sigmoid over a contiguous run as PyTorch's cpu_kernel_vec computes it: 8-element blocks through the
 * Vectorized lambda, 1 / (1 + Sleef_expd4_u10(0 - x)) (expF64); returns n & ~7, the caller's scalar loop doing the
 * rest with the scalar lambda 1 / (1 + std::exp(-x)) (glibc's exp: unaryOp's case 8).
 */
export function sigmoidRunF64(n: i32, p: usize, q: usize): i32 {
  const done = n & ~7;
  for (let i = 0; i < done; i++) {
    const o = <usize>i << 3;
    store<f64>(q + o, 1.0 / (1.0 + expF64(0.0 - load<f64>(p + o))));
  }
  return done;
}

/** ln d as a double-double in (RX, RY) (Sleef's logk). */
function logk(d0: f64, hw: bool): void {
  let d = d0;
  const o = d < 2.2250738585072014e-308;
  if (o) d = d * 18446744073709551616.0;
  let e = <i32>((reinterpret<u64>(d * (1.0 / 0.75)) >> 52) & 0x7ff) - 0x3ff;
  const m = reinterpret<f64>(reinterpret<i64>(d) - (<i64>e << 52));
  if (o) e -= 64;
  let s = -1 + m, v = s - -1;
  const nx = s, ny = (-1 - (s - v)) + (m - v);
  s = 1 + m; v = s - 1;
  const dx = s, dy = (1 - (s - v)) + (m - v);
  dddiv(nx, ny, dx, dy, hw);
  const xx = RX, xy = RY;
  const qx = xx * xx, qy = fmaW(xx + xx, xy, fmaW(xx, xx, -qx, hw), hw);   // x2 = ddsqu(x)
  const x4 = qx * qx, x8 = x4 * x4, x16 = x8 * x8;
  const t = fmaW(x16, 0.116255524079935043668677, fmaW(x8,
    fmaW(x4, fmaW(qx, 0.103239680901072952701192, 0.117754809412463995466069, hw), fmaW(qx, 0.13332981086846273921509, 0.153846227114512262845736, hw), hw),
    fmaW(x4, fmaW(qx, 0.181818180850050775676507, 0.222222222230083560345903, hw), fmaW(qx, 0.285714285714249172087875, 0.400000000000000077715612, hw), hw), hw), hw);
  const fe = <f64>e;
  let sx = 0.693147180559945286226764 * fe;
  let sy = fmaW(2.319046813846299558417771e-17, fe, fmaW(0.693147180559945286226764, fe, -sx, hw), hw);
  // s += 2x; x = x2·x; s += x·c; x = x2·x; s += x·t (ddadd_vd2_vd2_vd2 each)
  let a = xx * 2, b = xy * 2;
  let r = sx + a; sy = (((sx - r) + a) + sy) + b; sx = r;
  ddmul22(qx, qy, xx, xy, hw);
  let px = RX, py = RY;
  ddmul22(px, py, 0.666666666666666629659233, 3.80554962542412056336616e-17, hw);
  a = RX; b = RY;
  r = sx + a; sy = (((sx - r) + a) + sy) + b; sx = r;
  ddmul22(qx, qy, px, py, hw);
  px = RX; py = RY;
  a = px * t; b = fmaW(py, t, fmaW(px, t, -a, hw), hw);
  r = sx + a; sy = (((sx - r) + a) + sy) + b; sx = r;
  RX = sx; RY = sy;
}

/** e^(dx + dy) (Sleef's expk). */
function expk(dx: f64, dy: f64, hw: bool): f64 {
  const dq = nearest((dx + dy) * R_LN2);
  const q = <i32>max(-2100.0, min(2100.0, dq));
  let w = dq * -L2U;
  let sx = dx + w, v = sx - dx;
  let sy = ((dx - (sx - v)) + (w - v)) + dy;
  w = dq * -L2L;
  let t2 = sx + w; v = t2 - sx;
  sy = ((sx - (t2 - v)) + (w - v)) + sy;
  sx = t2;
  t2 = sx + sy; sy = (sx - t2) + sy; sx = t2;   // ddnormalize
  const s2 = sx * sx, s4 = s2 * s2, s8 = s4 * s4;
  const u = fmaW(s8, fmaW(sx, 2.51069683420950419527139e-08, 2.76286166770270649116855e-07, hw),
    fmaW(s4,
      fmaW(s2, fmaW(sx, 2.75572496725023574143864e-06, 2.48014973989819794114153e-05, hw), fmaW(sx, 0.000198412698809069797676111, 0.0013888888939977128960529, hw), hw),
      fmaW(s2, fmaW(sx, 0.00833333333332371417601081, 0.0416666666665409524128449, hw), fmaW(sx, 0.166666666666666740681535, 0.500000000000000999200722, hw), hw), hw), hw);
  let tx = 1 + sx, ty = ((1 - tx) + sx) + sy;
  const qx = sx * sx, qy = fmaW(sx + sx, sy, fmaW(sx, sx, -qx, hw), hw);
  const mx = qx * u, my = fmaW(qy, u, fmaW(qx, u, -mx, hw), hw);
  const r = tx + mx;
  ty = (((tx - r) + mx) + ty) + my; tx = r;
  let res = ldexp2(tx + ty, q);
  if (dx < -1000) res = 0;
  return res;
}

/** x^y (Sleef_powd4_u10, SLEEF's xpow). */
export function powF64(x: f64, y: f64): f64 {
  const hw = madIsFused();
  const yisint = Math.trunc(y) == y;
  const yisodd = Math.trunc(y * 0.5) != y * 0.5 && yisint;
  logk(Math.abs(x), hw);
  const lx = RX, ly = RY;
  const dx = lx * y, dy = fmaW(ly, y, fmaW(lx, y, -dx, hw), hw);
  let result = expk(dx, dy, hw);
  if (dx > 709.78271114955742909217217426) result = Infinity;
  result = result * (x > 0 ? 1.0 : yisint ? (yisodd ? -1.0 : 1.0) : NaN);
  const efx = reinterpret<f64>(reinterpret<u64>(Math.abs(x) - 1) ^ (reinterpret<u64>(y) & 0x8000000000000000));
  if (Math.abs(y) == Infinity) result = efx < 0 ? 0.0 : efx == 0 ? 1.0 : Infinity;
  if (Math.abs(x) == Infinity || x == 0) {
    const sg = yisodd ? reinterpret<f64>(reinterpret<u64>(1.0) | (reinterpret<u64>(x) & 0x8000000000000000)) : 1.0;
    result = sg * ((x == 0 ? -y : y) < 0 ? 0.0 : Infinity);
  }
  if (isNaN(x) || isNaN(y)) result = reinterpret<f64>(NAN_ALL);
  if (y == 0 || x == 1) result = 1;
  return result;
}

/**
 * A float64 row of a ** b (pow_tensor_tensor_kernel's cpu_kernel_vec, or x ** e / e ** x with a broadcast number)
 * whose operands are contiguous or a broadcast number (`sa`/`sb`: element strides 1 or 0): 8-element blocks through
 * Sleef's pow, the rest by std::pow (glibc's FMA pow, powG).
 */
export function powRowF64(n: i32, a: usize, sa: i32, b: usize, sb: i32, o: usize): void {
  const done = n & ~7;
  for (let i = 0; i < n; i++) {
    const x = load<f64>(a + (<usize>(i * sa) << 3)), y = load<f64>(b + (<usize>(i * sb) << 3));
    store<f64>(o + (<usize>i << 3), i < done ? powF64(x, y) : powG(x, y));
  }
}
/**
 * A contiguous float64 run of x ** e (scalarBase false; pow_tensor_scalar_kernel, exponents other than 2, 3, -2, 0.5,
 * -0.5, -1) or e ** x (true; pow_tensor_tensor with a broadcast base): 8-element blocks through Sleef's pow; returns
 * how many it did (the caller's scalar loop does the rest with std::pow).
 */
export function powRunF64(n: i32, p: usize, q: usize, e: f64, scalarBase: bool): i32 {
  if (!scalarBase && (e == 2 || e == 3 || e == -2 || e == 0.5 || e == -0.5 || e == -1)) return 0;
  const done = n & ~7;
  for (let i = 0; i < done; i++) {
    const o = <usize>i << 3, x = load<f64>(p + o);
    store<f64>(q + o, scalarBase ? powF64(e, x) : powF64(x, e));
  }
  return done;
}
