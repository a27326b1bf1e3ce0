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
