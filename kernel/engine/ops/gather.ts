// Index-tensor ops along one dim: gather, scatter (src and value forms), scatter_add, index_select/index_add and
// masked_fill, with PyTorch 1.13's checks and texts. Gradients follow derivatives.yaml: gather ↔ scatter_add,
// index_select ↔ index_add, scatter's self gets the gradient with the overwritten positions zeroed.
import { overflowError } from '../dtype';
import { TorchError, warn } from '../errors';
import * as K from '../kernels';
import { broadcastShapes, wrapDim } from '../shape';
import { isGradEnabled } from '../autograd/grad_mode';
import { Tensor } from '../tensor';
import { apply, applyInplace, checkInplace, defineOp, OpDef, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { Scalar, scalarValue } from './scalar';
import { div, eq, logicalAnd, mul, mulScalar, where, zerosLikeT } from './pointwise';
import { sum } from './reduce';

const fmt = (s: readonly number[]): string => `[${s.join(', ')}]`;

/** Visits every coordinate of `shape` in row-major order. */
function forEachCoord(shape: readonly number[], fn: (coord: number[], i: number) => void): void {
  const n = shape.reduce((a, b) => a * b, 1), nd = shape.length, coord = new Array<number>(nd).fill(0);
  for (let i = 0; i < n; i++) {
    fn(coord, i);
    for (let d = nd - 1; d >= 0; d--) { if (++coord[d] < shape[d]) break; coord[d] = 0; }
  }
}
/** Storage offsets into t of t[..., index[pos], ...] (the index value replaces the coordinate along dim). */
function indexedOffsets(t: Tensor, index: Tensor, dim: number): Int32Array {
  const idx = index.toArray(), n = idx.length, out = new Int32Array(n), size = t.ndim === 0 ? 1 : t.shape[dim];
  const shape = index.shape, nd = shape.length, coord = new Int32Array(nd);
  const step = Float64Array.from(shape, (_, d) => (d === dim ? 0 : t.strides[d]));
  const dstride = t.ndim === 0 ? 0 : t.strides[dim];
  let base = t.offset;   // the offset of the coordinates other than dim
  for (let i = 0; i < n; i++) {
    const v = idx[i];
    if (v < 0 || v >= size) throw new TorchError('RuntimeError', `index ${v} is out of bounds for dimension ${dim} with size ${size}`);
    out[i] = base + v * dstride;
    for (let d = nd - 1; d >= 0; d--) {
      if (++coord[d] < shape[d]) { base += step[d]; break; }
      base -= step[d] * (shape[d] - 1);
      coord[d] = 0;
    }
  }
  return out;
}
/** Storage offsets into t of the coordinates of `shape` (t may be larger). */
function coordOffsets(t: Tensor, shape: readonly number[]): Int32Array {
  const n = shape.reduce((a, b) => a * b, 1), out = new Int32Array(n), nd = shape.length, coord = new Int32Array(nd);
  let off = t.offset;
  for (let i = 0; i < n; i++) {
    out[i] = off;
    for (let d = nd - 1; d >= 0; d--) {
      if (++coord[d] < shape[d]) { off += t.strides[d]; break; }
      off -= t.strides[d] * (shape[d] - 1);
      coord[d] = 0;
    }
  }
  return out;
}
function cloneOf(t: Tensor): Tensor { const c = K.empty(t.shape, t.dtype); K.copyInto(c, t); return c; }

// --- op entries --------------------------------------------------------------------------------------------------------
const GATHER = defineOp({
  name: 'gather', node: 'GatherBackward0', args: ['self'],
  forward: ([x], a) => K.take(x, indexedOffsets(x, a.index as Tensor, a.dim as number), (a.index as Tensor).shape),
  grads: { self: { saves: [], fn: (g, c) => apply(SCATTER_ADD, [K.full(c.inputs[0].shape, 0, g.dtype), g], c.attrs) } },
});
const scatterForward = (accumulate: boolean) => ([self, src]: Tensor[], a: Record<string, unknown>): Tensor => {
  const index = a.index as Tensor, out = cloneOf(self);
  const vals = K.take(src, coordOffsets(src, index.shape), index.shape);
  K.put(out, indexedOffsets(out, index, a.dim as number), vals, accumulate);
  vals.free();
  return out;
};
const SCATTER = defineOp({
  name: 'scatter', node: 'ScatterBackward0', args: ['self', 'src'],
  forward: scatterForward(false),
  grads: {
    self: { saves: [], fn: (g, c) => apply(SCATTER_VALUE, [g], { ...c.attrs, value: 0 }) },
    src: { saves: [], fn: (g, c) => apply(GATHER, [g], c.attrs) },
  },
});
const SCATTER_VALUE = defineOp({
  name: 'scatter', node: 'ScatterBackward1', args: ['self'],
  forward: ([self], a) => {
    const index = a.index as Tensor, out = cloneOf(self);
    const vals = K.full(index.shape, a.value as number, self.dtype);
    K.put(out, indexedOffsets(out, index, a.dim as number), vals, false);
    vals.free();
    return out;
  },
  grads: { self: { saves: [], fn: (g, c) => apply(SCATTER_VALUE, [g], { ...c.attrs, value: 0 }) } },
});
// scatter(..., reduce='add' | 'multiply'): PyTorch 1.13 has no derivative for it (backward raises), so it is an
// entry without a node and the public function refuses inputs that require grad.
const SCATTER_REDUCE = defineOp({
  name: 'scatter', node: null, args: ['self', 'src'],
  forward: ([self, src], a) => {
    const index = a.index as Tensor, out = cloneOf(self);
    const offsets = indexedOffsets(out, index, a.dim as number);
    const vals = src.ndim === 0 && a.value !== undefined ? null : K.take(src, coordOffsets(src, index.shape), index.shape).toArray();
    const cur = out.toArray(), pos = K.elementOffsets(out);
    const at = new Map<number, number>();
    pos.forEach((p, i) => at.set(p, i));
    offsets.forEach((p, i) => {
      const v = vals ? vals[i] : (a.value as number), k = at.get(p) as number;
      cur[k] = a.reduce === 'add' ? cur[k] + v : cur[k] * v;
    });
    out.free();
    return fromValues(self.shape, cur, self.dtype);
  },
});
const SCATTER_ADD = defineOp({
  name: 'scatter_add', node: 'ScatterAddBackward0', args: ['self', 'src'],
  forward: scatterForward(true),
  grads: { self: { saves: [], fn: (g) => g }, src: { saves: [], fn: (g, c) => apply(GATHER, [g], c.attrs) } },
});

/** Offsets of x's elements with the coordinate along dim taken from the 1-D `index` (out has index's length there). */
function selectOffsets(x: Tensor, index: Tensor, dim: number): { offsets: Int32Array; shape: number[] } {
  const idx = index.toArray(), size = x.ndim === 0 ? 1 : x.shape[dim];
  for (const v of idx) {
    if (v < 0 || v >= size) throw new TorchError('RuntimeError', `INDICES element is out of DATA bounds, id=${v} axis_dim=${size}`);
  }
  const shape = x.ndim === 0 ? [] : x.shape.map((s, d) => (d === dim ? idx.length : s));
  const offsets = new Int32Array(shape.reduce((a, b) => a * b, 1));
  forEachCoord(shape, (coord, i) => {
    let off = x.offset;
    coord.forEach((c, d) => { off += (d === dim ? idx[c] : c) * x.strides[d]; });
    offsets[i] = off;
  });
  return { offsets, shape };
}
/**
 * index_select_out_cpu_'s index checks: on tensors of 2+ dims along dim 1 or of no elements, check_indexarray_range's
 * RuntimeError (no check without indices); otherwise the IndexError of its copy loops (against numel below 2 dims).
 */
function checkSelectIndex(x: Tensor, dim: number, idx: Tensor): void {
  if (x.ndim > 1) {
    if (idx.numel() === 0) return;
    const size = x.shape[dim];
    if (x.numel() === 0 || dim === 1) {
      if (x.numel() === 0 && size <= 0) throw new TorchError('RuntimeError', 'index_select(): self indexing axis dim should be positive');
      const bad = K.badIndex(idx, size, false);
      if (bad !== null) throw new TorchError('RuntimeError', `INDICES element is out of DATA bounds, id=${bad} axis_dim=${size}`);
      return;
    }
    if (K.badIndex(idx, size, false) !== null) throw new TorchError('IndexError', 'index out of range in self');
    return;
  }
  if (K.badIndex(idx, x.numel(), false) !== null) throw new TorchError('IndexError', 'index out of range in self');
}
const INDEX_SELECT = defineOp({
  name: 'index_select', node: 'IndexSelectBackward0', args: ['self'],
  forward: ([x], a) => {
    const dim = a.dim as number, idx = K.contiguousAs(a.index as Tensor);
    checkSelectIndex(x, dim, idx);
    if (x.ndim === 0) { const s = selectOffsets(x, idx, dim); return K.take(x, s.offsets, s.shape); }
    return K.selectAlong(x, dim, idx, x.shape.map((s, d) => (d === dim ? idx.numel() : s)));
  },
  grads: { self: { saves: [], fn: (g, c) => apply(INDEX_ADD, [K.full(c.inputs[0].shape, 0, g.dtype), g], c.attrs) } },
});
const INDEX_ADD = defineOp({
  name: 'index_add', node: 'IndexAddBackward0', args: ['self', 'source'],
  forward: ([self, src], a) => {
    const out = cloneOf(self);
    const alpha = (a.alpha as number | undefined) ?? 1;
    if (alpha !== 1 && self.ndim > 1 && (out.dtype === 'float32' || out.dtype === 'float64')) {
      // index_add_cpu_ adds slice by slice through add_stub, whose alpha is one fused multiply-add (ufunc::add)
      const dim = a.dim as number, idx = (a.index as Tensor).toArray();
      for (let i = 0; i < idx.length; i++) {
        const o = K.narrow(out, dim, Number(idx[i]), 1);
        K.addScaledInto(o, K.narrow(src, dim, i, 1), alpha, o);
      }
      return out;
    }
    const scaled = alpha === 1 ? src : K.binary('mul', src, K.full([], alpha, src.dtype), src.dtype);
    if (self.ndim === 0 || !K.addAlong(out, a.dim as number, K.contiguousAs(a.index as Tensor), scaled)) {
      K.put(out, selectOffsets(out, a.index as Tensor, a.dim as number).offsets, scaled, true);
    }
    return out;
  },
  grads: {
    self: { saves: [], fn: (g) => g },
    source: { saves: [], fn: (g, c) => {
      const r = apply(INDEX_SELECT, [g], { dim: c.attrs.dim, index: c.attrs.index });
      const alpha = (c.attrs.alpha as number | undefined) ?? 1;
      return alpha === 1 ? r : mulScalar(r, alpha);
    } },
  },
});
// index_fill: the positions along dim named by index set to a number (IndexFillBackward0) or a 0-d tensor
// (IndexFillBackward1, whose gradient is the sum of the filled positions' gradients).
function indexFillForward([self, v]: Tensor[], a: Record<string, unknown>): Tensor {
  const out = cloneOf(self);
  const offs = selectOffsets(out, a.index as Tensor, a.dim as number).offsets;
  const value = K.full([offs.length], v === undefined ? (a.value as number) : v.item(), self.dtype);
  K.put(out, offs, value, false);
  return out;
}
const fillZeros = (g: Tensor, c: import('../autograd/node').BackwardContext): Tensor =>
  apply(INDEX_FILL, [g], { dim: c.attrs.dim, index: c.attrs.index, value: 0 });
const INDEX_FILL = defineOp({
  name: 'index_fill', node: 'IndexFillBackward0', args: ['self'], forward: indexFillForward,
  grads: { self: { saves: [], fn: fillZeros } },
});
const INDEX_FILL_TENSOR = defineOp({
  name: 'index_fill', node: 'IndexFillBackward1', args: ['self', 'value'], forward: indexFillForward,
  grads: {
    self: { saves: [], fn: fillZeros },
    value: { saves: [], fn: (g, c) => sum(apply(INDEX_SELECT, [g], { dim: c.attrs.dim, index: c.attrs.index })) },
  },
});

const MASKED_FILL = defineOp({
  name: 'masked_fill', node: 'MaskedFillBackward0', args: ['self'],
  forward: ([x], a) => K.where(a.mask as Tensor, K.full([], a.value as number, x.dtype), x, x.dtype),
  grads: { self: { saves: [], fn: (g, c) => where(c.attrs.mask as Tensor, zerosLikeT(g), g) } },
});
const MASKED_FILL_TENSOR = defineOp({
  name: 'masked_fill', node: 'MaskedFillBackward1', args: ['self', 'value'],
  forward: ([x, v], a) => K.where(a.mask as Tensor, v, x, x.dtype),
  grads: {
    self: { saves: [], fn: (g, c) => where(c.attrs.mask as Tensor, zerosLikeT(g), g) },
    value: { saves: [], fn: (g, c) => where(c.attrs.mask as Tensor, g, zerosLikeT(g)) },
  },
});

// --- checks --------------------------------------------------------------------------------------------------------------
function checkIndexDtype(index: Tensor, op: string): void {
  if (index.dtype !== 'int64') throw new TorchError('RuntimeError', `${op}(): Expected dtype int64 for index`);
}
export function checkScatter(self: Tensor, dim: number, index: Tensor, src: Tensor | null, op: string): void {
  checkIndexDtype(index, op);
  const nd = Math.max(self.ndim, 1);
  if (Math.max(index.ndim, 1) !== nd) throw new TorchError('RuntimeError', 'Index tensor must have the same number of dimensions as self tensor');
  if (src && src.dtype !== self.dtype) throw new TorchError('RuntimeError', `${op}(): Expected self.dtype to be equal to src.dtype`);
  // ensure_nonempty_size: a 0-d tensor has size 1; a dim past a tensor's end is PyTorch's dim-range error.
  const size = (t: Tensor, d: number): number => {
    if (t.ndim === 0) return 1;
    if (d >= t.ndim) throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [${-t.ndim}, ${t.ndim - 1}], but got ${d})`);
    return t.shape[d];
  };
  let wrong = false;
  for (let d = 0; d < nd && !wrong; d++) if (d !== dim && size(index, d) > size(self, d)) wrong = true;
  if (!wrong && src) for (let d = 0; d < nd && !wrong; d++) if (size(index, d) > size(src, d)) wrong = true;
  if (wrong) {
    const tail = src ? ` and to be smaller size than src ${fmt(src.shape)}` : '';
    throw new TorchError('RuntimeError', `Expected index ${fmt(index.shape)} to be smaller than self ${fmt(self.shape)} apart from dimension ${dim}${tail}`);
  }
  if (src && Math.max(src.ndim, 1) !== nd) throw new TorchError('RuntimeError', 'Index tensor must have the same number of dimensions as src tensor');
}

// --- public functions --------------------------------------------------------------------------------------------------
export function gather(x: Tensor, dim: number, index: Tensor): Tensor {
  const d = wrapDim(dim, x.ndim);
  checkIndexDtype(index, 'gather');
  if (Math.max(index.ndim, 1) !== Math.max(x.ndim, 1)) throw new TorchError('RuntimeError', 'Index tensor must have the same number of dimensions as input tensor');
  for (let k = 0; k < index.ndim; k++) {
    if (k !== d && index.shape[k] > x.shape[k]) {
      throw new TorchError('RuntimeError', `Size does not match at dimension ${k} expected index ${fmt(index.shape)} to be smaller than self ${fmt(x.shape)} apart from dimension ${d}`);
    }
  }
  return apply(GATHER, [x], { dim: d, index });
}
/** scatter(dim, index, src) or, with a number, scatter(dim, index, value); reduce: 'add' | 'multiply' | null. */
export function scatter(x: Tensor, dim: number, index: Tensor, src: Tensor | Scalar, inplace = false, reduce: string | null = null): Tensor {
  const d = wrapDim(dim, x.ndim);
  if (reduce !== null) {
    if (reduce !== 'add' && reduce !== 'multiply') throw new TorchError('RuntimeError', 'reduce argument must be either add or multiply.');
    checkScatter(x, d, index, src instanceof Tensor ? src : null, 'scatter');
    if (isGradEnabled() && (x.requires_grad || (src instanceof Tensor && src.requires_grad))) {
      throw new TorchError('NotImplementedError', "tnb: scatter(reduce=...) has no derivative (PyTorch 1.13's backward raises 'derivative for aten::scatter is not implemented'); detach the inputs or use scatter_add");
    }
    const s = src instanceof Tensor ? src : K.full([], scalarValue(src), x.dtype);
    const attrs = { dim: d, index, reduce, value: src instanceof Tensor ? undefined : scalarValue(src) };
    return inplace ? applyInplace(SCATTER_REDUCE, [x, s], attrs) : apply(SCATTER_REDUCE, [x, s], attrs);
  }
  if (src instanceof Tensor) {
    checkScatter(x, d, index, src, 'scatter');
    return (inplace ? applyInplace : apply)(SCATTER, [x, src], { dim: d, index });
  }
  checkScatter(x, d, index, null, 'scatter');
  return (inplace ? applyInplace : apply)(SCATTER_VALUE, [x], { dim: d, index, value: scalarValue(src) });
}
export function scatter_add(x: Tensor, dim: number, index: Tensor, src: Tensor, inplace = false): Tensor {
  const d = wrapDim(dim, x.ndim);
  checkScatter(x, d, index, src, 'scatter_add');
  return (inplace ? applyInplace : apply)(SCATTER_ADD, [x, src], { dim: d, index });
}
/** zeros(shape) with g placed at `index` along dim: the gradient of max(dim)/sort/topk (unique indices). */
export function scatterInto(g: Tensor, index: Tensor, dim: number, shape: readonly number[]): Tensor {
  return apply(SCATTER, [K.full(shape, 0, g.dtype), g], { dim, index });
}
export function index_select(x: Tensor, dim: number, index: Tensor): Tensor {
  const d = wrapDim(dim, x.ndim);
  if (index.ndim > 1) throw new TorchError('IndexError', 'index_select(): Index is supposed to be a vector');
  if (index.dtype === 'int32') index = K.cast(index, 'int64');
  if (index.dtype !== 'int64') throw new TorchError('RuntimeError', 'index_select(): Expected dtype int32 or int64 for index');
  return apply(INDEX_SELECT, [x], { dim: d, index });
}
/** x.index_add(dim, index, source, alpha) (in place: index_add_), with PyTorch's checks. */
export function index_add(x: Tensor, dim: number, index: Tensor, source: Tensor, alpha = 1, inplace = false): Tensor {
  const d = wrapDim(dim, x.ndim);
  if (index.dtype === 'int32') index = K.cast(index, 'int64');
  if (index.dtype !== 'int64') throw new TorchError('RuntimeError', `index_add_(): Expected dtype int32/int64 for index but got: ${scalarTypeName(index.dtype)}`);
  if (index.ndim > 1) {
    throw new TorchError('IndexError', `index_add_(): Index is supposed to be a vector, but got dim: ${index.ndim} with type: Long and size: [${index.shape.join(', ')}]`);
  }
  const n = index.numel(), srcSize = source.ndim === 0 ? 1 : source.shape[d];
  if (n !== srcSize) throw new TorchError('RuntimeError', `index_add_(): Number of indices (${n}) should be equal to source.size(dim): (${srcSize}), for dim: ${d}`);
  if (source.ndim !== x.ndim && !(x.ndim <= 1 && source.ndim <= 1)) throw new TorchError('IndexError', 'index_add_(): self and source must have same number of dimensions');
  for (let k = 0; k < x.ndim; k++) {
    if (k !== d && x.shape[k] !== source.shape[k]) {
      throw new TorchError('RuntimeError', `The size of tensor a (${x.shape[k]}) must match the size of tensor b (${source.shape[k]}) at non-singleton dimension ${k - (k > d ? 1 : 0)}`);
    }
  }
  const size = x.ndim === 0 ? 1 : x.shape[d];
  if (K.badIndex(K.contiguousAs(index), size, false) !== null) throw new TorchError('IndexError', 'index out of range in self');
  if (source.dtype !== x.dtype) {
    throw new TorchError('RuntimeError', `index_add_(): self (${scalarTypeName(x.dtype)}) and source (${scalarTypeName(source.dtype)}) must have the same scalar type`);
  }
  return (inplace ? applyInplace : apply)(INDEX_ADD, [x, source], { dim: d, index, alpha });
}

/** x.index_fill(dim, index, value) (in place: index_fill_): value a number or a 0-d tensor. */
export function index_fill(x: Tensor, dim: number, index: Tensor, value: Tensor | Scalar, inplace = false): Tensor {
  const d = wrapDim(dim, x.ndim);
  if (index.dtype !== 'int64') throw new TorchError('IndexError', 'index_fill_(): Expected dtype int64 for index.');
  if (index.ndim > 1) throw new TorchError('RuntimeError', 'Index has to be a vector/scalar');
  if (value instanceof Tensor && value.ndim !== 0) {
    throw new TorchError('RuntimeError', `index_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
  }
  const size = x.ndim === 0 ? 1 : x.shape[d];
  for (const v of index.toArray()) {
    if (v < -size || v >= size) throw new TorchError('IndexError', `index ${v} is out of bounds for dimension ${d} with size ${size}`);
  }
  const idx = index.toArray().some((v) => v < 0) ? fromValues(index.shape, index.toArray().map((v) => (v < 0 ? v + size : v)), 'int64') : index;
  const run = inplace ? applyInplace : apply;
  if (value instanceof Tensor) return run(INDEX_FILL_TENSOR, [x, value.dtype === x.dtype ? value : K.copyOf(value, x.dtype)], { dim: d, index: idx });
  return run(INDEX_FILL, [x], { dim: d, index: idx, value: scalarValue(value) });
}

