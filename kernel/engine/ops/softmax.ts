// softmax / log_softmax along a dim, computed stably (shift by the max) in the kernel layer.
import { TorchError } from '../errors';
import { isFloating } from '../dtype';
import * as K from '../kernels';
import { contiguousStrides, wrapDim } from '../shape';
import { softmaxAlongDim, softmaxBackwardAlongDim } from '../reduce-order';
import { Tensor } from '../tensor';
import { apply, defineOp, scalarTypeName } from './apply';
import { exp, mul, neg, sub } from './pointwise';
import { sum } from './reduce';

/** x - max along dim (in x's dtype, like PyTorch's vectorised kernel). */
function shifted(x: Tensor, dim: number): Tensor {
  const m = K.reduce('max', x, [dim], true);
  return K.binary('sub', x, m, x.dtype);
}
/** float32/float64 along a dim that is not the last: PyTorch's non-last-dim kernels (reduce-order.ts). */
function alongDim(x: Tensor, dim: number, log: boolean): Tensor | null {
  if ((x.dtype !== 'float32' && x.dtype !== 'float64') || x.ndim === 0 || x.numel() === 0) return null;
  if (dim === x.ndim - 1 && x.is_contiguous()) return null;
  // PyTorch runs its kernels on input.contiguous()
  const src = x.is_contiguous() ? x : K.copyOf(x, x.dtype, contiguousStrides(x.shape));
  try {
    if (dim === x.ndim - 1) return K.softmaxLastDim(src, dim, log);
    const out = K.empty(x.shape, x.dtype);
    softmaxAlongDim(src, dim, log, out);
    return out;
  } finally {
    if (src !== x) src.free();
  }
}
/** The backward kernels for float32/float64 (reduce-order.ts), on contiguous copies as PyTorch's; null otherwise. */
function backwardAlongDim(g: Tensor, y: Tensor, dim: number, log: boolean): Tensor | null {
  if ((y.dtype !== 'float32' && y.dtype !== 'float64') || g.dtype !== y.dtype || y.ndim === 0 || y.numel() === 0) return null;
  if (g.shape.length !== y.shape.length || g.shape.some((s, i) => s !== y.shape[i])) return null;
  const gc = g.is_contiguous() ? g : K.copyOf(g, g.dtype, contiguousStrides(g.shape));
  const yc = y.is_contiguous() ? y : K.copyOf(y, y.dtype, contiguousStrides(y.shape));
  const out = K.empty(y.shape, y.dtype);
  softmaxBackwardAlongDim(gc, yc, dim, log, out);
  return out;
}
function logSoftmaxKernel(x: Tensor, dim: number): Tensor {
  const along = alongDim(x, dim, true);
  if (along) return along;
  const fused = K.softmaxLastDim(x, dim, true);
  if (fused) return fused;
  const s = shifted(x, dim);
  const lse = K.unary('log', K.reduce('sum', K.unary('exp', s), [dim], true));
  return K.binary('sub', s, lse, x.dtype);
}
function softmaxKernel(x: Tensor, dim: number): Tensor {
  const along = alongDim(x, dim, false);
  if (along) return along;
  const fused = K.softmaxLastDim(x, dim, false);
  if (fused) return fused;
  const e = K.unary('exp', shifted(x, dim));
  return K.binary('div', e, K.reduce('sum', e, [dim], true), x.dtype);
}

