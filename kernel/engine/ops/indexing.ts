// Python indexing: ints, slices with steps, None, Ellipsis, boolean masks and integer tensors, and index
// assignment — basic indices become views (select/slice/unsqueeze), tensor indices an IndexBackward0 gather.
// Also the in-place copy/fill ops and CopySlices (in-place ops on views of tensors that require grad).
import { BackwardContext, Edge, gradientEdge, InputMeta, Node } from '../autograd/node';
import { noGrad } from '../autograd/grad_mode';
import { overflowError } from '../dtype';
import { TorchError, warn } from '../errors';
import * as K from '../kernels';
import { broadcastShapes, broadcastStrides, contiguousStrides, isNonOverlappingAndDense, numel } from '../shape';
import { setViewRegenerator, Tensor, writeElements } from '../tensor';
import { apply, applyInplace, checkInplace, defineOp, overlapsOther, registerRebaseHistory, scalarTypeName } from './apply';
import { Scalar, scalarValue, TensorLike, toTensor } from './scalar';
import { alias, embed, select, slice, unsqueeze, view, viewOf } from './views';

export interface Slice { start?: number | null; stop?: number | null; step?: number | null }
export type IndexItem = number | Slice | null | '...' | Tensor;

/**
 * A tensor index at `dim`: an int64 index (merge 1), or a bool mask's true positions (row-major over the `merge` dims
 * the mask covers, 1-D int64).
 */
interface Advanced { dim: number; index: Tensor; merge: number }

function isSlice(v: IndexItem): v is Slice { return typeof v === 'object' && v !== null && !(v instanceof Tensor); }

/** Applies the basic part of an index (views) and collects the tensor indices with the dims they apply to. */
function applyBasic(x: Tensor, spec: readonly IndexItem[]): { view: Tensor; advanced: Advanced[] } {
  let consumed = 0, ellipses = 0;
  for (const it of spec) {
    if (it === '...') ellipses++;
    else if (it instanceof Tensor) consumed += it.dtype === 'bool' ? it.ndim : 1;   // (a 0-d mask adds a dim)
    else if (it !== null) consumed++;
  }
  if (ellipses > 1) throw new TorchError('IndexError', "an index can only have a single ellipsis ('...')");
  if (x.ndim === 0 && spec.length === 1 && typeof spec[0] === 'number') {
    throw new TorchError('IndexError', 'invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number');
  }
  if (consumed > x.ndim) throw new TorchError('IndexError', `too many indices for tensor of dimension ${x.ndim}`);
  let r = x, dim = 0, srcDim = 0;   // srcDim: the dim of x an item applies to (for error texts)
  const advanced: Advanced[] = [];
  for (const it of spec) {
    if (it === '...') { dim += x.ndim - consumed; srcDim += x.ndim - consumed; }
    else if (it === null) { r = unsqueeze(r, dim); dim++; }
    else if (typeof it === 'number') {
      const size = r.shape[dim];
      if (it < -size || it >= size) throw new TorchError('IndexError', `index ${it} is out of bounds for dimension ${srcDim} with size ${size}`);
      r = select(r, dim, it); srcDim++;
    }
    else if (isSlice(it)) {
      if (it.step === 0) throw new TorchError('ValueError', 'slice step cannot be zero');
      r = slice(r, dim, it.start ?? null, it.stop ?? null, it.step ?? 1); dim++; srcDim++; }
    else if (it.dtype === 'bool' || it.dtype === 'int64') {
      if (it.dtype === 'bool') {
        if (it.ndim === 0) { r = unsqueeze(r, dim); advanced.push({ dim, index: K.truePositions(K.full([1], it.item() ? 1 : 0, 'bool')), merge: 1 }); dim++; continue; }
        it.shape.forEach((s, k) => {
          if (s !== r.shape[dim + k]) {
            throw new TorchError('IndexError', `The shape of the mask [${it.shape.join(', ')}] at index ${k} does not match the shape of the indexed tensor [${r.shape.join(', ')}] at index ${dim + k}`);
          }
        });
        advanced.push({ dim, index: K.truePositions(it), merge: it.ndim });
        dim += it.ndim; srcDim += it.ndim;
      } else { advanced.push({ dim, index: it, merge: 1 }); dim++; srcDim++; }
    } else {
      throw new TorchError('IndexError', 'tensors used as indices must be long, byte or bool tensors');
    }
  }
  return { view: r, advanced };
}