/**
 * PyTorch 1.13's CPU kernel reads a mask that is not bool as bytes (uint8), one per element at the element's own
 * address: the lowest byte of each value. A float mask of 0/1 values therefore fills nothing (1.0's lowest byte
 * is 0), an int64 0/1 mask works, and any lowest byte other than 0 or 1 raises.
 */
function lowByteMask(mask: Tensor): Tensor {
  const v = mask.toArray(), out = new Float64Array(v.length);
  const buf = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < v.length; i++) {
    if (mask.dtype === 'float32') buf.setFloat32(0, v[i], true);
    else if (mask.dtype === 'float64') buf.setFloat64(0, v[i], true);
    else buf.setBigInt64(0, BigInt(v[i]), true);
    const b = buf.getUint8(0);
    if (b > 1) throw new TorchError('RuntimeError', 'Mask tensor can take 0 and 1 values only');
    out[i] = b;
  }
  return fromValues(mask.shape, out, 'bool');
}

export function masked_fill(x: Tensor, mask: Tensor, value: Tensor | Scalar, inplace = false): Tensor {
  const m = mask.dtype === 'bool' ? mask : lowByteMask(mask);
  if (!inplace) broadcastShapes(m.shape, x.shape);   // PyTorch names the mask tensor a in the error
  const run = inplace ? applyInplace : apply;
  if (value instanceof Tensor) {
    if (value.ndim !== 0) {
      throw new TorchError('RuntimeError', `masked_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
    }
    return run(MASKED_FILL_TENSOR, [x, value], { mask: m });
  }
  const overflow = overflowError(scalarValue(value), x.dtype, true);
  if (overflow) throw new TorchError('RuntimeError', overflow);
  return run(MASKED_FILL, [x], { mask: m, value: scalarValue(value) });
}
/** gather without the argument checks (engine-internal callers with valid indices). */
export function gatherAlong(x: Tensor, index: Tensor, dim: number): Tensor { return apply(GATHER, [x], { index, dim }); }

// --- index_reduce ---------------------------------------------------------------------------------------------------------
// index_reduce(dim, index, source, reduce, include_self) (TensorAdvancedIndexing.cpp index_reduce_func_impl): without
// include_self the indexed slices start from the reduction's identity (prod 1, mean 0, amax -inf, amin +inf); then each
// source slice folds into self's slice index[i], in index order, in the element type (amax/amin propagate NaN); mean
// divides by the count (self counting once when included; floor division for integers). IndexReduceBackward0 is
// FunctionsManual's index_reduce_backward. PyTorch warns once that the op is in beta.
let indexReduceWarned = false;
const REDUCE_INIT: Record<string, number> = { prod: 1, mean: 0, amax: -Infinity, amin: Infinity };
function indexReduceValues(x: Tensor, src: Tensor, dim: number, index: Tensor, reduce: string, includeSelf: boolean): Tensor {
  const round = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
  const isInt = !isFloatingDtype(x.dtype);
  const out = x.toArray(), s = src.toArray(), idx = index.toArray();
  const shape = x.ndim === 0 ? [1] : x.shape, sshape = src.ndim === 0 ? [1] : src.shape;
  const outer = shape.slice(0, dim).reduce((a, b) => a * b, 1), inner = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const size = shape[dim], ssize = sshape[dim];
  const at = (o: number, k: number, i: number, n: number): number => (o * n + k) * inner + i;
  const counts = new Float64Array(out.length).fill(includeSelf ? 1 : 0);
  if (!includeSelf) {
    const init = isInt && !Number.isFinite(REDUCE_INIT[reduce]) ? (REDUCE_INIT[reduce] > 0 ? intMax(x.dtype) : -intMax(x.dtype) - 1) : REDUCE_INIT[reduce];
    for (const k of idx) for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) out[at(o, k, i, size)] = init;
  }
  for (let j = 0; j < ssize; j++) {
    const k = idx[j];
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const p = at(o, k, i, size), v = s[at(o, j, i, ssize)], cur = out[p];
        let r: number;
        if (reduce === 'prod') r = cur * v;
        else if (reduce === 'mean') { r = cur + v; counts[p] += 1; }
        else if (Number.isNaN(cur) || Number.isNaN(v)) r = NaN;
        else r = reduce === 'amax' ? Math.max(cur, v) : Math.min(cur, v);
        out[p] = round(r);
      }
    }
  }
  if (reduce === 'mean') {
    for (let p = 0; p < out.length; p++) {
      const c = counts[p] === 0 ? 1 : counts[p];
      out[p] = isInt ? Math.floor(out[p] / c) : round(out[p] / c);
    }
  }
  return fromValues(x.shape, out, x.dtype);
}
function intMax(d: Tensor['dtype']): number {
  return { int64: 2 ** 63, int32: 2 ** 31 - 1, int16: 32767, int8: 127, uint8: 255, bool: 1 }[d as 'int64'] ?? 2 ** 63;
}
const isFloatingDtype = (d: Tensor['dtype']): boolean => d === 'float32' || d === 'float64' || d === 'float16' || d === 'bfloat16';

function indexReduceBackward(g: Tensor, self: Tensor, dim: number, index: Tensor, source: Tensor, reduce: string, includeSelf: boolean,
  result: Tensor): [Tensor, Tensor] {
  let gradSelf: Tensor, gradSrc: Tensor;
  if (reduce === 'prod') {
    const maskedSelf = masked_fill(self, eq(self, 0), 1);
    const maskedSelfResult = apply(INDEX_REDUCE, [maskedSelf, source], { dim, index, reduce, includeSelf });
    gradSelf = div(mul(g, maskedSelfResult), maskedSelf);
    const srcZero = eq(source, 0);
    const srcNumZeros = index_select(index_add(zerosLikeT(self), dim, index, K.cast(srcZero, self.dtype)), dim, index);
    const srcSingleZero = logicalAnd(srcZero, eq(srcNumZeros, 1));
    const maskedSrc = masked_fill(source, srcSingleZero, 1);
    const maskedSrcResult = apply(INDEX_REDUCE, [self, maskedSrc], { dim, index, reduce, includeSelf });
    gradSrc = where(srcSingleZero, index_select(mul(g, maskedSrcResult), dim, index),
      div(index_select(mul(g, result), dim, index), masked_fill(source, srcZero, 1)));
  } else if (reduce === 'mean') {
    let n = K.full(g.shape, includeSelf ? 1 : 0, g.dtype);
    n = index_add(n, dim, index, K.full(source.shape, 1, g.dtype));
    n = masked_fill(n, eq(n, 0), 1);
    gradSelf = div(g, n);
    gradSrc = div(index_select(g, dim, index), index_select(n, dim, index));
  } else {
    const value = index_select(result, dim, index);
    const selfIsResult = K.cast(eq(self, result), self.dtype);
    const sourceIsResult = K.cast(eq(source, value), self.dtype);
    const nToDistribute = index_add(selfIsResult, dim, index, sourceIsResult);
    const distributed = div(g, nToDistribute);
    gradSelf = mul(selfIsResult, distributed);
    gradSrc = mul(sourceIsResult, index_select(distributed, dim, index));
  }
  if (!includeSelf) gradSelf = index_fill(gradSelf, dim, index, 0);
  return [gradSelf, gradSrc];
}
const INDEX_REDUCE: OpDef = defineOp({
  name: 'index_reduce', node: 'IndexReduceBackward0', args: ['self', 'source'],
  forward: ([x, src], a) => {
    if (!indexReduceWarned) {   // (TORCH_WARN_ONCE in the kernel: after the argument and leaf checks)
      indexReduceWarned = true;
      warn('UserWarning', 'index_reduce() is in beta and the API may change at any time. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1008.)');
    }
    return indexReduceValues(x, src, a.dim as number, a.index as Tensor, a.reduce as string, a.includeSelf as boolean);
  },
  grads: {
    self: {
      saves: ['self', 'source', 'result'],
      fn: (g, c) => indexReduceBackward(g, c.saved('self'), c.attrs.dim as number, c.attrs.index as Tensor, c.saved('source'),
        c.attrs.reduce as string, c.attrs.includeSelf as boolean, c.saved('result'))[0],
    },
    source: {
      saves: ['self', 'source', 'result'],
      fn: (g, c) => indexReduceBackward(g, c.saved('self'), c.attrs.dim as number, c.attrs.index as Tensor, c.saved('source'),
        c.attrs.reduce as string, c.attrs.includeSelf as boolean, c.saved('result'))[1],
    },
  },
});
export function index_reduce(x: Tensor, dim: number, index: Tensor, source: Tensor, reduce: string, includeSelf = true, inplace = false): Tensor {
  if (inplace) checkInplace(x);
  if (!['prod', 'mean', 'amax', 'amin'].includes(reduce)) {
    throw new TorchError('RuntimeError', `index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got ${reduce}.`);
  }
  const d = wrapDim(dim, x.ndim);
  if (index.ndim > 1) {
    throw new TorchError('IndexError', `index_reduce_(): Index is supposed to be a vector, but got dim: ${index.ndim} with type: ${scalarTypeName(index.dtype)} and size: [${index.shape.join(', ')}]`);
  }
  if (index.dtype !== 'int64' && index.dtype !== 'int32') {
    throw new TorchError('RuntimeError', `index_reduce_(): Expected dtype int32/int64 for index but got: ${scalarTypeName(index.dtype)}`);
  }
  if (source.dtype !== x.dtype) {
    throw new TorchError('RuntimeError', `index_reduce_(): self (${scalarTypeName(x.dtype)}) and source (${scalarTypeName(source.dtype)}) must have the same scalar type`);
  }
  const n = index.numel(), srcSize = source.ndim === 0 ? 1 : source.shape[d];
  if (n !== srcSize) throw new TorchError('RuntimeError', `index_reduce_(): Number of indices (${n}) should be equal to source.size(dim): (${srcSize}), for dim: ${d}`);
  if (source.ndim !== x.ndim && !(x.ndim <= 1 && source.ndim <= 1)) throw new TorchError('IndexError', 'index_reduce_(): self and source must have same number of dimensions');
  for (let k = 0; k < x.ndim; k++) {
    if (k !== d && x.shape[k] !== source.shape[k]) {
      throw new TorchError('RuntimeError', `index_reduce_(): self and source must have the same size at dimension ${k}; self has size ${x.shape[k]}, source has size ${source.shape[k]}`);
    }
  }
  const size = x.ndim === 0 ? 1 : x.shape[d];
  if (index.toArray().some((v) => v < 0 || v >= size)) throw new TorchError('IndexError', 'index out of range in self');
  const idx = index.dtype === 'int64' ? index : K.cast(index, 'int64');
  return (inplace ? applyInplace : apply)(INDEX_REDUCE, [x, source], { dim: d, index: idx, reduce, includeSelf });
}
