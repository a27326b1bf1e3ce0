// The compute layer: tensors in, tensors out, through the wasm kernel. No autograd here (ops/ records graphs);
// every function allocates its result (or writes into a given `out`) and frees its own temporaries.
import { DType, itemSize } from './dtype';
import { TorchError } from './errors';
import { broadcastShapes, broadcastStrides, numel, Shape } from './shape';
import { Tensor } from './tensor';
import { allocBytes, checkScratch, mem, wasm, writeMeta } from './wasm';

export const DT: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };

export const UnaryOp = {
  neg: 0, exp: 1, log: 2, sqrt: 3, abs: 4, sin: 5, cos: 6, tanh: 7, sigmoid: 8, relu: 9, sign: 10, reciprocal: 11,
  clamp: 12, powScalar: 13, rpowScalar: 14, log1p: 15, expm1: 16, floor: 17, ceil: 18, round: 19, trunc: 20,
  rsqrt: 21, tan: 22, asin: 23, acos: 24, atan: 25, sinh: 26, cosh: 27, log2: 28, log10: 29, square: 30,
  scale: 31, leakyRelu: 32, logicalNot: 33,
} as const;
export type UnaryOpName = keyof typeof UnaryOp;

export const BinaryOp = { add: 0, sub: 1, mul: 2, div: 3, pow: 4, maximum: 5, minimum: 6, floorDivide: 7, remainder: 8, atan2: 9 } as const;
export type BinaryOpName = keyof typeof BinaryOp;

export const CompareOp = { eq: 0, ne: 1, lt: 2, le: 3, gt: 4, ge: 5 } as const;
export type CompareOpName = keyof typeof CompareOp;

export const ReduceOp = { sum: 0, prod: 1, max: 2, min: 3, argmax: 4, argmin: 5, var: 6, logsumexp: 7 } as const;
export type ReduceOpName = keyof typeof ReduceOp;

/**
 * The shortest walk visiting the same elements in the same order: size-1 dims dropped, and dims d, d+1 merged
 * where every operand has stride[d] = stride[d+1]·shape[d+1]. A contiguous tensor (or a contiguous one with a
 * broadcast scalar) becomes a single row (a 0-d tensor one element: kernels need ndim ≥ 1), which the kernel runs with SIMD; [N, M] + [M] keeps one SIMD row per N.
 */
export function coalesce(shape: Shape, rows: (readonly number[])[]): { shape: number[]; strides: number[][] } {
  const outShape: number[] = [];
  const out: number[][] = rows.map(() => []);
  for (let d = 0; d < shape.length; d++) {
    const n = shape[d];
    if (n === 1) continue;
    const last = outShape.length - 1;
    if (last >= 0 && rows.every((r, i) => out[i][last] === r[d] * n)) {
      outShape[last] *= n;
      rows.forEach((r, i) => { out[i][last] = r[d]; });
    } else {
      outShape.push(n);
      rows.forEach((r, i) => out[i].push(r[d]));
    }
  }
  if (outShape.length === 0) return { shape: [1], strides: rows.map(() => [1]) };
  return { shape: outShape, strides: out };
}
/** Writes the meta block for a coalesced walk of `shape` over the operands' stride rows; returns [ndim, meta]. */
function walkMeta(shape: Shape, ...rows: (readonly number[])[]): [number, number] {
  const c = coalesce(shape, rows);
  return [c.shape.length, writeMeta(c.shape, ...c.strides)];
}

export function empty(shape: Shape, dtype: DType): Tensor { return Tensor.empty(shape, dtype); }

export function broadcastStridesFor(x: Tensor, shape: Shape): number[] { return broadcastStrides(x.shape, x.strides, shape); }

/** A view of t narrowed to [start, start+len) along dim (no autograd; for kernels that fill regions). */
export function narrow(t: Tensor, dim: number, start: number, len: number): Tensor {
  const shape = [...t.shape];
  shape[dim] = len;
  return new Tensor(t.storage, t.offset + start * t.strides[dim], shape, t.strides, t.dtype, t.version);
}

export function unsqueezeView(t: Tensor, dim: number): Tensor {
  const shape = [...t.shape], strides = [...t.strides];
  shape.splice(dim, 0, 1);
  strides.splice(dim, 0, 1);
  return new Tensor(t.storage, t.offset, shape, strides, t.dtype, t.version);
}