/** Mask entries as one int64 coordinate tensor per mask dim (nonzero(as_tuple=True)), for the general layout. */
function expandMasks(adv: Advanced[], shape: readonly number[]): Advanced[] {
  return adv.flatMap((a) => {
    if (a.merge === 1) return [a];
    const pos = a.index.toArray(), n = pos.length;
    const dims = shape.slice(a.dim, a.dim + a.merge);
    const cols = dims.map(() => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      let r = pos[i];
      for (let d = dims.length - 1; d >= 0; d--) { const q = Math.floor(r / dims[d]); cols[d][i] = r - q * dims[d]; r = q; }
    }
    return cols.map((c, k) => { const t = K.empty([n], 'int64'); writeElements(t, c); return { dim: a.dim + k, index: t, merge: 1 }; });
  });
}
/** Layout of an advanced-index result: linear indices into a contiguous tensor of `shape`. */
function advancedLayout(shape: readonly number[], adv: Advanced[]): { linear: Int32Array; outShape: number[] } {
  let B: readonly number[];
  try {
    B = adv.map((a) => a.index.shape).reduce((s, t) => broadcastShapes(s, t), [] as number[]);
  } catch {
    throw new TorchError('IndexError', `shape mismatch: indexing tensors could not be broadcast together with shapes ${adv.map((a) => `[${a.index.shape.join(', ')}]`).join(', ')}`);
  }
  const dims = adv.map((a) => a.dim);
  const adjacent = dims.every((d, i) => i === 0 || d === dims[i - 1] + 1);
  const plain = shape.map((_, d) => d).filter((d) => !dims.includes(d));
  // Result dims: ('p', dim) for plain dims, ('b', k) for broadcast-index dims.
  const layout: ['p' | 'b', number][] = adjacent
    ? [...plain.filter((d) => d < dims[0]).map((d) => ['p', d] as ['p', number]), ...B.map((_, k) => ['b', k] as ['b', number]), ...plain.filter((d) => d > dims[0]).map((d) => ['p', d] as ['p', number])]
    : [...B.map((_, k) => ['b', k] as ['b', number]), ...plain.map((d) => ['p', d] as ['p', number])];
  const outShape = layout.map(([k, i]) => (k === 'b' ? B[i] : shape[i]));
  const cstr = contiguousStrides(shape);
  const idxVals = adv.map((a) => a.index.toArray());
  const idxStr = adv.map((a) => broadcastStrides(a.index.shape, contiguousStrides(a.index.shape), B));
  const n = numel(outShape), nd = outShape.length, na = adv.length;
  const linear = new Int32Array(n);
  if (n === 0) return { linear, outShape };
  // Per result dim: its step in the linear offset (plain dims) and in each index tensor (broadcast-index dims).
  const step = new Float64Array(nd), istep = adv.map(() => new Float64Array(nd));
  layout.forEach(([k, i], r) => {
    if (k === 'p') step[r] = cstr[i];
    else adv.forEach((_, j) => { istep[j][r] = idxStr[j][i]; });
  });
  const sizes = adv.map((a) => shape[a.dim]), mult = adv.map((a) => cstr[a.dim]);
  const coord = new Int32Array(nd), off = new Float64Array(na);
  let run = 0;
  for (let pos = 0; pos < n; pos++) {
    let lin = run;
    for (let j = 0; j < na; j++) {
      let v = idxVals[j][off[j]];
      const size = sizes[j];
      // (PyTorch's index kernel numbers the dimension among the index tensors: x[:, [7]] is "dimension 0")
      if (v < -size || v >= size) throw new TorchError('IndexError', `index ${v} is out of bounds for dimension ${j} with size ${size}`);
      if (v < 0) v += size;
      lin += v * mult[j];
    }
    linear[pos] = lin;
    for (let d = nd - 1; d >= 0; d--) {
      if (++coord[d] < outShape[d]) {
        run += step[d];
        for (let j = 0; j < na; j++) off[j] += istep[j][d];
        break;
      }
      coord[d] = 0;
      run -= step[d] * (outShape[d] - 1);
      for (let j = 0; j < na; j++) off[j] -= istep[j][d] * (outShape[d] - 1);
    }
  }
  return { linear, outShape };
}

