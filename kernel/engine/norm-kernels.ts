// The normalisation kernels of kernel/wasm/assembly/normk.ts (PyTorch 1.13's CPU layer_norm / group_norm /
// batch_norm order, bit for bit) over engine tensors. Rows are independent in those kernels (at::parallel_for over
// rows), so the thread count does not change their bits; they run on the calling thread.
import { contiguousAs, fill as fillZeroT } from './kernels';

const fillZero = (t: Tensor): void => fillZeroT(t, 0);
import { Tensor } from './tensor';
import { numThreads } from './thread-pool';
import { allocBytes, wasm } from './wasm';

const F32 = 2;
/** MOMENTS_SCRATCH of normk.ts, two T for a row's (mean, var), a vector of lane accumulators. */
const SCRATCH = 24 * 32 * 8 + 16 * 8 + 16 + 64;

/** The T data pointer of a contiguous tensor. */
const ptr = (t: Tensor): number => t.storage.ptr + t.offset * t.itemsize;

/**
 * native_layer_norm's forward of x (float32/float64) over its last N elements per row: y (x's shape), and mean
 * and rstd ([rows] in x's dtype). weight/bias null when absent.
 */
export function layerNormForward(x: Tensor, N: number, weight: Tensor | null, bias: Tensor | null, eps: number): { y: Tensor; mean: Tensor; rstd: Tensor } {
  const xc = contiguousAs(x);
  const wc = weight ? contiguousAs(weight) : null, bc = bias ? contiguousAs(bias) : null;
  const rows = N === 0 ? 0 : x.numel() / N;
  const y = Tensor.empty(x.shape, x.dtype), mean = Tensor.empty([rows], x.dtype), rstd = Tensor.empty([rows], x.dtype);
  const scratch = allocBytes(SCRATCH);
  try {
    if (rows > 0) {
      wasm().layerNorm(x.dtype === 'float32' ? F32 : 3, ptr(xc), rows, N, wc ? ptr(wc) : 0, bc ? ptr(bc) : 0, eps, ptr(y), ptr(mean), ptr(rstd), scratch);
    }
  } finally {
    wasm().free(scratch);
    if (xc !== x) xc.free();
    if (wc && wc !== weight) wc.free();
    if (bc && bc !== bias) bc.free();
  }
  return { y, mean, rstd };
}

/**
 * native_layer_norm_backward's kernel: dX (x's shape), dgamma and dbeta (normalized_shape, `wshape`), each where
 * `want` asks for it (else null). dgamma/dbeta sum per-thread buffers over at::parallel_for's chunks of rows for
 * torch.get_num_threads() threads, so their bits follow the thread count as PyTorch's do.
 */
export function layerNormBackward(want: readonly boolean[], g: Tensor, x: Tensor, N: number, weight: Tensor | null,
  eps: number, wshape: readonly number[]): (Tensor | null)[] {
  const xc = contiguousAs(x), gc = contiguousAs(g, x.dtype), wc = weight ? contiguousAs(weight) : null;
  const M = N === 0 ? 0 : x.numel() / N;
  const outs = [want[0] ? Tensor.empty(x.shape, x.dtype) : null, want[1] ? Tensor.empty(wshape, x.dtype) : null, want[2] ? Tensor.empty(wshape, x.dtype) : null];
  const T = numThreads();
  const scratch = allocBytes(SCRATCH);
  const buf = want[1] || want[2] ? Tensor.empty([2 * T * Math.max(N, 1)], x.dtype) : null;
  try {
    if (buf) fillZero(buf);
    if (x.numel() > 0) {
      const p = (t: Tensor | null): number => (t ? ptr(t) : 0);
      wasm().layerNormBackward(x.dtype === 'float32' ? F32 : 3, ptr(gc), ptr(xc), M, N, wc ? ptr(wc) : 0, eps,
        p(outs[0]), p(outs[1]), p(outs[2]), T, buf ? ptr(buf) : 0, scratch);
    } else {
      for (const t of outs.slice(1)) if (t) fillZero(t);
    }
  } finally {
    wasm().free(scratch);
    buf?.free();
    if (xc !== x) xc.free();
    if (gc !== g) gc.free();
    if (wc && wc !== weight) wc.free();
  }
  return outs;
}

/** native_group_norm's forward of a float32/float64 x [N, C, *] in G groups (its contiguous kernel). */
export function groupNormForward(x: Tensor, G: number, weight: Tensor | null, bias: Tensor | null, eps: number): Tensor {
  const xc = contiguousAs(x);
  const wc = weight ? contiguousAs(weight) : null, bc = bias ? contiguousAs(bias) : null;
  const N = x.shape[0], C = x.shape[1], HW = x.numel() / Math.max(N * C, 1);
  const y = Tensor.empty(x.shape, x.dtype);
  const scratch = allocBytes(SCRATCH);
  try {
    if (x.numel() > 0) wasm().groupNorm(x.dtype === 'float32' ? F32 : 3, ptr(xc), N, C, HW, G, wc ? ptr(wc) : 0, bc ? ptr(bc) : 0, eps, ptr(y), scratch);
  } finally {
    wasm().free(scratch);
    if (xc !== x) xc.free();
    if (wc && wc !== weight) wc.free();
    if (bc && bc !== bias) bc.free();
  }
  return y;
}

/**
 * native_group_norm_backward's kernel: dX (x's shape), dgamma and dbeta ([C]) where `want` asks (else null). dX's
 * bits follow torch.get_num_threads() as PyTorch's do (see normk.ts).
 */
