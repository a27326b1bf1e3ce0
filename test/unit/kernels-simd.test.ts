// Kernel checks (kernel-check.ts) on the plain SIMD build (the build is chosen at load, so import after setting it).
process.env.TNB_WASM_BUILD = 'simd';
void import('./kernel-check').then((m) => m.registerKernelTests('simd'));
void import('./sum-order-check').then((m) => m.registerSumOrderTests('simd'));
void import('./copy-check').then((m) => m.registerCopyTests('simd'));
