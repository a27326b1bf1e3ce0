// float32 pointwise kernels (f32-pointwise-check.ts) on the relaxed SIMD build.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./f32-pointwise-check').then((m) => m.registerF32Tests('relaxed'));