// _softmax_backward_data: y · (g - Σ g·y), its own op so that double backward shows PyTorch's node name.
const SOFTMAX_BACKWARD = defineOp({
  name: '_softmax_backward_data', node: 'SoftmaxBackwardDataBackward0', args: ['grad_output', 'output'],
  forward: ([g, y], a) => {
    const exact = backwardAlongDim(g, y, a.dim as number, false);
    if (exact) return exact;
    const gy = K.binary('mul', g, y, y.dtype);
    const s = K.reduce('sum', gy, [a.dim as number], true);
    return K.binary('mul', y, K.binary('sub', g, s, y.dtype), y.dtype);
  },
  grads: {
    grad_output: { saves: ['output'], fn: (G, c) => softmaxBackward(G, c.saved('output'), c.attrs.dim as number) },
    // d/dy of y·(g - Σ g·y) applied to G: G·g - G·Σ(g·y) - g·Σ(G·y)
    output: {
      saves: ['grad_output', 'output'], fn: (G, c) => {
        const g = c.saved('grad_output'), y = c.saved('output'), d = c.attrs.dim as number;
        return sub(sub(mul(G, g), mul(G, sum(mul(g, y), d, true))), mul(g, sum(mul(G, y), d, true)));
      },
    },
  },
});
function softmaxBackward(g: Tensor, y: Tensor, dim: number): Tensor { return apply(SOFTMAX_BACKWARD, [g, y], { dim }); }

// _log_softmax_backward_data: g - exp(y) · Σ g, its own op (LogSoftmaxBackwardDataBackward0 under double backward,
// with derivatives.yaml's formulas).
const LOG_SOFTMAX_BACKWARD = defineOp({
  name: '_log_softmax_backward_data', node: 'LogSoftmaxBackwardDataBackward0', args: ['grad_output', 'output'],
  forward: ([g, y], a) => {
    const exact = backwardAlongDim(g, y, a.dim as number, true);
    if (exact) return exact;
    const d = a.dim as number;
    return K.binary('sub', g, K.binary('mul', K.unary('exp', y), K.reduce('sum', g, [d], true), y.dtype), y.dtype);
  },
  grads: {
    // grad - (grad · exp(output)).sum(dim, true)
    grad_output: { saves: ['output'], fn: (G, c) => { const d = c.attrs.dim as number; return sub(G, sum(mul(G, exp(c.saved('output'))), d, true)); } },
    // -grad_output.sum(dim, true) · exp(output) · grad
    output: { saves: ['grad_output', 'output'], fn: (G, c) => { const d = c.attrs.dim as number; return mul(mul(neg(sum(c.saved('grad_output'), d, true)), exp(c.saved('output'))), G); } },
  },
});
function logSoftmaxBackward(g: Tensor, y: Tensor, dim: number): Tensor { return apply(LOG_SOFTMAX_BACKWARD, [g, y], { dim }); }

export const SOFTMAX = defineOp({
  name: 'softmax', node: 'SoftmaxBackward0', args: ['self'],
  forward: ([x], a) => softmaxKernel(x, a.dim as number),
  // (g - Σ g·y) · y
  grads: { self: { saves: ['result'], fn: (g, c) => softmaxBackward(g, c.saved('result'), c.attrs.dim as number) } },
});
export const LOG_SOFTMAX = defineOp({
  name: 'log_softmax', node: 'LogSoftmaxBackward0', args: ['self'],
  forward: ([x], a) => logSoftmaxKernel(x, a.dim as number),
  // g - exp(y) · Σ g
  grads: { self: { saves: ['result'], fn: (g, c) => logSoftmaxBackward(g, c.saved('result'), c.attrs.dim as number) } },
});

function check(x: Tensor, kernel: string): void {
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"${kernel}" not implemented for '${scalarTypeName(x.dtype)}'`);
}
export function softmax(x: Tensor, dim: number, dtype?: Tensor['dtype']): Tensor {
  const src = dtype ? K.cast(x, dtype) : x;
  check(src, 'softmax_lastdim_kernel_impl');
  return apply(SOFTMAX, [src], { dim: wrapDim(dim, x.ndim) });
}
export function log_softmax(x: Tensor, dim: number, dtype?: Tensor['dtype']): Tensor {
  const src = dtype ? K.cast(x, dtype) : x;
  check(src, 'log_softmax_lastdim_kernel_impl');
  return apply(LOG_SOFTMAX, [src], { dim: wrapDim(dim, x.ndim) });
}
