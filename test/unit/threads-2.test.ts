// Matmul thread checks (threads-check.ts) with two threads: products split between the caller and a helper.
process.env.TNB_THREADS = '2';
void import('./threads-check').then((m) => m.registerThreadTests(2));
void import('./threads-ops-check').then((m) => m.registerOpThreadTests(2));
