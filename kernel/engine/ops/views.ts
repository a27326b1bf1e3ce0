// View ops: outputs share storage with their input (PyTorch's view semantics), each with its backward node.
import { BackwardContext } from '../autograd/node';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { contiguousStrides, formatSize, inferSize, isContiguous, isContiguousIn, isNonOverlappingAndDense, isRowMajor, MemoryFormat, memoryFormatStrides, numel, preservedStrides, Shape, suggestMemoryFormat, viewStrides, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, checkInplace, defineOp, OpDef } from './apply';

/** A tensor object over x's storage with the given geometry (shares x's version counter). */
export function viewOf(x: Tensor, shape: Shape, strides: Shape, offset = x.offset): Tensor {
  return new Tensor(x.storage, offset, shape, strides, x.dtype, x.version);
}

const shapeOf = (c: BackwardContext, i = 0): readonly number[] => c.inputs[i].shape;

export function viewDef(name: string, node: string, forward: (x: Tensor, a: Record<string, unknown>) => Tensor,
  grad: (g: Tensor, c: BackwardContext) => Tensor): OpDef {
  return defineOp({ name, node, args: ['self'], view: true, forward: ([x], a) => forward(x, a), grads: { self: { saves: [], fn: grad } } });
}

export const VIEW = viewDef('view', 'ViewBackward0', (x, a) => viewOf(x, a.shape as number[], a.strides as number[]), (g, c) => reshape(g, shapeOf(c)));
export const RESHAPE_ALIAS = viewDef('reshape', 'ReshapeAliasBackward0', (x, a) => viewOf(x, a.shape as number[], a.strides as number[]), (g, c) => reshape(g, shapeOf(c)));
export const UNSAFE_VIEW = defineOp({
  name: '_unsafe_view', node: 'UnsafeViewBackward0', args: ['self'],
  forward: ([x], a) => viewOf(x, a.shape as number[], contiguousStrides(a.shape as number[])),
  grads: { self: { saves: [], fn: (g, c) => reshape(g, shapeOf(c)) } },
});
export const ALIAS = viewDef('alias', 'AliasBackward0', (x) => viewOf(x, x.shape, x.strides), (g) => g);
function unsqueezeView(x: Tensor, a: Record<string, unknown>): Tensor {
  const d = a.dim as number;
  const shape = [...x.shape], strides = [...x.strides];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < x.ndim ? x.strides[d] * x.shape[d] : 1);
  return viewOf(x, shape, strides);
}
function squeezeDimView(x: Tensor, a: Record<string, unknown>): Tensor {
  const d = a.dim as number;
  if (x.ndim === 0 || x.shape[d] !== 1) return viewOf(x, x.shape, x.strides);
  return viewOf(x, x.shape.filter((_, i) => i !== d), x.strides.filter((_, i) => i !== d));
}
const squeezeDimGrad = (g: Tensor, c: BackwardContext): Tensor => (shapeOf(c).length > g.ndim ? unsqueeze(g, c.attrs.dim as number) : g);
function transposeView(x: Tensor, a: Record<string, unknown>): Tensor {
  const d0 = a.dim0 as number, d1 = a.dim1 as number;
  const shape = [...x.shape], strides = [...x.strides];
  [shape[d0], shape[d1]] = [shape[d1], shape[d0]];
  [strides[d0], strides[d1]] = [strides[d1], strides[d0]];
  return viewOf(x, shape, strides);
}
const transposeGrad = (g: Tensor, c: BackwardContext): Tensor => transpose(g, c.attrs.dim0 as number, c.attrs.dim1 as number);
export const UNSQUEEZE = viewDef('unsqueeze', 'UnsqueezeBackward0', unsqueezeView, (g, c) => squeeze(g, c.attrs.dim as number));
export const SQUEEZE_ALL = viewDef('squeeze', 'SqueezeBackward0',
  (x) => viewOf(x, x.shape.filter((s) => s !== 1), x.strides.filter((_, i) => x.shape[i] !== 1)),
  (g, c) => reshape(g, shapeOf(c)));