// Two forms of attrs: one tensor index (`dim`, `merge`, `index`: a contiguous int64 index, or a mask's positions over
// `merge` dims, checked; `outShape`), moved row by row in wasm; or several (`linear`: storage offsets into the
// contiguous input, `outShape`).
/** t (contiguous) with dims [dim, dim + merge) as one (a plain tensor over t's storage), or t when merge is 1. */
function merged(t: Tensor, dim: number, merge: number): Tensor {
  if (merge === 1) return t;
  const shape = [...t.shape.slice(0, dim), numel(t.shape.slice(dim, dim + merge)), ...t.shape.slice(dim + merge)];
  return viewOf(t, shape, contiguousStrides(shape), t.offset);
}
/** Storage offsets (into a contiguous tensor of `shape`) of the one-index form's elements, row-major. */
function selLinear(shape: readonly number[], a: Record<string, unknown>): Int32Array {
  const dim = a.dim as number, merge = a.merge as number, idx = (a.index as Tensor).toArray();
  const size = numel(shape.slice(dim, dim + merge)), inner = numel(shape.slice(dim + merge)), outer = numel(shape.slice(0, dim));
  const out = new Int32Array(outer * idx.length * inner);
  let k = 0;
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < idx.length; j++) {
      const base = (o * size + (idx[j] < 0 ? idx[j] + size : idx[j])) * inner;
      for (let i = 0; i < inner; i++) out[k++] = base + i;
    }
  }
  return out;
}
const INDEX = defineOp({
  name: 'index', node: 'IndexBackward0', args: ['self'],
  forward: ([x], a) => {
    if (a.index) {
      const merge = a.merge as number, xc = merge === 1 ? x : K.contiguousAs(x), m = merged(xc, a.dim as number, merge);
      const out = K.selectAlong(m, a.dim as number, a.index as Tensor, a.outShape as number[]);
      if (m !== xc) m.free();
      if (xc !== x) xc.free();
      return out;
    }
    const xc = K.contiguousAs(x);
    const lin = a.linear as Int32Array;
    const out = K.take(xc, xc.offset ? lin.map((v) => v + xc.offset) : lin, a.outShape as number[]);
    if (xc !== x) xc.free();
    return out;
  },
  grads: { self: { saves: [], fn: (g, c) => indexBackward(g, c) } },
});
// The backward of index: zeros with the gradient accumulated at the indexed positions.
const INDEX_BACKWARD = defineOp({
  name: '_index_put_impl_', node: 'IndexPutImplBackward0', args: ['values'],
  forward: ([g], a) => {
    const out = K.full(a.shape as number[], 0, g.dtype);
    if (a.index) {
      const m = merged(out, a.dim as number, a.merge as number);
      const done = K.addAlong(m, a.dim as number, a.index as Tensor, g);
      if (m !== out) m.free();
      if (done) return out;
      K.put(out, selLinear(a.shape as number[], a), g, true);
      return out;
    }
    K.put(out, a.linear as Int32Array, g, true);
    return out;
  },
  grads: { values: { saves: [], fn: (g, c) => apply(INDEX, [g], { ...c.attrs, outShape: c.inputs[0].shape }) } },
});
function indexBackward(g: Tensor, c: BackwardContext): Tensor {
  return apply(INDEX_BACKWARD, [g], { ...c.attrs, shape: c.inputs[0].shape });
}

/**
 * The attrs of an index by `advanced` into a tensor of `shape`: one index (checked here), or the linear offsets of
 * several.
 */
function indexAttrs(shape: readonly number[], advanced: Advanced[]): Record<string, unknown> {
  if (advanced.length === 1) {
    const { dim, merge } = advanced[0];
    // (an own copy of an int index: the backward must not see later in-place changes of the user's tensor)
    const index = merge === 1 ? K.copyOf(advanced[0].index) : advanced[0].index;
    const outShape = [...shape.slice(0, dim), ...advanced[0].index.shape, ...shape.slice(dim + merge)];
    if (merge === 1 && numel(outShape) > 0) {   // (a mask's positions are in range)
      const bad = K.badIndex(index, shape[dim], true);
      if (bad !== null) throw new TorchError('IndexError', `index ${bad} is out of bounds for dimension 0 with size ${shape[dim]}`);
    }
    return { dim, merge, index, outShape };
  }
  return advancedLayout(shape, expandMasks(advanced, shape));
}
/**
 * uint8 index tensors are masks, deprecated in 1.13 (a warning, then indexed as bool). An assignment of a number
 * (or 0-d tensor) through one mask is PyTorch's masked_fill_, which warns with its own text.
 */
