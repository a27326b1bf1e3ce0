// rot90 (Rot90Backward0) and masked_scatter (MaskedScatterBackward0), as ATen computes and lays them out.
import { itemSize } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { broadcastShapes, broadcastStrides, numel, wrapDim } from '../shape';
import { Tensor, tidy } from '../tensor';
import { apply, applyInplace, defineOp, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { diagonal } from './diagonal';
import { index_add, index_fill, index_select, masked_fill } from './gather';
import { index, index_put_ } from './indexing';
import { cat } from './join';
import { checkDot, dot, reshaped } from './linalg';
import { div, mul } from './pointwise';
import { sumToSize } from './reduce';
import { flip } from './triangular';
import { clone, reshape, viewDef, viewOf } from './views';

// --- rot90 ------------------------------------------------------------------------------------------------------------
// ATen: k = 0 is a contiguous clone, k = 2 flips both dims, k = 1 (3) flips dims[1] (dims[0]) and transposes the
// flipped tensor in place, so the result has the flip's strides swapped (not contiguous). Backward: rot90(-k).
export const ROT90 = defineOp({
  name: 'rot90', node: 'Rot90Backward0', args: ['self'],
  forward: ([x], a) => {
    const k = a.k as number, [d0, d1] = a.dims as number[];
    if (k === 0) return clone(x);
    if (k === 2) return flip(x, [d0, d1]);
    const f = flip(x, [k === 1 ? d1 : d0]);
    const shape = [...f.shape], strides = [...f.strides];
    [shape[d0], shape[d1]] = [shape[d1], shape[d0]];
    [strides[d0], strides[d1]] = [strides[d1], strides[d0]];
    return new Tensor(f.storage, f.offset, shape, strides, f.dtype);
  },
  grads: { self: { saves: [], fn: (g, c) => rot90(g, -(c.attrs.k as number), c.attrs.dims as number[]) } },
});
export function rot90(x: Tensor, k = 1, dims: readonly number[] = [0, 1]): Tensor {
  const n = x.ndim;
  if (dims.length !== 2) throw new TorchError('RuntimeError', `expected total rotation dims == 2, but got dims = ${dims.length}`);
  if (n < 2) throw new TorchError('RuntimeError', `expected total dims >= 2, but got total dims = ${n}`);
  const [a, b] = dims;
  if (a === b || Math.abs(a - b) === n) {
    throw new TorchError('RuntimeError', `expected rotation dims to be different, but got dim0 = ${a} and dim1 = ${b}`);
  }
  if (a >= n || a < -n) throw new TorchError('RuntimeError', `Rotation dim0 out of range, dim0 = ${a}`);
  if (b >= n || b < -n) throw new TorchError('RuntimeError', `Rotation dim1 out of range, dim1 = ${b}`);
  return apply(ROT90, [x], { k: ((k % 4) + 4) % 4, dims: [wrapDim(a, n), wrapDim(b, n)] });
}

// --- masked_scatter ---------------------------------------------------------------------------------------------------
// self with the elements where mask (broadcast to self's shape) is true replaced, in row-major order, by the first
// elements of source. Gradients: self's where the mask is false; source's first count elements get the masked
// gradient, the rest zero (masked_scatter_backward).
export const MASKED_SCATTER = defineOp({
  name: 'masked_scatter', node: 'MaskedScatterBackward0', args: ['self', 'source'],
  forward: ([x, src], a) => {
    const mask = a.mask as Tensor, count = a.count as number;
    const out = clone(x, 'preserve');
    if (count > 0) {
      const flat = K.copyOf(src, src.dtype);   // (plain tensors over storage: no views of the inputs in autograd's sense)
      index_put_(out, [mask], viewOf(flat, [count], [1]));
    }
    return out;
  },
  grads: {
    self: { saves: [], fn: (g, c) => masked_fill(g, c.attrs.mask as Tensor, 0) },
    source: {
      saves: [], fn: (g, c) => {
        const shape = c.inputs[1].shape, total = numel(shape), count = c.attrs.count as number;
        const picked = index(g, [c.attrs.mask as Tensor]);
        const flat = count < total ? cat([picked, K.full([total - count], 0, g.dtype)], 0) : picked;
        return reshape(flat, shape);
      },
    },
  },
});
function maskedScatterArgs(x: Tensor, mask: Tensor, src: Tensor): { mask: Tensor; count: number } {
  if (x.dtype !== src.dtype) {
    throw new TorchError('RuntimeError', `masked_scatter: expected self and source to have same dtypes but got${scalarTypeName(x.dtype)} and ${scalarTypeName(src.dtype)}`);
  }
  const m = mask.dtype === 'bool' ? mask : K.compare('ne', mask, K.full([], 0, mask.dtype), 'bool');
  broadcastShapes(m.shape, x.shape);   // PyTorch names the mask tensor a in the error
  const full = K.copyOf(viewOf(m, [...x.shape], broadcastStrides(m.shape, m.strides, x.shape)), 'bool');
  const count = K.reduce('sum', K.cast(full, 'int64'), null, false).toArray()[0];
  if (count > src.numel()) throw new TorchError('RuntimeError', 'Number of elements of source < number of ones in mask');
  return { mask: full, count };
}
export function masked_scatter(x: Tensor, mask: Tensor, src: Tensor): Tensor {
  return apply(MASKED_SCATTER, [x, src], maskedScatterArgs(x, mask, src));
}
export function masked_scatter_(x: Tensor, mask: Tensor, src: Tensor): Tensor {
  return applyInplace(MASKED_SCATTER, [x, src], maskedScatterArgs(x, mask, src));
}

/** x broadcast to `shape` as a plain tensor over x's storage (no view in autograd's sense: x is not freed with it). */
function broadcastOver(x: Tensor, shape: readonly number[]): Tensor {
  return viewOf(x, [...shape], broadcastStrides(x.shape, x.strides, shape));
}
/** x's elements in row-major order as a 1-d plain tensor (x's storage when x is contiguous, else a copy). */
function flatOf(x: Tensor): Tensor {
  const dense = x.is_contiguous() ? x : K.copyOf(x, x.dtype);
  return viewOf(dense, [x.numel()], [1], dense.offset);
}

// --- masked_select ----------------------------------------------------------------------------------------------------
// The elements of self (broadcast with mask) where the mask is true, as a 1-d tensor. MaskedSelectBackward0: the
// gradient scattered back into zeros of the broadcast shape, summed to self's shape.
export const MASKED_SELECT = defineOp({
  name: 'masked_select', node: 'MaskedSelectBackward0', args: ['self'],
  forward: ([x], a) => index(broadcastOver(x, a.shape as number[]), [a.mask as Tensor]),
  grads: {
    self: {
      saves: [], fn: (g, c) => {
        const shape = c.attrs.shape as number[], mask = c.attrs.mask as Tensor;
        const full = masked_scatter(K.full(shape, 0, g.dtype), mask, g);
        return sumToSize(full, c.inputs[0].shape);
      },
    },
  },
});
export function masked_select(x: Tensor, mask: Tensor): Tensor {
  if (mask.dtype !== 'bool') throw new TorchError('RuntimeError', 'masked_select: expected BoolTensor or ByteTensor for mask');
  const shape = broadcastShapes(mask.shape, x.shape);   // (PyTorch names the mask tensor a in the error)
  const full = K.copyOf(broadcastOver(mask, shape), 'bool');
  return apply(MASKED_SELECT, [x], { mask: full, shape });
}

// --- take -------------------------------------------------------------------------------------------------------------
// self viewed as 1-d, indexed by `index` (negative counts from the end); the result has index's shape.
// TakeBackward0: the gradient added into zeros at those positions (repeated indices accumulate).
export const TAKE = defineOp({
  name: 'take', node: 'TakeBackward0', args: ['self'],
  forward: ([x], a) => reshaped(index(flatOf(x), [a.index as Tensor]), [...(a.index as Tensor).shape]),
  grads: {
    self: {
      saves: [], fn: (g, c) => {
        const shape = c.inputs[0].shape, idx = c.attrs.index as Tensor;
        const flat = index_add(K.full([numel(shape)], 0, g.dtype), 0, reshape(idx, [-1]), reshape(g, [-1]));
        return reshape(flat, shape);
      },
    },
  },
});
export function take(x: Tensor, idx: Tensor): Tensor {
  if (idx.dtype !== 'int64') throw new TorchError('RuntimeError', `take(): Expected a long tensor for index, but got ${scalarTypeName(idx.dtype)}`);
  const n = x.numel(), v = idx.toArray();
  const bad = v.find((i) => i < -n || i >= n);
  if (bad !== undefined) throw new TorchError('IndexError', `out of range: tried to access index ${bad} on a tensor of ${n} elements.`);
  const wrapped = fromValues(idx.shape, Array.from(v, (i) => (i < 0 ? i + n : i)), 'int64');
  return apply(TAKE, [x], { index: wrapped });
}

// --- vdot (real tensors: dot) -----------------------------------------------------------------------------------------
export const VDOT = defineOp({
  name: 'vdot', node: 'VdotBackward0', args: ['self', 'other'],
  forward: ([a, b]) => dot(a, b),
  grads: {
    self: { saves: ['other'], fn: (g, c) => mul(g, c.saved('other')) },
    other: { saves: ['self'], fn: (g, c) => mul(g, c.saved('self')) },
  },
});
export function vdot(a: Tensor, b: Tensor): Tensor {
  checkDot(a, b);
  return apply(VDOT, [a, b]);
}

// --- diag_embed -------------------------------------------------------------------------------------------------------
/** The (offset) diagonal of x over dims d1, d2 as a plain tensor on x's storage, that diagonal last. */
function diagonalOver(x: Tensor, offset: number, d1: number, d2: number): Tensor {
  const len = Math.max(0, Math.min(x.shape[d1] + Math.min(offset, 0), x.shape[d2] - Math.max(offset, 0)));
  const start = x.offset + (offset >= 0 ? offset * x.strides[d2] : -offset * x.strides[d1]);
  const shape: number[] = [], strides: number[] = [];
  x.shape.forEach((s, d) => { if (d !== d1 && d !== d2) { shape.push(s); strides.push(x.strides[d]); } });
  return viewOf(x, [...shape, len], [...strides, x.strides[d1] + x.strides[d2]], start);
}
// Each last-dim vector of input placed on the (offset) diagonal of new dims dim1, dim2 (zeros elsewhere).
// DiagEmbedBackward0: that diagonal of the gradient.
export const DIAG_EMBED = defineOp({
  name: 'diag_embed', node: 'DiagEmbedBackward0', args: ['self'],
  forward: ([x], a) => {
    const offset = a.offset as number, d1 = a.dim1 as number, d2 = a.dim2 as number;
    const n = x.shape[x.ndim - 1] + Math.abs(offset);
    const shape: number[] = [];
    const rest = x.shape.slice(0, -1);
    for (let d = 0, r = 0; d < x.ndim + 1; d++) shape.push(d === d1 || d === d2 ? n : rest[r++]);
    const out = K.full(shape, 0, x.dtype);
    K.copyInto(diagonalOver(out, offset, d1, d2), x);
    return out;
  },
  grads: { self: { saves: [], fn: (g, c) => diagonal(g, c.attrs.offset as number, c.attrs.dim1 as number, c.attrs.dim2 as number) } },
});
export function diag_embed(x: Tensor, offset = 0, dim1 = -2, dim2 = -1): Tensor {
  const nd = x.ndim + 1;
  const d1 = wrapDim(dim1, nd), d2 = wrapDim(dim2, nd);
  if (d1 === d2) throw new TorchError('RuntimeError', `diagonal dimensions cannot be identical ${dim1}, ${dim2}`);
  return apply(DIAG_EMBED, [x], { offset, dim1: d1, dim2: d2 });
}

// --- index_copy -------------------------------------------------------------------------------------------------------
// self with the slices at `index` along dim replaced by source's. IndexCopyBackward0: self's gradient with those
// slices zeroed, source's the gradient's slices at index.
export const INDEX_COPY = defineOp({
  name: 'index_copy', node: 'IndexCopyBackward0', args: ['self', 'source'],
  forward: ([x, src], a) => {
    const out = clone(x, 'preserve'), d = a.dim as number;
    // (out[:, ..., index] = source writes through a slice view of out, freed at the inner tidy's end: out is owned
    // meanwhile, so that does not free it; src is seen as 1-d over its storage for a 0-d source)
    out.retain();
    try {
      const s = src.ndim === 0 ? viewOf(src, [1], [1]) : src;
      if ((a.index as Tensor).numel() > 0) tidy(() => index_put_(out, [...new Array(d).fill({}), a.index as Tensor], s));
    } finally { out.disown(); }
    return out;
  },
  grads: {
    self: { saves: [], fn: (g, c) => index_fill(g, c.attrs.dim as number, c.attrs.index as Tensor, 0) },
    source: {
      saves: [], fn: (g, c) => {
        const r = index_select(g, c.attrs.dim as number, c.attrs.index as Tensor);
        return c.inputs[1].shape.length === 0 ? reshape(r, []) : r;
      },
    },
  },
});
function indexCopyArgs(x: Tensor, dim: number, idx: Tensor, src: Tensor): Record<string, unknown> {
  const d = wrapDim(dim, Math.max(x.ndim, 1));
  if (idx.dtype !== 'int64') throw new TorchError('IndexError', 'index_copy_(): Expected a long tensor for index, but got ' + scalarTypeName(idx.dtype));
  if (idx.ndim > 1) throw new TorchError('IndexError', 'index_copy_(): Index should have dimension 1 or 0 (got ' + idx.ndim + ')');
  if (x.dtype !== src.dtype) {
    throw new TorchError('RuntimeError', `index_copy_(): self and source expected to have the same dtype, but got (self) ${scalarTypeName(x.dtype)} and (source) ${scalarTypeName(src.dtype)}`);
  }
  const n = idx.numel(), srcSize = src.ndim === 0 ? 1 : src.shape[d];
  if (n !== srcSize) throw new TorchError('IndexError', `index_copy_(): Number of indices (${n}) should be equal to source.size(dim) (${srcSize})`);
  const size = x.ndim === 0 ? 1 : x.shape[d];
  const bad = idx.toArray().find((i) => i < 0 || i >= size);
  if (bad !== undefined) throw new TorchError('IndexError', `index_copy_(): index ${bad} is out of bounds for dimension ${d} with size ${size}`);
  return { dim: d, index: idx };
}
export function index_copy(x: Tensor, dim: number, idx: Tensor, src: Tensor): Tensor {
  return apply(INDEX_COPY, [x, src], indexCopyArgs(x, dim, idx, src));
}
export function index_copy_(x: Tensor, dim: number, idx: Tensor, src: Tensor): Tensor {
  return applyInplace(INDEX_COPY, [x, src], indexCopyArgs(x, dim, idx, src));
}

// --- as_strided -------------------------------------------------------------------------------------------------------
/** The storage positions of a geometry's elements, row-major. */
function positions(shape: readonly number[], strides: readonly number[], offset: number): number[] {
  const out: number[] = [];
  const walk = (d: number, pos: number): void => {
    if (d === shape.length) { out.push(pos); return; }
    for (let i = 0; i < shape[d]; i++) walk(d + 1, pos + i * strides[d]);
  };
  walk(0, offset);
  return out;
}
// A view of self's storage with any sizes, strides and offset. AsStridedBackward0 (as_strided_backward): the
// gradient added up per storage position (overlapping output elements sum), then read back at self's positions,
// divided among self's elements that share a position. Built from index_add and index_select, so differentiable.
export const AS_STRIDED_VIEW = viewDef('as_strided', 'AsStridedBackward0',
  (x, a) => viewOf(x, a.size as number[], a.stride as number[], a.offset as number),
  (g, c) => {
    const a = c.attrs, inShape = c.inputs[0].shape;
    const outPos = positions(a.size as number[], a.stride as number[], a.offset as number);
    const inPos = positions(inShape, a.inStrides as number[], a.inOffset as number);
    const span = Math.max(0, ...outPos, ...inPos) + 1;
    const buf = index_add(K.full([span], 0, g.dtype), 0, fromValues([outPos.length], outPos, 'int64'), reshape(g, [-1]));
    let r = index_select(buf, 0, fromValues([inPos.length], inPos, 'int64'));
    const count = new Map<number, number>();
    for (const p of inPos) count.set(p, (count.get(p) ?? 0) + 1);
    if (inPos.some((p) => count.get(p)! > 1)) r = div(r, fromValues([inPos.length], inPos.map((p) => count.get(p)!), g.dtype));
    return reshape(r, inShape);
  });
export function as_strided(x: Tensor, size: readonly number[], stride: readonly number[], storageOffset: number | null = null): Tensor {
  if (size.length !== stride.length) throw new TorchError('RuntimeError', 'mismatch in length of strides and shape');
  const offset = storageOffset ?? x.offset;
  if (offset < 0) throw new TorchError('RuntimeError', `Tensor: invalid storage offset ${offset}`);
  if (size.some((s) => s < 0)) {
    throw new TorchError('RuntimeError', `Storage size calculation overflowed with sizes=[${size.join(', ')}] and strides=[${stride.join(', ')}]`);
  }
  const item = itemSize(x.dtype);
  const needed = size.some((s) => s === 0) ? 0 : (offset + size.reduce((acc, s, i) => acc + (s - 1) * stride[i], 0) + 1) * item;
  if (needed > x.storage.numel * item) {
    throw new TorchError('RuntimeError', `setStorage: sizes [${size.join(', ')}], strides [${stride.join(', ')}], storage offset ${offset}, and itemsize ${item} requiring a storage size of ${needed} are out of bounds for storage of size ${x.storage.numel * item}`);
  }
  return apply(AS_STRIDED_VIEW, [x], { size: [...size], stride: [...stride], offset, inStrides: [...x.strides], inOffset: x.offset });
}