export const SQUEEZE_DIM = viewDef('squeeze', 'SqueezeBackward1', squeezeDimView, squeezeDimGrad);
export const T = viewDef('t', 'TBackward0', (x) => viewOf(x, [...x.shape].reverse(), [...x.strides].reverse()), (g) => t(g));
export const TRANSPOSE = viewDef('transpose', 'TransposeBackward0', transposeView, transposeGrad);
export const PERMUTE = viewDef('permute', 'PermuteBackward0', (x, a) => {
  const dims = a.dims as number[];
  return viewOf(x, dims.map((d) => x.shape[d]), dims.map((d) => x.strides[d]));
}, (g, c) => {
  const dims = c.attrs.dims as number[];
  const inv = new Array<number>(dims.length);
  dims.forEach((d, i) => { inv[d] = i; });
  return permute(g, inv);
});
// Broadcasting is undone by the engine (sum to the input's shape), so expand's formula is the identity.
export const EXPAND = viewDef('expand', 'ExpandBackward0', (x, a) => {
  const shape = a.shape as number[];
  return viewOf(x, shape, K.broadcastStridesFor(x, shape));
}, (g) => g);
export const SELECT = viewDef('select', 'SelectBackward0', (x, a) => {
  const d = a.dim as number, i = a.index as number;
  return viewOf(x, x.shape.filter((_, k) => k !== d), x.strides.filter((_, k) => k !== d), x.offset + i * x.strides[d]);
}, (g, c) => embed(g, shapeOf(c), { kind: 'select', dim: c.attrs.dim as number, index: c.attrs.index as number }));
export const SLICE = viewDef('slice', 'SliceBackward0', (x, a) => sliceGeometry(x, a.dim as number, a.start as number, a.end as number, a.step as number),
  (g, c) => embed(g, shapeOf(c), { kind: 'slice', dim: c.attrs.dim as number, start: c.attrs.start as number, end: c.attrs.end as number, step: c.attrs.step as number }));
export const AS_STRIDED = viewDef('as_strided', 'AsStridedBackward0',
  (x, a) => viewOf(x, a.shape as number[], a.strides as number[], a.offset as number),
  (g, c) => embed(g, shapeOf(c), { kind: 'strided', shape: c.attrs.shape as number[], strides: c.attrs.strides as number[], offset: (c.attrs.offset as number) - (c.attrs.baseOffset as number) }));

function sliceGeometry(x: Tensor, d: number, start: number, end: number, step: number): Tensor {
  const len = Math.max(0, Math.ceil((end - start) / step));
  const shape = [...x.shape], strides = [...x.strides];
  shape[d] = len;
  strides[d] = x.strides[d] * step;
  return viewOf(x, shape, strides, x.offset + start * x.strides[d]);   // an empty slice too, as PyTorch
}

// --- embedding a gradient into zeros of the input's shape (the backward of select/slice/as_strided) -------------
export type Region =
  | { kind: 'select'; dim: number; index: number }
  | { kind: 'slice'; dim: number; start: number; end: number; step: number }
  | { kind: 'strided'; shape: number[]; strides: number[]; offset: number };

export function regionOf(base: Tensor, r: Region): Tensor {
  if (r.kind === 'select') return SELECT.forward([base], r) as Tensor;
  if (r.kind === 'slice') return sliceGeometry(base, r.dim, r.start, r.end, r.step);
  return viewOf(base, r.shape, r.strides, base.offset + r.offset);
}

const EMBED = defineOp({
  name: 'embed', node: 'SliceBackwardBackward0', args: ['grad'],
  forward: ([g], a) => {
    const out = K.full(a.shape as number[], 0, g.dtype);
    const region = regionOf(out, a.region as Region);
    K.copyInto(region, g);
    region.free();
    return out;
  },
  grads: { grad: { saves: [], fn: (g, c) => contiguous(regionOfView(g, c.attrs.region as Region)) } },
});
function regionOfView(g: Tensor, r: Region): Tensor {
  if (r.kind === 'select') return select(g, r.dim, r.index);
  if (r.kind === 'slice') return slice(g, r.dim, r.start, r.end, r.step);
  return apply(AS_STRIDED, [g], { shape: r.shape, strides: r.strides, offset: g.offset + r.offset, baseOffset: g.offset });
}
export function embed(g: Tensor, shape: readonly number[], region: Region): Tensor {
  return apply(EMBED, [g], { shape, region });
}