function byteMasks(items: readonly IndexItem[], fill: boolean): IndexItem[] {
  return items.map((it) => {
    if (!(it instanceof Tensor) || it.dtype !== 'uint8') return it;
    warn('UserWarning', fill
      ? 'masked_fill_ received a mask with dtype torch.uint8, this behavior is now deprecated,please use a mask with dtype torch.bool instead. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1646.)'
      : 'indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead. (Triggered internally at  ./aten/src/ATen/native/IndexingUtils.h:27.)');
    return K.cast(it, 'bool');
  });
}

export function index(x: Tensor, spec: IndexItem | readonly IndexItem[]): Tensor {
  const items = byteMasks(Array.isArray(spec) ? spec : [spec as IndexItem], false);
  const { view, advanced } = applyBasic(x, items);
  if (advanced.length === 0) return view === x ? alias(x) : view;
  return apply(INDEX, [view], indexAttrs(view.shape, advanced));
}

/** x.nonzero(): the coordinates of x's nonzero elements in row-major order, [count, ndim] int64. */
export function nonzero(x: Tensor): Tensor {
  const mask = x.dtype === 'bool' ? x : K.compare('ne', x, K.full([], 0, x.dtype), 'bool');
  return K.nonzeroCoords(mask);
}

// --- in-place copy/fill and index assignment ---------------------------------------------------------------------
export const COPY = defineOp({
  name: 'copy_', node: 'CopyBackwards', args: ['self', 'src'],
  forward: ([self, src]) => { const out = K.empty(self.shape, self.dtype); K.copyInto(out, src); return out; },
  into: ([self, src]) => { if (overlapsOther(self, src)) return false; K.copyInto(self, src); return true; },
  grads: { self: { saves: [], fn: (g) => K.full(g.shape, 0, g.dtype) }, src: { saves: [], fn: (g) => g } },
});
export const FILL = defineOp({
  name: 'fill_', node: 'FillBackward2', args: ['self'],
  forward: ([self], a) => K.full(self.shape, a.value as number, self.dtype),
  into: ([self], a) => { K.fill(self, a.value as number); return true; },
  grads: { self: { saves: [], fn: (g) => K.full(g.shape, 0, g.dtype) } },
});
export const ZERO = defineOp({
  name: 'zero_', node: 'ZeroBackward0', args: ['self'],
  forward: ([self]) => K.full(self.shape, 0, self.dtype),
  into: ([self]) => { K.fill(self, 0); return true; },
  grads: { self: { saves: [], fn: (g) => K.full(g.shape, 0, g.dtype) } },
});
const INDEX_PUT = defineOp({
  name: 'index_put_', node: 'IndexPutBackward0', args: ['self', 'values'],
  forward: ([self, values], a) => {
    const out = K.empty(self.shape, self.dtype);
    K.copyInto(out, self);
    const b = K.empty(a.outShape as number[], self.dtype);
    K.copyInto(b, values);
    const accumulate = a.accumulate === true;
    if (a.index) {
      const m = merged(out, a.dim as number, a.merge as number);
      const done = (accumulate && out.dtype === 'bool') ? false : K.addAlong(m, a.dim as number, a.index as Tensor, b, accumulate);
      if (m !== out) m.free();
      if (!done) putValues(out, selLinear(self.shape, a), b, accumulate);
    } else {
      putValues(out, a.linear as Int32Array, b, accumulate);
    }
    b.free();
    return out;
  },
  // Without a graph, one index on a contiguous self writes in place (values copied first, so overlap is harmless).
  into: ([self, values], a) => {
    const accumulate = a.accumulate === true;
    if (!a.index || !self.is_contiguous() || (accumulate && self.dtype === 'bool')) return false;
    // (values of another storage, already of the result's shape and self's dtype and contiguous, are read directly)
    const shape = a.outShape as number[];
    const direct = values.storage !== self.storage && values.dtype === self.dtype && values.is_contiguous()
      && values.ndim === shape.length && values.shape.every((n, i) => n === shape[i]);
    const b = direct ? values : K.empty(shape, self.dtype);
    if (!direct) K.copyInto(b, values);
    const m = merged(self, a.dim as number, a.merge as number);
    const done = K.addAlong(m, a.dim as number, a.index as Tensor, b, accumulate);
    if (m !== self) m.free();
    if (!direct) b.free();
    return done;
  },
  grads: {
    // accumulate=True: the gradient passes to self unchanged; else zero where values were written
    self: { saves: [], fn: (g, c) => (c.attrs.accumulate ? g : apply(INDEX_PUT, [g, toTensor(0)], { ...c.attrs, accumulate: false })) },
    values: { saves: [], fn: (g, c) => apply(INDEX, [g], c.attrs) },
  },
});

