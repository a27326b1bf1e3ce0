// cat and stack. CatBackward0 hands each input the slice of the gradient it contributed.
import { BackwardContext } from '../autograd/node';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { promoteTypes } from '../promote';
import { channelsLastStrides, contiguousStrides, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, followsInput, OpDef, OutputFormat } from './apply';
import { sum } from './reduce';
import { reshape, slice, squeeze, viewOf } from './views';

/** A cat/stack entry for n inputs (the table is keyed by arity because each input is an argument). */
function catDef(node: 'CatBackward0' | 'StackBackward0', n: number): OpDef {
  const args = Array.from({ length: n }, (_, i) => `t${i}`);
  const grads = Object.fromEntries(args.map((a, i) => [a, {
    saves: [],
    fn: (g: Tensor, c: BackwardContext) => {
      const dim = c.attrs.dim as number, starts = c.attrs.starts as number[], sizes = c.attrs.sizes as number[];
      const shape = c.inputs[i].shape;
      if (shape.length === 1 && shape[0] === 0 && g.ndim !== 1) return K.full(shape, 0, g.dtype);   // a skipped empty input
      const part = slice(g, dim, starts[i], starts[i] + sizes[i]);
      return node === 'StackBackward0' ? squeeze(part, dim) : part;
    },
  }]));
  return defineOp({
    name: node === 'CatBackward0' ? 'cat' : 'stack', node, args,
    format: node === 'CatBackward0' ? catFormat : undefined,
    forward: (inputs, a) => {
      const dim = a.dim as number;
      const parts = node === 'StackBackward0' ? inputs.map((t) => K.unsqueezeView(t, dim)) : inputs;
      const ref = parts.find((t) => !(t.ndim === 1 && t.shape[0] === 0)) ?? parts[0];
      const shape = [...ref.shape];
      shape[dim] = parts.reduce((s, t) => s + (t.ndim === 1 && t.shape[0] === 0 && ref.ndim !== 1 ? 0 : t.shape[dim]), 0);
      const dtype = inputs.map((t) => t.dtype).reduce(promoteTypes);
      const strides = node === 'StackBackward0' ? stackStrides(inputs, dim) : null;
      const out = strides ? Tensor.emptyStrided(shape, strides, dtype) : K.empty(shape, dtype);
      let at = 0;
      for (const t of parts) {
        if (t.ndim === 1 && t.shape[0] === 0 && ref.ndim !== 1) continue;
        const region = K.narrow(out, dim, at, t.shape[dim]);
        K.copyInto(region, t);
        region.free();
        at += t.shape[dim];
      }
      if (node === 'StackBackward0') parts.forEach((p) => p.free());
      return out;
    },
    grads,
  });
}
/** ATen's cat compute_output_memory_format: the inputs' common suggested format, else contiguous (null: as is). */
function catFormat(inputs: Tensor[]): OutputFormat | null {
  let format: OutputFormat | null = null;
  for (const t of inputs) {
    const f = followsInput([t]);
    if (f === 'contiguous') return null;
    if (format !== null && format !== f) return null;
    format = f;
  }
  return format;
}
/**
 * The layout of torch.stack's result: ATen stacks along an existing dim as `cat(tensors, dim).view(sizes)`, so
 * channels_last inputs give cat's channels_last layout with the dim split in two; null: row-major.
 */
function stackStrides(inputs: Tensor[], dim: number): number[] | null {
  if (dim >= inputs[0].ndim) return null;
  const f = catFormat(inputs);
  if (f === null || f === 'contiguous') return null;
  const catShape = [...inputs[0].shape];
  catShape[dim] *= inputs.length;
  const st = channelsLastStrides(catShape);
  return [...st.slice(0, dim), st[dim] * inputs[0].shape[dim], st[dim], ...st.slice(dim + 1)];
}
const defs = new Map<string, OpDef>();
function defFor(node: 'CatBackward0' | 'StackBackward0', n: number): OpDef {
  const key = `${node}/${n}`;
  let d = defs.get(key);
  if (!d) { d = catDef(node, n); defs.set(key, d); }
  return d;
}

