// var / std kernels and fma64 (welford-check.ts) on the plain SIMD build.
process.env.TNB_WASM_BUILD = 'simd';
void import('./welford-check').then((m) => m.registerWelfordTests('simd'));