/**
 * K.put on a contiguous `out` at storage positions `linear`; accumulate=True adds in index order (index_put_ and put_
 * with accumulate run serially in PyTorch), and on bool tensors ORs.
 */
function putValues(out: Tensor, linear: Int32Array, values: Tensor, accumulate: boolean): void {
  if (!accumulate || out.dtype !== 'bool') { K.put(out, linear, values, accumulate); return; }
  const o = out.toArray(), v = values.toArray();
  linear.forEach((pos, i) => { o[pos - out.offset] = o[pos - out.offset] || v[i] ? 1 : 0; });
  writeElements(out, Array.from(o));
}

/** PyTorch's setitem copy (python_variable_indexing.cpp copy_to): leading size-1 dims of the value are dropped. */
function copyTo(dst: Tensor, src: Tensor): void {
  if (src.ndim === dst.ndim && src.shape.every((s, i) => s === dst.shape[i])) { copy_(dst, src); return; }
  if (src.ndim === 0) { copy_(dst, src); return; }
  let lead = 0;
  while (lead < src.ndim && src.shape[lead] === 1) lead++;
  const stripped = lead > 0 ? view(src, src.shape.slice(lead)) : src;
  checkExpandable(stripped.shape, dst.shape);
  copy_(dst, stripped);
}
function checkExpandable(from: readonly number[], to: readonly number[]): void {
  const off = to.length - from.length;
  for (let i = to.length - 1; i >= 0; i--) {
    const cur = i >= off ? from[i - off] : 1;
    if (off < 0 || (cur !== 1 && cur !== to[i])) {
      throw new TorchError('RuntimeError', `The expanded size of the tensor (${to[i]}) must match the existing size (${cur}) at non-singleton dimension ${i}.  Target sizes: [${to.join(', ')}].  Tensor sizes: [${from.join(', ')}]`);
    }
  }
}

export function copy_(self: Tensor, src: Tensor): Tensor {
  const b = broadcastShapes(self.shape, src.shape);
  if (b.length !== self.shape.length || b.some((s, i) => s !== self.shape[i])) {   // src must broadcast to self
    throw new TorchError('RuntimeError', `output with shape [${self.shape.join(', ')}] doesn't match the broadcast shape [${b.join(', ')}]`);
  }
  return applyInplace(COPY, [self, src]);
}
export function fill_(self: Tensor, value: Scalar | Tensor): Tensor {
  if (value instanceof Tensor) return copy_(self, value);
  const overflow = overflowError(scalarValue(value), self.dtype, true);
  if (overflow) throw new TorchError('RuntimeError', overflow);
  return applyInplace(FILL, [self], { value: scalarValue(value) });
}
export function zero_(self: Tensor): Tensor { return applyInplace(ZERO, [self]); }

/**
 * at::assert_no_overlap(self, other) of index_put_: dense tensors over one storage whose element ranges meet (or the
 * very same tensor) raise; tensors that are not dense are not checked (PyTorch's TooHard).
 */
