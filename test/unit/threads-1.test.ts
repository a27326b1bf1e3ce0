// Matmul thread checks (threads-check.ts) with one thread: no helpers, the split path never taken.
process.env.TNB_THREADS = '1';
void import('./threads-check').then((m) => m.registerThreadTests(1));
void import('./threads-ops-check').then((m) => m.registerOpThreadTests(1));
