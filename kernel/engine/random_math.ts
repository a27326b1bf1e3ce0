// PLACEHOLDER (being written)
export function fma32(a: number, b: number, c: number): number {
  const p = a * b; // exact: 24-bit x 24-bit significands
  const s = p + c;
  const r = Math.fround(s);
  if (r === s) return r;
  const t = s - p;
  const err = p - (s - t) + (c - t); // s + err == p + c exactly
  if (err === 0) return r;
  // Rounding s to float32 is only wrong when s sits exactly halfway between two floats.
  const other = 2 * s - r;
  if (Math.fround(other) !== other) return r;
  return (err > 0) === (other > r) ? other : r;
}
export function fma64(a: number, b: number, c: number): number {
  return a * b + c;
}
export function glibcLog(x: number): number {
  return Math.log(x);
}
export function glibcSincos(x: number, out: Float64Array): void {
  out[0] = Math.sin(x);
  out[1] = Math.cos(x);
}
