// Pooling over [N, C, H, W] (or unbatched [C, H, W]) float tensors: max_pool2d (with indices), avg_pool2d and
// adaptive_avg_pool2d, each with its backward as an op of its own (PyTorch's ...BackwardBackward0 nodes), so that
// double backward records the same nodes as PyTorch. Like PyTorch's, the backward ops take the forward's input
// (`self`, for its shape; its gradient is zero), so they are recorded whenever it requires grad. 1-d pooling is 2-d pooling of a height-1 view (F's way).
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import * as KN from '../kernels_nn';
import { AvgWindow, Window2d } from '../kernels_nn';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyOp, defineOp, followsChannelsLast, scalarTypeName } from './apply';
import { gatherAlong } from './gather';
import { mean } from './reduce';
import { reshape, viewOf } from './views';

/** x seen as [N, C, H, W] (an unbatched [C, H, W] gets N = 1). */
const as4d = (x: Tensor): Tensor => (x.ndim === 4 ? x : viewOf(x, [1, ...x.shape], [0, ...x.strides]));
/** A fresh contiguous 4-d result seen with the input's rank. */
const withRank = (r: Tensor, ndim: number): Tensor => (ndim === 4 ? r : viewOf(r, r.shape.slice(1), r.strides.slice(1)));

export const MAX_POOL2D_BACKWARD = defineOp({
  name: 'max_pool2d_with_indices_backward', node: 'MaxPool2DWithIndicesBackwardBackward0', args: ['grad_output', 'self'],
  forward: ([g], a) => {
    const inShape = a.inShape as number[];
    return withRank(KN.maxPool2dBackward(as4d(g), as4d(a.indices as Tensor), inShape.length === 4 ? inShape : [1, ...inShape]), inShape.length);
  },
  // The gradient of a scatter-add at the indices is the gather at those indices.
  grads: {
    grad_output: {
      saves: [], fn: (G, c) => {
        const idx = c.attrs.indices as Tensor, lead = idx.shape.slice(0, -2);
        return reshape(gatherAlong(reshape(G, [...lead, -1]), reshape(idx, [...lead, -1]), lead.length), idx.shape);
      },
    },
    self: { saves: [], fn: (G, c) => K.full(c.inputs[1].shape, 0, G.dtype) },
  },
});
export const MAX_POOL2D = defineOp({
  name: 'max_pool2d_with_indices', node: 'MaxPool2DWithIndicesBackward0', args: ['self'], format: followsChannelsLast,
  forward: ([x], a) => {
    const r = KN.maxPool2d(as4d(x), a.window as Window2d);
    return { out: withRank(r.out, x.ndim), extra: { indices: withRank(r.indices, x.ndim) } };
  },
  grads: {
    self: {
      saves: ['self', 'indices'],
      fn: (g, c) => apply(MAX_POOL2D_BACKWARD, [g, c.saved('self')], { indices: c.saved('indices'), inShape: [...c.inputs[0].shape] }),
    },
  },
});

function avgPair(kind: 'AvgPool2D' | 'AdaptiveAvgPool2D', name: string): { fwd: ReturnType<typeof defineOp> } {
  const fwd = defineOp({
    name, node: `${kind}Backward0`, args: ['self'], format: followsChannelsLast,
    forward: ([x], a) => withRank(KN.avgPool2d(as4d(x), a.window as AvgWindow), x.ndim),
    grads: { self: { saves: ['self'], fn: (g, c) => apply(bwd, [g, c.saved('self')], { window: c.attrs.window, inShape: [...c.inputs[0].shape] }) } },
  });
  const bwd = defineOp({
    name: `${name}_backward`, node: `${kind}BackwardBackward0`, args: ['grad_output', 'self'],
    forward: ([g], a) => {
      const inShape = a.inShape as number[];
      const in4 = inShape.length === 4 ? inShape : [1, ...inShape];
      return withRank(KN.avgPool2dBackward(as4d(g), in4, a.window as AvgWindow), inShape.length);
    },
    grads: {
      grad_output: { saves: [], fn: (G, c) => apply(fwd, [G], { window: c.attrs.window }) },
      self: { saves: [], fn: (G, c) => K.full(c.inputs[1].shape, 0, G.dtype) },
    },
  });
  return { fwd };
}
export const AVG_POOL2D = avgPair('AvgPool2D', 'avg_pool2d').fwd;
export const ADAPTIVE_AVG_POOL2D = avgPair('AdaptiveAvgPool2D', 'adaptive_avg_pool2d').fwd;

/** PyTorch's pooling_output_shape (with its stride and padding checks). */
export function poolOut(size: number, k: number, pad: number, stride: number, dilation: number, ceil: boolean): number {
  if (stride === 0) throw new TorchError('RuntimeError', 'stride should not be zero');
  if (pad < 0) throw new TorchError('RuntimeError', `pad must be non-negative, but got pad: ${pad}`);
  if (pad > Math.floor(k / 2)) throw new TorchError('RuntimeError', `pad should be at most half of kernel size, but got pad=${pad} and kernel_size=${k}`);
  let out = Math.floor((size + 2 * pad - dilation * (k - 1) - 1 + (ceil ? stride - 1 : 0)) / stride) + 1;
  if (ceil && (out - 1) * stride >= size + pad) out--;
  return out;
}

