// gemm's micro-kernels (gemm.ts packs the operands and walks the blocks): C[0..rows, 0..NR] (+)= Apanel · Bpanel
// over kc steps. A B panel row holds NR values (two v128: 8 floats or 4 doubles); an A panel step holds 4 row
// values, one splat each; 8 v128 accumulators. `rows` (1-4) limits the rows stored, so a block's last 1-3 rows
// need no temporary tile. Not inlined: V8 allocates registers per function.
//
// Why 4 rows: in an interleaved probe on this project's 2-core Ice Lake (node 20), the 4×8 float32 kernel on
// L1-resident panels ran at 47.4 GFLOP/s, as fast as fmaPeak (peak.ts: 46.9, the 128-bit FMA ceiling at that
// clock), while 6×8 (12 accumulators + 2 of B + 1 of A = 15 registers) ran at 36 and 5×8 at 31: V8's register
// allocator spills there. Every element's sum runs in k order through one madd per step whatever its row, so
// which rows (or thread) a tile holds never changes its bits.

// @ts-ignore: decorator
@inline export function maddF32(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  else return f32x4.add(c, f32x4.mul(a, b));
}
// @ts-ignore: decorator
@inline export function maddF64(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, c);
  else return f64x2.add(c, f64x2.mul(a, b));
}

/** madd in T's lanes (f32x4 or f64x2). */
// @ts-ignore: decorator
@inline export function madd<T>(a: v128, b: v128, c: v128): v128 {
  return sizeof<T>() == 4 ? maddF32(a, b, c) : maddF64(a, b, c);
}
// @ts-ignore: decorator
@inline function row<T>(p: usize, v0: v128, v1: v128, accumulate: bool): void {
  if (accumulate) {
    v0 = sizeof<T>() == 4 ? f32x4.add(v128.load(p), v0) : f64x2.add(v128.load(p), v0);
    v1 = sizeof<T>() == 4 ? f32x4.add(v128.load(p, 16), v1) : f64x2.add(v128.load(p, 16), v1);
  }
  v128.store(p, v0); v128.store(p, v1, 16);
}

/**
 * 4×8 float32 or 4×4 float64 (rows 1-4); an A panel step is 4 values of T. Generic so that both are one source;
 * each instance is compiled separately, every sizeof<T>() test folded away.
 */
export function microKernel<T>(kc: i32, ap: usize, bp: usize, c: usize, ldc: i32, accumulate: bool, rows: i32): void {
  const f = sizeof<T>() == 4;
  let c00 = v128.splat<T>(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  const step = <usize>sizeof<T>() << 2;
  const apEnd = ap + <usize>kc * step;
  while (ap < apEnd) {
    const b0 = v128.load(bp), b1 = v128.load(bp, 16);
    let a = f ? v128.load32_splat(ap) : v128.load64_splat(ap);      c00 = madd<T>(a, b0, c00); c01 = madd<T>(a, b1, c01);
    a = f ? v128.load32_splat(ap, 4) : v128.load64_splat(ap, 8);    c10 = madd<T>(a, b0, c10); c11 = madd<T>(a, b1, c11);
    a = f ? v128.load32_splat(ap, 8) : v128.load64_splat(ap, 16);   c20 = madd<T>(a, b0, c20); c21 = madd<T>(a, b1, c21);
    a = f ? v128.load32_splat(ap, 12) : v128.load64_splat(ap, 24);  c30 = madd<T>(a, b0, c30); c31 = madd<T>(a, b1, c31);
    ap += step; bp += 32;
  }
  const ld = <usize>ldc * sizeof<T>();
  row<T>(c, c00, c01, accumulate);
  if (rows > 1) row<T>(c + ld, c10, c11, accumulate);
  if (rows > 2) row<T>(c + 2 * ld, c20, c21, accumulate);
  if (rows > 3) row<T>(c + 3 * ld, c30, c31, accumulate);
}
