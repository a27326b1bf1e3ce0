// The compute layer: tensors in, tensors out, through the wasm kernel. No autograd here (ops/ records graphs);
// every function allocates its result (or writes into a given `out`) and frees its own temporaries.
import { DType, isFloating, itemSize, wide } from './dtype';
import { TorchError } from './errors';
import { broadcastShapes, broadcastStrides, numel, Shape } from './shape';
import { Tensor } from './tensor';
import { cascadeSum, reductionLayout } from './cascade-sum';
import { longSum, MIN_PARALLEL_REDUCE, runRows, runWalk, SUM_PIECE, type WalkCall } from './parallel';
import { matmul as threadedMatmul } from './threads';
import { allocBytes, checkInterrupt, checkScratch, mem, wasm, writeMeta } from './wasm';

export const DT: Record<DType, number> = {
  bool: 0, int64: 1, float32: 2, float64: 3, int32: 4, int16: 5, int8: 6, uint8: 7, float16: 8, bfloat16: 9,
};

/**
 * Runs `compute` into `out`, or, when out's dtype is a narrow one (int32 ... bfloat16, which the op kernels do not
 * take), into a temporary of its wide dtype that is then cast into `out` (wrap-around, rounding to half).
 */
function intoWide(out: Tensor, compute: (w: Tensor) => void): void {
  const w = wide(out.dtype);
  if (w === out.dtype) { compute(out); return; }
  const tmp = Tensor.empty(out.shape, w);
  try {
    compute(tmp);
    copyRun(out, tmp, false);
  } finally {
    tmp.free();
  }
}

export const UnaryOp = {
  neg: 0, exp: 1, log: 2, sqrt: 3, abs: 4, sin: 5, cos: 6, tanh: 7, sigmoid: 8, relu: 9, sign: 10, reciprocal: 11,
  clamp: 12, powScalar: 13, rpowScalar: 14, log1p: 15, expm1: 16, floor: 17, ceil: 18, round: 19, trunc: 20,
  rsqrt: 21, tan: 22, asin: 23, acos: 24, atan: 25, sinh: 26, cosh: 27, log2: 28, log10: 29, square: 30,
  scale: 31, leakyRelu: 32, logicalNot: 33,
  // float32 only (wasm/assembly/activation.ts): erf, and activations with PyTorch's float parameters p0, p1
  erf: 35, erfc: 45, silu: 36, softplus: 37, eluScale: 38, eluInputScale: 39, geluTanh: 40, mish: 41, logSigmoid: 42, geluOneDnn: 43, gelu: 44,
} as const;
/**
 * Ops whose float32 result depends on an element's place in a contiguous run (PyTorch's cpu_kernel_vec: Sleef in
 * 16-element blocks, glibc for the rest), so their walk follows the output's memory order as TensorIterator's does.
 */
const POSITIONAL: ReadonlySet<UnaryOpName> = new Set<UnaryOpName>(['sigmoid', 'sinh', 'cosh', 'silu', 'softplus', 'eluScale', 'eluInputScale', 'geluTanh', 'mish', 'gelu', 'powScalar']);
export type UnaryOpName = keyof typeof UnaryOp;

/**
 * reluGrad: a where !(b <= 0), else 0 (PyTorch's threshold_backward(grad, result, 0): relu's backward in one pass).
 * sigmoidGrad: (a * (1 - b)) * b; tanhGrad: a * (1 - b²) (float32: 1 - b² in float64, rounded once): the backward of
 * sigmoid and tanh from their result b in one pass, each step rounded as the composed ops round it (floats only).
 * sqDiff: (a - b)·(a - b), each step rounded (mse_loss's elementwise kernel in one pass).
 * addScaled: a + alpha·b as one fused multiply-add (floats only; add/sub with alpha, as ATen's ufunc::add computes
 * it: vec::fmadd(other, alpha, self)); run through addScaledInto, which passes alpha.
 */
export const BinaryOp = { add: 0, sub: 1, mul: 2, div: 3, pow: 4, maximum: 5, minimum: 6, floorDivide: 7, remainder: 8, atan2: 9, reluGrad: 10, fmod: 11, divTrunc: 12, sigmoidGrad: 13, tanhGrad: 14, sqDiff: 15, addScaled: 16 } as const;
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

/**
 * Elements per piece of a long elementwise op, reduction or softmax (about a millisecond of work): the interrupt
 * flag is looked at between pieces, so a cell running an op on 1e8 elements still stops within milliseconds.
 */
export const CHUNK = 1 << 20;