export function broadcastOut(a: Tensor, b: Tensor): number[] { return broadcastShapes(a.shape, b.shape); }

/** dst[...] = src broadcast to dst's shape, converting dtype. */
export function copyInto(dst: Tensor, src: Tensor): void {
  if (numel(dst.shape) === 0) return;
  const [nd, m] = walkMeta(dst.shape, broadcastStrides(src.shape, src.strides, dst.shape), dst.strides);
  wasm().copy(nd, m, DT[src.dtype],
    src.storage.ptr + src.offset * src.itemsize, DT[dst.dtype], dst.storage.ptr + dst.offset * dst.itemsize);
}

/** A contiguous tensor with t's values in `dtype` (t itself when nothing needs to change). */
export function contiguousAs(t: Tensor, dtype: DType = t.dtype): Tensor {
  if (t.dtype === dtype && t.is_contiguous()) return t;
  const out = empty(t.shape, dtype);
  copyInto(out, t);
  return out;
}

export function cast(t: Tensor, dtype: DType): Tensor {
  if (t.dtype === dtype) return t;
  const out = empty(t.shape, dtype);
  copyInto(out, t);
  return out;
}

export function fill(t: Tensor, value: number): void {
  if (numel(t.shape) === 0) return;
  const [nd, m] = walkMeta(t.shape, t.strides);
  wasm().fill(nd, m, DT[t.dtype], t.storage.ptr + t.offset * t.itemsize, value);
}

export function full(shape: Shape, value: number, dtype: DType): Tensor {
  const t = empty(shape, dtype);
  fill(t, value);
  return t;
}

/** Frees `t` unless it is one of `keep` (for temporaries made by cast/contiguousAs). */
function dropTemp(t: Tensor, ...keep: Tensor[]): void { if (!keep.includes(t)) t.free(); }

export function unaryInto(op: UnaryOpName, x: Tensor, out: Tensor, p0 = NaN, p1 = NaN): Tensor {
  if (numel(out.shape) === 0) return out;
  const src = cast(x, out.dtype);
  const [nd, m] = walkMeta(out.shape, broadcastStrides(src.shape, src.strides, out.shape), out.strides);
  wasm().unary(UnaryOp[op], DT[out.dtype], nd, m,
    src.storage.ptr + src.offset * src.itemsize, out.storage.ptr + out.offset * out.itemsize, p0, p1);
  dropTemp(src, x);
  return out;
}

export function unary(op: UnaryOpName, x: Tensor, p0 = NaN, p1 = NaN, dtype: DType = x.dtype): Tensor {
  return unaryInto(op, x, empty(x.shape, dtype), p0, p1);
}

/** out = a (op) b with broadcasting; a and b are converted to out's dtype. */
export function binaryInto(op: BinaryOpName, a: Tensor, b: Tensor, out: Tensor): Tensor {
  if (numel(out.shape) === 0) return out;
  const ca = cast(a, out.dtype), cb = cast(b, out.dtype);
  const [nd, m] = walkMeta(out.shape, broadcastStrides(ca.shape, ca.strides, out.shape),
    broadcastStrides(cb.shape, cb.strides, out.shape), out.strides);
  const sz = itemSize(out.dtype);
  wasm().binary(BinaryOp[op], DT[out.dtype], nd, m, ca.storage.ptr + ca.offset * sz,
    cb.storage.ptr + cb.offset * sz, out.storage.ptr + out.offset * sz);
  dropTemp(ca, a, b);
  dropTemp(cb, a, b);
  return out;
}

export function binary(op: BinaryOpName, a: Tensor, b: Tensor, dtype: DType): Tensor {
  return binaryInto(op, a, b, empty(broadcastShapes(a.shape, b.shape), dtype));
}

