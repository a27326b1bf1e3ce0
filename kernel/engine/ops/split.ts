// unbind and split: one node with one output per piece (UnbindBackward0, SplitBackward0, SplitWithSizesBackward0).
// The pieces are views of the input that PyTorch forbids to modify in place (a function returning several views);
// the unsafe_ variants give pieces that share the input's memory without being views (own version counters).
// Their backward puts the pieces' gradients back together (stack / cat), zeros standing in for pieces that got
// none, as PyTorch's unbind_backward and split_with_sizes_backward do.
import { BackwardContext } from '../autograd/node';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { applyOp, defineOp, ForwardResult } from './apply';
import { cat, stack } from './join';
import { viewOf } from './views';

/** Each output's gradient, or zeros of that output's shape where none arrived. */
function definedGrads(c: BackwardContext): Tensor[] {
  return c.grads.map((g, i) => g ?? K.full(c.outputs[i]?.shape ?? [], 0, c.inputs[0].dtype));
}

function pieces(x: Tensor, dim: number, sizes: readonly number[], asViews: boolean): ForwardResult {
  let start = 0;
  const outs = sizes.map((len) => {
    const shape = [...x.shape];
    shape[dim] = len;
    const offset = x.offset + start * x.strides[dim];
    start += len;
    // unsafe_split: the same memory, but not a view for autograd (a fresh version counter, no base)
    return asViews ? viewOf(x, shape, x.strides, offset) : new Tensor(x.storage, offset, shape, x.strides, x.dtype);
  });
  return { out: outs[0], more: outs.slice(1) };
}

const sizesOf = (x: Tensor): number[] => [...x.shape];
const splitValues = (a: Record<string, unknown>, [x]: Tensor[]) => ({ dim: a.userDim, self_sizes: sizesOf(x), split_size: a.splitSize });
const splitWithSizesValues = (a: Record<string, unknown>, [x]: Tensor[]) => ({ dim: a.userDim, self_sizes: sizesOf(x), split_sizes: a.sizes });
const splitGrad = { self: { saves: [], fn: (_g: Tensor, c: BackwardContext) => cat(definedGrads(c), c.attrs.dim as number) } };

export const UNBIND = defineOp({
  name: 'unbind', node: 'UnbindBackward0', args: ['self'], view: true,
  forward: ([x], a) => {
    const d = a.dim as number;
    const outs = Array.from({ length: x.shape[d] }, (_, i) => viewOf(x, x.shape.filter((_s, k) => k !== d),
      x.strides.filter((_s, k) => k !== d), x.offset + i * x.strides[d]));
    return { out: outs[0], more: outs.slice(1) };
  },
  grads: { self: { saves: [], fn: (_g, c) => stack(definedGrads(c), c.attrs.dim as number) } },
  savedValues: (a) => ({ dim: a.userDim }),
});
export const SPLIT = defineOp({
  name: 'split', node: 'SplitBackward0', args: ['self'], view: true,
  forward: ([x], a) => pieces(x, a.dim as number, a.sizes as number[], true), grads: splitGrad, savedValues: splitValues,
});
export const SPLIT_WITH_SIZES = defineOp({
  name: 'split_with_sizes', node: 'SplitWithSizesBackward0', args: ['self'], view: true,
  forward: ([x], a) => pieces(x, a.dim as number, a.sizes as number[], true), grads: splitGrad, savedValues: splitWithSizesValues,
});
export const UNSAFE_SPLIT = defineOp({
  name: 'unsafe_split', node: 'UnsafeSplitBackward0', args: ['self'],
  forward: ([x], a) => pieces(x, a.dim as number, a.sizes as number[], false), grads: splitGrad, savedValues: splitValues,
});
export const UNSAFE_SPLIT_WITH_SIZES = defineOp({
  name: 'unsafe_split_with_sizes', node: 'UnsafeSplitWithSizesBackward0', args: ['self'],
  forward: ([x], a) => pieces(x, a.dim as number, a.sizes as number[], false), grads: splitGrad, savedValues: splitWithSizesValues,
});