export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw new TorchError('RuntimeError', 'torch.cat(): expected a non-empty list of Tensors');
  // Legacy behaviour kept by PyTorch: 1-D empty tensors are skipped.
  const ref = tensors.find((t) => !(t.ndim === 1 && t.shape[0] === 0)) ?? tensors[0];
  const d = wrapDim(dim, ref.ndim);
  tensors.forEach((t, i) => {
    if (t.ndim === 1 && t.shape[0] === 0) return;
    if (t.ndim !== ref.ndim) throw new TorchError('RuntimeError', `Tensors must have same number of dimensions: got ${ref.ndim} and ${t.ndim}`);
    for (let k = 0; k < ref.ndim; k++) {
      if (k !== d && t.shape[k] !== ref.shape[k]) {
        throw new TorchError('RuntimeError', `Sizes of tensors must match except in dimension ${d}. Expected size ${ref.shape[k]} but got size ${t.shape[k]} for tensor number ${i} in the list.`);
      }
    }
  });
  const skip = (t: Tensor) => t.ndim === 1 && t.shape[0] === 0 && ref.ndim !== 1;
  const sizes = tensors.map((t) => (skip(t) ? 0 : t.shape[d]));
  const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
  return apply(defFor('CatBackward0', tensors.length), [...tensors], { dim: d, sizes, starts });
}

export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw new TorchError('RuntimeError', 'stack expects a non-empty TensorList');
  const ref = tensors[0];
  tensors.forEach((t, i) => {
    if (t.ndim !== ref.ndim || t.shape.some((s, k) => s !== ref.shape[k])) {
      throw new TorchError('RuntimeError', `stack expects each tensor to be equal size, but got [${ref.shape.join(', ')}] at entry 0 and [${t.shape.join(', ')}] at entry ${i}`);
    }
  });
  const d = wrapDim(dim, ref.ndim + 1);
  const sizes = tensors.map(() => 1);
  return apply(defFor('StackBackward0', tensors.length), [...tensors], { dim: d, sizes, starts: sizes.map((_, i) => i) });
}

// --- repeat (RepeatBackward0): the input tiled `repeats` times along each dim (leading new dims for extra counts)
// as one fresh tensor; the gradient sums the tiles: grad viewed as [r0, s0, r1, s1, ...] summed over the r dims.
export const REPEAT = defineOp({
  name: 'repeat', node: 'RepeatBackward0', args: ['self'],
  forward: ([x], a) => {
    const reps = a.repeats as number[];
    const padded = [...new Array<number>(reps.length - x.ndim).fill(1), ...x.shape];
    const lead = reps.length - x.ndim;
    const inter: number[] = [], strides: number[] = [], final: number[] = [];
    reps.forEach((r, d) => {
      inter.push(r, padded[d]);
      strides.push(0, d < lead ? 0 : x.strides[d - lead]);
      final.push(r * padded[d]);
    });
    // a stride-0 view over x's storage (no view of x in autograd's sense: x is not freed with it), copied dense
    const tiled = viewOf(x, inter, strides);
    const dense = K.copyOf(tiled, x.dtype);
    return new Tensor(dense.storage, 0, final, contiguousStrides(final), x.dtype);
  },
  grads: {
    self: {
      saves: [], fn: (g, c) => {
        const reps = c.attrs.repeats as number[], shape = c.inputs[0].shape;
        const padded = [...new Array<number>(reps.length - shape.length).fill(1), ...shape];
        const parts = reshape(g, reps.flatMap((r, d) => [r, padded[d]]));
        return reshape(sum(parts, reps.map((_, d) => 2 * d)), shape);
      },
    },
  },
});
export function repeat(x: Tensor, repeats: readonly number[]): Tensor {
  if (repeats.length < x.ndim) {
    throw new TorchError('RuntimeError', 'Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor');
  }
  const padded = [...new Array<number>(repeats.length - x.ndim).fill(1), ...x.shape];
  const final = repeats.map((r, d) => r * padded[d]);
  const neg = final.find((s) => s < 0);
  if (neg !== undefined) throw new TorchError('RuntimeError', `Trying to create tensor with negative dimension ${neg}: [${final.join(', ')}]`);
  return apply(REPEAT, [x], { repeats: [...repeats] });
}
