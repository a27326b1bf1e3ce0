// Long random streams against torch (random-long-check.ts) on the relaxed SIMD build; random-long-simd.test.ts runs the plain one.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./random-long-check').then((m) => m.registerRandomLongTests('relaxed'));
