// The normalisation kernels of kernel/wasm/assembly/normk.ts (PyTorch 1.13's CPU layer_norm / group_norm /
// batch_norm order, bit for bit) over engine tensors. Rows are independent in those kernels (at::parallel_for over
// rows), so the thread count does not change their bits; they run on the calling thread.
import { contiguousAs } from './kernels';
import { Tensor } from './tensor';
import { allocBytes, wasm } from './wasm';

const F32 = 2;
/** MOMENTS_SCRATCH of normk.ts plus two T for a row's (mean, var). */
const SCRATCH = 24 * 32 + 16 * 8 + 16;

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