// --- public functions ----------------------------------------------------------------------------------------------
export function view(x: Tensor, shape: readonly number[]): Tensor {
  const size = inferSize(shape, x.numel());
  const strides = viewStrides(x.shape, x.strides, size);
  if (!strides) {
    throw new TorchError('RuntimeError', "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  }
  return apply(VIEW, [x], { shape: size, strides });
}
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const size = inferSize(shape, x.numel());
  const strides = viewStrides(x.shape, x.strides, size);
  if (strides) return apply(RESHAPE_ALIAS, [x], { shape: size, strides });
  return apply(UNSAFE_VIEW, [clone(x)], { shape: size });
}
export function flatten(x: Tensor, startDim = 0, endDim = -1): Tensor {
  if (x.ndim === 0) return reshape(x, [1]);
  const s = wrapDim(startDim, x.ndim), e = wrapDim(endDim, x.ndim);
  if (s > e) throw new TorchError('RuntimeError', 'flatten() has invalid args: start_dim cannot come after end_dim');
  if (s === e) return x;
  const shape = [...x.shape.slice(0, s), numel(x.shape.slice(s, e + 1)), ...x.shape.slice(e + 1)];
  return reshape(x, shape);
}
export function unsqueeze(x: Tensor, dim: number): Tensor { return apply(UNSQUEEZE, [x], { dim: wrapDim(dim, x.ndim + 1) }); }
export function squeeze(x: Tensor, dim?: number): Tensor {
  if (dim === undefined) return apply(SQUEEZE_ALL, [x]);
  return apply(SQUEEZE_DIM, [x], { dim: wrapDim(dim, x.ndim) });
}
export function t(x: Tensor): Tensor {
  if (x.ndim > 2) throw new TorchError('RuntimeError', `t() expects a tensor with <= 2 dimensions, but self is ${x.ndim}D`);
  return apply(T, [x]);
}
export function transpose(x: Tensor, dim0: number, dim1: number): Tensor {
  return apply(TRANSPOSE, [x], { dim0: wrapDim(dim0, x.ndim), dim1: wrapDim(dim1, x.ndim) });
}
export function permute(x: Tensor, dims: readonly number[]): Tensor {
  if (dims.length !== x.ndim) {
    throw new TorchError('RuntimeError', `permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${x.ndim} is not equal to len(dims) = ${dims.length}`);
  }
  const wrapped = dims.map((d) => wrapDim(d, x.ndim));
  if (new Set(wrapped).size !== wrapped.length) throw new TorchError('RuntimeError', 'permute(): duplicate dims are not allowed.');
  return apply(PERMUTE, [x], { dims: wrapped });
}
/** x.T: reverses all dims (PermuteBackward0). */
export function reverseDims(x: Tensor): Tensor { return apply(PERMUTE, [x], { dims: [...Array(x.ndim).keys()].reverse() }); }
/** The shape x expands to for `sizes` (-1 keeps a size), or PyTorch's error. */
export function expandShape(x: Tensor, sizes: readonly number[]): number[] {
  if (sizes.length < x.ndim) {
    throw new TorchError('RuntimeError', `expand(torch.FloatTensor{[${x.shape.join(', ')}]}, size=[${sizes.join(', ')}]): the number of sizes provided (${sizes.length}) must be greater or equal to the number of dimensions in the tensor (${x.ndim})`);
  }
  const off = sizes.length - x.ndim;
  return sizes.map((s, i) => {
    const cur = i >= off ? x.shape[i - off] : 1;
    if (s === -1) {
      if (i < off) throw new TorchError('RuntimeError', `The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension ${i}`);
      return cur;
    }
    if (cur !== 1 && cur !== s) {
      throw new TorchError('RuntimeError', `The expanded size of the tensor (${s}) must match the existing size (${cur}) at non-singleton dimension ${i}.  Target sizes: [${sizes.join(', ')}].  Tensor sizes: [${x.shape.join(', ')}]`);
    }
    return s;
  });
}
export function expand(x: Tensor, sizes: readonly number[]): Tensor {
  const shape = expandShape(x, sizes);
  return apply(EXPAND, [x], { shape });
}
export function expand_as(x: Tensor, other: Tensor): Tensor { return expand(x, other.shape); }
export function select(x: Tensor, dim: number, index: number): Tensor {
  if (x.ndim === 0) throw new TorchError('IndexError', 'select() cannot be applied to a 0-dim tensor.');
  const d = wrapDim(dim, x.ndim);
  const size = x.shape[d];
  if (index < -size || index >= size) {
    throw new TorchError('IndexError', `select(): index ${index} out of range for tensor of size [${x.shape.join(', ')}] at dimension ${d}`);
  }
  return apply(SELECT, [x], { dim: d, index: index < 0 ? index + size : index });
}
/** x[start:end:step] along dim, with Python's clamping of out-of-range bounds. */
export function slice(x: Tensor, dim: number, start: number | null = null, end: number | null = null, step = 1): Tensor {
  if (step <= 0) throw new TorchError('ValueError', 'step must be greater than zero');
  const d = wrapDim(dim, x.ndim);
  const size = x.shape[d];
  const norm = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    const w = v < 0 ? v + size : v;
    return Math.min(Math.max(w, 0), size);
  };
  const s = norm(start, 0);
  const e = Math.max(norm(end, size), s);
  return apply(SLICE, [x], { dim: d, start: s, end: e, step });
}
export function alias(x: Tensor): Tensor { return apply(ALIAS, [x]); }

