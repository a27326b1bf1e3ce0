// softmax / log_softmax along a dim, computed stably (shift by the max) in the kernel layer.
import { TorchError } from '../errors';
import { isFloating } from '../dtype';
import * as K from '../kernels';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, scalarTypeName } from './apply';
import { exp, mul, sub } from './pointwise';
import { sum } from './reduce';

function logSoftmaxKernel(x: Tensor, dim: number): Tensor {
  const lse = K.reduce('logsumexp', x, [dim], true);
  const out = K.binary('sub', x, lse, x.dtype);
  lse.free();
  return out;
}

export const SOFTMAX = defineOp({
  name: 'softmax', node: 'SoftmaxBackward0', args: ['self'],
  forward: ([x], a) => { const l = logSoftmaxKernel(x, a.dim as number); const out = K.unary('exp', l); l.free(); return out; },
  // (g - Σ g·y) · y
  grads: { self: { saves: ['result'], fn: (g, c) => { const y = c.saved('result'); return mul(y, sub(g, sum(mul(g, y), c.attrs.dim as number, true))); } } },
});
export const LOG_SOFTMAX = defineOp({
  name: 'log_softmax', node: 'LogSoftmaxBackward0', args: ['self'],
  forward: ([x], a) => logSoftmaxKernel(x, a.dim as number),
  // g - exp(y) · Σ g
  grads: { self: { saves: ['result'], fn: (g, c) => sub(g, mul(exp(c.saved('result')), sum(g, c.attrs.dim as number, true))) } },
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
