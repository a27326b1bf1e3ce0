// Shapes, strides, broadcasting and dim wrapping, with PyTorch's error texts.
import { TorchError } from './errors';

export type Shape = readonly number[];

export function numel(shape: Shape): number {
  let n = 1;
  for (const s of shape) n *= s;
  return n;
}

export function contiguousStrides(shape: Shape): number[] {
  const st = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) { st[i] = acc; acc *= Math.max(shape[i], 1); }
  return st;
}

/** True when (shape, strides) is row-major contiguous (size-1 dims may have any stride, as in PyTorch). */
export function isContiguous(shape: Shape, strides: Shape): boolean {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] === 1) continue;
    if (strides[i] !== expected) return shape[i] === 0 || numel(shape) === 0;
    expected *= shape[i];
  }
  return true;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** `torch.Size([2, 3])` as PyTorch prints it. */
export function formatSize(shape: Shape): string {
  return `torch.Size([${shape.join(', ')}])`;
}

export function broadcastShapes(a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    const da = a[a.length - n + i] ?? 1, db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new TorchError('RuntimeError',
        `The size of tensor a (${da}) must match the size of tensor b (${db}) at non-singleton dimension ${i}`);
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/** Strides that read a tensor of (shape, strides) as if expanded to `target` (0 where broadcast). */
export function broadcastStrides(shape: Shape, strides: Shape, target: Shape): number[] {
  const out = new Array<number>(target.length).fill(0);
  const off = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[off + i] = shape[i] === 1 && target[off + i] !== 1 ? 0 : strides[i];
  return out;
}

/** Wraps a possibly negative dim into [0, ndim), with PyTorch's IndexError text. */
export function wrapDim(dim: number, ndim: number): number {
  const n = Math.max(ndim, 1);   // 0-d tensors accept dim 0 and -1
  if (!Number.isInteger(dim)) throw new TorchError('TypeError', `dim must be an int, got ${dim}`);
  if (dim < -n || dim >= n) {
    throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${dim})`);
  }
  return dim < 0 ? dim + n : dim;
}

/** Infers a single -1 in a view/reshape size, with PyTorch's errors. */
export function inferSize(size: Shape, total: number): number[] {
  let infer = -1, known = 1;
  for (let i = 0; i < size.length; i++) {
    if (size[i] === -1) {
      if (infer >= 0) throw new TorchError('RuntimeError', 'only one dimension can be inferred');
      infer = i;
    } else if (size[i] < 0) {
      throw new TorchError('RuntimeError', `invalid shape dimension ${size[i]}`);
    } else known *= size[i];
  }
  const out = [...size];
  if (infer >= 0) {
    if (known === 0 || total % known !== 0) {
      throw new TorchError('RuntimeError', `shape '[${size.join(', ')}]' is invalid for input of size ${total}`);
    }
    out[infer] = total / known;
  } else if (known !== total) {
    throw new TorchError('RuntimeError', `shape '[${size.join(', ')}]' is invalid for input of size ${total}`);
  }
  return out;
}

/**
 * Strides for viewing (shape, strides) as newShape without copying, or null when impossible
 * (PyTorch's computeStride: merges runs of dims that are contiguous with each other).
 */
export function viewStrides(shape: Shape, strides: Shape, newShape: Shape): number[] | null {
  if (numel(shape) === 0) return contiguousStrides(newShape);
  if (shape.length === 0) return newShape.map(() => 1);
  const newStrides = new Array<number>(newShape.length);
  let viewD = newShape.length - 1;
  let chunkBase = strides[strides.length - 1] ?? 1;
  let tensorNumel = 1, viewNumel = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    tensorNumel *= shape[d];
    if (d === 0 || (shape[d - 1] !== 1 && strides[d - 1] !== tensorNumel * chunkBase)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] === 1)) {
        newStrides[viewD] = viewNumel * chunkBase;
        viewNumel *= newShape[viewD];
        viewD--;
      }
      if (viewNumel !== tensorNumel) return null;
      if (d > 0) { chunkBase = strides[d - 1]; tensorNumel = 1; viewNumel = 1; }
    }
  }
  if (viewD !== -1) return null;
  return newStrides;
}

// --- memory layouts of new tensors (PyTorch's TensorIterator and memory_format=preserve) ---------------------------

/** c10's is_non_overlapping_and_dense: the elements fill a block of numel slots, each once, in some dim order. */
export function isNonOverlappingAndDense(shape: Shape, strides: Shape): boolean {
  const nd = shape.length;
  if (nd === 1) return shape[0] < 2 || strides[0] === 1;
  const perm = [...Array(nd).keys()].sort((a, b) => {
    // by stride, dims of size 0 or 1 last (a stable sort, as the order among them does not matter)
    if (shape[a] < 2) return shape[b] < 2 ? 0 : 1;
    if (shape[b] < 2) return -1;
    return strides[a] - strides[b];
  });
  let require = 1;
  for (const d of perm) {
    if (shape[d] < 2) return true;
    if (strides[d] !== require) return false;
    require *= shape[d];
  }
  return true;
}

/** Strides exactly row-major, size-1 dims included (stricter than isContiguous). */
export function isRowMajor(shape: Shape, strides: Shape): boolean {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (strides[i] !== expected) return false;
    expected *= Math.max(shape[i], 1);
  }
  return true;
}

/** Strides of a 4-D tensor laid out channels-last (NHWC in memory for an NCHW shape), as c10 computes them. */
/** c10's get_channels_last_strides_2d / _3d: channels fastest, then W, H (D), N (sizes as they are, 0 and 1 too). */
export function channelsLastStrides(shape: Shape): number[] {
  const nd = shape.length, st = new Array<number>(nd).fill(0);
  st[1] = 1;
  st[nd - 1] = shape[1];
  for (let d = nd - 2; d >= 2; d--) st[d] = st[d + 1] * shape[d + 1];
  st[0] = st[2] * shape[2];
  return st;
}
/** The dims of a channels-last layout from fastest to slowest: [1, 3, 2, 0] or [1, 4, 3, 2, 0]. */
const channelsLastOrder = (nd: number): number[] => (nd === 4 ? [1, 3, 2, 0] : [1, 4, 3, 2, 0]);
/** TensorImpl::compute_channels_last_contiguous_2d / _3d (`is_contiguous(memory_format=torch.channels_last)`). */
export function isChannelsLastContiguous(shape: Shape, strides: Shape, nd = 4): boolean {
  if (shape.length !== nd) return false;
  let expected = 1;
  for (const d of channelsLastOrder(nd)) {
    if (shape[d] === 1) continue;
    if (strides[d] !== expected) return false;
    expected *= shape[d];
  }
  return true;
}
const isChannelsLast = (shape: Shape, strides: Shape): boolean => isChannelsLastContiguous(shape, strides, 4);
/** c10's is_channels_last_strides_2d_s4 / _3d_s5: strides ordered as channels-last (gaps allowed). */
function stridesLikeChannelsLast(shape: Shape, strides: Shape): boolean {
  let min = 0;
  if (strides[1] === 0) return false;
  for (const d of channelsLastOrder(shape.length)) {
    if (shape[d] === 0) return false;
    if (strides[d] < min) return false;
    if (d === 0 && min === strides[1]) return false;
    min = strides[d];
    if (shape[d] > 1) min *= shape[d];
  }
  return true;
}
/** The memory formats of PyTorch (torch.contiguous_format, preserve_format, channels_last, channels_last_3d). */
export type MemoryFormat = 'contiguous' | 'preserve' | 'channels_last' | 'channels_last_3d';
/**
 * TensorBase::suggest_memory_format: channels_last for a 4-d tensor whose strides are ordered as that layout's
 * (TensorImpl's is_channels_last_), channels_last_3d likewise for 5-d, else contiguous.
 */
export function suggestMemoryFormat(shape: Shape, strides: Shape): 'contiguous' | 'channels_last' | 'channels_last_3d' {
  if (shape.length === 4 && stridesLikeChannelsLast(shape, strides)) return 'channels_last';
  if (shape.length === 5 && stridesLikeChannelsLast(shape, strides)) return 'channels_last_3d';
  return 'contiguous';
}
/** `is_contiguous(memory_format)` (preserve answers as contiguous, as TensorImpl's default does). */
export function isContiguousIn(shape: Shape, strides: Shape, format: MemoryFormat): boolean {
  if (format === 'channels_last') return isChannelsLastContiguous(shape, strides, 4);
  if (format === 'channels_last_3d') return isChannelsLastContiguous(shape, strides, 5);
  return isContiguous(shape, strides);
}
/**
 * The strides of a fresh tensor in `format` (TensorImpl::empty_tensor_restride), null for row-major; a
 * channels-last format needs a 4-d (5-d) shape, with c10's error otherwise.
 */
export function memoryFormatStrides(shape: Shape, format: 'contiguous' | 'channels_last' | 'channels_last_3d'): number[] | null {
  if (format === 'contiguous') return null;
  const nd = format === 'channels_last' ? 4 : 5;
  if (shape.length !== nd) throw new TorchError('RuntimeError', `required rank ${nd} tensor to use ${format} format`);
  return channelsLastStrides(shape);
}

/**
 * TensorIterator's insertion sort of dims, fastest first, from row-major order: shouldSwap(d0, d1) is 1 when d0
 * goes after d1 (moves slower), -1 when before, 0 when it cannot tell (the dims keep their order).
 */
export function sortDims(nd: number, shouldSwap: (d0: number, d1: number) => number): number[] {
  const perm = [...Array(nd).keys()].reverse();
  for (let i = 1; i < nd; i++) {
    let d1 = i;
    for (let d0 = i - 1; d0 >= 0; d0--) {
      const c = shouldSwap(perm[d0], perm[d1]);
      if (c > 0) { [perm[d0], perm[d1]] = [perm[d1], perm[d0]]; d1 = d0; } else if (c < 0) break;
    }
  }
  return perm;
}

/**
 * Strides PyTorch gives a new tensor made `like` t with memory_format=preserve (clone, .to(), *_like): t's own when
 * t is non-overlapping and dense, else dense strides in t's dim order (ATen's infer_dense_strides: the order
 * TensorIterator would sort t's dims in). null means row-major.
 */
export function preservedStrides(shape: Shape, strides: Shape): number[] | null {
  if (isContiguous(shape, strides)) return null;
  if (isNonOverlappingAndDense(shape, strides)) return strides.slice();
  const nd = shape.length;
  if (nd <= 1) return null;
  // 1: d0 goes after d1; a zero stride decides nothing (those dims keep their row-major place)
  const shouldSwap = (d0: number, d1: number): number => {
    const s0 = strides[d0], s1 = strides[d1];
    if (s0 === 0 || s1 === 0) return 0;
    if (s0 !== s1) return s0 < s1 ? -1 : 1;
    return shape[d0] > shape[d1] ? 1 : 0;
  };
  const out = new Array<number>(nd);
  let next = 1;
  for (const d of sortDims(nd, shouldSwap)) { out[d] = next; if (shape[d] > 1) next *= shape[d]; }
  return isRowMajor(shape, out) ? null : out;
}

/**
 * Strides of the output TensorIterator allocates for a pointwise op over `operands` (inputs in argument order) with
 * broadcast shape `shape`, or null for row-major: so `x.t() * 2` is laid out as x.t() is (PyTorch 1.13's
 * compute_fast_setup_type, then reorder_dimensions and allocate_or_resize_outputs).
 */
export function iteratorStrides(shape: Shape, operands: readonly { shape: Shape; strides: Shape }[]): number[] | null {
  const nd = shape.length;
  if (nd <= 1) return null;
  // Row-major operands (strides exactly so, size-1 dims included) keep the output row-major however they
  // broadcast: the common case, checked first without allocating.
  let rowMajor = true;
  for (let i = 0; i < operands.length && rowMajor; i++) rowMajor = isRowMajor(operands[i].shape, operands[i].strides);
  if (rowMajor) return null;
  // Fast setup: every operand of the output's shape, all row-major / all channels-last / all dense alike.
  if (operands.every((o) => sameShape(o.shape, shape))) {
    if (operands.every((o) => isContiguous(o.shape, o.strides))) return null;
    if (operands.every((o) => isChannelsLast(o.shape, o.strides))) return channelsLastStrides(shape);
    if (operands.every((o) => isNonOverlappingAndDense(o.shape, o.strides))) {
      const first = operands[0].strides;
      if (operands.every((o) => o.strides.every((s, i) => s === first[i]))) return first.slice();
    }
  }
  // Each operand's strides over the output's dims: 0 where it is broadcast (or missing).
  const rows = operands.map((o) => {
    const off = nd - o.shape.length;
    return shape.map((s, d) => (d < off || (o.shape[d - off] === 1 && s !== 1) ? 0 : o.strides[d - off]));
  });
  // 1: dim0 goes after dim1 (is slower), -1: before, 0: no operand decides.
  const shouldSwap = (d0: number, d1: number): number => {
    for (const st of rows) {
      const s0 = st[d0], s1 = st[d1];
      if (s0 === 0 || s1 === 0) continue;
      if (s0 < s1) return -1;
      if (s0 > s1) return 1;
      if (shape[d0] > shape[d1]) return 1;
    }
    return 0;
  };
  const perm = sortDims(nd, shouldSwap);
  if (perm.every((p, j) => p === nd - 1 - j)) return null;
  const out = new Array<number>(nd);
  let next = 1;
  for (const d of perm) { out[d] = next; next *= shape[d]; }
  return out;
}

/**
 * The matrix index, in an operand whose batch dims are `shape`, that batch element b (row-major) of the broadcast
 * batch shape `batch` reads (size-1 and missing dims broadcast).
 */
export function broadcastBatchIndex(batch: readonly number[], shape: readonly number[], b: number): number {
  let rem = b, at = 0, stride = 1;
  for (let d = batch.length - 1; d >= 0; d--) {
    const i = rem % batch[d]; rem = Math.floor(rem / batch[d]);
    const sd = d - (batch.length - shape.length);
    if (sd >= 0) { if (shape[sd] !== 1) at += i * stride; stride *= shape[sd]; }
  }
  return at;
}
