// The compute layer of the neural-network layer ops (no autograd): im2col/col2im, max and average pooling over
// [N, C, H, W] float tensors, through the wasm kernels of kernel/wasm/assembly/nn.ts. Inputs of any layout are
// read through a contiguous copy; results are new contiguous tensors.
import { DType, wide } from './dtype';
import { cast, contiguousAs, DT, empty } from './kernels';
import { Tensor } from './tensor';
import { wasm } from './wasm';

/** A 2-d sliding window: kernel, stride, padding before (top/left), dilation, and the output size. */
export interface Window2d { kh: number; kw: number; sh: number; sw: number; ph: number; pw: number; dh: number; dw: number; Ho: number; Wo: number }
/** A 3-d window: the 2-d one and its depth (kernel, stride, padding, dilation, output size). */
export interface Window3d extends Window2d { kd: number; sd: number; pd: number; dd: number; Do: number }
/** Average pooling: a fixed window (countPad, divisor override or 0) or adaptive windows (only Ho/Wo used). */
export interface AvgWindow extends Window2d { countPad: boolean; divisor: number; adaptive: boolean }

/** A window with its depth: a 2-d window has depth 1. */
export const depthOf = (w: Window2d): Window3d => ('kd' in w ? w as Window3d : { ...w, kd: 1, sd: 1, pd: 0, dd: 1, Do: 1 });
const ptr = (t: Tensor): number => t.storage.ptr + t.offset * t.itemsize;
/** A result computed in the wide dtype, rounded to `d` (the wide tensor is freed). */
function narrowTo(t: Tensor, d: DType): Tensor {
  if (t.dtype === d) return t;
  const c = cast(t, d);
  t.free();
  return c;
}

/** Runs fn over a contiguous copy of x in its wide dtype (bfloat16 pools in float32; freed after unless it is x itself). */
function withContiguous<R>(x: Tensor, fn: (c: Tensor) => R): R {
  const c = contiguousAs(x, wide(x.dtype));
  try {
    return fn(c);
  } finally {
    if (c !== x) c.free();
  }
}

/** [N, C, H, W] or [N, C, D, H, W] → [N, C, D, H, W] sizes. */
const dims5 = (shape: readonly number[]): number[] => (shape.length === 5 ? [...shape] : [shape[0], shape[1], 1, shape[2], shape[3]]);
type Geometry = [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];
const geometry = (w: Window3d): Geometry =>
  [w.kd, w.kh, w.kw, w.sd, w.sh, w.sw, w.pd, w.ph, w.pw, w.dd, w.dh, w.dw, w.Do, w.Ho, w.Wo];

/**
 * x [N, C, H, W] (or [N, C, D, H, W] with a 3-d window) → columns [C·kd·kh·kw, N, Do·Ho·Wo] (rows ordered channel,
 * kernel depth, row, column, as F.unfold's).
 */
export function im2col(x: Tensor, window: Window2d): Tensor {
  const [N, C, D, H, W] = dims5(x.shape), w = depthOf(window);
  const out = empty([C * w.kd * w.kh * w.kw, N, w.Do * w.Ho * w.Wo], wide(x.dtype));
  if (out.numel() === 0) return narrowTo(out, x.dtype);
  withContiguous(x, (c) => wasm().im2col(DT[wide(x.dtype)], ptr(c), N, C, D, H, W, ...geometry(w), ptr(out)));
  return narrowTo(out, x.dtype);
}

/** The adjoint of im2col: columns [C·kd·kh·kw, N, L] summed back into [N, C, H, W] (size [C, H, W]) or [N, C, D, H, W]. */
export function col2im(cols: Tensor, size: readonly number[], window: Window2d): Tensor {
  const N = cols.shape[1], w = depthOf(window);
  const [, C, D, H, W] = dims5([N, ...size]);
  const out = empty([N, ...size], wide(cols.dtype));
  if (out.numel() === 0) return narrowTo(out, cols.dtype);
  withContiguous(cols, (c) => wasm().col2im(DT[wide(cols.dtype)], ptr(c), N, C, D, H, W, ...geometry(w), ptr(out)));
  return narrowTo(out, cols.dtype);
}

/** Max pooling of x [N, C, H, W]: values and int64 indices (flat positions within each H·W plane). */
export function maxPool2d(x: Tensor, w: Window2d): { out: Tensor; indices: Tensor } {
  const [N, C, H, W] = x.shape;
  const out = empty([N, C, w.Ho, w.Wo], wide(x.dtype)), indices = empty([N, C, w.Ho, w.Wo], 'int64');
  if (out.numel() === 0) return { out: narrowTo(out, x.dtype), indices };
  withContiguous(x, (c) => wasm().maxPool(DT[wide(x.dtype)], ptr(c), N * C, H, W, w.Ho, w.Wo, w.kh, w.kw, w.sh, w.sw, w.ph, w.pw, w.dh, w.dw,
    ptr(out), ptr(indices)));
  return { out: narrowTo(out, x.dtype), indices };
}

/** Gradient of max pooling: gout [N, C, Ho, Wo] accumulated at `indices` into a zero [N, C, H, W]. */
export function maxPool2dBackward(gout: Tensor, indices: Tensor, inShape: readonly number[]): Tensor {
  const [N, C, H, W] = inShape;
  const out = empty([N, C, H, W], wide(gout.dtype));
  if (out.numel() === 0) return narrowTo(out, gout.dtype);
  withContiguous(gout, (g) => withContiguous(indices, (ix) =>
    wasm().maxPoolBackward(DT[wide(gout.dtype)], ptr(g), ptr(ix), N * C, H * W, gout.shape[2] * gout.shape[3], ptr(out))));
  return narrowTo(out, gout.dtype);
}

export function avgPool2d(x: Tensor, w: AvgWindow): Tensor {
  const [N, C, H, W] = x.shape;
  const out = empty([N, C, w.Ho, w.Wo], wide(x.dtype));
  if (out.numel() === 0) return narrowTo(out, x.dtype);
  withContiguous(x, (c) => wasm().avgPool(DT[wide(x.dtype)], ptr(c), N * C, H, W, w.Ho, w.Wo, w.kh, w.kw, w.sh, w.sw, w.ph, w.pw,
    w.countPad ? 1 : 0, w.divisor, w.adaptive ? 1 : 0, ptr(out)));
  return narrowTo(out, x.dtype);
}

export function avgPool2dBackward(gout: Tensor, inShape: readonly number[], w: AvgWindow): Tensor {
  const [N, C, H, W] = inShape;
  const out = empty([N, C, H, W], wide(gout.dtype));
  if (out.numel() === 0) return narrowTo(out, gout.dtype);
  withContiguous(gout, (g) => wasm().avgPoolBackward(DT[wide(gout.dtype)], ptr(g), N * C, H, W, w.Ho, w.Wo, w.kh, w.kw, w.sh, w.sw, w.ph, w.pw,
    w.countPad ? 1 : 0, w.divisor, w.adaptive ? 1 : 0, ptr(out)));
  return narrowTo(out, gout.dtype);
}

