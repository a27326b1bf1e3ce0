// var / std / var_mean / std_mean forward values as PyTorch 1.13's CPU kernels compute them, bit for bit (the
// kernels and their order: kernel/wasm/assembly/welford.ts):
// - var/std of a float32/float64 tensor to a single value: std_var_all_cpu (the dtype's mean, then Σ (x - mean)² in
//   double in TensorIterator's order, in at::parallel_reduce's chunks for torch.get_num_threads() threads);
// - all other cases: WelfordOps in double per output element, over its elements in TensorIterator's order (the
//   reduced dims ordered by stride); a reduction to one element of at least GRAIN_SIZE elements on several threads
//   is split into at::parallel_for's chunks whose Welford states are combined in order.
// var = m2 / max(n - correction, 0) in double, std its double sqrt, each rounded to the dtype once (float16 and
// bfloat16 through float, as c10's conversions do).
import { DType, itemSize } from './dtype';
import { GRAIN_SIZE, reductionLayout } from './cascade-sum';
import { binary, cast, contiguousAs, floatSum, full } from './kernels';
import { numel } from './shape';
import { Tensor } from './tensor';
import { MIN_PARALLEL_REDUCE } from './parallel';
import { metaOf, numThreads, runParts, threadsFor, type Part } from './thread-pool';
import { allocBytes, checkInterrupt, mem, wasm, writeMetaAt } from './wasm';

/** The kernels' float codes (index.ts). */
const F32 = 2, F64 = 3;

/** Elements per call of a long Welford pass (the interrupt is looked at between calls as well as inside). */
const ROWS_CHUNK = 1 << 20;

export interface Moments { spread: Tensor; mean: Tensor | null }

/**
 * var (or std, `sqrt`) of x over `dims` (null: all) with `correction`, and the mean too when `withMean` (var_mean /
 * std_mean, which always take the Welford path, as PyTorch's std_var_mean_out does). x: a floating tensor.
 */
export function moments(x: Tensor, dims: number[] | null, keepdim: boolean, correction: number, sqrt: boolean, withMean: boolean): Moments {
  const nd = x.ndim;
  const reduced = x.shape.map((_, d) => dims === null || dims.includes(d));
  const outShape = keepdim ? x.shape.map((s, d) => (reduced[d] ? 1 : s)) : x.shape.filter((_, d) => !reduced[d]);
  const shape = nd === 0 ? [] : outShape;
  const outNumel = numel(shape), n = x.numel() / Math.max(outNumel, 1);
  const project = (m2: number, count: number): number => {
    const divisor = count > correction ? count - correction : 0;
    const v = m2 / divisor;
    return sqrt ? Math.sqrt(v) : v;
  };
  if (outNumel === 0 || x.numel() === 0) {
    return { spread: full(shape, NaN, x.dtype), mean: withMean ? full(shape, NaN, x.dtype) : null };
  }
  if (!withMean && outNumel === 1 && (x.dtype === 'float32' || x.dtype === 'float64')) {
    return { spread: fromDoubles(shape, [project(allCpuSqDev(x), n)], x.dtype), mean: null };
  }
  // Welford: the elements of each output as one contiguous row, in the iterator's order
  const layout = reductionLayout(x.shape, x.strides, reduced, keepdim);
  const red = layout.shape.map((s, d) => ({ s, st: layout.inp[d], red: layout.out[d] === 0 && s > 1 })).filter((e) => e.red).reverse();
  const kept = x.shape.map((s, d) => ({ s, st: x.strides[d] })).filter((_, d) => !reduced[d]);
  const view = new Tensor(x.storage, x.offset, [...kept.map((e) => e.s), ...red.map((e) => e.s)],
    [...kept.map((e) => e.st), ...red.map((e) => e.st)], x.dtype, x.version);
  const work: DType = x.dtype === 'float64' ? 'float64' : 'float32';
  const rows = contiguousAs(view, work);
  const pairs = allocBytes(Math.max(outNumel, numThreads()) * 16);
  try {
    const dt = work === 'float32' ? F32 : F64, sz = itemSize(work), src = rows.storage.ptr + rows.offset * sz;
    const f64 = (): Float64Array => mem().f64;
    const spread: number[] = [], means: number[] = [];
    const T = numThreads();
    if (outNumel === 1 && n >= GRAIN_SIZE && T > 1) {
      // binary_kernel_reduce on one output: at::parallel_for's chunks, each from an empty state, combined in order
      const nt = Math.min(T, Math.ceil(n / GRAIN_SIZE)), chunk = Math.ceil(n / nt);
      const parts: Part[] = [];
      for (let t = 0; t < nt && t * chunk < n; t++) {
        parts.push({ fn: 'welfordRows', args: [dt, src + t * chunk * sz, 1, Math.min(chunk, n - t * chunk), pairs + t * 16] });
      }
      if (runParts(parts, threadsFor(n, MIN_PARALLEL_REDUCE)).some((r) => r !== 0)) checkInterrupt();
      let acc = { mean: 0, m2: 0, nf: 0 };
      parts.forEach((p, t) => { acc = combine(acc, { mean: f64()[(pairs >>> 3) + 2 * t], m2: f64()[(pairs >>> 3) + 2 * t + 1], nf: p.args[3] as number }); });
      spread.push(project(acc.m2, acc.nf));
      means.push(acc.mean);
    } else {
      const step = Math.max(1, Math.floor(ROWS_CHUNK / n));
      for (let o = 0; o < outNumel; o += step) {
        if (o > 0) checkInterrupt();
        const count = Math.min(step, outNumel - o);
        const threads = threadsFor(count * n, MIN_PARALLEL_REDUCE);
        const per = Math.ceil(count / threads);
        const parts: Part[] = [];
        for (let r = 0; r < count; r += per) {
          parts.push({ fn: 'welfordRows', args: [dt, src + (o + r) * n * sz, Math.min(per, count - r), n, pairs + (o + r) * 16] });
        }
        if (runParts(parts, threads).some((r) => r !== 0)) checkInterrupt();
      }
      const v = f64(), base = pairs >>> 3;
      for (let o = 0; o < outNumel; o++) { means.push(v[base + 2 * o]); spread.push(project(v[base + 2 * o + 1], n)); }
    }
    return { spread: fromDoubles(shape, spread, x.dtype), mean: withMean ? fromDoubles(shape, means, x.dtype) : null };
  } finally {
    wasm().free(pairs);
    if (rows !== view) rows.free();
    view.free();
  }
}

