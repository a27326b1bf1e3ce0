// Long random streams against torch (random-long-check.ts) on the plain SIMD build (the build is chosen at load, so
// the engine is imported only after the variable is set).
process.env.TNB_WASM_BUILD = 'simd';
void import('./random-long-check').then((m) => m.registerRandomLongTests('simd'));