/** Comparison in `dtype` (the promoted type of a and b) → bool tensor. */
export function compare(op: CompareOpName, a: Tensor, b: Tensor, dtype: DType): Tensor {
  const out = empty(broadcastShapes(a.shape, b.shape), 'bool');
  if (numel(out.shape) === 0) return out;
  const ca = cast(a, dtype), cb = cast(b, dtype);
  const [nd, m] = walkMeta(out.shape, broadcastStrides(ca.shape, ca.strides, out.shape),
    broadcastStrides(cb.shape, cb.strides, out.shape), out.strides);
  const sz = itemSize(dtype);
  wasm().compare(CompareOp[op], DT[dtype], nd, m, ca.storage.ptr + ca.offset * sz,
    cb.storage.ptr + cb.offset * sz, out.storage.ptr);
  dropTemp(ca, a, b);
  dropTemp(cb, a, b);
  return out;
}

export function where(cond: Tensor, a: Tensor, b: Tensor, dtype: DType): Tensor {
  const shape0 = broadcastShapes(broadcastShapes(cond.shape, a.shape), b.shape);
  const out = empty(shape0, dtype);
  if (numel(shape0) === 0) return out;
  const cc = cast(cond, 'bool'), ca = cast(a, dtype), cb = cast(b, dtype);
  const [nd, m] = walkMeta(shape0, broadcastStrides(cc.shape, cc.strides, shape0),
    broadcastStrides(ca.shape, ca.strides, shape0), broadcastStrides(cb.shape, cb.strides, shape0), out.strides);
  const sz = itemSize(dtype);
  wasm().where(DT[dtype], nd, m, cc.storage.ptr + cc.offset, ca.storage.ptr + ca.offset * sz,
    cb.storage.ptr + cb.offset * sz, out.storage.ptr);
  dropTemp(cc, cond);
  dropTemp(ca, a, b);
  dropTemp(cb, a, b);
  return out;
}

/**
 * Reduces over `dims` (all dims when null). Result dtype: int64 for arg* and for sum/prod of integers/bools,
 * else the input's. `p`: the correction of var.
 */
export function reduce(op: ReduceOpName, x: Tensor, dims: number[] | null, keepdim: boolean, p = 0): Tensor {
  const nd = x.ndim;
  const all = dims === null || nd === 0 ? [...Array(nd).keys()] : [...new Set(dims)].sort((u, v) => u - v);
  const outShape = keepdim ? x.shape.map((s, i) => (all.includes(i) ? 1 : s)) : x.shape.filter((_, i) => !all.includes(i));
  const integral = x.dtype === 'int64' || x.dtype === 'bool';
  const workDtype: DType = integral && (op === 'sum' || op === 'prod') ? 'int64' : x.dtype;
  const outDtype: DType = op === 'argmax' || op === 'argmin' ? 'int64' : workDtype;
  const kept = [...Array(nd).keys()].filter((i) => !all.includes(i));
  const outer = numel(kept.map((i) => x.shape[i]));
  const n = numel(all.map((i) => x.shape[i]));
  const out = empty(outShape, outDtype);
  if (n === 0 && op !== 'sum' && op !== 'prod' && outer > 0) {
    const name = op === 'argmax' || op === 'argmin' ? op : op === 'var' ? 'var' : op === 'max' ? 'max' : 'min';
    if (op !== 'var') {
      out.free();
      throw new TorchError('IndexError', `${name}(): Expected reduction dim ${dims === null ? '' : all[0] + ' '}to have non-zero size.`);
    }
  }
  if (outer === 0) return out;
  if (n === 0) { fill(out, op === 'prod' ? 1 : op === 'var' ? NaN : 0); return out; }
  // In place when x is contiguous and the reduced dims (size-1 dims aside) are adjacent: [outer, n, inner].
  const span = all.filter((i) => x.shape[i] !== 1);
  const first = span.length ? span[0] : nd, last = span.length ? span[span.length - 1] : nd - 1;
  const adjacent = span.every((d, i) => i === 0 || d === span[i - 1] + 1 || x.shape.slice(span[i - 1] + 1, d).every((s) => s === 1));
  if (x.dtype === workDtype && x.is_contiguous() && adjacent) {
    const inner = numel(x.shape.slice(last + 1));
    wasm().reduce(ReduceOp[op], DT[workDtype], x.storage.ptr + x.offset * x.itemsize, numel(x.shape.slice(0, first)), n, inner, out.storage.ptr, p);
    return out;
  }
  // Otherwise bring the reduced dims together at the end: [kept..., reduced...] → contiguous [outer, n, 1].
  const order = [...kept, ...all];
  const permuted = new Tensor(x.storage, x.offset, order.map((i) => x.shape[i]), order.map((i) => x.strides[i]), x.dtype, x.version);
  const src = contiguousAs(permuted, workDtype);
  wasm().reduce(ReduceOp[op], DT[workDtype], src.storage.ptr + src.offset * src.itemsize, outer, n, 1, out.storage.ptr, p);
  dropTemp(src, permuted);
  permuted.free();
  return out;
}

