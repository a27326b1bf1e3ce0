// float32 exp and softmax sums (exp-check.ts) on the relaxed SIMD build; exp-simd.test.ts runs the plain one.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./exp-check').then((m) => m.registerExpTests('relaxed'));
