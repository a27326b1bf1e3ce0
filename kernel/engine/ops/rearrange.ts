// rot90 (Rot90Backward0) and masked_scatter (MaskedScatterBackward0), as ATen computes and lays them out.
import { isFloating, itemSize } from '../dtype';
import { TorchError, warn } from '../errors';
import * as K from '../kernels';
import { broadcastShapes, broadcastStrides, numel, wrapDim } from '../shape';
import { Tensor, tidy } from '../tensor';
import { apply, applyInplace, defineOp, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { diagonal } from './diagonal';
import { checkScatter, gather, index_add, index_fill, index_select, masked_fill, scatter_add } from './gather';
import { index, index_put_ } from './indexing';
import { cat } from './join';
import { checkDot, dot, reshaped } from './linalg';
import { add, div, eq, mul, where, zerosLikeT } from './pointwise';
import { sumToSize } from './reduce';
import { flip } from './triangular';
import { clone, regionOf, reshape, select, slice, viewDef, viewOf } from './views';

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
  forward: ([x], a) => K.compress(broadcastOver(x, a.shape as number[]), a.mask as Tensor),
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
  const n = x.numel(), ic = K.contiguousAs(idx);
  const bad = K.badIndex(ic, n, true);
  if (bad !== null) throw new TorchError('IndexError', `out of range: tried to access index ${bad} on a tensor of ${n} elements.`);
  if (K.badIndex(ic, n, false) === null) return apply(TAKE, [x], { index: ic });   // (no negative index)
  const wrapped = fromValues(idx.shape, Array.from(ic.toArray(), (i) => (i < 0 ? i + n : i)), 'int64');
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
      const idx = a.index as Tensor, i1 = idx.ndim === 0 ? viewOf(idx, [1], [1]) : idx;   // (a 0-d index is one index)
      if (idx.numel() > 0) tidy(() => index_put_(out, [...new Array(d).fill({}), i1], s.ndim < out.ndim ? viewOf(s, [1, ...s.shape], [0, ...s.strides]) : s));
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

// --- select_scatter / slice_scatter / diagonal_scatter ------------------------------------------------------------------
// self with one region (a selected index, a slice, a diagonal) replaced by src. The gradient of self is the
// gradient with that region zeroed (the same op with zeros), src's the region of the gradient.
type ScatterRegion = { kind: 'select'; dim: number; index: number } | { kind: 'slice'; dim: number; start: number; end: number; step: number }
  | { kind: 'diagonal'; offset: number; dim1: number; dim2: number };
function regionOver(x: Tensor, r: ScatterRegion): Tensor {
  if (r.kind === 'diagonal') return diagonalOver(x, r.offset, r.dim1, r.dim2);
  return regionOf(x, r.kind === 'select' ? r : { ...r });
}
function regionView(g: Tensor, r: ScatterRegion): Tensor {
  if (r.kind === 'select') return select(g, r.dim, r.index);
  if (r.kind === 'slice') return slice(g, r.dim, r.start, r.end, r.step);
  return diagonal(g, r.offset, r.dim1, r.dim2);
}
function scatterRegionOp(kind: ScatterRegion['kind'], node: string) {
  return defineOp({
    name: kind + '_scatter', node, args: ['self', 'src'],
    forward: ([x, src], a) => {
      const out = clone(x, 'preserve');
      const region = regionOver(out, a.region as ScatterRegion);
      K.copyInto(region, src);
      region.free();
      return out;
    },
    grads: {
      self: { saves: [], fn: (g, c) => scatterRegion(g, K.full(c.inputs[1].shape, 0, g.dtype), c.attrs.region as ScatterRegion) },
      src: { saves: [], fn: (g, c) => regionView(g, c.attrs.region as ScatterRegion) },
    },
  });
}
const SCATTER_REGION = {
  select: scatterRegionOp('select', 'SelectScatterBackward0'),
  slice: scatterRegionOp('slice', 'SliceScatterBackward0'),
  diagonal: scatterRegionOp('diagonal', 'DiagonalScatterBackward0'),
};
function scatterRegion(x: Tensor, src: Tensor, r: ScatterRegion): Tensor {
  const probe = regionOver(x, r);
  const shape = [...probe.shape];
  probe.free();
  if (shape.length !== src.ndim || shape.some((s, i) => s !== src.shape[i])) {
    throw new TorchError('RuntimeError', `expected src to have a size equal to the slice of self. src size = [${src.shape.join(', ')}], slice size = [${shape.join(', ')}]`);
  }
  return apply(SCATTER_REGION[r.kind], [x, src], { region: r });
}
export function select_scatter(x: Tensor, src: Tensor, dim: number, index: number): Tensor {
  if (x.ndim === 0) throw new TorchError('IndexError', 'select() cannot be applied to a 0-dim tensor.');
  const d = wrapDim(dim, x.ndim), size = x.shape[d];
  if (index < -size || index >= size) {
    throw new TorchError('IndexError', `select(): index ${index} out of range for tensor of size [${x.shape.join(', ')}] at dimension ${d}`);
  }
  return scatterRegion(x, src, { kind: 'select', dim: d, index: index < 0 ? index + size : index });
}
export function slice_scatter(x: Tensor, src: Tensor, dim = 0, start: number | null = null, end: number | null = null, step = 1): Tensor {
  if (step <= 0) throw new TorchError('RuntimeError', 'slice step must be positive');
  const d = wrapDim(dim, x.ndim), size = x.shape[d];
  const norm = (v: number | null, dflt: number): number => (v === null ? dflt : Math.min(Math.max(v < 0 ? v + size : v, 0), size));
  const s = norm(start, 0), e = Math.max(norm(end, size), s);
  return scatterRegion(x, src, { kind: 'slice', dim: d, start: s, end: e, step });
}
export function diagonal_scatter(x: Tensor, src: Tensor, offset = 0, dim1 = 0, dim2 = 1): Tensor {
  const d1 = wrapDim(dim1, x.ndim), d2 = wrapDim(dim2, x.ndim);
  if (d1 === d2) throw new TorchError('RuntimeError', `diagonal dimensions cannot be identical ${dim1}, ${dim2}`);
  return scatterRegion(x, src, { kind: 'diagonal', offset, dim1: d1, dim2: d2 });
}

// --- scatter_reduce (sum, prod, mean, amax, amin; include_self) ---------------------------------------------------------
// ATen's CPU loop visits the index in row-major order, so each target combines its values in that order (in the
// dtype's arithmetic: float32 sums round at each step). mean divides by the count (self included when
// include_self), floor-dividing integers. ScatterReduceBackward0 as derivatives.yaml's scatter_reduce_backward:
// sum/mean pass the gradient (÷ count), prod the product of the other factors, amax/amin split it among ties.
type Reduce = 'sum' | 'prod' | 'mean' | 'amax' | 'amin';
interface ScatterPlan { targets: number[]; sources: number[]; touched: Uint8Array }
function scatterPlan(xShape: readonly number[], index: Tensor, src: Tensor, dim: number): ScatterPlan {
  const iv = index.toArray(), ishape = index.shape.length ? index.shape : [1];
  const xs = xShape.length ? xShape : [1], sshape = src.shape.length ? src.shape : [1];
  const xStr = contiguousStridesOf(xs), sStr = contiguousStridesOf(sshape);
  const targets: number[] = [], sources: number[] = [], touched = new Uint8Array(numel(xs));
  const coord = new Array<number>(ishape.length).fill(0);
  for (let k = 0; k < iv.length; k++) {
    let t = 0, s = 0;
    for (let d = 0; d < ishape.length; d++) { t += (d === dim ? iv[k] : coord[d]) * xStr[d]; s += coord[d] * sStr[d]; }
    targets.push(t); sources.push(s); touched[t] = 1;
    for (let d = ishape.length - 1; d >= 0; d--) { if (++coord[d] < ishape[d]) break; coord[d] = 0; }
  }
  return { targets, sources, touched };
}
const contiguousStridesOf = (shape: readonly number[]): number[] => {
  const st = new Array<number>(shape.length);
  for (let d = shape.length - 1, acc = 1; d >= 0; d--) { st[d] = acc; acc *= shape[d]; }
  return st;
};
const IDENTITY: Record<Reduce, number> = { sum: 0, mean: 0, prod: 1, amax: -Infinity, amin: Infinity };
export const SCATTER_REDUCE_TWO = defineOp({
  name: 'scatter_reduce', node: 'ScatterReduceBackward0', args: ['self', 'src'],
  forward: ([x, src], a) => {
    const reduce = a.reduce as Reduce, include = a.includeSelf as boolean, plan = a.plan as ScatterPlan;
    const r = x.dtype === 'float32' ? Math.fround : x.dtype === 'float64' ? (v: number): number => v : Math.trunc;
    const out = x.toArray(), sv = src.toArray(), count = new Float64Array(out.length).fill(include ? 1 : 0);
    if (!include) plan.touched.forEach((t, i) => { if (t) out[i] = IDENTITY[reduce]; });
    for (let k = 0; k < plan.targets.length; k++) {
      const t = plan.targets[k], v = sv[plan.sources[k]];
      count[t]++;
      if (reduce === 'sum' || reduce === 'mean') out[t] = r(out[t] + v);
      else if (reduce === 'prod') out[t] = r(out[t] * v);
      else if (Number.isNaN(v) || Number.isNaN(out[t])) out[t] = NaN;
      else out[t] = reduce === 'amax' ? Math.max(out[t], v) : Math.min(out[t], v);
    }
    if (reduce === 'mean') {
      for (let i = 0; i < out.length; i++) {
        const n = Math.max(count[i], 1);
        out[i] = isFloating(x.dtype) ? r(out[i] / n) : Math.floor(out[i] / n);
      }
    }
    return fromValues(x.shape, out, x.dtype);
  },
  grads: {
    self: { saves: ['self', 'result'], fn: (g, c) => scatterReduceGrad(g, c, 'self') },
    src: { saves: ['self', 'src', 'result'], fn: (g, c) => scatterReduceGrad(g, c, 'src') },
  },
});
function scatterReduceGrad(g: Tensor, c: import('../autograd/node').BackwardContext, which: 'self' | 'src'): Tensor {
  const a = c.attrs, reduce = a.reduce as Reduce, include = a.includeSelf as boolean, plan = a.plan as ScatterPlan;
  const dim = a.dim as number, index = a.index as Tensor;
  const touched = fromValues(c.inputs[0].shape, Array.from(plan.touched), 'bool');
  const srcShape = c.inputs[1].shape;
  /** a gradient over index's shape placed in zeros of src's shape (src may be larger than index). */
  const toSrc = (t: Tensor): Tensor => {
    if (t.shape.length === srcShape.length && t.shape.every((s, i) => s === srcShape[i])) return t;
    const z = K.full(srcShape, 0, t.dtype);
    K.copyInto(viewOf(z, [...t.shape], z.strides, z.offset), t);
    return z;
  };
  const selfMasked = (t: Tensor): Tensor => (include ? t : where(touched, zerosLikeT(t), t));
  if (reduce === 'sum') return which === 'self' ? selfMasked(g) : toSrc(gather(g, dim, index));
  if (reduce === 'mean') {
    const counts = new Array<number>(plan.touched.length).fill(include ? 1 : 0);
    for (const t of plan.targets) counts[t]++;
    const gn = div(g, fromValues(c.inputs[0].shape, counts.map((n) => Math.max(n, 1)), g.dtype));
    return which === 'self' ? selfMasked(gn) : toSrc(gather(gn, dim, index));
  }
  if (reduce === 'prod') {
    // each factor's gradient: the target's gradient times the product of the target's other factors (exact with zeros)
    const xv = c.saved('self').toArray(), sv = c.saved('src').toArray(), gv = g.toArray();
    const groups = new Map<number, number[]>();   // target -> factors (self first when included)
    if (include) plan.touched.forEach((t, i) => { if (t) groups.set(i, [xv[i]]); });
    else plan.touched.forEach((t, i) => { if (t) groups.set(i, []); });
    for (let k = 0; k < plan.targets.length; k++) groups.get(plan.targets[k])!.push(sv[plan.sources[k]]);
    const others = (f: number[], j: number): number => f.reduce((p, v, i) => (i === j ? p : p * v), 1);
    if (which === 'self') {
      const out = Array.from(gv, (v, i) => (plan.touched[i] ? (include ? v * others(groups.get(i)!, 0) : 0) : v));
      return fromValues(g.shape, out, g.dtype);
    }
    const seen = new Map<number, number>();
    const out = new Array<number>(numel(srcShape)).fill(0);
    for (let k = 0; k < plan.targets.length; k++) {
      const t = plan.targets[k], j = (seen.get(t) ?? (include ? 1 : 0));
      seen.set(t, j + 1);
      out[plan.sources[k]] = gv[t] * others(groups.get(t)!, j);
    }
    return fromValues(srcShape, out, g.dtype);
  }
  // amax / amin: the gradient split evenly among the values equal to the result (self's too when included)
  const result = c.saved('result'), value = gather(result, dim, index);
  const srcPart = toIndexShape(c.saved('src'), index.shape);
  const srcHit = eq(srcPart, value);
  let n = scatter_add(K.full(c.inputs[0].shape, 0, g.dtype), dim, index, K.cast(srcHit, g.dtype));
  const selfHit = include ? eq(c.saved('self'), result) : null;
  if (selfHit) n = add(n, K.cast(selfHit, g.dtype));
  const share = div(g, where(eq(n, 0), onesLike(n), n));
  if (which === 'self') return include ? mul(share, K.cast(selfHit!, g.dtype)) : where(touched, zerosLikeT(g), g);
  return toSrc(mul(gather(share, dim, index), K.cast(srcHit, g.dtype)));
}
const onesLike = (t: Tensor): Tensor => K.full(t.shape, 1, t.dtype);
const warnedOnce = new Set<string>();
/** TORCH_WARN_ONCE: a warning the first time only. */
function warnOnce(category: 'UserWarning', message: string): void {
  if (warnedOnce.has(message)) return;
  warnedOnce.add(message);
  warn(category, message);
}
/** The leading index-shaped corner of src (scatter reads src only there). */
function toIndexShape(src: Tensor, shape: readonly number[]): Tensor {
  if (src.shape.length === shape.length && src.shape.every((s, i) => s === shape[i])) return src;
  return K.copyOf(viewOf(src, [...shape], src.strides, src.offset), src.dtype);
}
function scatterReduceArgs(x: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, includeSelf: boolean): Record<string, unknown> {
  if (!['sum', 'prod', 'mean', 'amax', 'amin'].includes(reduce)) {
    throw new TorchError('RuntimeError', 'reduce argument must be either sum, prod, mean, amax or amin.');
  }
  const d = wrapDim(dim, Math.max(x.ndim, 1));
  checkScatter(x, d, index, src, 'scatter_reduce');
  warnOnce('UserWarning', 'scatter_reduce() is in beta and the API may change at any time. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1615.)');
  return { dim: d, index, reduce, includeSelf, plan: scatterPlan(x.shape, index, src, d) };
}
export function scatter_reduce(x: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, includeSelf = true): Tensor {
  return apply(SCATTER_REDUCE_TWO, [x, src], scatterReduceArgs(x, dim, index, src, reduce, includeSelf));
}
export function scatter_reduce_(x: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, includeSelf = true): Tensor {
  return applyInplace(SCATTER_REDUCE_TWO, [x, src], scatterReduceArgs(x, dim, index, src, reduce, includeSelf));
}