/**
 * softmax / log_softmax along `dim` in one fused kernel when x is a contiguous float tensor and dim is its last
 * (non-trivial) dim; null otherwise (the caller composes max, exp, sum and div).
 */
export function softmaxLastDim(x: Tensor, dim: number, log: boolean): Tensor | null {
  if ((x.dtype !== 'float32' && x.dtype !== 'float64') || !x.is_contiguous()) return null;
  if (x.shape.slice(dim + 1).some((s) => s !== 1)) return null;
  const out = empty(x.shape, x.dtype);
  const n = x.ndim ? x.shape[dim] : 1;
  if (n === 0 || x.numel() === 0) return out;
  wasm().softmax(DT[x.dtype], x.storage.ptr + x.offset * x.itemsize, x.numel() / n, n, out.storage.ptr, log ? 1 : 0);
  return out;
}

/** Batched matmul of 3-d (possibly strided, batch-stride-0 broadcast) operands [B, M, K] @ [B, K, N] → [B, M, N]. */
export function bmmKernel(a: Tensor, b: Tensor, dtype: DType): Tensor {
  const [B, M, K] = a.shape, N = b.shape[2];
  const out = empty([B, M, N], dtype);
  if (B * M * N === 0) return out;
  if (K === 0) { fill(out, 0); return out; }
  const ca = cast(a, dtype), cb = cast(b, dtype);
  const sz = itemSize(dtype);
  try {
    checkScratch(wasm().matmul(DT[dtype], B, M, N, K, ca.storage.ptr + ca.offset * sz, ca.strides[0], ca.strides[1], ca.strides[2],
      cb.storage.ptr + cb.offset * sz, cb.strides[0], cb.strides[1], cb.strides[2], out.storage.ptr));
  } catch (e) {
    out.free();
    throw e;
  } finally {
    dropTemp(ca, a);
    dropTemp(cb, b);
  }
  return out;
}

/** Element offsets (relative to the storage start) in a scratch block of wasm memory; call free after use. */
function offsetsBlock(offsets: ArrayLike<number>): number {
  const p = allocBytes(offsets.length * 4);
  mem().i32.set(offsets, p >> 2);
  return p;
}

/** Gathers elements at storage offsets into a new contiguous tensor of `shape`. */
export function take(x: Tensor, offsets: ArrayLike<number>, shape: Shape): Tensor {
  const out = empty(shape, x.dtype);
  if (offsets.length === 0) return out;
  const p = offsetsBlock(offsets);
  wasm().take(DT[x.dtype], x.storage.ptr, p, offsets.length, out.storage.ptr);
  wasm().free(p);
  return out;
}

/** dst.storage[offsets[i]] (+)= src[i] (src converted to dst's dtype, read row-major). */
export function put(dst: Tensor, offsets: ArrayLike<number>, src: Tensor, accumulate: boolean): void {
  if (offsets.length === 0) return;
  const values = contiguousAs(src, dst.dtype);
  const p = offsetsBlock(offsets);
  wasm().put(DT[dst.dtype], dst.storage.ptr, p, offsets.length, values.storage.ptr + values.offset * values.itemsize, accumulate ? 1 : 0);
  wasm().free(p);
  dropTemp(values, src);
}

/** Storage offsets of every element of t in row-major order. */
export function elementOffsets(t: Tensor): Int32Array {
  const n = t.numel();
  const out = new Int32Array(n);
  const nd = t.ndim, idx = new Array<number>(nd).fill(0);
  let pos = t.offset;
  for (let i = 0; i < n; i++) {
    out[i] = pos;
    for (let d = nd - 1; d >= 0; d--) {
      if (++idx[d] < t.shape[d]) { pos += t.strides[d]; break; }
      pos -= t.strides[d] * (t.shape[d] - 1);
      idx[d] = 0;
    }
  }
  return out;
}

