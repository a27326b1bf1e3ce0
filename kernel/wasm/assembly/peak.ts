// The machine's ceiling for the gemm micro-kernel: f32x4 multiply-adds with no memory traffic at all, 12
// independent chains (enough to cover the FMA latency on both FMA ports of a modern x86 core). bench/kernels.ts
// times it next to the gemm cases, so that a report can state the hardware bound of 128-bit wasm SIMD from the
// same run. Each iteration is 12 madds of 4 lanes = 96 flops. The relaxed build issues one FMA per madd, the plain
// build a mul and an add (its ceiling is lower, as is its gemm's).

// @ts-ignore: decorator
@inline function madd(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  else return f32x4.add(c, f32x4.mul(a, b));
}

/** Runs `iters` iterations of 12 chained f32x4 madds; returns a sum of the results (so nothing is optimized away). */
export function fmaPeak(iters: i32): f32 {
  // Start values and factors depend on `iters` so that the optimizer cannot fold the loop.
  const s = <f32>(iters & 1) * <f32>1e-9;
  const a = f32x4.splat(<f32>0.999999 + s), b = f32x4.splat(<f32>1e-7);
  let c0 = f32x4.splat(<f32>0.1 + s), c1 = f32x4.splat(0.2), c2 = f32x4.splat(0.3), c3 = f32x4.splat(0.4);
  let c4 = f32x4.splat(0.5), c5 = f32x4.splat(0.6), c6 = f32x4.splat(0.7), c7 = f32x4.splat(0.8);
  let c8 = f32x4.splat(0.9), c9 = f32x4.splat(1.0), c10 = f32x4.splat(1.1), c11 = f32x4.splat(1.2);
  for (let i = 0; i < iters; i++) {
    c0 = madd(c0, a, b); c1 = madd(c1, a, b); c2 = madd(c2, a, b); c3 = madd(c3, a, b);
    c4 = madd(c4, a, b); c5 = madd(c5, a, b); c6 = madd(c6, a, b); c7 = madd(c7, a, b);
    c8 = madd(c8, a, b); c9 = madd(c9, a, b); c10 = madd(c10, a, b); c11 = madd(c11, a, b);
  }
  const t = f32x4.add(f32x4.add(f32x4.add(c0, c1), f32x4.add(c2, c3)), f32x4.add(f32x4.add(c4, c5), f32x4.add(c6, c7)));
  const u = f32x4.add(t, f32x4.add(f32x4.add(c8, c9), f32x4.add(c10, c11)));
  return f32x4.extract_lane(u, 0) + f32x4.extract_lane(u, 1) + f32x4.extract_lane(u, 2) + f32x4.extract_lane(u, 3);
}
