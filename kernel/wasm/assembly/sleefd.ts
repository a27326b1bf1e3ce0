// float64 tanh, sin and cos as PyTorch 1.13.1's vectorised CPU kernels compute them: Sleef_tanhd4_u10,
// Sleef_sind4_u10 and Sleef_cosd4_u10 of SLEEF 3.5.1's AVX2 build (Boost Software License 1.0;
// https://github.com/shibatch/sleef, src/libm/sleefsimddp.c and dd.h; the algorithms written anew, lane by lane).
// They work in double-double arithmetic (hi + lo pairs) whose error terms come from fused multiply-adds, fused
// exactly where the AVX2 helper (ENABLE_FMA_DP) fuses them: the hardware's FMA through relaxed_madd where it fuses,
// else the correctly rounded software fma64 (fmaW, welford.ts), so both wasm builds give the same bits.
// Sleef's trig functions pick their argument reduction once per 4-lane vector (every lane below 15: the short
// Cody–Waite path; every lane below 1e14: the long one); sinCosRunF64 applies that choice to 4-element groups of a
// contiguous run as vml's vec::map forms them; a vector with a lane at or above 1e14 (or ±inf, NaN) reduces every lane
// by Sleef's Payne–Hanek code (rempi).
import { expF64x2, expGlibc } from './expd';
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
  if (path == 2) trigReduceBig(d, which, hw); else trigReduce(d, which, path, hw);
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
  if (ASC_FEATURE_RELAXED_SIMD) {
    if ((op == 7 || op == 16) && madIsFused()) {   // two lanes at a time, the same bits
      let i = 0;
      if (op == 7) for (; i + 2 <= n; i += 2) v128.store(q + (<usize>i << 3), tanhF64x2(v128.load(p + (<usize>i << 3))));
      else for (; i + 2 <= n; i += 2) v128.store(q + (<usize>i << 3), expm1F64x2(v128.load(p + (<usize>i << 3))));
      if (i < n) store<f64>(q + (<usize>i << 3), sleefF64(op, load<f64>(p + (<usize>i << 3))));
      return n;
    }
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
    if (ASC_FEATURE_RELAXED_SIMD) {
      if (path == 0 && r == 4 && which != 2 && madIsFused()) {   // two lanes at a time, the same bits
        const o = <usize>i << 3;
        const a0 = v128.load(p + o), a1 = v128.load(p + o, 16);
        v128.store(q + o, sinCosF64x2(a0, which));
        v128.store(q + o, sinCosF64x2(a1, which), 16);
        continue;
      }
    }
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
  if (path == 2) {
    trigReduceBig(d, 2, hw);
    sx = RX; sy = RY; ql = QL;
  } else if (path == 0) {
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
// tail of a contiguous run), over glibc's FMA-built expm1 (expm1G below)
// and glibc's exp (expGlibc).
/** glibc's sinh. */
export function sinhG(x: f64): f64 {
  const hx = <u32>(reinterpret<u64>(x) >> 32), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h: f64 = (hx >> 31) != 0 ? -0.5 : 0.5;
  const a = Math.abs(x);
  if (ix < 0x40360000) {                       // |x| < 22
    if (ix < 0x3e300000) return x;             // |x| < 2^-28
    const t = expm1G(a);
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
      const t = expm1G(a), w = 1.0 + t;
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
  const zero = f64x2.splat(0), one = f64x2.splat(1);
  for (let i = 0; i < done; i += 2) {   // (expF64x2: both lanes' bits as expF64's)
    const o = <usize>i << 3;
    v128.store(q + o, f64x2.div(one, f64x2.add(one, expF64x2(f64x2.sub(zero, v128.load(p + o))))));
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
  let i = 0;
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (madIsFused()) {   // pairs of ordinary lanes two at a time (the same bits), the others lane by lane
      for (; i < done; i += 2) {
        const x = sa ? v128.load(a + (<usize>i << 3)) : v128.load64_splat(a);
        const y = sb ? v128.load(b + (<usize>i << 3)) : v128.load64_splat(b);
        if (!powF64x2(x, y, o + (<usize>i << 3))) {
          store<f64>(o + (<usize>i << 3), powF64(f64x2.extract_lane(x, 0), f64x2.extract_lane(y, 0)));
          store<f64>(o + (<usize>i << 3), powF64(f64x2.extract_lane(x, 1), f64x2.extract_lane(y, 1)), 8);
        }
      }
    }
  }
  for (; i < n; i++) {
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
  let i = 0;
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (madIsFused()) {   // pairs of ordinary lanes two at a time (the same bits), the others lane by lane
      const ev = f64x2.splat(e);
      for (; i < done; i += 2) {
        const o = <usize>i << 3, xv = v128.load(p + o);
        if (!powF64x2(scalarBase ? ev : xv, scalarBase ? xv : ev, q + o)) {
          const x0 = f64x2.extract_lane(xv, 0), x1 = f64x2.extract_lane(xv, 1);
          store<f64>(q + o, scalarBase ? powF64(e, x0) : powF64(x0, e));
          store<f64>(q + o, scalarBase ? powF64(e, x1) : powF64(x1, e), 8);
        }
      }
    }
  }
  for (; i < done; i++) {
    const o = <usize>i << 3, x = load<f64>(p + o);
    store<f64>(q + o, scalarBase ? powF64(e, x) : powF64(x, e));
  }
  return done;
}

// Payne–Hanek reduction (Sleef's rempi, FULL_FP_ROUNDING form) with its table of 2/π's bits by exponent:
// SLEEF 3.5.1 src/libm/rempitab.c (Sleef_rempitabdp, Boost Software License 1.0), 969 rows of four doubles.
// @ts-ignore: decorator
@lazy const REMPITAB = memory.data<f64>([
  0.15915494309189531785, 1.7916237278037667488e-17, 2.5454160968749269937e-33, 2.1132476107887107169e-49,
  0.03415494309189533173, 4.0384494702232122736e-18, 1.0046721413651383112e-33, 2.1132476107887107169e-49,
  0.03415494309189533173, 4.0384494702232122736e-18, 1.0046721413651383112e-33, 2.1132476107887107169e-49,
  0.0029049430918953351999, 5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.496415728504571394e-51,
  0.0029049430918953351999, 5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.496415728504571394e-51,
  0.0029049430918953351999, 5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.496415728504571394e-51,
  0.0029049430918953351999, 5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.496415728504571394e-51,
  0.00095181809189533563356, 1.3532164927539732229e-19, -6.4410794381603004826e-36, 1.7634898158762436344e-52,
  0.00095181809189533563356, 1.3532164927539732229e-19, -6.4410794381603004826e-36, 1.7634898158762436344e-52,
  0.00046353684189533574198, 2.6901432026846872871e-20, -4.2254836195018827479e-37, 9.301187206862134399e-54,
  0.00021939621689533574198, 2.6901432026846872871e-20, -4.2254836195018827479e-37, 9.301187206862134399e-54,
  9.7325904395335769087e-05, -2.0362228529073840241e-22, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  3.6290748145335769087e-05, -2.0362228529073840241e-22, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.7731700203357690874e-06, -2.0362228529073840241e-22, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.7731700203357690874e-06, -2.0362228529073840241e-22, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.7731700203357690874e-06, -2.0362228529073840241e-22, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  1.9584727547107690874e-06, -2.0362228529073840241e-22, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.1124121898268875627e-08, 8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.1124121898268875627e-08, 8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.1124121898268875627e-08, 8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.1124121898268875627e-08, 8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.1124121898268875627e-08, 8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  5.1124121898268875627e-08, 8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369025999e-57,
  2.1321799510573569745e-08, 1.5185066224124613304e-24, 2.6226236120327253511e-40, 2.6283399642369025999e-57,
  6.4206383167259151492e-09, -1.3585460269359374382e-25, -1.3244127270701094468e-41, -2.4695541513869446866e-57,
  6.4206383167259151492e-09, -1.3585460269359374382e-25, -1.3244127270701094468e-41, -2.4695541513869446866e-57,
  2.6953480182640010867e-09, -1.3585460269359374382e-25, -1.3244127270701094468e-41, -2.4695541513869446866e-57,
  8.3270286903304384868e-10, 7.0940550444663151936e-26, 9.7147467687967058732e-42, 7.9392906424978921242e-59,
  8.3270286903304384868e-10, 7.0940550444663151936e-26, 9.7147467687967058732e-42, 7.9392906424978921242e-59,
  3.6704158172530459087e-10, 7.0940550444663151936e-26, 9.7147467687967058732e-42, 7.9392906424978921242e-59,
  1.3421093807143501366e-10, 1.9241762160098927996e-26, 3.9750282589222551507e-42, 7.9392906424978921242e-59,
  1.7795616244500218596e-11, -1.452834466126541428e-28, -1.5869767474823787636e-44, -2.6168913164368963837e-61,
  1.7795616244500218596e-11, -1.452834466126541428e-28, -1.5869767474823787636e-44, -2.6168913164368963837e-61,
  1.7795616244500218596e-11, -1.452834466126541428e-28, -1.5869767474823787636e-44, -2.6168913164368963837e-61,
  3.2437010161333667893e-12, -1.452834466126541428e-28, -1.5869767474823787636e-44, -2.6168913164368963837e-61,
  3.2437010161333667893e-12, -1.452834466126541428e-28, -1.5869767474823787636e-44, -2.6168913164368963837e-61,
  3.2437010161333667893e-12, -1.452834466126541428e-28, -1.5869767474823787636e-44, -2.6168913164368963837e-61,
  1.4247116125875099096e-12, 2.5861333686050385673e-28, 2.8971783383570358633e-44, -2.6168913164368963837e-61,
  5.1521691081458187359e-13, 5.6664945123924856962e-29, 6.5510079543732854985e-45, -2.6168913164368963837e-61,
  6.0469559928117805118e-14, 6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62,
  6.0469559928117805118e-14, 6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62,
  6.0469559928117805118e-14, 6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62,
  3.6261410673097965595e-15, -1.3304005198798645927e-31, -1.7578597149294783985e-47, 8.4432539107728104262e-64,
  3.6261410673097965595e-15, -1.3304005198798645927e-31, -1.7578597149294783985e-47, 8.4432539107728104262e-64,
  3.6261410673097965595e-15, -1.3304005198798645927e-31, -1.7578597149294783985e-47, 8.4432539107728104262e-64,
  3.6261410673097965595e-15, -1.3304005198798645927e-31, -1.7578597149294783985e-47, 8.4432539107728104262e-64,
  7.3427388509295482183e-17, 1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659578102e-65,
  7.3427388509295482183e-17, 1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659578102e-65,
  7.3427388509295482183e-17, 1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659578102e-65,
  7.3427388509295482183e-17, 1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659578102e-65,
  7.3427388509295482183e-17, 1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659578102e-65,
  7.3427388509295482183e-17, 1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659578102e-65,
  1.7916237278037667488e-17, 2.5454160968749269937e-33, 2.1132476107887107169e-49, 8.7154294504188129325e-66,
  1.7916237278037667488e-17, 2.5454160968749269937e-33, 2.1132476107887107169e-49, 8.7154294504188129325e-66,
  4.0384494702232122736e-18, 1.0046721413651383112e-33, 2.1132476107887107169e-49, 8.7154294504188129325e-66,
  4.0384494702232122736e-18, 1.0046721413651383112e-33, 2.1132476107887107169e-49, 8.7154294504188129325e-66,
  5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.4964157285045710972e-51, -1.866653112309982615e-67,
  5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.4964157285045710972e-51, -1.866653112309982615e-67,
  5.6900251826959904774e-19, 4.1707169171520598517e-35, -2.4964157285045710972e-51, -1.866653112309982615e-67,
  1.3532164927539732229e-19, -6.4410794381603004826e-36, 1.7634898158762432635e-52, 3.5887057810247033998e-68,
  1.3532164927539732229e-19, -6.4410794381603004826e-36, 1.7634898158762432635e-52, 3.5887057810247033998e-68,
  2.6901432026846872871e-20, -4.2254836195018827479e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69,
  2.6901432026846872871e-20, -4.2254836195018827479e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69,
  2.6901432026846872871e-20, -4.2254836195018827479e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69,
  1.3348904870778067446e-20, -4.2254836195018827479e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69,
  6.5726412927436632287e-21, 1.0820844071023395684e-36, 1.7634898158762432635e-52, 3.5887057810247033998e-68,
  3.1845095037264626247e-21, 3.2976802257607573031e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69,
  1.4904436092178623228e-21, -4.6390169687056261795e-38, -1.1392999419355048437e-54, -4.587677453735884283e-71,
  6.4341066196356198368e-22, -4.6390169687056261795e-38, -1.1392999419355048437e-54, -4.587677453735884283e-71,
  2.1989418833641172011e-22, 4.7649378378726728402e-38, 9.3011872068621332399e-54, 1.113250147552460308e-69,
  8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  8.135951522836682362e-24, 6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  1.5185066224124613304e-24, 2.6226236120327253511e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  1.5185066224124613304e-24, 2.6226236120327253511e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  1.5185066224124613304e-24, 2.6226236120327253511e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  6.9132600985943383921e-25, 7.8591368887290111994e-41, 2.6283399642369020339e-57, 5.3358074162805516304e-73,
  2.7773570358292009361e-25, -1.3244127270701094468e-41, -2.4695541513869446866e-57, -3.2399200798614356002e-74,
  7.0940550444663151936e-26, 9.7147467687967058732e-42, 7.9392906424978921242e-59, 2.9745456030524896742e-75,
  7.0940550444663151936e-26, 9.7147467687967058732e-42, 7.9392906424978921242e-59, 2.9745456030524896742e-75,
  1.9241762160098927996e-26, 3.9750282589222551507e-42, 7.9392906424978921242e-59, 2.9745456030524896742e-75,
  1.9241762160098927996e-26, 3.9750282589222551507e-42, 7.9392906424978921242e-59, 2.9745456030524896742e-75,
  6.317065088957874881e-27, -3.2976062348358281152e-43, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  6.317065088957874881e-27, -3.2976062348358281152e-43, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  3.0858908211726098086e-27, 3.8770419025072344914e-43, 7.9392906424978921242e-59, 2.9745456030524896742e-75,
  1.4703036872799779898e-27, 2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  6.625101203336619011e-28, 2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  2.5861333686050385673e-28, 2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  5.6664945123924856962e-29, 6.5510079543732854985e-45, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  5.6664945123924856962e-29, 6.5510079543732854985e-45, -2.6168913164368963837e-61, 3.7036201000008290615e-78,
  6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008290615e-78,
  6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008290615e-78,
  6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008290615e-78,
  6.1778471897801070206e-30, 9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008290615e-78,
  3.0224035688960604996e-30, 2.451648649116083682e-46, 4.9461632249367446986e-62, 3.7036201000008290615e-78,
  1.4446817584540368888e-30, 2.451648649116083682e-46, 4.9461632249367446986e-62, 3.7036201000008290615e-78,
  6.5582085323302525856e-31, 7.0002556871006273225e-47, 1.0567786762735315635e-62, -6.1446417754639313137e-79,
  2.6139040062251944343e-31, -1.7578597149294783985e-47, 8.4432539107728090768e-64, 1.9517662449371102229e-79,
  6.4175174317266470186e-32, 4.3166913557804827486e-48, 8.4432539107728090768e-64, 1.9517662449371102229e-79,
  6.4175174317266470186e-32, 4.3166913557804827486e-48, 8.4432539107728090768e-64, 1.9517662449371102229e-79,
  1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659569668e-65, -7.2335760163150273591e-81,
  1.4871367740953237822e-32, -1.1571307704883330232e-48, -6.7249112515659569668e-65, -7.2335760163150273591e-81,
  2.5454160968749269937e-33, 2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81,
  2.5454160968749269937e-33, 2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81,
  2.5454160968749269937e-33, 2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81,
  1.0046721413651383112e-33, 2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81,
  2.3430016361024414106e-34, 4.0267819632970559834e-50, -7.8013829534098555144e-67, -1.1759240463442418271e-82,
  2.3430016361024414106e-34, 4.0267819632970559834e-50, -7.8013829534098555144e-67, -1.1759240463442418271e-82,
  4.1707169171520598517e-35, -2.4964157285045710972e-51, -1.866653112309982615e-67, 1.4185069655957361252e-83,
  4.1707169171520598517e-35, -2.4964157285045710972e-51, -1.866653112309982615e-67, 1.4185069655957361252e-83,
  4.1707169171520598517e-35, -2.4964157285045710972e-51, -1.866653112309982615e-67, 1.4185069655957361252e-83,
  1.7633044866680145008e-35, 2.8491136916798196016e-51, 4.0680767287898916022e-67, 1.4185069655957361252e-83,
  5.595982714259923599e-36, 1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085140685e-84,
  5.595982714259923599e-36, 1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085140685e-84,
  2.5867171761548675786e-36, 1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085140685e-84,
  1.0820844071023395684e-36, 1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085140685e-84,
  3.2976802257607573031e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280944778e-86,
  3.2976802257607573031e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280944778e-86,
  1.4168892644450972904e-37, 9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280944778e-86,
  4.7649378378726728402e-38, 9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280944778e-86,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  6.2960434583523738135e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  2.6226236120327253511e-40, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  7.8591368887290111994e-41, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  7.8591368887290111994e-41, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  3.2673620808294506214e-41, 2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.524218473063975309e-90,
  9.7147467687967058732e-42, 7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257943935e-91,
  9.7147467687967058732e-42, 7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257943935e-91,
  3.9750282589222551507e-42, 7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257943935e-91,
  1.1051690039850297894e-42, 7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257943935e-91,
  1.1051690039850297894e-42, 7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257943935e-91,
  3.8770419025072344914e-43, 7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257943935e-91,
  2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  2.8971783383570358633e-44, -2.6168913164368963837e-61, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  6.5510079543732854985e-45, -2.6168913164368963837e-61, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  6.5510079543732854985e-45, -2.6168913164368963837e-61, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  9.4581409707401690366e-46, 4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  2.451648649116083682e-46, 4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  2.451648649116083682e-46, 4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94,
  7.0002556871006273225e-47, 1.0567786762735315635e-62, -6.1446417754639301152e-79, -1.5355611056488084652e-94,
  7.0002556871006273225e-47, 1.0567786762735315635e-62, -6.1446417754639301152e-79, -1.5355611056488084652e-94,
  2.6211979860855749482e-47, 8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95,
  4.3166913557804827486e-48, 8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95,
  4.3166913557804827486e-48, 8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95,
  4.3166913557804827486e-48, 8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95,
  1.5797802926460750146e-48, 2.3660905534865399025e-64, -7.2335760163150273591e-81, 2.8738690232659205689e-99,
  2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99,
  2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99,
  2.1132476107887107169e-49, 8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99,
  4.0267819632970559834e-50, -7.8013829534098555144e-67, -1.1759240463442418271e-82, 2.8738690232659205689e-99,
  4.0267819632970559834e-50, -7.8013829534098555144e-67, -1.1759240463442418271e-82, 2.8738690232659205689e-99,
  4.0267819632970559834e-50, -7.8013829534098555144e-67, -1.1759240463442418271e-82, 2.8738690232659205689e-99,
  1.8885701952232994665e-50, -7.8013829534098555144e-67, -1.1759240463442418271e-82, 2.8738690232659205689e-99,
  8.1946431118642097069e-51, 1.5937536410989638719e-66, 1.459625439463388979e-82, 2.8738690232659205689e-99,
  2.8491136916798196016e-51, 4.0680767287898916022e-67, 1.4185069655957361252e-83, -7.8369062883735917115e-100,
  1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085131541e-84, 1.0450891972142808004e-99,
  1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085131541e-84, 1.0450891972142808004e-99,
  1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085131541e-84, 1.0450891972142808004e-99,
  1.7634898158762432635e-52, 3.588705781024702988e-68, 5.9489775128085131541e-84, 1.0450891972142808004e-99,
  9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102,
  9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102,
  9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102,
  9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102,
  9.3011872068621332399e-54, 1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102,
  4.0809436324633147776e-54, -4.587677453735884283e-71, -2.8859500138942368532e-87, -5.6567402911297190423e-103,
  1.470821845263904967e-54, -4.587677453735884283e-71, -2.8859500138942368532e-87, -5.6567402911297190423e-103,
  1.6576095166419998917e-55, 2.6568658093254848067e-71, 5.1571087196495574384e-87, 3.2728487032630537605e-103,
  1.6576095166419998917e-55, 2.6568658093254848067e-71, 5.1571087196495574384e-87, 3.2728487032630537605e-103,
  1.6576095166419998917e-55, 2.6568658093254848067e-71, 5.1571087196495574384e-87, 3.2728487032630537605e-103,
  2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.145584788913072936e-105,
  2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.145584788913072936e-105,
  2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.145584788913072936e-105,
  2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.145584788913072936e-105,
  2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.145584788913072936e-105,
  2.6283399642369020339e-57, 5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.145584788913072936e-105,
  7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  7.9392906424978921242e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  3.9565608646667614317e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  1.9651959757511960854e-59, 2.9745456030524891833e-75, 5.969437008257942845e-91, 5.554706987098633963e-107,
  9.6951353129341363331e-60, 7.6368645294831185015e-76, 1.0603435429602168369e-91, 1.0451839188820145747e-108,
  4.7167230906452229674e-60, 7.6368645294831185015e-76, 1.0603435429602168369e-91, 1.0451839188820145747e-108,
  2.2275169795007668372e-60, 2.1097166542226745549e-76, 4.4670685979800101779e-92, 1.0451839188820145747e-108,
  9.8291392392853877215e-61, -6.5385728340754726503e-77, -1.3520652573660833788e-93, -2.3220403312043059402e-109,
  3.6061239614242446325e-61, 7.2792968540756372162e-77, 1.3988851821689310822e-92, 1.0451839188820145747e-108,
  4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110,
  4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110,
  4.9461632249367446986e-62, 3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110,
  1.0567786762735315635e-62, -6.1446417754639301152e-79, -1.535561105648808199e-94, -1.9306041120023063932e-110,
  1.0567786762735315635e-62, -6.1446417754639301152e-79, -1.535561105648808199e-94, -1.9306041120023063932e-110,
  8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95, 6.5314563001514358328e-112,
  8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95, 6.5314563001514358328e-112,
  8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95, 6.5314563001514358328e-112,
  8.4432539107728090768e-64, 1.9517662449371099233e-79, 2.62202614552995759e-95, 6.5314563001514358328e-112,
  2.3660905534865399025e-64, -7.2335760163150273591e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  2.3660905534865399025e-64, -7.2335760163150273591e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  8.4679971416497210292e-65, -7.2335760163150273591e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  8.7154294504188118783e-66, 1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  3.9676455775389135587e-66, 1.459625439463388979e-82, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  1.5937536410989638719e-66, 1.459625439463388979e-82, 2.8738690232659205689e-99, 1.8395411057335783574e-115,
  4.0680767287898916022e-67, 1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894110579e-116,
  4.0680767287898916022e-67, 1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894110579e-116,
  1.1007118082399544936e-67, 1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894110579e-116,
  1.1007118082399544936e-67, 1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894110579e-116,
  3.588705781024702988e-68, 5.9489775128085131541e-84, 1.0450891972142805974e-99, 1.8395411057335783574e-115,
  3.588705781024702988e-68, 5.9489775128085131541e-84, 1.0450891972142805974e-99, 1.8395411057335783574e-115,
  1.7341027056809927069e-68, 1.830931441234090934e-84, 1.3069928418846076386e-100, 3.1677600334418876704e-116,
  8.0680116800913756637e-69, -2.2809159455312046184e-85, -4.0748824503880445403e-101, -6.3915272253158644628e-117,
  3.4315039917320989315e-69, -2.2809159455312046184e-85, -4.0748824503880445403e-101, -6.3915272253158644628e-117,
  1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119,
  1.113250147552460308e-69, 2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119,
  5.3368668650755071652e-70, 2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119,
  2.4390495598509592076e-70, 2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119,
  9.901409072386855505e-71, -2.8859500138942368532e-87, -5.6567402911297190423e-103, -4.6672632026740766185e-119,
  2.6568658093254848067e-71, 5.1571087196495574384e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119,
  2.6568658093254848067e-71, 5.1571087196495574384e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119,
  8.4572999356014273536e-72, 1.1355793528776598461e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119,
  8.4572999356014273536e-72, 1.1355793528776598461e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119,
  3.9294603961880721752e-72, 1.3019701118468578292e-88, -7.5747169634236195447e-105, -2.0152904854894729832e-121,
  1.6655406264813940833e-72, 1.3019701118468578292e-88, -7.5747169634236195447e-105, -2.0152904854894729832e-121,
  5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598455046e-121,
  5.3358074162805516304e-73, 4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598455046e-121,
  2.5059077041472040156e-73, 4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598455046e-121,
  1.0909578480805302081e-73, 4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598455046e-121,
  3.8348292004719330442e-74, 4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598455046e-121,
  2.9745456030524891833e-75, 5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122,
  2.9745456030524891833e-75, 5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122,
  2.9745456030524891833e-75, 5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122,
  2.9745456030524891833e-75, 5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122,
  7.6368645294831185015e-76, 1.0603435429602168369e-91, 1.0451839188820145747e-108, 4.2386081393205242443e-125,
  7.6368645294831185015e-76, 1.0603435429602168369e-91, 1.0451839188820145747e-108, 4.2386081393205242443e-125,
  2.1097166542226745549e-76, 4.4670685979800101779e-92, 1.0451839188820145747e-108, 4.2386081393205242443e-125,
  2.1097166542226745549e-76, 4.4670685979800101779e-92, 1.0451839188820145747e-108, 4.2386081393205242443e-125,
  7.2792968540756372162e-77, 1.3988851821689310822e-92, 1.0451839188820145747e-108, 4.2386081393205242443e-125,
  3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251472933e-126,
  3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251472933e-126,
  3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251472933e-126,
  3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251472933e-126,
  3.7036201000008285821e-78, 5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251472933e-126,
  1.5445779612272179051e-78, 8.6145718795359707834e-95, 7.3062078800278780675e-111, 1.0223371855251472933e-126,
  4.6505689184041232695e-79, 8.6145718795359707834e-95, 7.3062078800278780675e-111, 1.0223371855251472933e-126,
  4.6505689184041232695e-79, 8.6145718795359707834e-95, 7.3062078800278780675e-111, 1.0223371855251472933e-126,
  1.9517662449371099233e-79, 2.62202614552995759e-95, 6.5314563001514349095e-112, 9.9039323746573674262e-128,
  6.0236490820360325022e-80, -3.7424672147304925625e-96, -1.784871512364483542e-112, 6.7095375687163151728e-129,
  6.0236490820360325022e-80, -3.7424672147304925625e-96, -1.784871512364483542e-112, 6.7095375687163151728e-129,
  2.6501457402022643213e-80, 3.7482149527770239293e-96, 6.5314563001514349095e-112, 9.9039323746573674262e-128,
  9.6339406928538097998e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.2001823382693912203e-81, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.459625439463388979e-82, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.459625439463388979e-82, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.459625439463388979e-82, 2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894107761e-116, -2.1796760241698337334e-132,
  1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894107761e-116, -2.1796760241698337334e-132,
  1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894107761e-116, -2.1796760241698337334e-132,
  1.4185069655957361252e-83, -7.8369062883735917115e-100, -1.9081236411894107761e-116, -2.1796760241698337334e-132,
  5.9489775128085131541e-84, 1.0450891972142805974e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132,
  1.830931441234090934e-84, 1.3069928418846076386e-100, 3.1677600334418871069e-116, 3.4556869017247800778e-132,
  1.830931441234090934e-84, 1.3069928418846076386e-100, 3.1677600334418871069e-116, 3.4556869017247800778e-132,
  8.0141992334048515034e-85, 1.3069928418846076386e-100, 3.1677600334418871069e-116, 3.4556869017247800778e-132,
  2.8666416439368237283e-85, 1.6400545060233297363e-101, -4.6672632026740766185e-119, -3.755176715260116501e-136,
  2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136,
  2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136,
  2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136,
  2.9286284920280941206e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136,
  1.3200167453193350837e-86, 2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136,
  5.1571087196495574384e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119, -3.755176715260116501e-136,
  1.1355793528776598461e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119, -3.755176715260116501e-136,
  1.1355793528776598461e-87, 3.2728487032630532648e-103, 5.2465720993401781599e-119, -3.755176715260116501e-136,
  1.3019701118468578292e-88, -7.5747169634236195447e-105, -2.0152904854894725532e-121, -3.1562414818576682143e-137,
  1.3019701118468578292e-88, -7.5747169634236195447e-105, -2.0152904854894725532e-121, -3.1562414818576682143e-137,
  1.3019701118468578292e-88, -7.5747169634236195447e-105, -2.0152904854894725532e-121, -3.1562414818576682143e-137,
  4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598452896e-121, 1.1431992269852683481e-137,
  4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598452896e-121, 1.1431992269852683481e-137,
  4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598452896e-121, 1.1431992269852683481e-137,
  4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598452896e-121, 1.1431992269852683481e-137,
  4.5242184730639744369e-90, 1.1455847889130727424e-105, 1.8573014293598452896e-121, 1.1431992269852683481e-137,
  5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122, 6.8339049774534162772e-139,
  5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122, 6.8339049774534162772e-139,
  5.969437008257942845e-91, 5.5547069870986327528e-107, 1.6304246661326865276e-122, 6.8339049774534162772e-139,
  1.0603435429602168369e-91, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  1.0603435429602168369e-91, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  1.0603435429602168369e-91, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  4.4670685979800101779e-92, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  1.3988851821689310822e-92, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  1.3988851821689310822e-92, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  6.3183932821616130831e-93, 1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591188256e-141,
  2.4831640123977650651e-93, 1.9359195088038447797e-109, -4.8867691298577234423e-126, -2.0587960670007823264e-142,
  5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251471293e-126, 1.2214168761472102282e-142,
  5.6554937751584084315e-94, -1.9306041120023063932e-110, 1.0223371855251471293e-126, 1.2214168761472102282e-142,
  8.6145718795359707834e-95, 7.3062078800278780675e-111, 1.0223371855251471293e-126, 1.2214168761472102282e-142,
  8.6145718795359707834e-95, 7.3062078800278780675e-111, 1.0223371855251471293e-126, 1.2214168761472102282e-142,
  8.6145718795359707834e-95, 7.3062078800278780675e-111, 1.0223371855251471293e-126, 1.2214168761472102282e-142,
  2.62202614552995759e-95, 6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868987041e-145,
  2.62202614552995759e-95, 6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868987041e-145,
  1.1238897120284541253e-95, 6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868987041e-145,
  3.7482149527770239293e-96, 6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868987041e-145,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  2.8738690232659205689e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  1.0450891972142805974e-99, 1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148,
  1.3069928418846076386e-100, 3.1677600334418871069e-116, 3.4556869017247794521e-132, 8.5448727249069983612e-148,
  1.3069928418846076386e-100, 3.1677600334418871069e-116, 3.4556869017247794521e-132, 8.5448727249069983612e-148,
  1.3069928418846076386e-100, 3.1677600334418871069e-116, 3.4556869017247794521e-132, 8.5448727249069983612e-148,
  1.6400545060233297363e-101, -4.6672632026740766185e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  1.6400545060233297363e-101, -4.6672632026740766185e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  1.6400545060233297363e-101, -4.6672632026740766185e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  2.1132026692048600853e-102, -4.6672632026740766185e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  3.2728487032630532648e-103, 5.2465720993401781599e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  3.2728487032630532648e-103, 5.2465720993401781599e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  3.2728487032630532648e-103, 5.2465720993401781599e-119, -3.755176715260116501e-136, 2.1571619860435652883e-152,
  1.0404514546648604359e-103, 2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435652883e-152,
  1.0404514546648604359e-103, 2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435652883e-152,
  4.8235214251531210473e-104, 2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435652883e-152,
  2.0330248644053793915e-104, 2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435652883e-152,
  6.3777658403150887343e-105, -2.0152904854894725532e-121, -3.156241481857667737e-137, -7.0684085473731388916e-153,
  6.3777658403150887343e-105, -2.0152904854894725532e-121, -3.156241481857667737e-137, -7.0684085473731388916e-153,
  2.88964513938041089e-105, 5.7298933442091639924e-121, -3.156241481857667737e-137, -7.0684085473731388916e-153,
  1.1455847889130727424e-105, 1.8573014293598452896e-121, 1.1431992269852681095e-137, 2.4782675885631257398e-153,
  2.7355461367940366859e-106, -7.8994528064813712419e-123, -2.0037599452814940222e-138, 9.1598554579059548847e-155,
  2.7355461367940366859e-106, -7.8994528064813712419e-123, -2.0037599452814940222e-138, 9.1598554579059548847e-155,
  5.5547069870986327528e-107, 1.6304246661326865276e-122, 6.8339049774534147855e-139, 9.1598554579059548847e-155,
  5.5547069870986327528e-107, 1.6304246661326865276e-122, 6.8339049774534147855e-139, 9.1598554579059548847e-155,
  1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  1.0451839188820145747e-108, 4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  1.9359195088038447797e-109, -4.8867691298577234423e-126, -2.0587960670007819622e-142, -2.8326669474241479263e-158,
  1.9359195088038447797e-109, -4.8867691298577234423e-126, -2.0587960670007819622e-142, -2.8326669474241479263e-158,
  1.9359195088038447797e-109, -4.8867691298577234423e-126, -2.0587960670007819622e-142, -2.8326669474241479263e-158,
  8.7142954880180709975e-110, -4.8867691298577234423e-126, -2.0587960670007819622e-142, -2.8326669474241479263e-158,
  3.3918456880078814158e-110, 6.931443500908017045e-126, 1.1062055705591186799e-141, 1.1734404793201255869e-157,
  7.3062078800278780675e-111, 1.0223371855251471293e-126, 1.2214168761472102282e-142, 8.0910098773220312367e-159,
  7.3062078800278780675e-111, 1.0223371855251471293e-126, 1.2214168761472102282e-142, 8.0910098773220312367e-159,
  6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868972816e-145, -1.5987060076657616072e-160,
  6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868972816e-145, -1.5987060076657616072e-160,
  6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868972816e-145, -1.5987060076657616072e-160,
  6.5314563001514349095e-112, 9.9039323746573674262e-128, -8.6629775332868972816e-145, -1.5987060076657616072e-160,
  2.3732923938934761454e-112, 6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160,
  2.9421044076449630171e-113, 6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160,
  2.9421044076449630171e-113, 6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160,
  2.9421044076449630171e-113, 6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160,
  3.4325196623373878948e-114, 9.3892593260023063019e-130, 9.4702132359198537748e-146, 1.7950099192230045857e-161,
  3.4325196623373878948e-114, 9.3892593260023063019e-130, 9.4702132359198537748e-146, 1.7950099192230045857e-161,
  3.4325196623373878948e-114, 9.3892593260023063019e-130, 9.4702132359198537748e-146, 1.7950099192230045857e-161,
  1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148, 2.9106774506606945839e-164,
  1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148, 2.9106774506606945839e-164,
  1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148, 2.9106774506606945839e-164,
  1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148, 2.9106774506606945839e-164,
  1.8395411057335783574e-115, -7.8150389500644475446e-132, -3.9681466199873824165e-148, 2.9106774506606945839e-164,
  8.2436437080731844263e-116, 1.4726412753514008951e-131, -3.9681466199873824165e-148, 2.9106774506606945839e-164,
  3.1677600334418871069e-116, 3.4556869017247794521e-132, 8.544872724906996972e-148, 1.6802919634942429241e-163,
  6.2981819612623816536e-117, 6.3800543877747317218e-133, 7.2423563434801054878e-149, 1.1741471776254779927e-164,
  6.2981819612623816536e-117, 6.3800543877747317218e-133, 7.2423563434801054878e-149, 1.1741471776254779927e-164,
  6.2981819612623816536e-117, 6.3800543877747317218e-133, 7.2423563434801054878e-149, 1.1741471776254779927e-164,
  3.1257546646178208289e-117, -6.6414926959353515111e-134, -5.7828074707888119584e-150, -1.2825052715093464343e-165,
  1.5395410162955400644e-117, -6.6414926959353515111e-134, -5.7828074707888119584e-150, -1.2825052715093464343e-165,
  7.4643419213439950602e-118, 1.0969016447485317626e-133, -5.7828074707888119584e-150, -1.2825052715093464343e-165,
  3.4988078005382940294e-118, 2.1637618757749825688e-134, -8.9490928918944555247e-151, -1.9717385086233606481e-166,
  1.5160407401354430737e-118, 2.1637618757749825688e-134, -8.9490928918944555247e-151, -1.9717385086233606481e-166,
  5.2465720993401781599e-119, -3.755176715260116501e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168,
  2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168,
  2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168,
  2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168,
  2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168,
  2.896544483330507019e-120, 3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168,
  1.3475077173907800538e-120, -3.156241481857667737e-137, -7.0684085473731388916e-153, -3.3573283875161501977e-170,
  5.7298933442091639924e-121, -3.156241481857667737e-137, -7.0684085473731388916e-153, -3.3573283875161501977e-170,
  1.8573014293598452896e-121, 1.1431992269852681095e-137, 2.4782675885631257398e-153, -3.3573283875161501977e-170,
  1.8573014293598452896e-121, 1.1431992269852681095e-137, 2.4782675885631257398e-153, -3.3573283875161501977e-170,
  8.8915345064751572143e-122, 1.1431992269852681095e-137, 2.4782675885631257398e-153, -3.3573283875161501977e-170,
  4.0507946129135104481e-122, 6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911825673e-172,
  1.6304246661326865276e-122, 6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911825673e-172,
  4.2023969274227456735e-123, 6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911825673e-172,
  4.2023969274227456735e-123, 6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911825673e-172,
  1.1769344939467164447e-123, 1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064369683e-172,
  1.1769344939467164447e-123, 1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064369683e-172,
  4.2056888557770896953e-124, 1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064369683e-172,
  4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174,
  4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174,
  4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174,
  4.2386081393205242443e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174,
  1.8749656131673758844e-125, 1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174,
  6.931443500908017045e-126, 1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174,
  1.0223371855251471293e-126, 1.2214168761472102282e-142, 8.0910098773220302259e-159, 1.2381024895275844856e-174,
  1.0223371855251471293e-126, 1.2214168761472102282e-142, 8.0910098773220302259e-159, 1.2381024895275844856e-174,
  1.0223371855251471293e-126, 1.2214168761472102282e-142, 8.0910098773220302259e-159, 1.2381024895275844856e-174,
  2.8369889610228834887e-127, 4.0136364036021218058e-143, -1.0134099605688458828e-159, -2.5389576707476506925e-176,
  2.8369889610228834887e-127, 4.0136364036021218058e-143, -1.0134099605688458828e-159, -2.5389576707476506925e-176,
  9.9039323746573674262e-128, -8.6629775332868972816e-145, -1.5987060076657612913e-160, -2.5389576707476506925e-176,
  6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160, 6.197724948400014906e-177,
  6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160, 6.197724948400014906e-177,
  6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160, 6.197724948400014906e-177,
  6.7095375687163138915e-129, 1.6963686085056791706e-144, 1.2464251916751375716e-160, 6.197724948400014906e-177,
  9.3892593260023063019e-130, 9.4702132359198537748e-146, 1.7950099192230045857e-161, -1.6991004655691155518e-177,
  9.3892593260023063019e-130, 9.4702132359198537748e-146, 1.7950099192230045857e-161, -1.6991004655691155518e-177,
  9.3892593260023063019e-130, 9.4702132359198537748e-146, 1.7950099192230045857e-161, -1.6991004655691155518e-177,
  2.175994780857201024e-130, 1.4618808551874518553e-146, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  2.175994780857201024e-130, 1.4618808551874518553e-146, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  3.7267864457092460442e-131, 4.6083930759590139305e-147, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  3.7267864457092460442e-131, 4.6083930759590139305e-147, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  3.7267864457092460442e-131, 4.6083930759590139305e-147, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  1.4726412753514008951e-131, -3.9681466199873824165e-148, 2.9106774506606941983e-164, 5.1948630316441296498e-180,
  3.4556869017247794521e-132, 8.544872724906996972e-148, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  3.4556869017247794521e-132, 8.544872724906996972e-148, 1.6802919634942426156e-163, 2.8330093736631818036e-179,
  6.3800543877747317218e-133, 7.2423563434801054878e-149, 1.1741471776254777999e-164, 1.3389912474795152755e-180,
  6.3800543877747317218e-133, 7.2423563434801054878e-149, 1.1741471776254777999e-164, 1.3389912474795152755e-180,
  6.3800543877747317218e-133, 7.2423563434801054878e-149, 1.1741471776254777999e-164, 1.3389912474795152755e-180,
  2.8579525590905986764e-133, -5.7828074707888119584e-150, -1.2825052715093464343e-165, -1.0696067158221530218e-181,
  1.0969016447485317626e-133, -5.7828074707888119584e-150, -1.2825052715093464343e-165, -1.0696067158221530218e-181,
  2.1637618757749825688e-134, -8.9490928918944555247e-151, -1.9717385086233606481e-166, 1.3535321672928907047e-182,
  2.1637618757749825688e-134, -8.9490928918944555247e-151, -1.9717385086233606481e-166, 1.3535321672928907047e-182,
  2.1637618757749825688e-134, -8.9490928918944555247e-151, -1.9717385086233606481e-166, 1.3535321672928907047e-182,
  1.0631050543111905033e-134, 1.5490398016102376505e-150, 3.4549185946116918017e-166, 1.3535321672928907047e-182,
  5.1277664357929471499e-135, 3.2706525621039604902e-151, 7.4159004299416557678e-167, 1.3535321672928907047e-182,
  2.3761243821334675971e-135, 3.2706525621039604902e-151, 7.4159004299416557678e-167, 1.3535321672928907047e-182,
  1.0003033553037281263e-135, 2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184,
  3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184,
  3.1239284188885823808e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184,
  1.4041521353514076604e-136, 2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184,
  5.4426399358282049106e-137, 2.4782675885631257398e-153, -3.3573283875161501977e-170, 3.0568054078295488291e-186,
  1.1431992269852681095e-137, 2.4782675885631257398e-153, -3.3573283875161501977e-170, 3.0568054078295488291e-186,
  1.1431992269852681095e-137, 2.4782675885631257398e-153, -3.3573283875161501977e-170, 3.0568054078295488291e-186,
  6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328578981e-188,
  6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328578981e-188,
  6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328578981e-188,
  6.8339049774534147855e-139, 9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328578981e-188,
  1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188,
  1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188,
  1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188,
  1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188,
  1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188,
  1.1602886988632691941e-140, 3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188,
  1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  1.1062055705591186799e-141, 1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  4.5016298192952031469e-142, -2.8326669474241479263e-158, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  1.2214168761472102282e-142, 8.0910098773220302259e-159, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  1.2214168761472102282e-142, 8.0910098773220302259e-159, 1.2381024895275844856e-174, -8.4789520282639751913e-191,
  4.0136364036021218058e-143, -1.0134099605688458828e-159, -2.5389576707476506925e-176, -6.2404128071707654958e-193,
  4.0136364036021218058e-143, -1.0134099605688458828e-159, -2.5389576707476506925e-176, -6.2404128071707654958e-193,
  1.9635033141346264592e-143, -1.0134099605688458828e-159, -2.5389576707476506925e-176, -6.2404128071707654958e-193,
  9.3843676940087855824e-144, 1.2626949989038732076e-159, 2.2730883653953564668e-175, 2.7431118386590483722e-191,
  4.2590349703400483539e-144, 1.2464251916751375716e-160, 6.1977249484000140293e-177, 1.1294061984896458822e-192,
  1.6963686085056791706e-144, 1.2464251916751375716e-160, 6.1977249484000140293e-177, 1.1294061984896458822e-192,
  4.1503542758849472122e-145, -1.7614040799531193879e-161, -1.6991004655691153326e-177, -1.856794109153959173e-193,
  4.1503542758849472122e-145, -1.7614040799531193879e-161, -1.6991004655691153326e-177, -1.856794109153959173e-193,
  9.4702132359198537748e-146, 1.7950099192230045857e-161, -1.6991004655691153326e-177, -1.856794109153959173e-193,
  9.4702132359198537748e-146, 1.7950099192230045857e-161, -1.6991004655691153326e-177, -1.856794109153959173e-193,
  1.4618808551874518553e-146, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  1.4618808551874518553e-146, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  1.4618808551874518553e-146, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  4.6083930759590139305e-147, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  4.6083930759590139305e-147, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  2.105789206980137775e-147, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  8.544872724906996972e-148, 1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196,
  2.2883630524598079723e-148, 2.9106774506606941983e-164, 5.1948630316441287936e-180, 9.6685396110091032843e-196,
  2.2883630524598079723e-148, 2.9106774506606941983e-164, 5.1948630316441287936e-180, 9.6685396110091032843e-196,
  7.2423563434801054878e-149, 1.1741471776254777999e-164, 1.3389912474795150614e-180, 1.1067843414450286726e-196,
  7.2423563434801054878e-149, 1.1741471776254777999e-164, 1.3389912474795150614e-180, 1.1067843414450286726e-196,
  3.3320377982006123631e-149, 3.0588204110786950436e-165, 3.7502330143836152136e-181, 3.6564932749519464998e-198,
  1.3768785255608653665e-149, 3.0588204110786950436e-165, 3.7502330143836152136e-181, 3.6564932749519464998e-198,
  3.9929888924099219388e-150, -1.9717385086233606481e-166, 1.3535321672928907047e-182, 3.1205762277848031878e-199,
  3.9929888924099219388e-150, -1.9717385086233606481e-166, 1.3535321672928907047e-182, 3.1205762277848031878e-199,
  1.5490398016102376505e-150, 3.4549185946116918017e-166, 1.3535321672928907047e-182, 3.1205762277848031878e-199,
  3.2706525621039604902e-151, 7.4159004299416557678e-167, 1.3535321672928907047e-182, 3.1205762277848031878e-199,
  3.2706525621039604902e-151, 7.4159004299416557678e-167, 1.3535321672928907047e-182, 3.1205762277848031878e-199,
  2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201,
  2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201,
  2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201,
  2.1571619860435648643e-152, 6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201,
  2.4782675885631257398e-153, -3.3573283875161501977e-170, 3.0568054078295488291e-186, 1.4980560800565462618e-202,
  2.4782675885631257398e-153, -3.3573283875161501977e-170, 3.0568054078295488291e-186, 1.4980560800565462618e-202,
  2.4782675885631257398e-153, -3.3573283875161501977e-170, 3.0568054078295488291e-186, 1.4980560800565462618e-202,
  9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  9.1598554579059548847e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  1.7015147267057481414e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  1.7015147267057481414e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  1.7015147267057481414e-155, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  7.6922213530572229852e-156, -4.5159745404911819927e-172, -4.5870810097328572602e-188, -3.2905064432040069127e-204,
  3.0307583960570927356e-156, 5.8345524661064358191e-172, 6.9043123899963188689e-188, -3.2905064432040069127e-204,
  7.0002691755702864582e-157, 6.5928896280762691321e-173, 1.1586156901317304854e-188, -1.0100405885278530137e-205,
  7.0002691755702864582e-157, 6.5928896280762691321e-173, 1.1586156901317304854e-188, -1.0100405885278530137e-205,
  1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  1.1734404793201255869e-157, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  4.4508689228885539715e-158, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  8.0910098773220302259e-159, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  8.0910098773220302259e-159, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  8.0910098773220302259e-159, 1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.3321093418096261919e-207,
  3.5387999583765925506e-159, 2.2730883653953564668e-175, 2.7431118386590483722e-191, -1.3321093418096261919e-207,
  1.2626949989038732076e-159, 2.2730883653953564668e-175, 2.7431118386590483722e-191, -1.3321093418096261919e-207,
  1.2464251916751375716e-160, 6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208,
  1.2464251916751375716e-160, 6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208,
  1.2464251916751375716e-160, 6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208,
  1.2464251916751375716e-160, 6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208,
  5.3514239183991277695e-161, 6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208,
  1.7950099192230045857e-161, -1.6991004655691153326e-177, -1.8567941091539589297e-193, -1.8074851186411640793e-209,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  1.6802919634942426156e-163, 2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212,
  2.9106774506606941983e-164, 5.1948630316441287936e-180, 9.6685396110091013832e-196, 1.7562785002189357559e-211,
  2.9106774506606941983e-164, 5.1948630316441287936e-180, 9.6685396110091013832e-196, 1.7562785002189357559e-211,
  2.9106774506606941983e-164, 5.1948630316441287936e-180, 9.6685396110091013832e-196, 1.7562785002189357559e-211,
  1.1741471776254777999e-164, 1.3389912474795150614e-180, 1.106784341445028435e-196, 3.3045982549756583552e-212,
  3.0588204110786950436e-165, 3.7502330143836152136e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214,
  3.0588204110786950436e-165, 3.7502330143836152136e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214,
  8.8815756978467430465e-166, 1.3403131492807310959e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214,
  8.8815756978467430465e-166, 1.3403131492807310959e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214,
  3.4549185946116918017e-166, 1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217,
  7.4159004299416557678e-167, 1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217,
  7.4159004299416557678e-167, 1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217,
  6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  6.3257905089784152346e-168, 3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  2.0862146470760309789e-168, -1.146150630053972131e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  2.0862146470760309789e-168, -1.146150630053972131e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  1.026320681600434562e-168, 1.2072867382105631402e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218,
  4.9637369886263658882e-169, 3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218,
  2.3140020749373754342e-169, 3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218,
  9.8913461809288020723e-170, 3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218,
  3.2670088967063259373e-170, 3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218,
  3.2670088967063259373e-170, 3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218,
  1.6109245756507072713e-170, -6.2044048008378732802e-187, -5.4322544592823556944e-203, 4.2491789852161138683e-219,
  7.8288241512289757055e-171, 1.2181824638728806485e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218,
  3.6886133485899290404e-171, 2.9887099189454666024e-187, 4.774153170641553462e-203, 4.2491789852161138683e-219,
  1.6185079472704052482e-171, 2.9887099189454666024e-187, 4.774153170641553462e-203, 4.2491789852161138683e-219,
  5.8345524661064358191e-172, 6.9043123899963188689e-188, -3.2905064432040069127e-204, -9.1795828160190082842e-224,
  6.5928896280762691321e-173, 1.1586156901317304854e-188, -1.0100405885278530137e-205, -9.1795828160190082842e-224,
  6.5928896280762691321e-173, 1.1586156901317304854e-188, -1.0100405885278530137e-205, -9.1795828160190082842e-224,
  6.5928896280762691321e-173, 1.1586156901317304854e-188, -1.0100405885278530137e-205, -9.1795828160190082842e-224,
  1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  1.2381024895275844856e-174, -8.4789520282639751913e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  2.2730883653953564668e-175, 2.7431118386590483722e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  2.2730883653953564668e-175, 2.7431118386590483722e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  2.2730883653953564668e-175, 2.7431118386590483722e-191, -1.332109341809626019e-207, -9.1795828160190082842e-224,
  1.0095962991602958391e-175, -6.2404128071707654958e-193, 3.0593092910744445285e-209, 5.4622616159087170031e-225,
  3.7785026604276538491e-176, -6.2404128071707654958e-193, 3.0593092910744445285e-209, 5.4622616159087170031e-225,
  6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208, -5.3441928036578162463e-225,
  6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208, -5.3441928036578162463e-225,
  6.1977249484000140293e-177, 1.1294061984896456875e-192, 2.2526486929936882202e-208, -5.3441928036578162463e-225,
  2.2493122414154495675e-177, 2.5268245888628466632e-193, 3.0593092910744445285e-209, 5.4622616159087170031e-225,
  2.7510588792316711745e-178, 3.3501523985444386676e-194, 6.2591208621664049475e-210, 5.9034406125450500218e-227,
  2.7510588792316711745e-178, 3.3501523985444386676e-194, 6.2591208621664049475e-210, 5.9034406125450500218e-227,
  2.7510588792316711745e-178, 3.3501523985444386676e-194, 6.2591208621664049475e-210, 5.9034406125450500218e-227,
  2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212, 9.9192633285681635836e-229,
  2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212, 9.9192633285681635836e-229,
  2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212, 9.9192633285681635836e-229,
  2.8330093736631818036e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212, 9.9192633285681635836e-229,
  1.2906606599973359683e-179, -7.4549709281190454638e-196, -1.4481306607622412036e-212, 9.9192633285681635836e-229,
  5.1948630316441287936e-180, 9.6685396110091013832e-196, 1.7562785002189355449e-211, 1.6821693549018732055e-227,
  1.3389912474795150614e-180, 1.106784341445028435e-196, 3.3045982549756578275e-212, 6.2685154049107876715e-228,
  1.3389912474795150614e-180, 1.106784341445028435e-196, 3.3045982549756578275e-212, 6.2685154049107876715e-228,
  3.7502330143836152136e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214, 2.5658818466966882188e-231,
  3.7502330143836152136e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214, 2.5658818466966882188e-231,
  1.3403131492807310959e-181, 3.6564932749519464998e-198, 3.7097125405852507464e-214, 2.5658818466966882188e-231,
  1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217, -1.0577661142165146927e-233,
  1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217, -1.0577661142165146927e-233,
  1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217, -1.0577661142165146927e-233,
  1.3535321672928907047e-182, 3.1205762277848031878e-199, -3.3569248349832580936e-217, -1.0577661142165146927e-233,
  6.0043220944823941786e-183, 3.1205762277848031878e-199, -3.3569248349832580936e-217, -1.0577661142165146927e-233,
  2.2388223052591377446e-183, 3.1205762277848031878e-199, -3.3569248349832580936e-217, -1.0577661142165146927e-233,
  3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.5607241064750984115e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  1.2072867382105631402e-184, -1.4832196127821708615e-201, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  3.0568054078295488291e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  1.2181824638728806485e-186, 1.4980560800565460352e-202, 2.6911956484118910092e-218, -5.1336618966962585332e-235,
  2.9887099189454666024e-187, 4.774153170641553462e-203, 4.2491789852161132393e-219, 7.4467067939231424594e-235,
  2.9887099189454666024e-187, 4.774153170641553462e-203, 4.2491789852161132393e-219, 7.4467067939231424594e-235,
  6.9043123899963188689e-188, -3.2905064432040069127e-204, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  6.9043123899963188689e-188, -3.2905064432040069127e-204, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  1.1586156901317304854e-188, -1.0100405885278530137e-205, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  1.1586156901317304854e-188, -1.0100405885278530137e-205, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  1.1586156901317304854e-188, -1.0100405885278530137e-205, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  4.4040360264865697732e-189, -1.0100405885278530137e-205, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  8.129755890712020335e-190, 9.8339840169166049336e-206, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  8.129755890712020335e-190, 9.8339840169166049336e-206, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  8.129755890712020335e-190, 9.8339840169166049336e-206, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  3.6409303439428119063e-190, -1.332109341809626019e-207, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  1.3965175705582071936e-190, -1.332109341809626019e-207, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  2.7431118386590483722e-191, -1.332109341809626019e-207, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  2.7431118386590483722e-191, -1.332109341809626019e-207, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  2.7431118386590483722e-191, -1.332109341809626019e-207, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  1.3403538552936701153e-191, 1.7826390804083638359e-207, -9.1795828160190063645e-224, -2.3569545504732004486e-239,
  6.389748636109812983e-192, 2.2526486929936882202e-208, -5.3441928036578156465e-225, -7.741539335184153052e-241,
  2.8828536776963681193e-192, 2.2526486929936882202e-208, -5.3441928036578156465e-225, -7.741539335184153052e-241,
  1.1294061984896456875e-192, 2.2526486929936882202e-208, -5.3441928036578156465e-225, -7.741539335184153052e-241,
  2.5268245888628466632e-193, 3.0593092910744445285e-209, 5.4622616159087170031e-225, 4.2560351759808952526e-241,
  2.5268245888628466632e-193, 3.0593092910744445285e-209, 5.4622616159087170031e-225, 4.2560351759808952526e-241,
  3.3501523985444386676e-194, 6.2591208621664049475e-210, 5.9034406125450490845e-227, 1.3186893776791012681e-242,
  3.3501523985444386676e-194, 6.2591208621664049475e-210, 5.9034406125450490845e-227, 1.3186893776791012681e-242,
  3.3501523985444386676e-194, 6.2591208621664049475e-210, 5.9034406125450490845e-227, 1.3186893776791012681e-242,
  6.1039071228393547627e-195, 1.7562785002189355449e-211, 1.6821693549018732055e-227, -8.7276385348052817035e-244,
  6.1039071228393547627e-195, 1.7562785002189355449e-211, 1.6821693549018732055e-227, -8.7276385348052817035e-244,
  6.1039071228393547627e-195, 1.7562785002189355449e-211, 1.6821693549018732055e-227, -8.7276385348052817035e-244,
  2.6792050150137250131e-195, 1.7562785002189355449e-211, 1.6821693549018732055e-227, -8.7276385348052817035e-244,
  9.6685396110091013832e-196, 1.7562785002189355449e-211, 1.6821693549018732055e-227, -8.7276385348052817035e-244,
  2.0416567491425607157e-177, 6.0959078275963141821e-193, 1.156336993964950812e-208, 2.7126166236326293347e-224,
  2.0416567491425607157e-177, 6.0959078275963141821e-193, 1.156336993964950812e-208, 2.7126166236326293347e-224,
  2.0416567491425607157e-177, 6.0959078275963141821e-193, 1.156336993964950812e-208, 2.7126166236326293347e-224,
  6.7450395650278649168e-179, 6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228,
  6.7450395650278649168e-179, 6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228,
  6.7450395650278649168e-179, 6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228,
  6.7450395650278649168e-179, 6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228,
  6.7450395650278649168e-179, 6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228,
  5.756447103644822603e-180, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  5.756447103644822603e-180, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  5.756447103644822603e-180, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  5.756447103644822603e-180, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  1.9005753194802080146e-180, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  1.9005753194802080146e-180, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  9.3660737343905436753e-181, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  4.5462340041847754398e-181, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  2.1363141390818913221e-181, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  9.3135420653044926323e-182, -6.1924333305615830735e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  3.2887424025472810002e-182, 7.185309278132283136e-198, -1.9512340798794268979e-214, -3.6162764918921697356e-230,
  2.7634257116867652192e-183, 4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749095611e-233,
  2.7634257116867652192e-183, 4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749095611e-233,
  2.7634257116867652192e-183, 4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749095611e-233,
  2.7634257116867652192e-183, 4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749095611e-233,
  8.806758170751374203e-184, 7.8383517263666503337e-200, 1.3736749441945438342e-215, -9.2331809177749095611e-233,
  8.806758170751374203e-184, 7.8383517263666503337e-200, 1.3736749441945438342e-215, -9.2331809177749095611e-233,
  4.0998834342223036605e-184, 7.8383517263666503337e-200, 1.3736749441945438342e-215, -9.2331809177749095611e-233,
  1.7464460659577689118e-184, 2.612671019845610006e-200, 2.1334073625072069974e-216, -9.2331809177749095611e-233,
  5.697273818255015375e-185, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  5.697273818255015375e-185, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  2.755477107924346286e-185, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  1.2845787527590117414e-185, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  5.4912957517634446918e-186, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  1.8140498638501083305e-186, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  1.8140498638501083305e-186, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  8.9473839187177424013e-187, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  4.3508265588260719497e-187, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  2.0525478788802367239e-187, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  9.0340853890731911095e-188, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  3.288388689208603045e-188, -1.6933341491052464293e-204, -4.3478137385944270631e-220, -2.3353910329236990725e-236,
  4.1554033927630885323e-189, -9.8582956929636044137e-206, -1.4280619485269765742e-221, 1.2171222696290252021e-237,
  4.1554033927630885323e-189, -9.8582956929636044137e-206, -1.4280619485269765742e-221, 1.2171222696290252021e-237,
  4.1554033927630885323e-189, -9.8582956929636044137e-206, -1.4280619485269765742e-221, 1.2171222696290252021e-237,
  5.643429553477207926e-190, 1.0076094209231528444e-205, 7.8509991660024955813e-222, 1.2171222696290252021e-237,
  5.643429553477207926e-190, 1.0076094209231528444e-205, 7.8509991660024955813e-222, 1.2171222696290252021e-237,
  5.643429553477207926e-190, 1.0076094209231528444e-205, 7.8509991660024955813e-222, 1.2171222696290252021e-237,
  1.1546040067079994973e-190, 1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239,
  1.1546040067079994973e-190, 1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239,
  3.2397620015697148712e-192, 3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  3.2397620015697148712e-192, 3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  3.2397620015697148712e-192, 3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  3.2397620015697148712e-192, 3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  3.2397620015697148712e-192, 3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  3.2397620015697148712e-192, 3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  1.4863145223629928288e-192, -7.9038076992129241506e-209, -1.609965144193984205e-224, -1.8313007053436627876e-240,
  6.0959078275963141821e-193, 1.156336993964950812e-208, 2.7126166236326293347e-224, -1.8313007053436627876e-240,
  1.712289129579509076e-193, 1.8297811202182925249e-209, 1.1003018740995688645e-226, 5.827891678485165325e-243,
  1.712289129579509076e-193, 1.8297811202182925249e-209, 1.1003018740995688645e-226, 5.827891678485165325e-243,
  6.1638445507530779946e-194, -6.0361608463951204924e-210, 1.1003018740995688645e-226, 5.827891678485165325e-243,
  6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  6.8432117823206978686e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  3.418509674495068119e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  1.7061586205822532442e-195, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  8.499830936258458068e-196, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  4.218953301476420881e-196, 4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.029900079464340522e-245,
  2.0785144840854027628e-196, -1.9512340798794268979e-214, -3.6162764918921692779e-230, -2.8387319855193022476e-246,
  1.008295075389893466e-196, -1.9512340798794268979e-214, -3.6162764918921692779e-230, -2.8387319855193022476e-246,
  4.7318537104213881764e-197, -1.9512340798794268979e-214, -3.6162764918921692779e-230, -2.8387319855193022476e-246,
  2.0563051886826149345e-197, -1.9512340798794268979e-214, -3.6162764918921692779e-230, -2.8387319855193022476e-246,
  7.185309278132283136e-198, -1.9512340798794268979e-214, -3.6162764918921692779e-230, -2.8387319855193022476e-246,
  4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  4.9643797378534984559e-199, -9.4699347169310243473e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  7.8383517263666503337e-200, 1.3736749441945438342e-215, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  7.8383517263666503337e-200, 1.3736749441945438342e-215, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  7.8383517263666503337e-200, 1.3736749441945438342e-215, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  2.612671019845610006e-200, 2.1334073625072069974e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  2.612671019845610006e-200, 2.1334073625072069974e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  1.306250843215349634e-200, 2.1334073625072069974e-216, -9.2331809177749077733e-233, -1.4042876247421728101e-248,
  6.5304075490021959302e-201, 6.8298960257742791824e-217, 6.8696910062179237095e-233, 3.8349029251851101018e-249,
  3.2643571074265457254e-201, -4.2219277387461470355e-218, -1.753154605289404553e-234, -7.5861268822635538093e-251,
  1.6313318866387202604e-201, -4.2219277387461470355e-218, -1.753154605289404553e-234, -7.5861268822635538093e-251,
  8.1481927624480752786e-202, -4.2219277387461470355e-218, -1.753154605289404553e-234, -7.5861268822635538093e-251,
  4.0656297104785107096e-202, 4.8431832608149701961e-218, 8.3111403472061145651e-234, 1.6001805286092554504e-249,
  2.0243481844937293316e-202, 3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250,
  1.0037074215013384159e-202, 3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250,
  4.9338704000514295811e-203, 3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250,
  2.3822684925704522921e-203, 3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250,
  1.1064675388299639308e-203, 2.7343042298126957741e-220, 5.5273393987134252385e-236, 1.1432574793608782288e-251,
  4.6856706195971960852e-204, 2.7343042298126957741e-220, 5.5273393987134252385e-236, 1.1432574793608782288e-251,
  1.4961682352459748279e-204, -8.0675475439086544798e-221, -3.6970842501441777651e-237, -5.7032870362481275794e-253,
  1.4961682352459748279e-204, -8.0675475439086544798e-221, -3.6970842501441777651e-237, -5.7032870362481275794e-253,
  6.9879263915816924805e-205, 9.6377473771091526132e-221, 1.5959741828948633012e-236, 2.7031904319843495713e-252,
  3.0010484111426663515e-205, 7.8509991660024955813e-222, 1.2171222696290252021e-237, -2.4742181023285720738e-254,
  1.0076094209231528444e-205, 7.8509991660024955813e-222, 1.2171222696290252021e-237, -2.4742181023285720738e-254,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  1.0889925813396166947e-207, 2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256,
  3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436625212e-240, -2.3341145329525059632e-256,
  3.1030547578511949035e-208, -1.609965144193984205e-224, -1.8313007053436625212e-240, -2.3341145329525059632e-256,
  1.156336993964950812e-208, 2.7126166236326293347e-224, -1.8313007053436625212e-240, -2.3341145329525059632e-256,
  1.8297811202182925249e-209, 1.1003018740995688645e-226, 5.827891678485165325e-243, -3.1174271110208206547e-259,
  1.8297811202182925249e-209, 1.1003018740995688645e-226, 5.827891678485165325e-243, -3.1174271110208206547e-259,
  1.8297811202182925249e-209, 1.1003018740995688645e-226, 5.827891678485165325e-243, -3.1174271110208206547e-259,
  6.1308251778939023781e-210, 1.1003018740995688645e-226, 5.827891678485165325e-243, -3.1174271110208206547e-259,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  4.7332165749391048364e-212, 4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  2.3568521170701555846e-212, -7.7818310317651142243e-229, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  1.1686698881356804311e-212, 1.8601114328504743806e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  5.7457877366844311816e-213, 5.409641648369814791e-229, -3.0299000794643401155e-245, -2.8075477999879273582e-261,
  2.7753321643482446169e-213, -1.1860946916976500828e-229, 6.3146909508553973881e-246, 1.2573885592501532045e-261,
  1.290104378180150675e-213, 2.1117734783360818049e-229, 4.2928382696354204061e-245, -2.8075477999879273582e-261,
  5.4749048509610403382e-214, 4.6283939331921604413e-230, 6.3146909508553973881e-246, 1.2573885592501532045e-261,
  1.7618353855408067201e-214, 5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263,
  1.7618353855408067201e-214, 5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263,
  8.3356801918574821257e-215, 5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263,
  3.6943433600821895879e-215, 5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263,
  1.3736749441945438342e-215, -9.2331809177749077733e-233, -1.4042876247421726117e-248, -9.9505977179164858712e-265,
  2.1334073625072069974e-216, -9.2331809177749077733e-233, -1.4042876247421726117e-248, -9.9505977179164858712e-265,
  2.1334073625072069974e-216, -9.2331809177749077733e-233, -1.4042876247421726117e-248, -9.9505977179164858712e-265,
  2.1334073625072069974e-216, -9.2331809177749077733e-233, -1.4042876247421726117e-248, -9.9505977179164858712e-265,
  6.8298960257742791824e-217, 6.8696910062179237095e-233, 3.8349029251851101018e-249, -2.6436684620390282645e-267,
  6.8298960257742791824e-217, 6.8696910062179237095e-233, 3.8349029251851101018e-249, -2.6436684620390282645e-267,
  3.2038516259498326923e-217, -1.1817449557784924788e-233, -6.3454186796659920093e-250, -2.6436684620390282645e-267,
  1.3908294260376086421e-217, 2.8439730252197153919e-233, 3.8349029251851101018e-249, -2.6436684620390282645e-267,
  4.8431832608149701961e-218, 8.3111403472061145651e-234, 1.6001805286092554504e-249, -2.6436684620390282645e-267,
  3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250, -2.6436684620390282645e-267,
  3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250, -2.6436684620390282645e-267,
  3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250, -2.6436684620390282645e-267,
  3.1062776103441183191e-219, 7.6291913283447536617e-235, 2.0347903074934629333e-250, -2.6436684620390282645e-267,
  2.7343042298126957741e-220, 5.5273393987134252385e-236, 1.1432574793608780349e-251, 1.2329569415922591084e-267,
  2.7343042298126957741e-220, 5.5273393987134252385e-236, 1.1432574793608780349e-251, 1.2329569415922591084e-267,
  2.7343042298126957741e-220, 5.5273393987134252385e-236, 1.1432574793608780349e-251, 1.2329569415922591084e-267,
  2.7343042298126957741e-220, 5.5273393987134252385e-236, 1.1432574793608780349e-251, 1.2329569415922591084e-267,
  9.6377473771091526132e-221, 1.5959741828948633012e-236, 2.7031904319843490867e-252, 2.638005906844372114e-268,
  7.8509991660024955813e-222, 1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270,
  7.8509991660024955813e-222, 1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270,
  7.8509991660024955813e-222, 1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270,
  7.8509991660024955813e-222, 1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270,
  2.318094503184431479e-222, -1.1429360314275701698e-239, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  2.318094503184431479e-222, -1.1429360314275701698e-239, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  9.3486833747991514629e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  2.4325525462765697993e-223, -1.1429360314275701698e-239, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  7.0351983914592419146e-224, 7.766758903588374524e-240, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  7.0351983914592419146e-224, 7.766758903588374524e-240, 8.3218722366085688343e-256, -2.0046830753539155726e-272,
  2.7126166236326293347e-224, -1.8313007053436625212e-240, -2.3341145329525056675e-256, -2.0046830753539155726e-272,
  5.5132573971932232487e-225, 5.6821419688934674008e-241, 3.2988215943776273615e-257, 2.1353977370878701046e-273,
  5.5132573971932232487e-225, 5.6821419688934674008e-241, 3.2988215943776273615e-257, 2.1353977370878701046e-273,
  1.1003018740995688645e-226, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  1.1003018740995688645e-226, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  1.1003018740995688645e-226, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  1.1003018740995688645e-226, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  1.1003018740995688645e-226, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  1.1003018740995688645e-226, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  2.560476225709334075e-227, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  2.560476225709334075e-227, 5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275,
  4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  4.4984059688774601837e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  1.8601114328504743806e-228, -3.0299000794643401155e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  5.409641648369814791e-229, -3.0299000794643401155e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  5.409641648369814791e-229, -3.0299000794643401155e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  2.1117734783360818049e-229, 4.2928382696354204061e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277,
  4.6283939331921604413e-230, 6.3146909508553973881e-246, 1.2573885592501529789e-261, 3.0408903374280139822e-277,
  4.6283939331921604413e-230, 6.3146909508553973881e-246, 1.2573885592501529789e-261, 3.0408903374280139822e-277,
  5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263, 8.7279092175580820317e-280,
  5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263, 8.7279092175580820317e-280,
  5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263, 8.7279092175580820317e-280,
  5.060587206499956961e-231, 5.9380161562121075096e-247, -1.2904053011746964278e-263, 8.7279092175580820317e-280,
  2.4841276986611042098e-231, 2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282,
  1.1958979447416775482e-231, 2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282,
  5.5178306778196421733e-232, 2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282,
  2.2972562930210755192e-232, 2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282,
  6.8696910062179237095e-233, 3.8349029251851101018e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  6.8696910062179237095e-233, 3.8349029251851101018e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  2.8439730252197153919e-233, 3.8349029251851101018e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  8.3111403472061145651e-234, 1.6001805286092554504e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  8.3111403472061145651e-234, 1.6001805286092554504e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  3.2789928709583552854e-234, 4.8281933032132812475e-250, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  7.6291913283447536617e-235, 2.0347903074934629333e-250, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  7.6291913283447536617e-235, 2.0347903074934629333e-250, -2.6436684620390282645e-267, -4.3807022524130141006e-284,
  1.3390069830350552605e-235, -6.026193929640082176e-252, -7.0535576022338457803e-268, -4.3807022524130141006e-284,
  1.3390069830350552605e-235, -6.026193929640082176e-252, -7.0535576022338457803e-268, -4.3807022524130141006e-284,
  1.3390069830350552605e-235, -6.026193929640082176e-252, -7.0535576022338457803e-268, -4.3807022524130141006e-284,
  5.5273393987134252385e-236, 1.1432574793608780349e-251, 1.2329569415922591084e-267, -4.3807022524130141006e-284,
  1.5959741828948633012e-236, 2.7031904319843490867e-252, 2.638005906844371576e-268, 6.3790946999826013345e-284,
  1.5959741828948633012e-236, 2.7031904319843490867e-252, 2.638005906844371576e-268, 6.3790946999826013345e-284,
  6.1313287894022281692e-237, 5.2084434157824127104e-253, 2.1511502957481757317e-269, 3.2670891426006739096e-285,
  1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270, -9.5347405022956042207e-287,
  1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270, -9.5347405022956042207e-287,
  1.2171222696290252021e-237, -2.4742181023285720738e-254, -1.2030990169203137715e-270, -9.5347405022956042207e-287,
  6.0284645465737476297e-238, -2.4742181023285720738e-254, -1.2030990169203137715e-270, -9.5347405022956042207e-287,
  2.9570854717154947523e-238, 4.3456134301905148502e-254, 6.3684349745470443788e-270, -9.5347405022956042207e-287,
  1.4213959342863689955e-238, 9.3569766393097138822e-255, 2.5826679788133653036e-270, -9.5347405022956042207e-287,
  6.5355116557180594664e-239, 9.3569766393097138822e-255, 2.5826679788133653036e-270, -9.5347405022956042207e-287,
  2.6962878121452450746e-239, 8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288,
  7.766758903588374524e-240, 8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288,
  7.766758903588374524e-240, 8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288,
  2.9677290991223565342e-240, -2.3341145329525056675e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288,
  5.6821419688934674008e-241, 3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289,
  5.6821419688934674008e-241, 3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289,
  5.6821419688934674008e-241, 3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289,
  2.6827483411022054912e-241, 3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289,
  1.1830515272065748694e-241, -3.117427111020820077e-259, -5.9718623963762788119e-275, 6.1155422068568954053e-291,
  4.3320312025875939195e-242, -3.117427111020820077e-259, -5.9718623963762788119e-275, 6.1155422068568954053e-291,
  5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275, 6.1155422068568954053e-291,
  5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275, 6.1155422068568954053e-291,
  5.827891678485165325e-243, -3.117427111020820077e-259, -5.9718623963762788119e-275, 6.1155422068568954053e-291,
  1.1413391350613183311e-243, -5.1586784110844895013e-260, -1.9524039360882352712e-276, -2.9779654517181717279e-292,
  1.1413391350613183311e-243, -5.1586784110844895013e-260, -1.9524039360882352712e-276, -2.9779654517181717279e-292,
  1.1413391350613183311e-243, -5.1586784110844895013e-260, -1.9524039360882352712e-276, -2.9779654517181717279e-292,
  5.5552006713333735927e-244, 7.8491179384773690214e-260, -1.9524039360882352712e-276, -2.9779654517181717279e-292,
  2.6261053316934700345e-244, 1.345219763696439399e-260, 1.6579848156414234801e-276, 1.0303712682997740506e-292,
  1.1615576618735179302e-244, 1.345219763696439399e-260, 1.6579848156414234801e-276, 1.0303712682997740506e-292,
  4.2928382696354204061e-245, -2.8075477999879273582e-261, -1.472095602234059958e-277, 2.8287088295287585094e-294,
  6.3146909508553973881e-246, 1.2573885592501529789e-261, 3.0408903374280139822e-277, 2.8287088295287585094e-294,
  6.3146909508553973881e-246, 1.2573885592501529789e-261, 3.0408903374280139822e-277, 2.8287088295287585094e-294,
  6.3146909508553973881e-246, 1.2573885592501529789e-261, 3.0408903374280139822e-277, 2.8287088295287585094e-294,
  1.7379794826680480784e-246, 2.4115446944063306384e-262, 2.202741251392177696e-278, 2.8287088295287585094e-294,
  1.7379794826680480784e-246, 2.4115446944063306384e-262, 2.202741251392177696e-278, 2.8287088295287585094e-294,
  5.9380161562121075096e-247, -1.2904053011746964278e-263, 8.7279092175580810531e-280, 8.8634899828990930877e-296,
  2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150276549e-299,
  2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150276549e-299,
  2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150276549e-299,
  2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150276549e-299,
  2.1712682097791944335e-248, 2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150276549e-299,
  3.8349029251851101018e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  3.8349029251851101018e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  3.8349029251851101018e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  1.6001805286092554504e-249, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  4.8281933032132812475e-250, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  4.8281933032132812475e-250, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  2.0347903074934629333e-250, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  6.3808880963355377617e-251, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  6.3808880963355377617e-251, -2.6436684620390282645e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  2.8891343516857640937e-251, 5.1095823452235464813e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  1.1432574793608780349e-251, 1.2329569415922591084e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300,
  2.7031904319843490867e-252, 2.638005906844371576e-268, 6.3790946999826013345e-284, -2.7456019707854725967e-300,
  2.7031904319843490867e-252, 2.638005906844371576e-268, 6.3790946999826013345e-284, -2.7456019707854725967e-300,
  5.2084434157824127104e-253, 2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482777461e-301,
  5.2084434157824127104e-253, 2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482777461e-301,
  5.2084434157824127104e-253, 2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482777461e-301,
  2.4805108027747776379e-253, 2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482777461e-301,
  1.1165444962709601017e-253, 2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482777461e-301,
  4.3456134301905148502e-254, 6.3684349745470443788e-270, -9.5347405022956030541e-287, -1.5805886663557401565e-302,
  9.3569766393097138822e-255, 2.5826679788133653036e-270, -9.5347405022956030541e-287, -1.5805886663557401565e-302,
  9.3569766393097138822e-255, 2.5826679788133653036e-270, -9.5347405022956030541e-287, -1.5805886663557401565e-302,
  8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288, 2.3458177946667328156e-304,
  8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288, 2.3458177946667328156e-304,
  8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288, 2.3458177946667328156e-304,
  8.3218722366085688343e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288, 2.3458177946667328156e-304,
  2.9938788518280315834e-256, -2.0046830753539152442e-272, -3.4057806738724185961e-288, 2.3458177946667328156e-304,
  3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306,
  3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306,
  3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306,
  3.2988215943776273615e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306,
  1.6338236616337094706e-257, 2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306,
  8.0132469526175071002e-258, 2.8687869620228451614e-274, -1.9537812801257956865e-290, 1.0380272777574237546e-306,
  3.850752120757712373e-258, 2.8687869620228451614e-274, -1.9537812801257956865e-290, 1.0380272777574237546e-306,
  1.7695047048278150093e-258, 2.8687869620228451614e-274, -1.9537812801257956865e-290, 1.0380272777574237546e-306,
  7.2888099686286655858e-259, 5.581381609158630475e-275, 6.1155422068568946933e-291, 1.0380272777574237546e-306,
  2.0856914288039227544e-259, -1.9524039360882352712e-276, -2.9779654517181712829e-292, -3.000817432603284506e-308,
  2.0856914288039227544e-259, -1.9524039360882352712e-276, -2.9779654517181712829e-292, -3.000817432603284506e-308,
  7.8491179384773690214e-260, -1.9524039360882352712e-276, -2.9779654517181712829e-292, -3.000817432603284506e-308,
  1.345219763696439399e-260, 1.6579848156414234801e-276, 1.0303712682997738281e-292, 1.4493302844111182601e-308,
  1.345219763696439399e-260, 1.6579848156414234801e-276, 1.0303712682997738281e-292, 1.4493302844111182601e-308,
  1.345219763696439399e-260, 1.6579848156414234801e-276, 1.0303712682997738281e-292, 1.4493302844111182601e-308,
  5.3223249184882342185e-261, -1.472095602234059958e-277, 2.8287088295287585094e-294, -1.0874435234232647519e-310,
  1.2573885592501529789e-261, 3.0408903374280139822e-277, 2.8287088295287585094e-294, -1.0874435234232647519e-310,
  1.2573885592501529789e-261, 3.0408903374280139822e-277, 2.8287088295287585094e-294, -1.0874435234232647519e-310,
  2.4115446944063306384e-262, 2.202741251392177696e-278, 2.8287088295287585094e-294, -1.0874435234232647519e-310,
  2.4115446944063306384e-262, 2.202741251392177696e-278, 2.8287088295287585094e-294, -1.0874435234232647519e-310,
  2.4115446944063306384e-262, 2.202741251392177696e-278, 2.8287088295287585094e-294, -1.0874435234232647519e-310,
  1.1412520821444306741e-262, -6.1787496089661820348e-279, -3.028042329852615431e-295, -2.182740474438892116e-311,
  5.0610577601348040988e-263, 7.9243314524777990283e-279, -3.028042329852615431e-295, -2.182740474438892116e-311,
  1.8853262294800541881e-263, 8.7279092175580810531e-280, 8.8634899828990930877e-296, -9.8167844904532653004e-314,
  2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  2.9746046415267896827e-264, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  9.8977243486757054781e-265, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  9.8977243486757054781e-265, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  4.9356438320276576408e-265, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  2.4546035737036337221e-265, -8.6516445844406224413e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  1.2140834445416214873e-265, 1.8893435613692150014e-281, 3.0075895258731974416e-297, -9.8167844904532653004e-314,
  5.9382337996061564537e-266, 5.1208955146257653156e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  2.8369334767011265554e-266, 5.1208955146257653156e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  1.2862833152486119506e-266, 1.6777604898591683764e-282, -5.0528699238150265939e-299, -1.3288013265921760399e-314,
  5.1095823452235464813e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300, -2.5539572388808429997e-317,
  1.2329569415922591084e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300, -2.5539572388808429997e-317,
  1.2329569415922591084e-267, -4.3807022524130141006e-284, -2.7456019707854725967e-300, -2.5539572388808429997e-317,
  2.638005906844371576e-268, 6.3790946999826013345e-284, -2.7456019707854725967e-300, -2.5539572388808429997e-317,
  2.638005906844371576e-268, 6.3790946999826013345e-284, -2.7456019707854725967e-300, -2.5539572388808429997e-317,
  2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482773317e-301, 5.7350888195772519812e-317,
  2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482773317e-301, 5.7350888195772519812e-317,
  2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482773317e-301, 5.7350888195772519812e-317,
  2.1511502957481757317e-269, 3.2670891426006735363e-285, 2.4084160842482773317e-301, 5.7350888195772519812e-317,
  6.3684349745470443788e-270, -9.5347405022956030541e-287, -1.5805886663557401565e-302, 3.6369654387311681856e-319,
  6.3684349745470443788e-270, -9.5347405022956030541e-287, -1.5805886663557401565e-302, 3.6369654387311681856e-319,
  2.5826679788133653036e-270, -9.5347405022956030541e-287, -1.5805886663557401565e-302, 3.6369654387311681856e-319,
  6.8978448094652555593e-271, 1.1480487920352081009e-286, 7.5257037990230704094e-303, 3.6369654387311681856e-319,
  6.8978448094652555593e-271, 1.1480487920352081009e-286, 7.5257037990230704094e-303, 3.6369654387311681856e-319,
  2.1656360647981577662e-271, 9.7287370902823839435e-288, 1.6928061833779524157e-303, 3.6369654387311681856e-319,
  2.1656360647981577662e-271, 9.7287370902823839435e-288, 1.6928061833779524157e-303, 3.6369654387311681856e-319,
  9.825838786313830552e-272, 9.7287370902823839435e-288, 1.6928061833779524157e-303, 3.6369654387311681856e-319,
  3.9105778554799569972e-272, 9.7287370902823839435e-288, 1.6928061833779524157e-303, 3.6369654387311681856e-319,
  9.5294739006302120482e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306, -5.681754927174335258e-322,
  9.5294739006302120482e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306, -5.681754927174335258e-322,
  2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306, -5.681754927174335258e-322,
  2.1353977370878701046e-273, -1.2215123283371736879e-289, 6.7342163555358599277e-306, -5.681754927174335258e-322,
  2.8687869620228451614e-274, -1.9537812801257956865e-290, 1.0380272777574237546e-306, 6.4228533959362050743e-323,
]);
/** x - round(4x)/4 and the integer round(4x) - 4·round(x) (Sleef's rempisub); the integer in RQ. */
let RQ: i32 = 0;
// @ts-ignore: decorator
@inline function rempisub(x: f64): f64 {
  const y = nearest(x * 4);
  RQ = <i32>(y - nearest(x) * 4);
  return x - y * 0.25;
}
/** a reduced by multiples of π/2 as a double-double in (RX, RY), the quadrant count in QL (Sleef's rempi). */
function rempi(a0: f64, hw: bool): void {
  let ex = <i32>((reinterpret<u64>(a0) >> 52) & 0x7ff) - 0x3ff - 55;
  const q0: i32 = ex > 700 - 55 ? -64 : 0;
  const a = reinterpret<f64>(reinterpret<i64>(a0) + (<i64>q0 << 52));
  if (ex < 0) ex = 0;
  if (ex > 968) ex = 968;   // (±inf, NaN: Sleef reads past its table; the result is NaN either way)
  const T = REMPITAB + (<usize>ex << 5);
  let t = load<f64>(T);
  let xx = a * t, xy = fmaW(a, t, -xx, hw);
  xx = rempisub(xx);
  let q = RQ;
  let s = xx + xy; xy = (xx - s) + xy; xx = s;   // ddnormalize
  t = load<f64>(T, 8);
  let yx = a * t, yy = fmaW(a, t, -yx, hw);
  ddadd22(xx, xy, yx, yy); xx = RX; xy = RY;
  xx = rempisub(xx);
  q += RQ;
  s = xx + xy; xy = (xx - s) + xy; xx = s;
  const t2 = load<f64>(T, 16), t3 = load<f64>(T, 24);
  yx = t2 * a; yy = fmaW(t3, a, fmaW(t2, a, -yx, hw), hw);
  ddadd22(xx, xy, yx, yy); xx = RX; xy = RY;
  s = xx + xy; xy = (xx - s) + xy; xx = s;
  ddmul22(xx, xy, 3.141592653589793116 * 2, 1.2246467991473532072e-16 * 2, hw);
  xx = RX; xy = RY;
  if (Math.abs(a) < 0.7) { xx = a; xy = 0; }
  RX = xx; RY = xy; QL = q;
}
/**
 * The reduced argument of sin (which 0), cos (1) or tan (2) through rempi, as Sleef's third branch sets it up: the
 * pair in (RX, RY) (NaN for ±inf and NaN), the quadrant in QL.
 */
function trigReduceBig(d: f64, which: i32, hw: bool): void {
  rempi(d, hw);
  let dx = RX, dy = RY;
  const q = QL;
  const bad = Math.abs(d) == Infinity || isNaN(d);
  if (which == 2) {
    if (bad) { dx = reinterpret<f64>(NAN_ALL); dy = reinterpret<f64>(NAN_ALL); }
    RX = dx; RY = dy; QL = q;
    return;
  }
  let ql: i32, o: bool, sg: f64;
  if (which == 0) {
    ql = ((q & 3) * 2 + (dx > 0 ? 2 : 1)) >> 2;
    o = (q & 1) == 1;
    sg = dx;
  } else {
    ql = ((q & 3) * 2 + (dx > 0 ? 8 : 7)) >> 1;
    o = (q & 1) == 0;
    sg = dx > 0 ? 0.0 : -1.0;
  }
  if (o) {
    const sb = reinterpret<u64>(sg) & 0x8000000000000000;
    const cx = reinterpret<f64>(reinterpret<u64>(-3.141592653589793116 * 0.5) ^ sb);
    const cy = reinterpret<f64>(reinterpret<u64>(-1.2246467991473532072e-16 * 0.5) ^ sb);
    ddadd22(dx, dy, cx, cy); dx = RX; dy = RY;
  }
  const s = dx + dy; dy = (dx - s) + dy; dx = s;   // ddnormalize
  if (bad) dx = reinterpret<f64>(NAN_ALL);
  RX = dx; RY = dy; QL = ql;
}

const STRIDED_BUF: usize = memory.data(8192, 16);
/**
 * A strided float64 row of sin (5), cos (6) or tan (22) as PyTorch's vml kernels see it: chunks of 1024 elements
 * from the row's start gathered into a contiguous buffer and mapped in 4-lane vectors from there, so that the
 * reduction path is chosen per group of four of the chunk. Returns n.
 */
export function sleefStridedF64(op: i32, n: i32, s: usize, ss: i32, d: usize, ds: i32): i32 {
  for (let i = 0; i < n; i += 1024) {
    const w = min(1024, n - i);
    for (let j = 0; j < w; j++) store<f64>(STRIDED_BUF + (<usize>j << 3), load<f64>(s + <usize>((i + j) * ss) * 8));
    sleefRunF64(op, w, STRIDED_BUF, STRIDED_BUF);
    for (let j = 0; j < w; j++) store<f64>(d + <usize>((i + j) * ds) * 8, load<f64>(STRIDED_BUF + (<usize>j << 3)));
  }
  return n;
}

/**
 * glibc 2.36's expm1 as its x86-64 FMA build (__expm1_fma, the ifunc sinh's and cosh's calls reach) computes it:
 * fdlibm's s_expm1.c with the multiply-adds GCC fuses there (read off its machine code): the reduction's
 * x - t·ln2_hi, the polynomial's R1/R2/R3 and their sum, 3 - r1·hfx, 6 - x·t, x·e - hxs, x·(e - c) - c,
 * 0.5·(x - e) - 0.5 and 1 + 2·(x - e).
 */
export function expm1G(x0: f64): f64 {
  const hw = madIsFused();
  let x = x0;
  const hx = <u32>(reinterpret<u64>(x) >> 32) & 0x7fffffff;
  const neg = (reinterpret<u64>(x) >> 63) != 0;
  if (hx >= 0x40436879) {                          // |x| >= 56·ln2
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (isNaN(x)) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (neg) return 1e-300 - 1.0;
  }
  let k: i32 = 0, c: f64 = 0;
  if (hx > 0x3fd62e42) {                           // |x| > ln2/2
    let hi: f64, lo: f64;
    if (hx < 0x3ff0a2b2) {                         // and < 1.5·ln2
      if (!neg) { hi = x - 6.93147180369123816490e-01; lo = 1.90821492927058770002e-10; k = 1; }
      else { hi = x + 6.93147180369123816490e-01; lo = -1.90821492927058770002e-10; k = -1; }
    } else {
      k = <i32>(1.44269504088896338700e+00 * x + (neg ? -0.5 : 0.5));
      const t = <f64>k;
      hi = fmaW(-t, 6.93147180369123816490e-01, x, hw);
      lo = t * 1.90821492927058770002e-10;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) {
    return x;                                      // |x| < 2^-54
  }
  const hfx = 0.5 * x, hxs = x * hfx;
  const R1 = fmaW(hxs, -3.33333333333331316428e-02, 1.0, hw);
  const R2 = fmaW(hxs, -7.93650757867487942473e-05, 1.58730158725481460165e-03, hw);
  const R3 = fmaW(hxs, -2.01099218183624371326e-07, 4.00821782732936239552e-06, hw);
  const h2 = hxs * hxs, h4 = h2 * h2;
  const r1 = fmaW(h4, R3, fmaW(h2, R2, R1, hw), hw);
  const t = fmaW(-r1, hfx, 3.0, hw);
  let e = hxs * ((r1 - t) / fmaW(-x, t, 6.0, hw));
  if (k == 0) return x - fmaW(x, e, -hxs, hw);
  e = fmaW(x, e - c, -c, hw) - hxs;
  if (k == -1) return fmaW(0.5, x - e, -0.5, hw);
  if (k == 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return fmaW(x - e, 2.0, 1.0, hw);
  }
  let y: f64;
  if (k <= -2 || k > 56) {
    y = 1.0 - (e - x);
    y = reinterpret<f64>(reinterpret<u64>(y) + (<u64><u32>(k << 20) << 32));
    return y - 1.0;
  }
  if (k < 20) {
    const tt = reinterpret<f64>(<u64>(0x3ff00000 - (0x200000 >> k)) << 32);
    y = tt - (e - x);
  } else {
    const tt = reinterpret<f64>(<u64>((0x3ff - k) << 20) << 32);
    y = (x - (e + tt)) + 1.0;
  }
  return reinterpret<f64>(reinterpret<u64>(y) + (<u64><u32>(k << 20) << 32));
}

// --- two lanes at a time (the relaxed build with a fused relaxed_madd): the same operations as the scalar code ---
// @ts-ignore: decorator
@inline function vf(a: v128, b: v128, c: v128): v128 { return f64x2.relaxed_madd(a, b, c); }
// @ts-ignore: decorator
@inline function vs(x: f64): v128 { return f64x2.splat(x); }
let VX: v128 = f64x2.splat(0);
let VY: v128 = f64x2.splat(0);
/** expk2(d, 0) for both lanes into (VX, VY) (only with a fused relaxed_madd). */
// @ts-ignore: decorator
@inline function expk2x2(dx: v128): void {
  const dq = f64x2.nearest(f64x2.mul(f64x2.add(dx, vs(0)), vs(R_LN2)));
  const q = i32x4.trunc_sat_f64x2_s_zero(f64x2.max(vs(-2100.0), f64x2.min(vs(2100.0), dq)));
  let w = f64x2.mul(dq, vs(-L2U));
  let sx = f64x2.add(dx, w), v = f64x2.sub(sx, dx);
  let sy = f64x2.add(f64x2.add(f64x2.sub(dx, f64x2.sub(sx, v)), f64x2.sub(w, v)), vs(0));
  w = f64x2.mul(dq, vs(-L2L));
  let t2 = f64x2.add(sx, w); v = f64x2.sub(t2, sx);
  sy = f64x2.add(f64x2.add(f64x2.sub(sx, f64x2.sub(t2, v)), f64x2.sub(w, v)), sy);
  sx = t2;
  const s2x = f64x2.mul(sx, sx), s2y = vf(f64x2.add(sx, sx), sy, vf(sx, sx, f64x2.neg(s2x)));
  const s4x = f64x2.mul(s2x, s2x), s4y = vf(f64x2.add(s2x, s2x), s2y, vf(s2x, s2x, f64x2.neg(s4x)));
  const s8 = f64x2.mul(s4x, s4x);
  const p98 = vf(sx, vs(0.1602472219709932072e-9), vs(0.2092255183563157007e-8));
  const p76 = vf(sx, vs(0.2505230023782644465e-7), vs(0.2755724800902135303e-6));
  const p54 = vf(sx, vs(0.2755731892386044373e-5), vs(0.2480158735605815065e-4));
  const p32 = vf(sx, vs(0.1984126984148071858e-3), vs(0.1388888888886763255e-2));
  const p10 = vf(sx, vs(0.8333333333333347095e-2), vs(0.4166666666666669905e-1));
  const u = vf(s8, p98, vf(s4x, vf(s2x, p76, p54), vf(s2x, p32, p10)));
  const c = vs(0.1666666666666666574e+0), half = vs(0.5), one = vs(1);
  let mx = f64x2.mul(sx, c), my = vf(sy, c, vf(sx, c, f64x2.neg(mx)));
  let tx = f64x2.add(half, mx), ty = f64x2.add(f64x2.add(f64x2.sub(half, tx), mx), my);
  mx = f64x2.mul(tx, sx); my = vf(tx, sy, vf(ty, sx, vf(tx, sx, f64x2.neg(mx))));
  tx = f64x2.add(one, mx); ty = f64x2.add(f64x2.add(f64x2.sub(one, tx), mx), my);
  mx = f64x2.mul(tx, sx); my = vf(tx, sy, vf(ty, sx, vf(tx, sx, f64x2.neg(mx))));
  tx = f64x2.add(one, mx); ty = f64x2.add(f64x2.add(f64x2.sub(one, tx), mx), my);
  mx = f64x2.mul(s4x, u); my = vf(s4y, u, vf(s4x, u, f64x2.neg(mx)));
  const r = f64x2.add(tx, mx);
  ty = f64x2.add(f64x2.add(f64x2.add(f64x2.sub(tx, r), mx), ty), my);
  tx = r;
  // ldexp2 of both parts: ·2^(q >> 1)·2^(q - (q >> 1))
  const h = i32x4.shr_s(q, 1), bias = i32x4.splat(1023);
  const e1 = i64x2.shl(i64x2.extend_low_i32x4_s(i32x4.add(h, bias)), 52);
  const e2 = i64x2.shl(i64x2.extend_low_i32x4_s(i32x4.add(i32x4.sub(q, h), bias)), 52);
  const under = f64x2.lt(dx, vs(-1000));
  VX = v128.andnot(f64x2.mul(f64x2.mul(tx, e1), e2), under);
  VY = v128.andnot(f64x2.mul(f64x2.mul(ty, e1), e2), under);
}
/** tanhF64 of both lanes (only with a fused relaxed_madd). */
function tanhF64x2(x: v128): v128 {
  const sign = v128.and(x, i64x2.splat(0x8000000000000000));
  const y = v128.xor(x, sign);
  expk2x2(y);
  const dx = VX, dy = VY, one = vs(1);
  const ex = f64x2.div(one, dx);
  const ey = f64x2.mul(ex, vf(f64x2.neg(dy), ex, vf(f64x2.neg(dx), ex, one)));
  let s = f64x2.sub(dx, ex), v = f64x2.sub(s, dx);
  const nx = s, ny = f64x2.add(f64x2.add(f64x2.sub(dx, f64x2.sub(s, v)), f64x2.sub(f64x2.neg(ex), v)), f64x2.sub(dy, ey));
  s = f64x2.add(dx, ex); v = f64x2.sub(s, dx);
  const mx = s, my = f64x2.add(f64x2.add(f64x2.sub(dx, f64x2.sub(s, v)), f64x2.sub(ex, v)), f64x2.add(dy, ey));
  // dddiv
  const t = f64x2.div(one, mx);
  const q = f64x2.mul(nx, t);
  const u = vf(t, nx, f64x2.neg(q));
  const w = vf(f64x2.neg(my), t, vf(f64x2.neg(mx), t, one));
  let r = f64x2.add(q, vf(q, w, vf(ny, t, u)));
  r = v128.bitselect(one, r, v128.or(f64x2.gt(y, vs(18.714973875)), f64x2.ne(r, r)));
  r = v128.xor(r, sign);
  return v128.or(r, f64x2.ne(x, x));
}

/**
 * powF64 of both lanes where every lane is an ordinary case (x normal, positive, not 1; y finite, not 0; |y·ln x|
 * within expk's range): the core logk/expk steps in f64x2; returns false (nothing stored) otherwise.
 */
function powF64x2(x: v128, y: v128, out: usize): bool {
  const one = vs(1);
  const okx = v128.and(f64x2.ge(x, vs(2.2250738585072014e-308)), v128.and(f64x2.lt(x, vs(Infinity)), f64x2.ne(x, one)));
  const oky = v128.and(f64x2.lt(v128.and(y, i64x2.splat(0x7FFFFFFFFFFFFFFF)), vs(Infinity)), f64x2.ne(y, vs(0)));
  if (!i64x2.all_true(v128.and(okx, oky))) return false;
  // logk(x)
  const e = i64x2.sub(v128.and(i64x2.shr_u(f64x2.mul(x, vs(1.0 / 0.75)), 52), i64x2.splat(0x7ff)), i64x2.splat(0x3ff));
  const m = i64x2.sub(x, i64x2.shl(e, 52));
  let s = f64x2.add(vs(-1), m), v = f64x2.sub(s, vs(-1));
  const nx = s, ny = f64x2.add(f64x2.sub(vs(-1), f64x2.sub(s, v)), f64x2.sub(m, v));
  s = f64x2.add(one, m); v = f64x2.sub(s, one);
  const dx = s, dy = f64x2.add(f64x2.sub(one, f64x2.sub(s, v)), f64x2.sub(m, v));
  const t0 = f64x2.div(one, dx);
  const xx = f64x2.mul(nx, t0);
  const xy = vf(xx, vf(f64x2.neg(dy), t0, vf(f64x2.neg(dx), t0, one)), vf(ny, t0, vf(t0, nx, f64x2.neg(xx))));
  const qx = f64x2.mul(xx, xx), qy = vf(f64x2.add(xx, xx), xy, vf(xx, xx, f64x2.neg(qx)));
  const x4 = f64x2.mul(qx, qx), x8 = f64x2.mul(x4, x4), x16 = f64x2.mul(x8, x8);
  const t = vf(x16, vs(0.116255524079935043668677), vf(x8,
    vf(x4, vf(qx, vs(0.103239680901072952701192), vs(0.117754809412463995466069)), vf(qx, vs(0.13332981086846273921509), vs(0.153846227114512262845736))),
    vf(x4, vf(qx, vs(0.181818180850050775676507), vs(0.222222222230083560345903)), vf(qx, vs(0.285714285714249172087875), vs(0.400000000000000077715612)))));
  const fe = f64x2.convert_low_i32x4_s(i32x4.shuffle(e, e, 0, 2, 0, 2));
  const L2H = vs(0.693147180559945286226764);
  let sx = f64x2.mul(L2H, fe);
  let sy = vf(vs(2.319046813846299558417771e-17), fe, vf(L2H, fe, f64x2.neg(sx)));
  let a = f64x2.mul(xx, vs(2)), b = f64x2.mul(xy, vs(2));
  let r = f64x2.add(sx, a); sy = f64x2.add(f64x2.add(f64x2.add(f64x2.sub(sx, r), a), sy), b); sx = r;
  let px = f64x2.mul(qx, xx), py = vf(qx, xy, vf(qy, xx, vf(qx, xx, f64x2.neg(px))));
  const CH = vs(0.666666666666666629659233);
  a = f64x2.mul(px, CH); b = vf(px, vs(3.80554962542412056336616e-17), vf(py, CH, vf(px, CH, f64x2.neg(a))));
  r = f64x2.add(sx, a); sy = f64x2.add(f64x2.add(f64x2.add(f64x2.sub(sx, r), a), sy), b); sx = r;
  const p2x = f64x2.mul(qx, px), p2y = vf(qx, py, vf(qy, px, vf(qx, px, f64x2.neg(p2x))));
  a = f64x2.mul(p2x, t); b = vf(p2y, t, vf(p2x, t, f64x2.neg(a)));
  r = f64x2.add(sx, a); sy = f64x2.add(f64x2.add(f64x2.add(f64x2.sub(sx, r), a), sy), b); sx = r;
  // d = log·y (ddmul_vd2_vd2_vd)
  const ex = f64x2.mul(sx, y), ey = vf(sy, y, vf(sx, y, f64x2.neg(ex)));
  if (!i64x2.all_true(v128.and(f64x2.le(ex, vs(709.78271114955742909217217426)), f64x2.ge(ex, vs(-1000))))) return false;
  // expk(d)
  const dq = f64x2.nearest(f64x2.mul(f64x2.add(ex, ey), vs(R_LN2)));
  const q = i32x4.trunc_sat_f64x2_s_zero(f64x2.max(vs(-2100.0), f64x2.min(vs(2100.0), dq)));
  let w = f64x2.mul(dq, vs(-L2U));
  let ux = f64x2.add(ex, w); v = f64x2.sub(ux, ex);
  let uy = f64x2.add(f64x2.add(f64x2.sub(ex, f64x2.sub(ux, v)), f64x2.sub(w, v)), ey);
  w = f64x2.mul(dq, vs(-L2L));
  let u2 = f64x2.add(ux, w); v = f64x2.sub(u2, ux);
  uy = f64x2.add(f64x2.add(f64x2.sub(ux, f64x2.sub(u2, v)), f64x2.sub(w, v)), uy);
  ux = u2;
  u2 = f64x2.add(ux, uy); uy = f64x2.add(f64x2.sub(ux, u2), uy); ux = u2;
  const s2 = f64x2.mul(ux, ux), s4 = f64x2.mul(s2, s2), s8 = f64x2.mul(s4, s4);
  const pu = vf(s8, vf(ux, vs(2.51069683420950419527139e-08), vs(2.76286166770270649116855e-07)),
    vf(s4,
      vf(s2, vf(ux, vs(2.75572496725023574143864e-06), vs(2.48014973989819794114153e-05)), vf(ux, vs(0.000198412698809069797676111), vs(0.0013888888939977128960529))),
      vf(s2, vf(ux, vs(0.00833333333332371417601081), vs(0.0416666666665409524128449)), vf(ux, vs(0.166666666666666740681535), vs(0.500000000000000999200722)))));
  let tx = f64x2.add(one, ux), ty = f64x2.add(f64x2.add(f64x2.sub(one, tx), ux), uy);
  const zx = f64x2.mul(ux, ux), zy = vf(f64x2.add(ux, ux), uy, vf(ux, ux, f64x2.neg(zx)));
  const mx = f64x2.mul(zx, pu), my = vf(zy, pu, vf(zx, pu, f64x2.neg(mx)));
  const rr = f64x2.add(tx, mx);
  ty = f64x2.add(f64x2.add(f64x2.add(f64x2.sub(tx, rr), mx), ty), my); tx = rr;
  const h = i32x4.shr_s(q, 1), bias = i32x4.splat(1023);
  const e1 = i64x2.shl(i64x2.extend_low_i32x4_s(i32x4.add(h, bias)), 52);
  const e2 = i64x2.shl(i64x2.extend_low_i32x4_s(i32x4.add(i32x4.sub(q, h), bias)), 52);
  v128.store(out, f64x2.mul(f64x2.mul(f64x2.add(tx, ty), e1), e2));
  return true;
}

/** sin (which 0) or cos (1) of both lanes on Sleef's short reduction path (every lane of the group below 15). */
function sinCosF64x2(d: v128, which: i32): v128 {
  let sx: v128, sy: v128, ql: v128;
  if (which == 0) {
    const dql = f64x2.nearest(f64x2.mul(d, vs(M_1_PI)));
    ql = i64x2.extend_low_i32x4_s(i32x4.trunc_sat_f64x2_s_zero(dql));
    const u = vf(dql, vs(-PI_A2), d), w = f64x2.mul(dql, vs(-PI_B2));
    sx = f64x2.add(u, w); sy = f64x2.add(f64x2.sub(u, sx), w);
  } else {
    let dql = f64x2.nearest(vf(d, vs(M_1_PI), vs(-0.5)));
    dql = vf(vs(2), dql, vs(1));
    ql = i64x2.extend_low_i32x4_s(i32x4.trunc_sat_f64x2_s_zero(dql));
    let w = f64x2.mul(dql, vs(-PI_A2 * 0.5));
    sx = f64x2.add(d, w); const v = f64x2.sub(sx, d);
    sy = f64x2.add(f64x2.sub(d, f64x2.sub(sx, v)), f64x2.sub(w, v));
    w = f64x2.mul(dql, vs(-PI_B2 * 0.5));
    const r = f64x2.add(sx, w);
    sy = f64x2.add(f64x2.add(f64x2.sub(sx, r), w), sy); sx = r;
  }
  const tx = sx, ty = sy;
  const qx = f64x2.mul(tx, tx), qy = vf(f64x2.add(tx, tx), ty, vf(tx, tx, f64x2.neg(qx)));
  const s2 = f64x2.mul(qx, qx), s4 = f64x2.mul(s2, s2);
  let u = vf(s4, vf(qx, vs(2.72052416138529567917983e-15), vs(-7.6429259411395447190023e-13)),
    vf(s2, vf(qx, vs(1.60589370117277896211623e-10), vs(-2.5052106814843123359368e-08)),
      vf(qx, vs(2.75573192104428224777379e-06), vs(-0.000198412698412046454654947))));
  u = vf(u, qx, vs(0.00833333333333318056201922));
  const c = vs(-0.166666666666666657414808), w = f64x2.mul(u, qx);
  const ax = f64x2.add(c, w), ay = f64x2.add(f64x2.sub(c, ax), w);
  const mx = f64x2.mul(ax, qx), my = vf(ax, qy, vf(ay, qx, vf(ax, qx, f64x2.neg(mx))));
  const one = vs(1);
  const xx = f64x2.add(one, mx), xy = f64x2.add(f64x2.add(f64x2.sub(one, xx), mx), my);
  let r = vf(tx, xx, vf(ty, xx, f64x2.mul(tx, xy)));
  const sgn = i64x2.splat(0x8000000000000000);
  if (which == 0) {
    r = v128.xor(r, v128.and(i64x2.eq(v128.and(ql, i64x2.splat(1)), i64x2.splat(1)), sgn));
    r = v128.bitselect(d, r, f64x2.eq(d, vs(0)));
  } else {
    r = v128.xor(r, v128.and(i64x2.eq(v128.and(ql, i64x2.splat(2)), i64x2.splat(0)), sgn));
  }
  return r;
}
/** expm1F64 of both lanes (only with a fused relaxed_madd). */
function expm1F64x2(a: v128): v128 {
  expk2x2(a);
  const x = VX, m = vs(-1);
  const s = f64x2.add(x, m), v = f64x2.sub(s, x);
  const t = f64x2.add(f64x2.add(f64x2.sub(x, f64x2.sub(s, v)), f64x2.sub(m, v)), VY);
  let r = f64x2.add(s, t);
  r = v128.bitselect(vs(Infinity), r, f64x2.gt(a, vs(709.782712893383996732223)));
  r = v128.bitselect(m, r, f64x2.lt(a, vs(-36.736800569677101399113302437)));
  return v128.bitselect(a, r, i64x2.eq(a, i64x2.splat(0x8000000000000000)));   // -0 stays -0
}
