// gemm's layouts and edges, and fmaPeak (gemm-check.ts), on the default wasm build, relaxed SIMD; gemm-simd.test.ts
// runs them on the plain SIMD build. The build is chosen at load, so the engine is imported only after the variable
// is set.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./gemm-check').then((m) => m.registerGemmTests('relaxed'));