function assertNoOverlap(self: Tensor, other: Tensor): void {
  let overlap = self === other;
  if (!overlap && self.numel() > 0 && other.numel() > 0 && self.storage === other.storage
    && isNonOverlappingAndDense(self.shape, self.strides) && isNonOverlappingAndDense(other.shape, other.strides)) {
    const a0 = self.offset * self.itemsize, a1 = a0 + self.numel() * self.itemsize;
    const b0 = other.offset * other.itemsize, b1 = b0 + other.numel() * other.itemsize;
    overlap = a0 < b1 && b0 < a1;
  }
  if (overlap) {
    throw new TorchError('RuntimeError', 'unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation.');
  }
}
/** index_put_'s overlap checks of self with the value and the index tensors (a single mask with one value: masked_fill_, none). */
function checkPutOverlap(self: Tensor, items: readonly IndexItem[], value: Tensor): void {
  const tensors = items.filter((it): it is Tensor => it instanceof Tensor);
  if (tensors.length === 1 && (tensors[0].dtype === 'bool' || tensors[0].dtype === 'uint8') && value.numel() === 1) return;
  assertNoOverlap(self, value);
  for (const t of tensors) assertNoOverlap(self, t);
}

/** x[spec] = value */
export function index_put_(x: Tensor, spec: IndexItem | readonly IndexItem[], value: TensorLike): Tensor {
  const given = Array.isArray(spec) ? spec : [spec as IndexItem];
  const items = byteMasks(given, given.length === 1 && (!(value instanceof Tensor) || value.ndim === 0));
  const { view, advanced } = applyBasic(x, items);
  const v = toTensor(value);
  if (advanced.length === 0) {
    copyTo(view, v);
  } else {
    checkPutOverlap(view, given, v);
    const attrs = indexAttrs(view.shape, advanced);
    broadcastTo(v, attrs.outShape as number[]);
    applyInplace(INDEX_PUT, [view, v], attrs);
  }
  return x;
}
/**
 * Tensor.index_put_(indices, values, accumulate) (the function, not setitem): every index a long, byte or bool tensor,
 * values of self's dtype broadcast to the indexing result; accumulate=True adds (repeated indices add up).
 * IndexPutBackward0 either way.
 */
export function index_put_tensors_(x: Tensor, indices: readonly Tensor[], values: Tensor, accumulate: boolean): Tensor {
  checkInplace(x);
  if (values.dtype !== x.dtype) {
    throw new TorchError('RuntimeError', `Index put requires the source and destination dtypes match, got ${scalarTypeName(x.dtype)} for the destination and ${scalarTypeName(values.dtype)} for the source.`);
  }
  for (const t of indices) {
    if (!['int64', 'uint8', 'bool', 'int32', 'int16', 'int8'].includes(t.dtype)) {
      throw new TorchError('IndexError', 'tensors used as indices must be long, byte or bool tensors');
    }
  }
  if (!accumulate) return index_put_(x, indices, values);
  const items = byteMasks(indices, false);
  const { view: v, advanced } = applyBasic(x, items);
  if (advanced.length === 0) throw new TorchError('NotImplementedError', 'tnb: index_put_(accumulate=True) with an empty index tuple is not supported');
  assertNoOverlap(v, values);
  for (const t of indices) assertNoOverlap(v, t);
  const attrs = indexAttrs(v.shape, advanced);
  broadcastTo(values, attrs.outShape as number[]);
  applyInplace(INDEX_PUT, [v, values], { ...attrs, accumulate: true });
  return x;
}

// --- put_ ---------------------------------------------------------------------------------------------------------------
// self viewed as 1-d (row-major), source written (or with accumulate added) at `index` (negative counts from the end).
// PutBackward0: self's gradient is grad with zeros put at index (accumulate: grad unchanged), source's grad.take(index).
const PUT = defineOp({
  name: 'put_', node: 'PutBackward0', args: ['self', 'source'],
  forward: ([self, source], a) => {
    const out = K.empty(self.shape, self.dtype);
    K.copyInto(out, self);
    const b = K.empty(source.shape, self.dtype);
    K.copyInto(b, source);
    putValues(out, a.linear as Int32Array, b, a.accumulate === true);
    b.free();
    return out;
  },
  grads: {
    self: { saves: [], fn: (g, c) => (c.attrs.accumulate ? g : apply(PUT, [g, K.full(c.inputs[1].shape, 0, g.dtype)], { ...c.attrs, accumulate: false })) },
    source: { saves: [], fn: (g, c) => apply(INDEX, [g], { linear: c.attrs.linear, outShape: [...c.inputs[1].shape] }) },
  },
});
export function put_(x: Tensor, index: Tensor, source: Tensor, accumulate = false): Tensor {
  checkInplace(x);
  if (index.dtype !== 'int64') throw new TorchError('RuntimeError', `put_(): Expected a long tensor for index, but got ${scalarTypeName(index.dtype)}`);
  if (source.dtype !== x.dtype) {
    throw new TorchError('RuntimeError', `put_(): self and source expected to have the same dtype, but got self.dtype = ${scalarTypeName(x.dtype)} and source.dtype = ${scalarTypeName(source.dtype)}`);
  }
  if (source.numel() !== index.numel()) {
    throw new TorchError('IndexError', `put_(): Expected source and index to have the same number of elements, but got source.numel() = ${source.numel()}, index.numel() = ${index.numel()}`);
  }
  const n = x.numel();
  if (n === 0 && index.numel() > 0) throw new TorchError('IndexError', 'put_(): Tried to put elements into an empty tensor');
  const v = index.toArray();
  const linear = new Int32Array(v.length);
  v.forEach((i, k) => {
    if (i < -n || i >= n) throw new TorchError('IndexError', `out of range: tried to access index ${i} on a tensor of ${n} elements.`);
    linear[k] = i < 0 ? i + n : i;
  });
  return applyInplace(PUT, [x, source], { linear, accumulate });
}

