// The kernel cases of issue 7, measured on the engine directly (the TypeScript API, no Python facade): gemm,
// elementwise, reductions, softmax and an MLP training step. bench/kernels.py runs the same cases in PyTorch
// (pinned to 1 thread). Each case: warm-up calls (V8 tiers wasm up from its baseline compiler), then the median
// of 5 timed batches; milliseconds per call. The "1 thread" cases cap the engine at one thread (setThreadLimit);
// the "2 threads" cases let an op use a helper thread (products, and elementwise ops, sums and softmax on big
// tensors), against PyTorch with set_num_threads(2).
import * as torch from '../kernel/engine';
import type { Tensor } from '../kernel/engine';
import { activeThreads, setThreadLimit } from '../kernel/engine/threads';
import { wasm } from '../kernel/engine/wasm';

/** The wasm f32x4 multiply-add ceiling row (see fmaPeak in kernel/wasm/assembly/peak.ts); bench.ts pairs it with torch. */
export const CEILING_CASE = 'gemm 1024x1024 at the wasm f32x4 FMA ceiling (no memory traffic), 1 thread';
/** The PyTorch case the ceiling row is compared with. */
export const CEILING_VS = 'gemm 1024x1024 float32, 1 thread';

function perCall(fn: () => void, reps: number): number {
  for (let i = 0; i < Math.max(3, reps >> 1); i++) torch.tidy(fn);
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

export function kernelCases(): Record<string, number> {
  const res: Record<string, number> = {};
  const keep = <T extends Tensor>(t: T): T => t.retain();
  setThreadLimit(1);
  // The ceiling, expressed as the time a 1024³ product (2·1024³ flops) would take if every cycle issued the
  // madds of the micro-kernel and nothing else: no real gemm can beat it, so torch_ms / this = the best ratio
  // reachable with 128-bit wasm SIMD on this machine. fmaPeak(n) does 96·n flops.
  const k = wasm();
  const iters = 1 << 21;
  res[CEILING_CASE] = perCall(() => { k.fmaPeak(iters); }, 5) * (2 * 1024 ** 3) / (96 * iters);
  torch.manual_seed(0);
  for (const n of [128, 256, 512, 1024]) {
    const a = keep(torch.randn([n, n])), b = keep(torch.randn([n, n]));
    res[`gemm ${n}x${n} float32, 1 thread`] = perCall(() => { torch.mm(a, b); }, Math.max(2, Math.round(2 ** 27 / n ** 3)));
    a.release(); b.release();
  }
  {
    const a = keep(torch.randn([64, 784])), b = keep(torch.randn([784, 256]));
    res['gemm 64x784 @ 784x256 (MLP x@W1), 1 thread'] = perCall(() => { torch.mm(a, b); }, 200);
    a.release(); b.release();
  }
  for (const n of [1e6, 1e7]) {
    const a = keep(torch.randn([n])), b = keep(torch.randn([n])), d = keep(torch.randn([n]));
    const reps = n === 1e6 ? 40 : 5, tag = n === 1e6 ? '1e6' : '1e7';
    res[`a * b (${tag})`] = perCall(() => { torch.mul(a, b); }, reps);
    res[`a + b (${tag})`] = perCall(() => { torch.add(a, b); }, reps);
    res[`a * b + d (${tag})`] = perCall(() => { torch.add(torch.mul(a, b), d); }, reps);
    if (n === 1e7) {
      res['a.sum() (1e7)'] = perCall(() => { torch.sum(a); }, reps);
      res['a.mean() (1e7)'] = perCall(() => { torch.mean(a); }, reps);
    }
    a.release(); b.release(); d.release();
  }
  const s = keep(torch.randn([1024, 1024]));
  res['softmax(1024x1024, dim=-1)'] = perCall(() => { torch.softmax(s, -1); }, 20);
  s.release();
  const params = [torch.randn([784, 256]).mul(0.05), torch.zeros([256]), torch.randn([256, 10]).mul(0.05), torch.zeros([10])]
    .map((t) => keep(t.requires_grad_(true)));
  const x = keep(torch.randn([64, 784]));
  const y = keep(torch.randint(0, 10, [64, 1]));
  res['MLP 784-256-10 training step (batch 64, SGD)'] = perCall(() => mlpStep(params, x, y), 20);
  setThreadLimit(2);
  if (activeThreads() >= 2) {
    res['MLP 784-256-10 training step (batch 64, SGD), 2 threads'] = perCall(() => mlpStep(params, x, y), 20);
    for (const n of [128, 256, 512, 1024]) {
      const a = keep(torch.randn([n, n])), b = keep(torch.randn([n, n]));
      res[`gemm ${n}x${n} float32, 2 threads`] = perCall(() => { torch.mm(a, b); }, Math.max(2, Math.round(2 ** 28 / n ** 3)));
      a.release(); b.release();
    }
    for (const n of [1e6, 1e7]) {
      const a = keep(torch.randn([n])), b = keep(torch.randn([n])), d = keep(torch.randn([n]));
      const reps = n === 1e6 ? 40 : 5, tag = n === 1e6 ? '1e6' : '1e7';
      res[`a * b (${tag}), 2 threads`] = perCall(() => { torch.mul(a, b); }, reps);
      res[`a * b + d (${tag}), 2 threads`] = perCall(() => { torch.add(torch.mul(a, b), d); }, reps);
      res[`a.sum() (${tag}), 2 threads`] = perCall(() => { torch.sum(a); }, reps);
      a.release(); b.release(); d.release();
    }
    const s2 = keep(torch.randn([1024, 1024]));
    res['softmax(1024x1024, dim=-1), 2 threads'] = perCall(() => { torch.softmax(s2, -1); }, 20);
    s2.release();
  }
  setThreadLimit(null);
  for (const t of [...params, x, y]) t.release();
  return res;
}

if (require.main === module) console.log(JSON.stringify(kernelCases()));