function poolChecks(x: Tensor, what: string, k: number[], stride: number[], pad: number[], dil: number[], ceil: boolean, allowEmpty: boolean): Window2d {
  if (x.ndim !== 3 && x.ndim !== 4) throw new TorchError('RuntimeError', 'non-empty 3D or 4D (batch mode) tensor expected for input');
  const [H, W] = x.shape.slice(-2), C = x.shape[x.ndim - 3];
  const Ho = poolOut(H, k[0], pad[0], stride[0], dil[0], ceil), Wo = poolOut(W, k[1], pad[1], stride[1], dil[1], ceil);
  if (k[0] <= 0 || k[1] <= 0) throw new TorchError('RuntimeError', `kernel size should be greater than zero, but got kH: ${k[0]} kW: ${k[1]}`);
  if (stride[0] <= 0 || stride[1] <= 0) throw new TorchError('RuntimeError', `stride should be greater than zero, but got dH: ${stride[0]} dW: ${stride[1]}`);
  if (dil[0] <= 0 || dil[1] <= 0) throw new TorchError('RuntimeError', `dilation should be greater than zero, but got dilationH: ${dil[0]} dilationW: ${dil[1]}`);
  if (!allowEmpty && (Ho < 1 || Wo < 1)) {
    throw new TorchError('RuntimeError', `Given input size: (${C}x${H}x${W}). Calculated output size: (${C}x${Ho}x${Wo}). Output size is too small`);
  }
  if (!isFloating(x.dtype) || x.dtype === 'float16') throw new TorchError('RuntimeError', `"${what}" not implemented for '${scalarTypeName(x.dtype)}'`);
  return { kh: k[0], kw: k[1], sh: stride[0], sw: stride[1], ph: pad[0], pw: pad[1], dh: dil[0], dw: dil[1], Ho: Math.max(Ho, 0), Wo: Math.max(Wo, 0) };
}

/** max_pool2d with indices: [values, int64 indices (flat positions in each H·W plane)]. */
export function max_pool2d_with_indices(x: Tensor, kernel: number[], stride: number[], padding: number[], dilation: number[],
  ceilMode = false, allowEmpty = false): [Tensor, Tensor] {
  const window = poolChecks(x, 'max_pool2d', kernel, stride, padding, dilation, ceilMode, allowEmpty);
  const r = applyOp(MAX_POOL2D, [x], { window });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}
export function max_pool2d(x: Tensor, kernel: number[], stride: number[], padding: number[], dilation: number[], ceilMode = false): Tensor {
  return max_pool2d_with_indices(x, kernel, stride, padding, dilation, ceilMode)[0];
}

export function avg_pool2d(x: Tensor, kernel: number[], stride: number[], padding: number[], ceilMode = false,
  countIncludePad = true, divisorOverride: number | null = null): Tensor {
  if (divisorOverride === 0) throw new TorchError('RuntimeError', 'divisor must be not zero');
  wrapDim(-3, x.ndim);
  if (x.dtype === 'int64') {
    // PyTorch averages int64 with an integer division (truncating); float64 then truncation gives the same.
    return K.cast(avg_pool2d(K.cast(x, 'float64'), kernel, stride, padding, ceilMode, countIncludePad, divisorOverride), 'int64');
  }
  const w = poolChecks(x, 'avg_pool2d', kernel, stride, padding, [1, 1], ceilMode, false);
  const window: AvgWindow = { ...w, countPad: countIncludePad, divisor: divisorOverride ?? 0, adaptive: false };
  return apply(AVG_POOL2D, [x], { window });
}

/**
 * `out.as_strided_({n, c, 1, 1}, {c, 1, c, c})` on the fresh [n, c, 1, 1] mean (a relabelling of the same elements:
 * the gradient passes unchanged); an alias that is not a view, as the in-place op on a temporary is.
 */
const AS_STRIDED_TEMP = defineOp({
  name: 'as_strided_', node: 'AsStridedBackward1', args: ['self'],
  forward: ([x]) => viewOf(x, x.shape, [x.shape[1], 1, x.shape[1], x.shape[1]], x.offset),
  grads: { self: { saves: [], fn: (g) => g } },
});

export function adaptive_avg_pool2d(x: Tensor, outputSize: (number | null)[]): Tensor {
  if (outputSize.length !== 2) throw new TorchError('RuntimeError', 'adaptive_avg_pool2d: output_size must be 2');
  if (outputSize.some((o) => o !== null && o < 0)) {
    throw new TorchError('RuntimeError', `adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {${outputSize[0]}, ${outputSize[1]}}`);
  }
  // PyTorch takes the mean for a 1×1 output (MeanBackward1 in the graph); of a channels_last input it restrides
  // that in place to channels_last (out.as_strided_({n, c, 1, 1}, {c, 1, c, c}): AsStridedBackward1).
  if (outputSize[0] === 1 && outputSize[1] === 1) {
    const m = mean(x, [-1, -2], true);
    return followsChannelsLast([x]) === 'channels_last' ? apply(AS_STRIDED_TEMP, [m]) : m;
  }
  if (x.ndim !== 3 && x.ndim !== 4) throw new TorchError('RuntimeError', `adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got [${x.shape.join(', ')}]`);
  const [H, W] = x.shape.slice(-2);
  const Ho = outputSize[0] ?? H, Wo = outputSize[1] ?? W;
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"adaptive_avg_pool2d_cpu" not implemented for '${scalarTypeName(x.dtype)}'`);
  const window: AvgWindow = { kh: 0, kw: 0, sh: 1, sw: 1, ph: 0, pw: 0, dh: 1, dw: 1, Ho, Wo, countPad: false, divisor: 0, adaptive: true };
  return apply(ADAPTIVE_AVG_POOL2D, [x], { window });
}
