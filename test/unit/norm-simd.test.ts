// The normalisation kernels (norm-check.ts) on the plain SIMD build.
process.env.TNB_WASM_BUILD = 'simd';
void import('./norm-check').then((m) => m.registerNormTests('simd'));