function broadcastTo(v: Tensor, shape: number[]): void {
  let b: number[] | null;
  try { b = broadcastShapes(v.shape, shape); } catch { b = null; }
  if (b === null || b.length !== shape.length || b.some((s, i) => s !== shape[i])) {
    throw new TorchError('RuntimeError', `shape mismatch: value tensor of shape [${v.shape.join(', ')}] cannot be broadcast to indexing result of shape [${shape.join(', ')}]`);
  }
}

// --- CopySlices: an in-place op on a view of a tensor that requires grad rewrites the base's history ------------
class CopySlices extends Node {
  constructor(private readonly base: { shape: readonly number[]; dtype: Tensor['dtype']; offset: number },
    private readonly view: { shape: number[]; strides: number[]; offset: number },
    private readonly fn: Node, baseEdge: Edge) {
    super('CopySlices', [baseEdge, ...fn.next.slice(1)], [base as InputMeta, ...fn.inputs.slice(1)], null);
    fn.retain();
  }
  apply(grads: readonly (Tensor | null)[]): (Tensor | null)[] {
    const grad = grads[0] as Tensor;
    // Double backward through CopySlices is not supported: its bookkeeping runs without recording.
    return noGrad(() => {
      const owned = cloneOf(grad);
      const region = viewOf(owned, this.view.shape, this.view.strides, this.view.offset - this.base.offset);
      const sliceGrad = K.contiguousAs(region);
      const res = this.fn.apply([sliceGrad === region ? cloneOf(region) : sliceGrad]);
      if (res[0]) K.copyInto(region, res[0]); else K.fill(region, 0);
      region.free();
      return [owned, ...res.slice(1)];
    });
  }
  releaseVariables(): void { this.fn.releaseVariables(); }
  protected onDestroy(): void { this.fn.release(); }
}
function cloneOf(t: Tensor): Tensor { const c = K.empty(t.shape, t.dtype); K.copyInto(c, t); return c; }

registerRebaseHistory((view, fn) => {
  const base = view._base as Tensor;
  const cs = new CopySlices({ shape: base.shape, dtype: base.dtype, offset: base.offset },
    { shape: [...view.shape], strides: [...view.strides], offset: view.offset }, fn, gradientEdge(base));
  const old = base._gradFn;
  base._gradFn = cs.retain();
  base._outputNr = 0;
  old?.release();
  // The view now reads from the rewritten base: its history is an as_strided view of it.
  regenerateViewHistory(view);
});

/** view.grad_fn := AsStridedBackward0 over the base's current history (PyTorch regenerates it the same way). */
function regenerateViewHistory(view: Tensor): void {
  const base = view._base as Tensor;
  view._viewVersion = view.version.value;
  const asStrided = new Node('AsStridedBackward0', [gradientEdge(base)], [{ shape: base.shape, dtype: base.dtype }],
    (g) => [embed(g, base.shape, { kind: 'strided', shape: [...view.shape], strides: [...view.strides], offset: view.offset - base.offset })]);
  const oldView = view._gradFn;
  view._gradFn = asStrided.retain();
  view._outputNr = 0;
  oldView?.release();
}
setViewRegenerator(regenerateViewHistory);