const outputsOf = (r: ForwardResult): Tensor[] => [r.out, ...(r.more ?? [])];

export function unbind(x: Tensor, dim = 0): Tensor[] {
  if (x.ndim === 0) throw new TorchError('IndexError', 'Dimension specified as 0 but tensor has no dimensions');
  const d = wrapDim(dim, x.ndim);
  if (x.shape[d] === 0) return [];
  return outputsOf(applyOp(UNBIND, [x], { dim: d, userDim: dim }));
}

/** The sizes of split(split_size) along a dim of `dimSize` (the last piece takes the rest), with PyTorch's checks. */
function splitSizes(x: Tensor, splitSize: number, dim: number): number[] {
  if (x.ndim === 0) throw new TorchError('RuntimeError', 'split expects at least a 1-dimensional tensor');
  if (splitSize < 0) throw new TorchError('RuntimeError', `split expects split_size be non-negative, but got split_size=${splitSize}`);
  const dimSize = x.shape[wrapDim(dim, x.ndim)];
  if (splitSize === 0 && dimSize !== 0) {
    throw new TorchError('RuntimeError', `split_size can only be 0 if dimension size is 0, but got dimension size of ${dimSize}`);
  }
  const n = splitSize === 0 ? 1 : Math.max(Math.ceil(dimSize / splitSize), 1);
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? splitSize : splitSize - (splitSize * n - dimSize)));
}

function checkSizes(x: Tensor, sizes: readonly number[], dim: number): void {
  if (x.ndim === 0) throw new TorchError('RuntimeError', 'split expects at least a 1-dimensional tensor');
  const dimSize = x.shape[wrapDim(dim, x.ndim)];
  if (sizes.some((s) => s < 0)) {
    throw new TorchError('RuntimeError', `split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=[${sizes.join(', ')}]`);
  }
  if (sizes.reduce((a, b) => a + b, 0) !== dimSize) {
    throw new TorchError('RuntimeError', `split_with_sizes expects split_sizes to sum exactly to ${dimSize} (input tensor's size at dimension ${dim}), but got split_sizes=[${sizes.join(', ')}]`);
  }
}

/** x.split(split_size, dim) (SplitBackward0); `unsafe`: unsafe_split (UnsafeSplitBackward0). */
export function split(x: Tensor, splitSize: number, dim = 0, unsafe = false): Tensor[] {
  const sizes = splitSizes(x, splitSize, dim);
  return outputsOf(applyOp(unsafe ? UNSAFE_SPLIT : SPLIT, [x], { dim: wrapDim(dim, x.ndim), sizes, splitSize, userDim: dim }));
}

/** x.split_with_sizes(sizes, dim) (SplitWithSizesBackward0); `unsafe`: unsafe_split_with_sizes. */
export function split_with_sizes(x: Tensor, sizes: readonly number[], dim = 0, unsafe = false): Tensor[] {
  checkSizes(x, sizes, dim);
  if (sizes.length === 0) return [];
  return outputsOf(applyOp(unsafe ? UNSAFE_SPLIT_WITH_SIZES : SPLIT_WITH_SIZES, [x], { dim: wrapDim(dim, x.ndim), sizes: [...sizes], userDim: dim }));
}

/** x.chunk(chunks, dim): split into pieces of ceil(size / chunks); an empty dim gives `chunks` empty pieces. */
export function chunk(x: Tensor, chunks: number, dim = 0, unsafe = false): Tensor[] {
  if (x.ndim === 0) throw new TorchError('RuntimeError', 'chunk expects at least a 1-dimensional tensor');
  if (chunks <= 0) throw new TorchError('RuntimeError', `chunk expects \`chunks\` to be greater than 0, got: ${chunks}`);
  const dimSize = x.shape[wrapDim(dim, x.ndim)];
  const splitSize = Math.ceil(dimSize / chunks);
  if (splitSize === 0 && dimSize === 0) return split_with_sizes(x, new Array<number>(chunks).fill(0), dim, unsafe);
  return split(x, splitSize, dim, unsafe);
}
