// The kernel cases of issue 7, measured on the engine directly (the TypeScript API, no Python facade): gemm,
// elementwise, reductions, softmax and an MLP training step. bench/kernels.py runs the same cases in PyTorch
// (pinned to 1 thread). Each case: warm-up calls for 200 ms or more (V8 tiers wasm and JS up), then the median
// of 5 timed batches; milliseconds per call. The "1 thread" cases cap the engine at one thread (setThreadLimit);
// the "2 threads" cases let an op use a helper thread (products, and elementwise ops, sums and softmax on big
// tensors), against PyTorch with set_num_threads(2).
import { createInterface } from 'node:readline';
import * as torch from '../kernel/engine';
import type { Tensor } from '../kernel/engine';
import { activeThreads, setThreadLimit } from '../kernel/engine/threads';
import { wasm } from '../kernel/engine/wasm';

/** The wasm f32x4 multiply-add ceiling row (see fmaPeak in kernel/wasm/assembly/peak.ts); bench.ts pairs it with torch. */
export const CEILING_CASE = 'gemm 1024x1024 at the wasm f32x4 FMA ceiling (no memory traffic), 1 thread';
/** The PyTorch case the ceiling row is compared with. */
export const CEILING_VS = 'gemm 1024x1024 float32, 1 thread';

function perCall(fn: () => void, reps: number, warmMs = 200): number {
  // Warm-up: at least reps/2 calls and warmMs (V8 optimises the JS of a training step over its first hundreds of
  // calls: the step's first 300 runs took 1.4x longer than the next ones).
  const warm = performance.now() + warmMs;
  for (let i = 0; i < Math.max(3, reps >> 1) || performance.now() < warm; i++) torch.tidy(fn);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) torch.tidy(fn);
    runs.push((performance.now() - t0) / reps);
  }
  return runs.sort((a, b) => a - b)[2];
}

/** One SGD step of a 784-256-10 MLP (ReLU, cross-entropy written as -mean(log_softmax(z).gather(y)), batch 64). */
function mlpStep(p: Tensor[], x: Tensor, y: Tensor): void {
  const [w1, b1, w2, b2] = p;
  const h = torch.relu(torch.add(torch.matmul(x, w1), b1));
  const z = torch.add(torch.matmul(h, w2), b2);
  const loss = torch.neg(torch.mean(torch.gatherAlong(torch.log_softmax(z, 1), y, 1)));
  loss.backward();
  torch.no_grad(() => {
    for (const t of p) { t.sub_((t.grad as Tensor).mul(0.01)); (t.grad as Tensor).zero_(); }
  });
}

/** A kernel case: its name (the same in bench/kernels.py), threads, and a run that sets up, times and frees. */
export interface KernelCase { name: string; threads: 1 | 2; run: () => number }

const keep = <T extends Tensor>(t: T): T => t.retain();
/** Times fn on tensors made by make (freed after): ms per call. */
function timed(make: () => Tensor[], fn: (ts: Tensor[]) => void, reps: number, warmMs = 200): number {
  torch.manual_seed(0);
  const ts = make().map(keep);
  try {
    return perCall(() => fn(ts), reps, warmMs);
  } finally {
    for (const t of ts) t.release();
  }
}
const randn = (...shape: number[]): Tensor => torch.randn(shape);
const mlpInputs = (): Tensor[] => [
  ...[torch.randn([784, 256]).mul(0.05), torch.zeros([256]), torch.randn([256, 10]).mul(0.05), torch.zeros([10])].map((t) => t.requires_grad_(true)),
  torch.randn([64, 784]), torch.randint(0, 10, [64, 1])];

