// var / std kernels and fma64 (welford-check.ts) on the relaxed SIMD build.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./welford-check').then((m) => m.registerWelfordTests('relaxed'));
