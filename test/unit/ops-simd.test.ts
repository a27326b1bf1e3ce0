// The generic op test (CONVENTIONS 8) on the plain SIMD wasm build (ops.test.ts runs the relaxed one). The build
// is chosen at load, so the engine is imported only after the variable is set.
process.env.TNB_WASM_BUILD = 'simd';
void import('./op-check').then((m) => m.registerOpTests('simd'));
