// float32 exp and softmax sums (exp-check.ts) on the plain SIMD build (the build is chosen at load, so the engine
// is imported only after the variable is set).
process.env.TNB_WASM_BUILD = 'simd';
void import('./exp-check').then((m) => m.registerExpTests('simd'));