/**
 * Runs `run` over the coalesced walk of `shape` (operands' stride rows `rows`, `sizes` bytes per element): once
 * when it has at most CHUNK elements or `poll` is false, else in pieces along its outer dims with the interrupt
 * checked before each (KernelInterrupt propagates; the caller frees what it allocated). Only ops writing a tensor
 * they allocated poll: one writing into a caller's tensor (copy_, in-place ops) never stops half-way.
 */
function walk(shape: Shape, rows: (readonly number[])[], sizes: readonly number[], poll: boolean, run: WalkCall, ordered = false): void {
  // The dims go in the memory order of the last operand (the output), as TensorIterator reorders them: each element
  // is computed alone, so only the speed changes (a transposed output, as the weight gradient of a linear layer
  // that TBackward0 passes on, ran with an inner stride of a whole row: 6x slower). `ordered`: the caller chose
  // the order (a tiled transposing copy).
  const out = rows[rows.length - 1];
  for (let d = 1; d < out.length && !ordered; d++) {
    if (out[d] > out[d - 1] && shape[d] > 1) {
      const order = [...shape.keys()].sort((a, b) => out[b] - out[a]);
      shape = order.map((k) => shape[k]);
      rows = rows.map((r) => order.map((k) => r[k]));
      break;
    }
  }
  const c = coalesce(shape, rows);
  const zero = sizes.map(() => 0);
  if (!poll || numel(c.shape) <= CHUNK) { runWalk(c.shape, c.strides, sizes, zero, run); return; }
  pieces(c.shape, c.strides, sizes, zero, run);
}
function pieces(shape: number[], strides: number[][], sizes: readonly number[], base: number[], run: WalkCall): void {
  const rest = numel(shape.slice(1)), n0 = shape[0];
  const at = (i: number): number[] => base.map((b, k) => b + i * strides[k][0] * sizes[k]);
  if (rest > CHUNK) {
    const inner = strides.map((r) => r.slice(1));
    for (let i = 0; i < n0; i++) pieces(shape.slice(1), inner, sizes, at(i), run);
    return;
  }
  const step = Math.max(1, Math.floor(CHUNK / rest));
  for (let i = 0; i < n0; i += step) {
    checkInterrupt();
    const part = [Math.min(step, n0 - i), ...shape.slice(1)];
    runWalk(part, strides, sizes, at(i), run);
  }
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
export function copyInto(dst: Tensor, src: Tensor): void { copyRun(dst, src, false); }

function copyRun(dst: Tensor, src: Tensor, poll: boolean): void {
  if (numel(dst.shape) === 0) return;
  const sp = src.storage.ptr + src.offset * src.itemsize, dp = dst.storage.ptr + dst.offset * dst.itemsize;
  let shape: readonly number[] = dst.shape, ss = broadcastStrides(src.shape, src.strides, dst.shape), ds: readonly number[] = dst.strides;
  const order = transposedOrder(shape, ss, ds);
  if (order) { shape = order.map((d) => dst.shape[d]); ss = order.map((d) => ss[d]); ds = order.map((d) => dst.strides[d]); }
  walk(shape, [ss, ds], [src.itemsize, dst.itemsize], poll,
    (nd, m, o) => ({ fn: 'copy', args: [nd, m, DT[src.dtype], sp + o[0], DT[dst.dtype], dp + o[1]] }), order !== null);
}

/**
 * For a copy whose destination and source are contiguous along different dims (a transpose or permute made
 * contiguous): the walk's dim order with the source's unit-stride dim second to last and the destination's last,
 * which the kernel copies in tiles (index.ts copyTiles); null when the copy has no such pair. The order of a
 * copy's other dims does not change what it writes.
 */
function transposedOrder(shape: readonly number[], ss: readonly number[], ds: readonly number[]): number[] | null {
  let a = -1, b = -1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] < 8) continue;
    if (a < 0 && ds[d] === 1) a = d;
    if (b < 0 && ss[d] === 1) b = d;
  }
  if (a < 0 || b < 0 || a === b || ss[a] === 1 || ds[b] === 1) return null;
  // the other dims outermost, in the destination's memory order
  return [...shape.keys()].filter((d) => d !== a && d !== b).sort((u, v) => ds[v] - ds[u]).concat([b, a]);
}

/** A new tensor of `shape`/`dtype` (row-major, or `strides`) filled by `write`; freed if `write` throws (an interrupt, an error). */
function fresh(shape: Shape, dtype: DType, write: (out: Tensor) => void, strides: Shape | null = null): Tensor {
  const out = Tensor.emptyStrided(shape, strides, dtype);
  try {
    write(out);
  } catch (e) {
    out.free();
    throw e;
  }
  return out;
}

/**
 * A new copy of t in `dtype` (clone, .to()), row-major or laid out with `strides` (a dense order of t's dims);
 * interruptible, as the copy is its own.
 */
