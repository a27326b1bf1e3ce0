// Kernel checks (kernel-check.ts) on the relaxed-SIMD build; kernels-simd.test.ts runs them on the plain build.
process.env.TNB_WASM_BUILD = 'relaxed';
void import('./kernel-check').then((m) => m.registerKernelTests('relaxed'));
void import('./sum-order-check').then((m) => m.registerSumOrderTests('relaxed'));
void import('./copy-check').then((m) => m.registerCopyTests('relaxed'));