// --- copies ----------------------------------------------------------------------------------------------------------
// memory_format: clone() keeps a dense tensor's strides (preserve, PyTorch's default), contiguous() and the
// engine's own copies are row-major; .to() (_to_copy) preserves by default; channels_last / channels_last_3d lay
// a 4-d / 5-d copy out channels fastest.
/** The strides of a copy of x in `format` (null: row-major): ATen's clone / _to_copy / empty_like rules (preserve:
 * a dense tensor's strides exactly, else dense strides in x's dim order). */
export function copyStrides(x: Tensor, format: MemoryFormat): Shape | null {
  if (format !== 'preserve') return memoryFormatStrides(x.shape, format);
  if (isNonOverlappingAndDense(x.shape, x.strides)) return isRowMajor(x.shape, x.strides) ? null : x.strides.slice();
  return preservedStrides(x.shape, x.strides);
}
export const CLONE = defineOp({
  name: 'clone', node: 'CloneBackward0', args: ['self'],
  forward: ([x], a) => K.copyOf(x, x.dtype, copyStrides(x, a.format as MemoryFormat)),
  grads: { self: { saves: [], fn: (g) => g } },
});
export const TO_COPY = defineOp({
  name: '_to_copy', node: 'ToCopyBackward0', args: ['self'],
  forward: ([x], a) => K.copyOf(x, a.dtype as Tensor['dtype'], copyStrides(x, (a.format ?? 'preserve') as MemoryFormat)),
  grads: { self: { saves: [], fn: (g) => g } },   // the engine converts the gradient back to the input's dtype
});
/** A copy: row-major, laid out as x when x is dense ('preserve', Tensor.clone()'s default), or channels-last. */
export function clone(x: Tensor, memoryFormat: MemoryFormat = 'contiguous'): Tensor {
  if (memoryFormat !== 'preserve') memoryFormatStrides(x.shape, memoryFormat);   // the rank check
  return apply(CLONE, [x], { format: memoryFormat });
}
/** x itself when it is contiguous in `memoryFormat`, else a copy in that format (ATen's contiguous). */
export function contiguous(x: Tensor, memoryFormat: MemoryFormat = 'contiguous'): Tensor {
  if (isContiguousIn(x.shape, x.strides, memoryFormat)) return x;
  if (memoryFormat === 'preserve') throw new TorchError('RuntimeError', 'preserve memory format is unsupported by the contiguous operator');
  return clone(x, memoryFormat);
}
/**
 * `x.to(dtype, copy=, memory_format=)`: x itself when nothing changes (the same dtype, no copy, and preserve or
 * x's suggested format already: to_will_alias), else _to_copy.
 */
export function to(x: Tensor, dtype: Tensor['dtype'], copy = false, memoryFormat: MemoryFormat = 'preserve'): Tensor {
  if (dtype === x.dtype && !copy && (memoryFormat === 'preserve' || suggestMemoryFormat(x.shape, x.strides) === memoryFormat)) return x;
  if (memoryFormat !== 'preserve') memoryFormatStrides(x.shape, memoryFormat);
  return apply(TO_COPY, [x], { dtype, format: memoryFormat });
}
/** detach(): same storage and version counter, no history. */
export function detach(x: Tensor): Tensor {
  return viewOf(x, x.shape, x.strides);
}
/** `x.data`: same storage, no history, a fresh version counter (changes through it are not tracked). */
export function data(x: Tensor): Tensor { return new Tensor(x.storage, x.offset, x.shape, x.strides, x.dtype); }

export function checkSize(shape: readonly number[]): void {
  for (const s of shape) {
    if (!Number.isInteger(s) || s < 0) throw new TorchError('RuntimeError', `Trying to create tensor with negative dimension ${s}: ${formatSize(shape).slice(11, -1)}`);
  }
}
export { isContiguous };

// In-place view ops that PyTorch's composites apply to a temporary of their own (quantile's squeeze_ /
// unsqueeze_ / transpose_ on its result): the same views, recorded under the in-place ops' node names. Only for
// tensors nothing else refers to, where a view and an in-place change of geometry cannot be told apart.
const UNSQUEEZE_TEMP = viewDef('unsqueeze_', 'UnsqueezeBackward1', unsqueezeView, (g, c) => squeeze(g, c.attrs.dim as number));
const SQUEEZE_DIM_TEMP = viewDef('squeeze_', 'SqueezeBackward3', squeezeDimView, squeezeDimGrad);
const TRANSPOSE_TEMP = viewDef('transpose_', 'TransposeBackward1', transposeView, transposeGrad);

