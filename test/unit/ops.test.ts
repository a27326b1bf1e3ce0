// The generic op test (CONVENTIONS 8) on the default wasm build, relaxed SIMD; ops-simd.test.ts runs it on the
// plain SIMD build. The build is chosen at load, so the engine is imported only after the variable is set.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./op-check').then((m) => m.registerOpTests('relaxed'));
