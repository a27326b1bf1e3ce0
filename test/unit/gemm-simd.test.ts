// gemm's layouts and edges, and fmaPeak (gemm-check.ts), on the plain SIMD wasm build (gemm.test.ts runs the relaxed
// one). The build is chosen at load, so the engine is imported only after the variable is set.
process.env.TNB_WASM_BUILD = 'simd';
void import('./gemm-check').then((m) => m.registerGemmTests('simd'));