/** x.squeeze_(dim) / x.unsqueeze_(dim) / x.transpose_(dim0, dim1) on a temporary (see above): a new tensor. */
export function tempInplaceView(x: Tensor, op: 'squeeze_' | 'unsqueeze_' | 'transpose_', a: number, b: number): Tensor {
  if (op === 'unsqueeze_') return apply(UNSQUEEZE_TEMP, [x], { dim: wrapDim(a, x.ndim + 1) });
  if (op === 'squeeze_') return apply(SQUEEZE_DIM_TEMP, [x], { dim: wrapDim(a, x.ndim) });
  return apply(TRANSPOSE_TEMP, [x], { dim0: wrapDim(a, x.ndim), dim1: wrapDim(b, x.ndim) });
}

// --- in-place geometry changes: unsqueeze_, squeeze_, t_, transpose_ ---------------------------------------------------
// PyTorch changes the tensor's own sizes and strides. Here the tensor object is replaced (the Python facade moves its
// handle): the new tensor shares storage and version counter, is a view exactly when the old one was (of the same
// base), keeps a leaf's requires_grad and .grad, and records the in-place ops' nodes.
const INPLACE_VIEW_OPS = {
  unsqueeze_: defineOp({ name: 'unsqueeze_', node: 'UnsqueezeBackward1', args: ['self'], forward: ([x], a) => unsqueezeView(x, a),
    grads: { self: { saves: [], fn: (g, c) => squeeze(g, c.attrs.dim as number) } } }),
  squeeze_dim_: defineOp({ name: 'squeeze_', node: 'SqueezeBackward3', args: ['self'], forward: ([x], a) => squeezeDimView(x, a),
    grads: { self: { saves: [], fn: squeezeDimGrad } } }),
  squeeze_: defineOp({ name: 'squeeze_', node: 'SqueezeBackward2', args: ['self'],
    forward: ([x]) => viewOf(x, x.shape.filter((s) => s !== 1), x.strides.filter((_, i) => x.shape[i] !== 1)),
    grads: { self: { saves: [], fn: (g, c) => reshape(g, shapeOf(c)) } } }),
  t_: defineOp({ name: 't_', node: 'TBackward1', args: ['self'], forward: ([x]) => viewOf(x, [...x.shape].reverse(), [...x.strides].reverse()),
    grads: { self: { saves: [], fn: (g) => t(g) } } }),
  transpose_: defineOp({ name: 'transpose_', node: 'TransposeBackward1', args: ['self'], forward: ([x], a) => transposeView(x, a),
    grads: { self: { saves: [], fn: transposeGrad } } }),
};
export function inplaceView(x: Tensor, op: 'unsqueeze_' | 'squeeze_' | 't_' | 'transpose_', a: number | null, b: number | null): Tensor {
  checkInplace(x);
  let r: Tensor;
  if (op === 'unsqueeze_') r = apply(INPLACE_VIEW_OPS.unsqueeze_, [x], { dim: wrapDim(a as number, x.ndim + 1) });
  else if (op === 'squeeze_') {
    r = a === null ? apply(INPLACE_VIEW_OPS.squeeze_, [x]) : apply(INPLACE_VIEW_OPS.squeeze_dim_, [x], { dim: wrapDim(a, x.ndim) });
  } else if (op === 't_') {
    if (x.ndim > 2) throw new TorchError('RuntimeError', `t_() expects a tensor with <= 2 dimensions, but self is ${x.ndim}D`);
    r = apply(INPLACE_VIEW_OPS.t_, [x]);
  } else r = apply(INPLACE_VIEW_OPS.transpose_, [x], { dim0: wrapDim(a as number, x.ndim), dim1: wrapDim(b as number, x.ndim) });
  if (x._base !== null) { r._base = x._base.retain(); r._viewVersion = x._viewVersion; r._viewCreation = x._viewCreation; }
  if (r._gradFn === null && x.is_leaf) {   // not recorded (no grad, or grad mode off): the same leaf
    r._requiresGrad = x._requiresGrad;
    if (x._grad) r._grad = x._grad.retain();
  }
  // An in-place op: x._version goes up as in PyTorch (the view's own history stays current)
  const current = r._viewVersion === r.version.value;
  r.version.bump();
  if (current) r._viewVersion = r.version.value;
  return r;
}
