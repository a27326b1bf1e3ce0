// A float64 fused multiply-add in JavaScript (neither JS nor wasm has one): what PyTorch's CPU kernels compute with
// vfmadd for double (BLAS dot, x.add_(y, alpha=a), addcmul_).
/**
 * fma(a, b, c) for doubles: a*b exactly as p + e (Dekker's product), p + c exactly as s + t (Knuth's two-sum), then
 * s + (t + e): correctly rounded but for sums within ~2^-105 (relative) of a rounding midpoint. Products near the
 * ends of the exponent range are scaled by a power of two first (exact), so that the split stays exact.
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
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const s = p + c, bb = s - p;
  const err = (p - (s - bb)) + (c - bb);
  return s + (err + e);
}
