// The normalisation kernels (norm-check.ts) on the relaxed SIMD build.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./norm-check').then((m) => m.registerNormTests('relaxed'));