/** WelfordOps::combine (its two multiply-adds fused, as the AVX2 build compiles them). */
function combine(a: { mean: number; m2: number; nf: number }, b: { mean: number; m2: number; nf: number }): { mean: number; m2: number; nf: number } {
  if (a.nf === 0) return b;
  if (b.nf === 0) return a;
  const fma = wasm().fma64;
  const delta = b.mean - a.mean, count = a.nf + b.nf, nbOverN = b.nf / count;
  return { mean: fma(delta, nbOverN, a.mean), m2: fma(delta * delta * a.nf, nbOverN, a.m2 + b.m2), nf: count };
}

/**
 * std_var_all_cpu's Σ (x - mean)²: mean = x.mean() in x's dtype; the elements in TensorIterator's order, in
 * at::parallel_reduce's chunks (one below GRAIN_SIZE + 1 elements or on one thread), their sums added from 0.
 */
function allCpuSqDev(x: Tensor): number {
  const n = x.numel();
  const s = floatSum(x, null, false, false);
  const m = binary('div', s, full([], n, 'float64'), x.dtype);
  const mean = m.item() as number;
  s.free();
  m.free();
  const layout = reductionLayout(x.shape, x.strides, x.shape.map(() => true), false);
  const dt = x.dtype === 'float32' ? F32 : F64, inp = x.storage.ptr + x.offset * x.itemsize;
  const T = numThreads();
  const nt = n > GRAIN_SIZE && T > 1 ? Math.min(T, Math.ceil(n / GRAIN_SIZE)) : 1, chunk = Math.ceil(n / nt);
  const parts: Part[] = [];
  for (let t = 0; t < nt && t * chunk < n; t++) {
    parts.push({ fn: 'sqDevRange', args: [dt, layout.shape.length, writeMetaAt(metaOf(t), layout.shape, layout.inp), inp, t * chunk, Math.min(n, (t + 1) * chunk), mean] });
  }
  const sums = runParts(parts, threadsFor(n, MIN_PARALLEL_REDUCE));
  if (sums.some((r) => r < 0)) checkInterrupt();
  let total = 0;
  for (const r of sums) total += r;
  return total;
}

/** A contiguous tensor of `dtype` with these double values, each converted as a static_cast from double. */
function fromDoubles(shape: readonly number[], values: number[], dtype: DType): Tensor {
  const t64 = Tensor.empty(shape, 'float64');
  mem().f64.set(values, t64.storage.ptr >>> 3);
  if (dtype === 'float64') return t64;
  const out = cast(t64, dtype);
  t64.free();
  return out;
}
