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
import { fmaW, madIsFused } from './welford';

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
    if (!(Math.abs(d) < 1e14)) return which == 0 ? Math.sin(d) : Math.cos(d);
    path = 1;
  }
  return sinCosPath(d, which, path, hw);
}

/** One float64 sin (op 5) / cos (6) / tanh (7) as a vector of four copies of it would give. */
export function sleefF64(op: i32, x: f64): f64 {
  if (op == 7) return tanhF64(x);
  const hw = madIsFused();
  return sinCosLane(x, op == 5 ? 0 : 1, trigPath(Math.abs(x)), hw);
}

/**
 * A contiguous float64 run of sin (5), cos (6) or tanh (7) as PyTorch's vml computes it: vec::map over the run in
 * 4-lane vectors (the last one a partial load, its other lanes 0), every element by Sleef. Returns n.
 */
export function sleefRunF64(op: i32, n: i32, p: usize, q: usize): i32 {
  if (op == 7) {
    for (let i = 0; i < n; i++) store<f64>(q + (<usize>i << 3), tanhF64(load<f64>(p + (<usize>i << 3))));
    return n;
  }
  const which = op == 5 ? 0 : 1, hw = madIsFused();
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
