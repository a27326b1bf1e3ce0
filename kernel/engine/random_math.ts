// Bit-exact replicas of the floating-point code PyTorch 1.13.1's CPU random kernels execute on x86-64
// (libtorch built by GCC 12 with AVX2/FMA, glibc 2.36 libm with its FMA variants), for random.ts:
//   fma32 / fma64      the fused multiply-adds GCC emitted (vfmadd*ss / *sd), correctly rounded
//   glibcLog           glibc's __log_fma (sysdeps/ieee754/dbl-64/e_log.c)
//   glibcSincos        glibc's __sincos_fma (dbl-64/s_sincos.c + s_sin.c), for 0 <= |x| < 105414350
// These serve the per-element paths (normal_ of fewer than 16 elements, exponential_, ...); the bulk fills
// (uniform_, normal_'s 16-wide fills with avx_mathfun.h's float32 log/sincos, bernoulli_, randint, randperm) run in
// the wasm kernel (kernel/wasm/assembly/random.ts), which holds the same replicas.
// Where the machine code fused a multiply and an add (read from the disassembly of libtorch_cpu.so
// and libm.so.6) the replica calls fma*, everywhere else each operation rounds on its own. Plain
// JS Math.log/sin/cos differ from glibc in the last bit for a few percent of arguments.
import { fma64 } from './fma64';
import { LOG_TABLE, SINCOS_TABLE } from './random_tables';

const fr = Math.fround;
const f64 = new Float64Array(1);
const w32 = new Uint32Array(f64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1; // index of the low word
const HI = 1 - LO;

// ------------------------------------------------------------------------------------------ fma

/** Correctly rounded float32 a*b + c for float32 inputs (vfmadd*ss). */
export function fma32(a: number, b: number, c: number): number {
  const p = a * b; // exact: 24-bit x 24-bit significands
  const s = p + c;
  const r = fr(s);
  if (r === s) return r;
  const t = s - p;
  const err = p - (s - t) + (c - t); // s + err == p + c exactly
  if (err === 0) return r;
  // Rounding s to float32 is only wrong when s sits exactly halfway between two floats.
  const other = 2 * s - r;
  if (fr(other) !== other) return r;
  return (err > 0) === (other > r) ? other : r;
}

export { fma64 };

// ------------------------------------------------------------------------------ glibc log (FMA)

// __log_data (e_log_data.c): Ln2hi, Ln2lo, poly A[0..4] (main path), poly1 B[0..10] (near 1.0).
const LN2HI = 0.6931471805598903;
const LN2LO = 5.497923018708371e-14;
const A = [-0.5000000000000001, 0.33333333331825593, -0.2499999999622955, 0.20000304511814496, -0.16667054827627667];
const B = [-0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328, -0.16666666669929706,
  0.14285715076560868, -0.12499997863982555, 0.11110712032936046, -0.10000486757818193,
  0.09181994006195467, -0.08328363062289341];

/** glibc 2.36 log(x) as __log_fma computes it. */
export function glibcLog(x: number): number {
  f64[0] = x;
  let hi = w32[HI];
  if (hi >= 0x3fee0000 && hi < 0x3ff10900) {
    // 1 - 2**-4 <= x < 1 + 0x1.09p-4: polynomial in r = x - 1, hi/lo split of r - r*r/2.
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    const q2 = fma64(r2, B[3], fma64(r, B[2], B[1]));
    const q3 = fma64(r2, B[6], fma64(r, B[5], B[4]));
    const q4 = fma64(r3, B[10], fma64(r2, B[9], fma64(r, B[8], B[7])));
    const p = fma64(fma64(q4, r3, q3), r3, q2);
    const rhi = r + r * 0x8000000 - r * 0x8000000;
    const rlo = r - rhi;
    const h = r + rhi * rhi * B[0];
    let lo = r - h + rhi * rhi * B[0];
    lo = fma64(B[0] * rlo, rhi + r, lo);
    return h + fma64(p, r3, lo);
  }
  const top = hi >>> 16;
  if (top < 0x0010 || top >= 0x7ff0) {
    // Zero, subnormal, negative, inf or nan.
    if (x === 0) return -Infinity;
    if (!(x > 0)) return NaN;
    if (x === Infinity) return x;
    f64[0] = x * 2 ** 52; // subnormal: normalize, then take 52 off the exponent
    w32[HI] -= 52 << 20;
    hi = w32[HI];
  }
  // x = 2**k z with z in [0x1.6p-1, 0x1.6p0); log(x) = k ln2 + log(c) + log1p(z/c - 1).
  const tmpHi = (hi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 0x7f;
  const kd = tmpHi >> 20;
  w32[HI] = hi - (tmpHi & 0xfff00000);
  const z = f64[0];
  const invc = LOG_TABLE[2 * i];
  const logc = LOG_TABLE[2 * i + 1];
  const w = fma64(kd, LN2HI, logc);
  const r = fma64(z, invc, -1);
  const h = r + w;
  const r2 = r * r;
  const lo = fma64(kd, LN2LO, w - h + r);
  const q = fma64(fma64(r, A[4], A[3]), r2, fma64(r, A[2], A[1]));
  return fma64(r * r2, q, fma64(r2, A[0], lo)) + h;
}

// --------------------------------------------------------------------------- glibc sincos (FMA)

// s_sin.c / usncs.h constants: do_sin/do_cos polynomials (SN*, CS*), TAYLOR_SIN (S1..S5), pi/2 as
// HP0 + HP1, 2/pi, 0x1.8p52 and pi/2 in four parts (MP1, MP2, PP3, PP4) for reduce_sincos.
const BIG = 52776558133248; // 0x1.8p45: BIG + |x| rounds |x| to a multiple of 1/128
const SN3 = -0.16666666666666488, SN5 = 0.008333332142857223;
const CS2 = 0.5, CS4 = -0.04166666666666644, CS6 = 0.001388888740079376;
const S1 = -0.16666666666666666, S2 = 0.008333333333332329, S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6, S5 = -2.5022014848318398e-8;
const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17;
const HPINV = 0.6366197723675814, TOINT = 6755399441055744;
const MP1 = 1.5707963407039642, MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17, PP4 = -1.9034889620193266e-25;

/** Index into SINCOS_TABLE for BIG + |x| (its low word times 4). */
function tableIndex(u: number): number {
  f64[0] = u;
  return w32[LO] << 2;
}

/** s_sin.c do_sin(x, dx): sin(x + dx) for |x| < 0.855469 (TAYLOR_SIN below 0.126). */
function doSin(x: number, dx: number): number {
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const p = fma64(xx, fma64(xx, fma64(xx, fma64(xx, S5, S4), S3), S2), S1);
    return x + fma64(xx, fma64(p, x, -(0.5 * dx)), dx);
  }
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  const k = tableIndex(u);
  const X = Math.abs(x) - (u - BIG);
  const xx = X * X;
  const s = fma64(xx * X, fma64(xx, SN5, SN3), dx) + X;
  const c = fma64(dx, X, xx * fma64(fma64(xx, CS6, CS4), xx, CS2));
  const sn = SINCOS_TABLE[k];
  const cor = fma64(s, SINCOS_TABLE[k + 2], fma64(-c, sn, fma64(s, SINCOS_TABLE[k + 3], SINCOS_TABLE[k + 1])));
  const r = cor + sn;
  return x < 0 || Object.is(x, -0) ? -Math.abs(r) : Math.abs(r); // copysign(r, x)
}

/** s_sin.c do_cos(x, dx): cos(x + dx) for |x| < 0.855469. */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  const k = tableIndex(u);
  const X = Math.abs(x) - (u - BIG) + dx;
  const xx = X * X;
  const s = fma64(X * xx, fma64(xx, SN5, SN3), X);
  const c = xx * fma64(fma64(xx, CS6, CS4), xx, CS2);
  const cs = SINCOS_TABLE[k + 2];
  const cor = fma64(-s, SINCOS_TABLE[k], fma64(-c, cs, fma64(-s, SINCOS_TABLE[k + 1], SINCOS_TABLE[k + 3])));
  return cor + cs;
}