/** The cases, in the order bench.ts runs them (it alternates each with PyTorch's run of the same case). */
export function kernelCaseList(): KernelCase[] {
  const cases: KernelCase[] = [];
  const add = (name: string, threads: 1 | 2, run: () => number): void => { cases.push({ name, threads, run }); };
  // The ceiling, expressed as the time a 1024³ product (2·1024³ flops) would take if every cycle issued the
  // madds of the micro-kernel and nothing else: no real gemm can beat it, so torch_ms / this = the best ratio
  // reachable with 128-bit wasm SIMD on this machine. fmaPeak(n) does 96·n flops.
  add(CEILING_CASE, 1, () => { const iters = 1 << 21, k = wasm(); return perCall(() => { k.fmaPeak(iters); }, 5) * (2 * 1024 ** 3) / (96 * iters); });
  for (const n of [128, 256, 512, 1024]) {
    add(`gemm ${n}x${n} float32, 1 thread`, 1, () => timed(() => [randn(n, n), randn(n, n)], ([a, b]) => { torch.mm(a, b); }, Math.max(2, Math.round(2 ** 27 / n ** 3))));
  }
  add('gemm 64x784 @ 784x256 (MLP x@W1), 1 thread', 1, () => timed(() => [randn(64, 784), randn(784, 256)], ([a, b]) => { torch.mm(a, b); }, 200));
  const elementwise = (threads: 1 | 2): void => {
    const suffix = threads === 2 ? ', 2 threads' : '';
    for (const [n, tag, reps] of [[1e6, '1e6', 40], [1e7, '1e7', 5]] as const) {
      const abd = (): Tensor[] => [randn(n), randn(n), randn(n)];
      add(`a * b (${tag})${suffix}`, threads, () => timed(abd, ([a, b]) => { torch.mul(a, b); }, reps));
      if (threads === 1) add(`a + b (${tag})`, 1, () => timed(abd, ([a, b]) => { torch.add(a, b); }, reps));
      add(`a * b + d (${tag})${suffix}`, threads, () => timed(abd, ([a, b, d]) => { torch.add(torch.mul(a, b), d); }, reps));
      if (threads === 2 || n === 1e7) add(`a.sum() (${tag})${suffix}`, threads, () => timed(() => [randn(n)], ([a]) => { torch.sum(a); }, reps));
      if (threads === 1 && n === 1e7) add('a.mean() (1e7)', 1, () => timed(() => [randn(n)], ([a]) => { torch.mean(a); }, reps));
    }
    add(`softmax(1024x1024, dim=-1)${suffix}`, threads, () => timed(() => [randn(1024, 1024)], ([s]) => { torch.softmax(s, -1); }, 20));
    add(`MLP 784-256-10 training step (batch 64, SGD)${suffix}`, threads, () => timed(mlpInputs, (t) => mlpStep(t.slice(0, 4), t[4], t[5]), 20, 1500));
  };
  elementwise(1);
  for (const n of [128, 256, 512, 1024]) {
    add(`gemm ${n}x${n} float32, 2 threads`, 2, () => timed(() => [randn(n, n), randn(n, n)], ([a, b]) => { torch.mm(a, b); }, Math.max(2, Math.round(2 ** 28 / n ** 3))));
  }
  elementwise(2);
  return cases;
}

/** Runs one case with the engine capped at its thread count (null when this machine has no helper thread for it). */
export function runKernelCase(c: KernelCase): number | null {
  setThreadLimit(c.threads);
  try {
    if (c.threads === 2 && activeThreads() < 2) return null;
    return c.run();
  } finally {
    setThreadLimit(null);
  }
}

/** Every case once: {case: ms per call}. */
export function kernelCases(): Record<string, number> {
  const res: Record<string, number> = {};
  for (const c of kernelCaseList()) {
    const ms = runKernelCase(c);
    if (ms !== null) res[c.name] = ms;
  }
  return res;
}

/**
 * `--serve`: answers case names read one per line on stdin with one JSON line {case: ms per call, or null when
 * the case cannot run here}, as bench/kernels.py does for PyTorch. bench.ts runs this file from an esbuild bundle
 * (dist/bench-kernels.js), so that the engine timed is the bundled code users run, not tsx's per-module
 * transpilation (whose getters for every cross-module reference cost the MLP step about a fifth).
 */
function serve(): void {
  const byName = new Map(kernelCaseList().map((c) => [c.name, c]));
  createInterface({ input: process.stdin }).on('line', (name) => {
    const c = byName.get(name);
    let reply: Record<string, unknown>;
    try {
      if (!c) throw new Error(`no kernel case named ${JSON.stringify(name)}`);
      reply = { [name]: runKernelCase(c) };
    } catch (e) {
      reply = { error: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  });
}

if (require.main === module) {
  if (process.argv.includes('--serve')) serve();
  else console.log(JSON.stringify(kernelCases()));
}