export function groupNormBackward(want: readonly boolean[], g: Tensor, x: Tensor, G: number, weight: Tensor | null, eps: number): (Tensor | null)[] {
  const xc = contiguousAs(x), gc = contiguousAs(g, x.dtype), wc = weight ? contiguousAs(weight) : null;
  const N = x.shape[0], C = x.shape[1], HW = x.numel() / Math.max(N * C, 1);
  const outs = [want[0] ? Tensor.empty(x.shape, x.dtype) : null, want[1] ? Tensor.empty([C], x.dtype) : null, want[2] ? Tensor.empty([C], x.dtype) : null];
  const work = Tensor.empty([2 * N * C + 2 * N * G + 1], x.dtype);
  const scratch = allocBytes(SCRATCH);
  try {
    if (x.numel() === 0) {
      for (const t of outs.slice(1)) if (t) fillZero(t);
    } else {
      const sz = x.itemsize, p = (t: Tensor | null): number => (t ? ptr(t) : 0);
      wasm().groupNormBackward(x.dtype === 'float32' ? F32 : 3, ptr(gc), ptr(xc), N, C, HW, G, wc ? ptr(wc) : 0, eps,
        p(outs[0]), p(outs[1]), p(outs[2]), ptr(work), ptr(work) + 2 * N * C * sz, numThreads(), scratch);
    }
  } finally {
    wasm().free(scratch);
    work.free();
    if (xc !== x) xc.free();
    if (gc !== g) gc.free();
    if (wc && wc !== weight) wc.free();
  }
  return outs;
}

/**
 * native_batch_norm's forward on a float32/float64 x [N, C, *] with PyTorch's contiguous CPU kernels: y, and in
 * training the running statistics updated in place (without a version bump, as PyTorch's kernel writes them).
 * Returns null when a running statistic is not a contiguous tensor of x's dtype (the caller's generic path).
 */
export function batchNormForward(x: Tensor, weight: Tensor | null, bias: Tensor | null, runningMean: Tensor | null, runningVar: Tensor | null,
  training: boolean, momentum: number, eps: number): Tensor | null {
  for (const t of [runningMean, runningVar]) if (t && (t.dtype !== x.dtype || !t.is_contiguous())) return null;
  const xc = contiguousAs(x);
  const wc = weight ? contiguousAs(weight) : null, bc = bias ? contiguousAs(bias) : null;
  const Nb = x.shape[0], C = x.shape[1], S = x.numel() / Math.max(Nb * C, 1);
  const y = Tensor.empty(x.shape, x.dtype);
  const T = numThreads();
  const work = Tensor.empty([2 * C + T * C + 1], x.dtype);
  try {
    if (x.numel() > 0) {
      wasm().batchNormForward(x.dtype === 'float32' ? F32 : 3, ptr(xc), Nb, C, S, wc ? ptr(wc) : 0, bc ? ptr(bc) : 0,
        runningMean ? ptr(runningMean) : 0, runningVar ? ptr(runningVar) : 0, training ? 1 : 0, momentum, eps, T, ptr(y), ptr(work), ptr(work) + 2 * C * x.itemsize);
    }
  } finally {
    work.free();
    if (xc !== x) xc.free();
    if (wc && wc !== weight) wc.free();
    if (bc && bc !== bias) bc.free();
  }
  return y;
}

/**
 * native_batch_norm_backward's kernels: dX (x's shape), dgamma and dbeta ([C]) where `want` asks (else null); null
 * when evaluation's running statistics are not contiguous tensors of x's dtype. Training recomputes the forward's
 * mean and invstd.
 */
export function batchNormBackward(want: readonly boolean[], g: Tensor, x: Tensor, weight: Tensor | null, runningMean: Tensor | null,
  runningVar: Tensor | null, training: boolean, eps: number): (Tensor | null)[] | null {
  if (!training) for (const t of [runningMean, runningVar]) if (!t || t.dtype !== x.dtype || !t.is_contiguous()) return null;
  const xc = contiguousAs(x), gc = contiguousAs(g, x.dtype), wc = weight ? contiguousAs(weight) : null;
  const Nb = x.shape[0], C = x.shape[1], S = x.numel() / Math.max(Nb * C, 1);
  const outs = [want[0] ? Tensor.empty(x.shape, x.dtype) : null, want[1] ? Tensor.empty([C], x.dtype) : null, want[2] ? Tensor.empty([C], x.dtype) : null];
  const T = numThreads();
  const work = Tensor.empty([2 * C + 2 * T * C + 8], x.dtype);
  try {
    if (x.numel() === 0) {
      for (const t of outs.slice(1)) if (t) fillZero(t);
    } else {
      const w0 = ptr(work), sz = x.itemsize, p = (t: Tensor | null): number => (t ? ptr(t) : 0);
      wasm().batchNormBackward(x.dtype === 'float32' ? F32 : 3, ptr(gc), ptr(xc), Nb, C, S, wc ? ptr(wc) : 0,
        !training && runningMean ? ptr(runningMean) : 0, !training && runningVar ? ptr(runningVar) : 0, training ? 1 : 0, eps, T,
        p(outs[0]), p(outs[1]), p(outs[2]), w0, w0 + 2 * C * sz, w0 + (2 * C + 2 * T * C) * sz);
    }
  } finally {
    work.free();
    if (xc !== x) xc.free();
    if (gc !== g) gc.free();
    if (wc && wc !== weight) wc.free();
  }
  return outs;
}