/**
 * glibc 2.36 sincos(x) as __sincos_fma computes it; writes [sin x, cos x] into out. Covers
 * |x| < 105414350 (PyTorch only passes 2*pi*u with u in [0, 1)); larger |x| would need __branred.
 */
export function glibcSincos(x: number, out: Float64Array): void {
  const ax = Math.abs(x);
  if (!(ax < 105414350)) throw new RangeError(`glibcSincos: |x| >= 105414350 is not supported (got ${x})`);
  f64[0] = x;
  const k = w32[HI] & 0x7fffffff;
  if (k < 0x3e400000) {
    out[0] = x; // |x| < 2**-27
    out[1] = 1;
  } else if (k < 0x3feb6000) {
    out[0] = doSin(x, 0); // |x| < 0.855469
    out[1] = doCos(x, 0);
  } else if (k < 0x400368fd) {
    const y = HP0 - ax; // |x| < 2.426265: pi/2 - |x| in two parts
    const a = y + HP1;
    const da = y - a + HP1;
    const c = doCos(a, da);
    out[0] = x < 0 ? -Math.abs(c) : Math.abs(c);
    out[1] = doSin(a, da);
  } else {
    // reduce_sincos: x - n*pi/2 with pi/2 in four parts; n = quadrant.
    const t = fma64(x, HPINV, TOINT);
    const xn = t - TOINT;
    f64[0] = t;
    const n = w32[LO] & 3;
    const y = fma64(-xn, MP2, fma64(-xn, MP1, x));
    const t2 = fma64(-xn, PP3, y);
    let da = fma64(-xn, PP3, y - t2);
    let a = fma64(-xn, PP4, t2);
    da += fma64(-xn, PP4, t2 - a);
    if (n === 1 || n === 2) {
      a = -a;
      da = -da;
    }
    const s = doSin(a, da);
    const c = n & 2 ? -doCos(a, da) : doCos(a, da);
    out[n & 1] = s; // odd quadrants swap the sin and cos slots
    out[1 - (n & 1)] = c;
  }
}