export function copyOf(t: Tensor, dtype: DType = t.dtype, strides: Shape | null = null): Tensor {
  return fresh(t.shape, dtype, (out) => copyRun(out, t, true), strides);
}

/** A contiguous tensor with t's values in `dtype` (t itself when nothing needs to change). */
export function contiguousAs(t: Tensor, dtype: DType = t.dtype): Tensor {
  if (t.dtype === dtype && t.is_contiguous()) return t;
  return fresh(t.shape, dtype, (out) => copyRun(out, t, true));
}

export function cast(t: Tensor, dtype: DType): Tensor {
  if (t.dtype === dtype) return t;
  return fresh(t.shape, dtype, (out) => copyRun(out, t, true));
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
function dropTemp(t: Tensor | null, ...keep: Tensor[]): void { if (t && !keep.includes(t)) t.free(); }

/** Runs `body` with the operands cast to `dtypes` (temporaries freed after, also when it throws). */
function withCast<R>(xs: Tensor[], dtypes: DType[], body: (cs: Tensor[]) => R): R {
  const cs: Tensor[] = [];
  try {
    xs.forEach((x, i) => cs.push(cast(x, dtypes[i])));
    return body(cs);
  } finally {
    for (const c of cs) dropTemp(c, ...xs);
  }
}

function unaryRun(op: UnaryOpName, x: Tensor, out0: Tensor, p0: number, p1: number, poll: boolean): Tensor {
  if (numel(out0.shape) === 0) return out0;
  if (wide(out0.dtype) === out0.dtype) return unaryWide(op, x, out0, p0, p1, poll);
  // The operand is first converted to the narrow dtype (a Python number wraps to int8 there, rounds to half), as
  // TensorIterator casts operands to the common dtype.
  return withCast([x], [out0.dtype], ([nx]) => { intoWide(out0, (out) => unaryWide(op, nx, out, p0, p1, poll)); return out0; });
}
function unaryWide(op: UnaryOpName, x: Tensor, out: Tensor, p0: number, p1: number, poll: boolean): Tensor {
  return withCast([x], [out.dtype], ([src]) => {
    const sp = src.storage.ptr + src.offset * src.itemsize, dp = out.storage.ptr + out.offset * out.itemsize;
    let shape: readonly number[] = out.shape;
    let rows = [broadcastStrides(src.shape, src.strides, out.shape), [...out.strides]];
    if (POSITIONAL.has(op) && out.dtype === 'float32') {
      // these round by their position in a contiguous run (see simd.ts), so the walk goes in the output's memory
      // order as TensorIterator's does (a transposed input and its like-laid-out output: one run).
      const order = [...shape.keys()].sort((a, b) => out.strides[b] - out.strides[a]);
      shape = order.map((d) => out.shape[d]);
      rows = rows.map((r) => order.map((d) => r[d]));
    }
    walk(shape, rows, [src.itemsize, out.itemsize], poll,
      (nd, m, o) => ({ fn: 'unary', args: [UnaryOp[op], DT[out.dtype], nd, m, sp + o[0], dp + o[1], p0, p1] }));
    return out;
  });
}

/** out = op(x), x converted to out's dtype (never interrupted half-way: out is the caller's). */
export function unaryInto(op: UnaryOpName, x: Tensor, out: Tensor, p0 = NaN, p1 = NaN): Tensor {
  return unaryRun(op, x, out, p0, p1, false);
}

export function unary(op: UnaryOpName, x: Tensor, p0 = NaN, p1 = NaN, dtype: DType = x.dtype, strides: Shape | null = null): Tensor {
  return fresh(x.shape, dtype, (out) => unaryRun(op, x, out, p0, p1, true), strides);
}

function binaryRun(op: BinaryOpName, a: Tensor, b: Tensor, out0: Tensor, poll: boolean, alpha = 1): Tensor {
  if (numel(out0.shape) === 0) return out0;
  if (wide(out0.dtype) === out0.dtype) return binaryWide(op, a, b, out0, poll, alpha);
  return withCast([a, b], [out0.dtype, out0.dtype], ([na, nb]) => { intoWide(out0, (out) => binaryWide(op, na, nb, out, poll, alpha)); return out0; });
}
function binaryWide(op: BinaryOpName, a: Tensor, b: Tensor, out: Tensor, poll: boolean, alpha = 1): Tensor {
  return withCast([a, b], [out.dtype, out.dtype], ([ca, cb]) => {
    const sz = itemSize(out.dtype);
    const ap = ca.storage.ptr + ca.offset * sz, bp = cb.storage.ptr + cb.offset * sz, op_ = out.storage.ptr + out.offset * sz;
    let shape: readonly number[] = out.shape;
    let rows: (readonly number[])[] = [broadcastStrides(ca.shape, ca.strides, out.shape), broadcastStrides(cb.shape, cb.strides, out.shape), out.strides];
    if ((op === 'pow' || op === 'atan2') && out.dtype === 'float32') {
      // float32 pow and atan2 round by an element's place in a contiguous run (Sleef's 16-element blocks), so the walk goes in
      // the output's memory order, as TensorIterator's does
      const order = [...shape.keys()].sort((u, v) => out.strides[v] - out.strides[u]);
      shape = order.map((d) => out.shape[d]);
      rows = rows.map((r) => order.map((d) => r[d]));
    }
    walk(shape, rows, [sz, sz, sz], poll, (nd, m, o) => (op === 'addScaled'
      ? { fn: 'binaryAlpha', args: [BinaryOp[op], DT[out.dtype], nd, m, ap + o[0], bp + o[1], op_ + o[2], alpha] }
      : { fn: 'binary', args: [BinaryOp[op], DT[out.dtype], nd, m, ap + o[0], bp + o[1], op_ + o[2]] }));
    return out;
  });
}

/** out = a + alpha·b, one fused multiply-add per element (float32/float64 out; see BinaryOp.addScaled). */
export function addScaledInto(a: Tensor, b: Tensor, alpha: number, out: Tensor): Tensor {
  return binaryRun('addScaled', a, b, out, false, alpha);
}

/** out = a (op) b with broadcasting; a and b are converted to out's dtype (never interrupted half-way). */
export function binaryInto(op: BinaryOpName, a: Tensor, b: Tensor, out: Tensor): Tensor {
  return binaryRun(op, a, b, out, false);
}

export function binary(op: BinaryOpName, a: Tensor, b: Tensor, dtype: DType, strides: Shape | null = null): Tensor {
  return fresh(broadcastShapes(a.shape, b.shape), dtype, (out) => binaryRun(op, a, b, out, true), strides);
}

/** Comparison in `dtype` (the promoted type of a and b) → bool tensor. */
export function compare(op: CompareOpName, a0: Tensor, b0: Tensor, dtype0: DType, strides: Shape | null = null): Tensor {
  const dtype = wide(dtype0);
  return fresh(broadcastShapes(a0.shape, b0.shape), 'bool', (out) => {
    if (numel(out.shape) === 0) return;
    withCast([a0, b0], [dtype0, dtype0], ([a, b]) => withCast([a, b], [dtype, dtype], ([ca, cb]) => {
      const sz = itemSize(dtype);
      const ap = ca.storage.ptr + ca.offset * sz, bp = cb.storage.ptr + cb.offset * sz;
      walk(out.shape, [broadcastStrides(ca.shape, ca.strides, out.shape), broadcastStrides(cb.shape, cb.strides, out.shape), out.strides],
        [sz, sz, 1], true, (nd, m, o) => ({ fn: 'compare', args: [CompareOp[op], DT[dtype], nd, m, ap + o[0], bp + o[1], out.storage.ptr + o[2]] }));
    }));
  }, strides);
}

export function where(cond: Tensor, a: Tensor, b: Tensor, dtype: DType, strides: Shape | null = null): Tensor {
  const shape0 = broadcastShapes(broadcastShapes(cond.shape, a.shape), b.shape);
  return fresh(shape0, dtype, (out0) => {
    if (numel(shape0) === 0) return;
    intoWide(out0, (out) => whereWide(cond, a, b, out));
  }, strides);
}
function whereWide(cond: Tensor, a: Tensor, b: Tensor, out: Tensor): void {
  const dtype = out.dtype, shape0 = out.shape;
  {
    withCast([cond, a, b], ['bool', dtype, dtype], ([cc, ca, cb]) => {
      const sz = itemSize(dtype);
      const cp = cc.storage.ptr + cc.offset, ap = ca.storage.ptr + ca.offset * sz, bp = cb.storage.ptr + cb.offset * sz;
      walk(shape0, [broadcastStrides(cc.shape, cc.strides, shape0), broadcastStrides(ca.shape, ca.strides, shape0),
        broadcastStrides(cb.shape, cb.strides, shape0), out.strides], [1, sz, sz, sz], true,
      (nd, m, o) => ({ fn: 'where', args: [DT[dtype], nd, m, cp + o[0], ap + o[1], bp + o[2], out.storage.ptr + out.offset * sz + o[3]] }));
    });
  }
}

/**
 * Reduces over `dims` (all dims when null). Result dtype: int64 for arg* and for sum/prod of integers/bools,
 * else the input's. `p`: the correction of var.
 */
export function reduce(op: ReduceOpName, x: Tensor, dims: number[] | null, keepdim: boolean, p = 0): Tensor {
  const nd = x.ndim;
  const all = dims === null || nd === 0 ? [...Array(nd).keys()] : [...new Set(dims)].sort((u, v) => u - v);
  const outShape = keepdim ? x.shape.map((s, i) => (all.includes(i) ? 1 : s)) : x.shape.filter((_, i) => !all.includes(i));
  const integral = !isFloating(x.dtype);
  if (op === 'sum' && (x.dtype === 'float32' || x.dtype === 'float64')) return floatSum(x, dims, keepdim, false);
  const workDtype: DType = integral && (op === 'sum' || op === 'prod') ? 'int64' : wide(x.dtype);
  const outDtype: DType = op === 'argmax' || op === 'argmin' ? 'int64' : integral && (op === 'sum' || op === 'prod') ? 'int64' : x.dtype;
  const kept = [...Array(nd).keys()].filter((i) => !all.includes(i));
  const outer = numel(kept.map((i) => x.shape[i]));
  const n = numel(all.map((i) => x.shape[i]));
  if (n === 0 && op !== 'sum' && op !== 'prod' && outer > 0) {
    const name = op === 'argmax' || op === 'argmin' ? op : op === 'var' ? 'var' : op === 'max' ? 'max' : 'min';
    if (op !== 'var') {
      throw new TorchError('IndexError', `${name}(): Expected reduction dim ${dims === null ? '' : all[0] + ' '}to have non-zero size.`);
    }
  }
  return fresh(outShape, outDtype, (out0) => intoWide(out0, (out) => {
    if (outer === 0) return;
    if (n === 0) { fill(out, op === 'prod' ? 1 : op === 'var' ? NaN : 0); return; }
    // In place when x is contiguous and the reduced dims (size-1 dims aside) are adjacent: [outer, n, inner].
    const span = all.filter((i) => x.shape[i] !== 1);
    const first = span.length ? span[0] : nd, last = span.length ? span[span.length - 1] : nd - 1;
    const adjacent = span.every((d, i) => i === 0 || d === span[i - 1] + 1 || x.shape.slice(span[i - 1] + 1, d).every((s) => s === 1));
    if (x.dtype === workDtype && x.is_contiguous() && adjacent) {
      reduceBlocks(op, workDtype, x.storage.ptr + x.offset * x.itemsize, numel(x.shape.slice(0, first)), n, numel(x.shape.slice(last + 1)), out, p);
      return;
    }
    // Otherwise bring the reduced dims together at the end: [kept..., reduced...] → contiguous [outer, n, 1].
    const order = [...kept, ...all];
    const permuted = new Tensor(x.storage, x.offset, order.map((i) => x.shape[i]), order.map((i) => x.strides[i]), x.dtype, x.version);
    try {
      const src = contiguousAs(permuted, workDtype);
      try {
        reduceBlocks(op, workDtype, src.storage.ptr + src.offset * src.itemsize, outer, n, 1, out, p);
      } finally {
        dropTemp(src, permuted);
      }
    } finally {
      permuted.free();
    }
  }));
}

/**
 * A float sum over `dims` (all dims when null), or nansum (`nan`: NaN counts as 0), in PyTorch 1.13's order for the
 * current thread setting (cascade-sum.ts). The result is contiguous, x's dtype.
 */
export function floatSum(x: Tensor, dims: number[] | null, keepdim: boolean, nan: boolean): Tensor {
  if (x.dtype !== 'float32' && x.dtype !== 'float64') {
    // float16 / bfloat16: summed in float32 (PyTorch's accumulate type for them), the result rounded back
    const wide32 = cast(x, 'float32'), s = floatSum(wide32, dims, keepdim, nan);
    wide32.free();
    const r = cast(s, x.dtype);
    s.free();
    return r;
  }
  const nd = x.ndim;
  const reduced = x.shape.map((_, d) => dims === null || dims.includes(d));
  const outShape = keepdim ? x.shape.map((s, d) => (reduced[d] ? 1 : s)) : x.shape.filter((_, d) => !reduced[d]);
  return fresh(nd === 0 ? [] : outShape, x.dtype, (out) => {
    const n = out.numel();
    if (n === 0) return;
    fill(out, 0);
    if (x.numel() === 0) return;
    cascadeSum(x.dtype, nan, reductionLayout(x.shape, x.strides, reduced, keepdim), out.storage.ptr, x.storage.ptr + x.offset * x.itemsize, n);
  });
}

/**
 * The reduce kernel over a contiguous [outer, n, inner] block: in pieces of whole outer rows (interrupt between),
 * each split by rows across threads; a single long float run (a full var, max or min) in pieces
 * shared among the threads (parallel.ts).
 */
function reduceBlocks(op: ReduceOpName, dt: DType, src: number, outer: number, n: number, inner: number, out: Tensor, p: number): void {
  const inSz = itemSize(dt), outSz = out.itemsize, code = ReduceOp[op];
  const float = dt === 'float32' || dt === 'float64';
  if (outer === 1 && inner === 1 && float && n >= 2 * MIN_PARALLEL_REDUCE && (op === 'var' || op === 'max' || op === 'min')) {
    longRun(op, dt, src, n, out, p);
    return;
  }
  const step = Math.max(1, Math.floor(CHUNK / (n * inner)));
  for (let o = 0; o < outer; o += step) {
    if (o > 0) checkInterrupt();
    const base = src + o * n * inner * inSz, dst = out.storage.ptr + o * inner * outSz;
    runRows(Math.min(step, outer - o), n * inner, (first, count) =>
      ({ fn: 'reduce', args: [code, DT[dt], base + first * n * inner * inSz, count, n, inner, dst + first * inner * outSz, p] }), MIN_PARALLEL_REDUCE);
  }
}

/** A full var / max / min of one long contiguous float run (n ≥ 2·MIN_PARALLEL_REDUCE elements) into the 0-d `out` (float sums: floatSum). */
function longRun(op: ReduceOpName, dt: DType, src: number, n: number, out: Tensor, p: number): void {
  const code = DT[dt], sz = itemSize(dt);
  const put = (v: number): void => { if (dt === 'float32') mem().f32[out.storage.ptr >>> 2] = v; else mem().f64[out.storage.ptr >>> 3] = v; };
  if (op === 'var') {
    const mean = longSum(code, src, n, false, 0, CHUNK) / n;
    put(longSum(code, src, n, true, mean, CHUNK) / Math.max(0, n - p));
    return;
  }
  // max / min: the extreme of each piece of SUM_PIECE elements into a scratch row (pieces split by rows across
  // threads, as any reduction), then of that row (NaN wins either way).
  const full = Math.floor(n / SUM_PIECE), rest = n - full * SUM_PIECE;
  const tmp = Tensor.empty([full + (rest ? 1 : 0)], dt);
  try {
    reduceBlocks(op, dt, src, full, SUM_PIECE, 1, tmp, p);
    if (rest) wasm().reduce(ReduceOp[op], code, src + full * SUM_PIECE * sz, 1, rest, 1, tmp.storage.ptr + full * sz, p);
    wasm().reduce(ReduceOp[op], code, tmp.storage.ptr, 1, tmp.numel(), 1, out.storage.ptr, p);
  } finally {
    tmp.free();
  }
}

/**
 * softmax / log_softmax along `dim` in one fused kernel when x is a contiguous float tensor and dim is its last
 * (non-trivial) dim; null otherwise (the caller composes max, exp, sum and div).
 */
export function softmaxLastDim(x: Tensor, dim: number, log: boolean): Tensor | null {
  if (x.dtype === 'bfloat16') {
    // PyTorch's bfloat16 kernel works in float32 and rounds once.
    const f = cast(x, 'float32');
    const r = softmaxLastDim(f, dim, log);
    if (f !== x) f.free();
    if (r === null) return null;
    const out = cast(r, 'bfloat16');
    r.free();
    return out;
  }
  if ((x.dtype !== 'float32' && x.dtype !== 'float64') || !x.is_contiguous()) return null;
  if (x.shape.slice(dim + 1).some((s) => s !== 1)) return null;
  const n = x.ndim ? x.shape[dim] : 1;
  return fresh(x.shape, x.dtype, (out) => {
    if (n === 0 || x.numel() === 0) return;
    const rows = x.numel() / n, step = Math.max(1, Math.floor(CHUNK / n)), sz = x.itemsize;
    for (let r = 0; r < rows; r += step) {
      if (r > 0) checkInterrupt();
      const src = x.storage.ptr + (x.offset + r * n) * sz, dst = out.storage.ptr + r * n * sz;
      runRows(Math.min(step, rows - r), n, (first, count) =>
        ({ fn: 'softmax', args: [DT[x.dtype], src + first * n * sz, count, n, dst + first * n * sz, log ? 1 : 0] }));
    }
  });
}

/**
 * A float32 activation's grad_input from grad_output g and the saved input x (same shape), as PyTorch's backward
 * kernel rounds (wasm/assembly/activation.ts; `op` a UnaryOp activation code, p0/p1 its float parameters). Where an
 * element's formula depends on its place, as TensorIterator places it: both contiguous, one run (blocks of 16 by the
 * vector formula, the last n % 16 by the scalar one); an operand whose last dim is strided, the scalar formula for
 * all; else runs along the last dim. null for other dtypes or shapes.
 */
export function activationBackward(op: UnaryOpName, g: Tensor, x: Tensor, p0 = NaN, p1 = NaN): Tensor | null {
  if (g.dtype !== 'float32' || x.dtype !== 'float32') return null;
  if (g.shape.length !== x.shape.length || g.shape.some((s, i) => s !== x.shape[i])) return null;
  // a grad_output broadcast from one number (sum().backward()) is cpu_kernel_vec's vectorised scalar operand
  const gRun = g.is_contiguous() || g.strides.every((s) => s === 0);
  const last = x.ndim - 1;
  const strided = (t: Tensor): boolean => t.strides[last] !== 1 && t.shape[last] > 1;
  const row = (gRun && x.is_contiguous()) || x.ndim === 0 ? 0 : (!gRun && strided(g)) || strided(x) ? -1 : x.shape[last];
  const gc = contiguousAs(g), xc = contiguousAs(x);
  try {
    return fresh(x.shape, 'float32', (out) => {
      const n = x.numel();
      const gp = gc.storage.ptr + gc.offset * 4, xp = xc.storage.ptr + xc.offset * 4;
      // pieces of whole rows, about CHUNK elements (a multiple of 16: each element keeps its place in its run)
      const step = row > 0 ? Math.max(1, Math.floor(CHUNK / row)) * row : CHUNK;
      for (let s = 0; s < n; s += step) {
        if (s > 0) checkInterrupt();
        wasm().activationBackwardF32(UnaryOp[op], Math.min(step, n - s), gp + s * 4, xp + s * 4, out.storage.ptr + s * 4, p0, p1, row);
      }
    });
  } finally {
    if (gc !== g) gc.free();
    if (xc !== x) xc.free();
  }
}

/** Batched matmul of 3-d (possibly strided, batch-stride-0 broadcast) operands [B, M, K] @ [B, K, N] → [B, M, N]. */
export function bmmKernel(a: Tensor, b: Tensor, dtype0: DType): Tensor {
  const [B, M, K] = a.shape, N = b.shape[2];
  const dtype = wide(dtype0);
  return fresh([B, M, N], dtype0, (out0) => intoWide(out0, (out) => {
    if (B * M * N === 0) return;
    if (K === 0) { fill(out, 0); return; }
    withCast([a, b], [dtype, dtype], ([ca, cb]) => {
      const sz = itemSize(dtype);
      checkScratch(threadedMatmul(DT[dtype], B, M, N, K, ca.storage.ptr + ca.offset * sz, ca.strides[0], ca.strides[1], ca.strides[2],
        cb.storage.ptr + cb.offset * sz, cb.strides[0], cb.strides[1], cb.strides[2], out.storage.ptr, sz));
    });
  }));
}

/** Element offsets (relative to the storage start) in a scratch block of wasm memory; call free after use. */
function offsetsBlock(offsets: ArrayLike<number>): number {
  const p = allocBytes(offsets.length * 4);
  mem().i32.set(offsets, p >>> 2);
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


// --- indexing along one dim (wasm indexk.ts) ---------------------------------------------------------------------
/** Element stride of dims [from, to) of t walked as one run, when they collapse to one (size-1 dims ignored), else null. */
function runStride(shape: Shape, strides: Shape, from: number, to: number): number | null {
  let stride: number | null = null, span = 1;
  for (let d = to - 1; d >= from; d--) {
    if (shape[d] === 1) continue;
    if (stride === null) stride = strides[d];
    else if (strides[d] !== stride * span) return null;
    span *= shape[d];
  }
  return stride ?? 1;
}
const idxPtr = (index: Tensor): number => index.storage.ptr + index.offset * 8;

/**
 * The first value of a contiguous int64 `index` outside [-size, size) (neg) or [0, size), or null when all are in
 * range.
 */
export function badIndex(index: Tensor, size: number, neg: boolean): number | null {
  const n = numel(index.shape);
  if (n === 0) return null;
  const j = wasm().indexCheck(idxPtr(index), n, BigInt(size), neg ? 1 : 0);
  return j < 0 ? null : Number(mem().i64[(idxPtr(index) >>> 3) + j]);
}

/**
 * x's elements with the coordinate along dim taken from the contiguous int64 `index` (checked; negative ones count from
 * the end) into a new contiguous tensor of `shape` (x's shape with dim replaced by the index's dims).
 */
export function selectAlong(x: Tensor, dim: number, index: Tensor, shape: Shape): Tensor {
  const out = empty(shape, x.dtype);
  const n = numel(index.shape);
  if (numel(shape) === 0) return out;
  const xs = x.ndim === 0 ? [1] : x.shape, xst = x.ndim === 0 ? [1] : x.strides;
  let src = x, so = runStride(xs, xst, 0, dim), si = runStride(xs, xst, dim + 1, xs.length);
  if (so === null || si === null) { src = contiguousAs(x); so = runStride(xs, src.ndim === 0 ? [1] : src.strides, 0, dim); si = 1; }
  const sst = src.ndim === 0 ? [1] : src.strides;
  const outer = numel(xs.slice(0, dim)), inner = numel(xs.slice(dim + 1));
  wasm().selectRows(DT[x.dtype], src.storage.ptr + src.offset * src.itemsize, outer, so as number, sst[dim], idxPtr(index), n,
    BigInt(xs[dim]), inner, si, out.storage.ptr);
  dropTemp(src, x);
  return out;
}

/**
 * out (contiguous) [.., index[j], ..] += src [.., j, ..] along dim, in order of j, for int64/float32/float64 (other
 * dtypes: false, nothing done); accumulate=false writes instead (any dtype; a later j wins). src is read row-major
 * (converted to out's dtype); index is contiguous int64, checked (negative ones count from the end).
 */
export function addAlong(out: Tensor, dim: number, index: Tensor, src: Tensor, accumulate = true): boolean {
  if (accumulate && !(out.dtype === 'float32' || out.dtype === 'float64' || out.dtype === 'int64')) return false;
  if (!out.is_contiguous()) return false;
  const n = numel(index.shape);
  if (n === 0 || numel(src.shape) === 0) return true;
  const xs = out.ndim === 0 ? [1] : out.shape;
  const values = contiguousAs(src, out.dtype);
  wasm()[accumulate ? 'addRows' : 'putRows'](DT[out.dtype], out.storage.ptr + out.offset * out.itemsize, numel(xs.slice(0, dim)), xs[dim], idxPtr(index), n,
    numel(xs.slice(dim + 1)), values.storage.ptr + values.offset * values.itemsize);
  dropTemp(values, src);
  return true;
}

/** Positions (row-major) of the true elements of a bool tensor, as a new 1-D int64 tensor. */
export function truePositions(mask: Tensor): Tensor {
  const m = contiguousAs(mask);
  const n = numel(m.shape), p = m.storage.ptr + m.offset;
  const k = n === 0 ? 0 : wasm().countTrue(p, n);
  const out = empty([k], 'int64');
  if (k > 0) wasm().truePositions(p, n, out.storage.ptr);
  dropTemp(m, mask);
  return out;
}

/** nonzero(): the coordinates of the true elements of a bool tensor, [k, ndim] int64. */
export function nonzeroCoords(mask: Tensor): Tensor {
  const pos = truePositions(mask);
  const k = pos.shape[0], nd = mask.ndim;
  const out = empty([k, nd], 'int64');
  if (k > 0 && nd > 0) {
    const shp = allocBytes(nd * 4);
    mem().i32.set(mask.shape, shp >>> 2);
    wasm().positionsToCoords(pos.storage.ptr, k, shp, nd, out.storage.ptr);
    wasm().free(shp);
  }
  pos.free();
  return out;
}

/** masked_select of same-shape x and bool mask: the selected elements, row-major, as a new 1-D tensor. */
export function compress(x: Tensor, mask: Tensor): Tensor {
  const m = contiguousAs(mask), xc = contiguousAs(x);
  const n = numel(m.shape);
  const k = n === 0 ? 0 : wasm().countTrue(m.storage.ptr + m.offset, n);
  const out = empty([k], x.dtype);
  if (k > 0) wasm().compress(DT[x.dtype], xc.storage.ptr + xc.offset * xc.itemsize, m.storage.ptr + m.offset, n, out.storage.ptr);
  dropTemp(m, mask); dropTemp(xc, x);
  return out;
}

/**
 * cumsum / cumprod of x along dim (wasm scank.ts: PyTorch's accumulate types and order) into a new contiguous tensor;
 * null for dtypes other than int64, float32 and float64.
 */
export function cumScan(x: Tensor, dim: number, reverse: boolean, prod: boolean): Tensor | null {
  if (!(x.dtype === 'float32' || x.dtype === 'float64' || x.dtype === 'int64')) return null;
  const shape = x.ndim === 0 ? [1] : x.shape;
  const out = empty(x.shape, x.dtype);
  if (numel(shape) === 0) return out;
  const xc = contiguousAs(x);
  try {
    checkScratch(wasm().cumScan(DT[x.dtype], xc.storage.ptr + xc.offset * xc.itemsize, numel(shape.slice(0, dim)), shape[dim],
      numel(shape.slice(dim + 1)), out.storage.ptr, reverse ? 1 : 0, prod ? 1 : 0));
  } catch (e) {
    out.free();
    throw e;
  } finally {
    dropTemp(xc, x);
  }
  return out;
}
