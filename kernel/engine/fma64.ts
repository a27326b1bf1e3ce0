// The float64 fused multiply-add in JavaScript (JS has none; the wasm kernel's own is welford.ts's fma64): what
// PyTorch's CPU kernels compute with vfmadd for double (BLAS dot, x.add_(y, alpha=a), addcmul_, Math.h's formulas).
const f64 = new Float64Array(1);
const w32 = new Uint32Array(f64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;   // index of the low word
const HI = 1 - LO;

/** x + y rounded to odd: exact if representable, else the neighbour whose last bit is 1. */
function addRoundOdd(x: number, y: number): number {
  const t = x + y;
  const z = t - x;
  const e = x - (t - z) + (y - z);
  if (e === 0) return t;
  f64[0] = t;
  if (w32[LO] & 1) return t;
  if ((e > 0) === (t > 0)) w32[LO]++;   // an even low word: no carry
  else if (w32[LO]-- === 0) w32[HI]--;
  return f64[0];
}

/**
 * fma(a, b, c) for doubles, correctly rounded (Boldo & Melquiond's emulation: a·b exactly as p + pl by Dekker's
 * product, c + p exactly as sh + sl by Knuth's two-sum, then sh + RO(pl + sl), RO rounding to odd). Products near
 * the ends of the exponent range are scaled by a power of two first (exact), so that the split stays exact.
 */
export function fma64(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || p === 0) return p + c;
  const ap = Math.abs(p);
  if (ap > 2 ** 996) {   // scale the larger factor down (a c below 2^-474 is lost, but it is below half an ulp of p)
    return (Math.abs(a) >= Math.abs(b) ? fma64(a * 2 ** -600, b, c * 2 ** -600) : fma64(a, b * 2 ** -600, c * 2 ** -600)) * 2 ** 600;
  }
  if (ap < 2 ** -900) {   // scale the smaller factor up (with a c above 2^400, p is below half an ulp of it)
    if (Math.abs(c) > 2 ** 400) return p + c;
    return (Math.abs(a) <= Math.abs(b) ? fma64(a * 2 ** 600, b, c * 2 ** 600) : fma64(a, b * 2 ** 600, c * 2 ** 600)) * 2 ** -600;
  }
  const SPLIT = 134217729;   // 2^27 + 1
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  const pl = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const sh = c + p, v = sh - c;
  const sl = (c - (sh - v)) + (p - v);
  return sh + addRoundOdd(pl, sl);
}
