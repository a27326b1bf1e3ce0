// Where splitting an op across threads starts to pay: the engine's ops at growing sizes on 1 thread and on 2,
// interleaved in one process (medians of 9 alternating batches). The split thresholds in kernel/engine/parallel.ts
// (MIN_PARALLEL_ELEMENTS, MIN_PARALLEL_REDUCE) and threads.ts (MIN_PARALLEL_FLOPS) come from these numbers.
// Run: `node --import tsx bench/crossover.ts` (needs 2+ cores; prints, asserts nothing).
import * as torch from '../kernel/engine';
import type { Tensor } from '../kernel/engine';
import { activeThreads, setThreadLimit } from '../kernel/engine/threads';

function batch(fn: () => void, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) torch.tidy(fn);
  return (performance.now() - t0) / reps;
}

/** "1-thread µs / 2-thread µs = speed-up" of fn, batches alternating between the two. */
function compare(fn: () => void, reps: number): string {
  const r: Record<number, number[]> = { 1: [], 2: [] };
  for (let k = 0; k < 3; k++) for (const lim of [1, 2]) { setThreadLimit(lim); batch(fn, reps); }
  for (let k = 0; k < 9; k++) for (const lim of [1, 2]) { setThreadLimit(lim); r[lim].push(batch(fn, reps)); }
  setThreadLimit(null);
  const med = (x: number[]): number => x.sort((p, q) => p - q)[4];
  return `${(med(r[1]) * 1000).toFixed(0)}/${(med(r[2]) * 1000).toFixed(0)} µs ${(med(r[1]) / med(r[2])).toFixed(2)}x`;
}

function main(): void {
  if (activeThreads() < 2) { console.log('crossover: this machine has no helper thread (TNB_THREADS or one core)'); return; }
  torch.manual_seed(0);
  console.log('elementwise, reductions, softmax: 1 thread / 2 threads = speed-up');
  for (const e of [14, 15, 16, 17, 18, 19, 20, 22]) {
    const n = 2 ** e;
    const keep: Tensor[] = [torch.randn([n]), torch.randn([n])].map((t) => t.retain());
    const [a, b] = keep, rows = torch.reshape(a, [-1, 256]);
    const reps = Math.max(3, Math.round(2 ** 22 / n));
    const cases: [string, () => void][] = [['a + b', () => { torch.add(a, b); }], ['a * 3', () => { torch.mul(a, 3); }],
      ['exp', () => { torch.exp(a); }], ['sum', () => { torch.sum(a); }], ['softmax rows of 256', () => { torch.softmax(rows, -1); }],
      ['sum(dim=1)', () => { torch.sum(rows, 1); }]];
    console.log(`2^${e}: ${cases.map(([name, fn]) => `${name} ${compare(fn, reps)}`).join(' | ')}`);
    for (const t of keep) t.release();
  }
  console.log('products (M x K @ K x N): 1 thread / 2 threads = speed-up');
  for (const [m, k, n] of [[64, 64, 64], [96, 96, 96], [128, 128, 128], [160, 160, 160], [64, 128, 256], [64, 784, 256], [256, 256, 256]]) {
    const x = torch.randn([m, k]).retain(), w = torch.randn([k, n]).retain();
    console.log(`${m}x${k} @ ${k}x${n} (${(2 * m * n * k / 1e6).toFixed(1)} MFLOP): ${compare(() => { torch.mm(x, w); }, Math.max(3, Math.round(2e7 / (m * n * k))))}`);
    x.release(); w.release();
  }
}

// Helpers start with the kernel; give them a moment to be ready.
torch.ones([1]);
setTimeout(() => { main(); process.exit(0); }, 500);
