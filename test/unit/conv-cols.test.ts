// im2col / col2im bits (conv-cols-check.ts), with a helper thread for the two-thread cases.
process.env.TNB_THREADS = '2';
void import('./conv-cols-check').then((m) => m.registerConvColsTests());
