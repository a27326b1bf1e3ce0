// float64 exp and log as PyTorch 1.13.1's vectorised CPU exp computes it (Sleef_expd4_u10 of SLEEF 3.5.1's AVX2 build,
// Boost Software License 1.0; the algorithm written anew): q = rint(x·log2e), s = x - q·ln2 (two FMAs,
// Cody–Waite), a degree-10 polynomial in s by Estrin's scheme, three more FMAs (· s + 1/2, · s + 1, · s + 1), then
// ·2^q in two steps. Every multiply-add is fused as in the AVX2 code: the hardware's FMA through relaxed_madd where
// it fuses, else the correctly rounded software fma64 (welford.ts), so both builds give the same bits.
import { fmaW, madIsFused } from './welford';

// @ts-ignore: decorator
@inline const R_LN2: f64 = 1.442695040888963407359924681001892137426645954152985934135449406931;
// @ts-ignore: decorator
@inline const L2U: f64 = .69314718055966295651160180568695068359375;
// @ts-ignore: decorator
@inline const L2L: f64 = .28235290563031577122588448175013436025525412068e-12;

/** e^x (Sleef_expd4_u10). */
export function expF64(x: f64): f64 {
  const hw = madIsFused();
  const u0 = nearest(x * R_LN2);   // vrint: ties to even
  let s = fmaW(u0, -L2U, x, hw);
  s = fmaW(u0, -L2L, s, hw);
  const s2 = s * s, s4 = s2 * s2, s8 = s4 * s4;
  // POLY10 (Estrin): s8·(c9 s + c8) + s4·(s2·(c7 s + c6) + (c5 s + c4)) + (s2·(c3 s + c2) + (c1 s + c0))
  const p98 = fmaW(s, 0.2081276378237164457e-8, 0.2511210703042288022e-7, hw);
  const p76 = fmaW(s, 0.2755762628169491192e-6, 0.2755723402025388239e-5, hw);
  const p54 = fmaW(s, 0.2480158687479686264e-4, 0.1984126989855865850e-3, hw);
  const p32 = fmaW(s, 0.1388888888914497797e-2, 0.8333333333314938210e-2, hw);
  const p10 = fmaW(s, 0.4166666666666602598e-1, 0.1666666666666669072e+0, hw);
  const hi4 = fmaW(s2, p76, p54, hw), lo4 = fmaW(s2, p32, p10, hw);
  const p8 = fmaW(s4, hi4, lo4, hw);
  let u = fmaW(s8, p98, p8, hw);
  u = fmaW(u, s, 0.5, hw);
  u = fmaW(u, s, 1, hw);
  u = fmaW(u, s, 1, hw);
  // vldexp2: u · 2^(q >> 1) · 2^(q - (q >> 1)); q clamped as the int conversion of a huge |x| is irrelevant below
  const q = <i32>max(-2100.0, min(2100.0, u0));
  const h = q >> 1;
  u = u * reinterpret<f64>(<i64>(h + 1023) << 52) * reinterpret<f64>(<i64>(q - h + 1023) << 52);
  if (x < -1000) u = 0;
  if (709.78271114955742909217217426 < x) u = Infinity;
  return isNaN(x) ? x : u;
}

/**
 * ln x (Sleef_logd4_u10, SLEEF 3.5.1's xlog_u1 in its AVX2 build): x = m·2^e with m in [0.75, 1.5), the
 * double-double quotient (m - 1)/(m + 1) (its FMA form), a degree-7 polynomial in its square, then
 * e·ln2 + 2x + x³·P in double-double arithmetic, rounded once at the end.
 */
export function logF64(d0: f64): f64 {
  const hw = madIsFused();
  let d = d0;
  const o = d < 2.2250738585072014e-308;
  if (o) d = d * 18446744073709551616.0;   // 2^64
  let e = <i32>((reinterpret<u64>(d * (1.0 / 0.75)) >> 52) & 0x7ff) - 0x3ff;
  const m = reinterpret<f64>(reinterpret<i64>(d) - (<i64>e << 52));
  if (o) e -= 64;
  // ddadd2(-1, m) and ddadd2(1, m)
  const nx = m - 1, nv = nx + 1, ny = (-1 - (nx - nv)) + (m - nv);
  const dx = 1 + m, dv = dx - 1, dy = (1 - (dx - dv)) + (m - dv);
  // dddiv (FMA form)
  const t = 1 / dx;
  const s0 = nx * t;
  const u = fmaW(t, nx, -s0, hw);
  const v = fmaW(-dy, t, fmaW(-dx, t, 1, hw), hw);
  const xx = s0, xy = fmaW(s0, v, fmaW(ny, t, u, hw), hw);
  const x2 = xx * xx, x4 = x2 * x2, x8 = x4 * x4;
  const p3 = fmaW(x4, 0.1532076988502701353e+0, fmaW(x2, 0.1525629051003428716e+0, 0.1818605932937785996e+0, hw), hw);
  const p4 = fmaW(x4, fmaW(x2, 0.2222214519839380009e+0, 0.2857142932794299317e+0, hw), fmaW(x2, 0.3999999999635251990e+0, 0.6666666666667333541e+0, hw), hw);
  const tt = fmaW(x8, p3, p4, hw);
  // s = (ln2 hi, lo) · e (ddmul_vd2_vd2_vd)
  const fe = <f64>e;
  let sx = 0.693147180559945286226764 * fe;
  let sy = fmaW(2.319046813846299558417771e-17, fe, fmaW(0.693147180559945286226764, fe, -sx, hw), hw);
  // s += 2x (ddadd_vd2_vd2_vd2), then += x²·x·t (ddadd_vd2_vd2_vd)
  const yx = xx * 2, yy = xy * 2;
  let r = sx + yx;
  sy = (((sx - r) + yx) + sy) + yy;
  sx = r;
  const w = (x2 * xx) * tt;
  r = sx + w;
  sy = ((sx - r) + w) + sy;
  r = r + sy;
  if (d0 == Infinity) r = Infinity;
  if (d0 < 0 || isNaN(d0)) r = NaN;
  if (d0 == 0) r = -Infinity;
  return r;
}
