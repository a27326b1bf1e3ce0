// float32 pointwise kernels (f32-pointwise-check.ts) on the plain SIMD build.
process.env.TNB_WASM_BUILD = 'simd';
void import('./f32-pointwise-check').then((m) => m.registerF32Tests('simd'));
