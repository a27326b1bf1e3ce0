// Tensor creation: from nested data, constant fills, ranges, eye, and the random functions (PyTorch's CPU streams).
import { bf16BitsToF32, DType, f16BitsToF32, f32ToBf16Bits, f32ToF16Bits, isFloating, itemSize, overflowError, scalarName, typeMetaName } from '../dtype';
import { TorchError, warn } from '../errors';
import * as K from '../kernels';
import { DEFAULT_FLOAT } from '../promote';
import { cfmt, defaultGenerator, FloatDType, Generator } from '../random';
import { isContiguous, isNonOverlappingAndDense, isRowMajor, iteratorStrides, MemoryFormat, memoryFormatStrides, numel, preservedStrides, Shape } from '../shape';
import { Tensor, writeElements, writeInt64 } from '../tensor';
import { isPyScalar, PyScalar, Scalar, scalarKind, scalarValue } from './scalar';
import { applyInplace, checkInplace, defineOp, type OpDef } from './apply';
import { checkSize } from './views';
import { GRAIN_SIZE } from '../cascade-sum';
import { numThreads } from '../thread-pool';
import { fma32 } from '../random_math';
import { fma64 } from '../fma64';
import { mem, wasm } from '../wasm';

export interface CreateOptions {
  dtype?: DType; requires_grad?: boolean;
  /** torch.empty / the *_like functions: the layout (default contiguous for empty, preserve for *_like). */
  memory_format?: MemoryFormat;
}
export interface RandomOptions extends CreateOptions { generator?: Generator }

export type NestedData = number | boolean | PyScalar | readonly NestedData[];

function finish(t: Tensor, opts: CreateOptions): Tensor {
  if (opts.requires_grad) {
    if (!isFloating(t.dtype)) throw new TorchError('RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients');
    t._requiresGrad = true;
  }
  return t;
}

/**
 * A new row-major tensor `r` seen with `like`'s strides when memory_format=preserve keeps them (*_like of a
 * transposed tensor is transposed in PyTorch): the same memory, so values written in memory order (random
 * streams) land where PyTorch's do.
 */
/** The strides of a new tensor like `like` in `format` (ATen's empty_like), null for row-major. */
function likeStrides(like: Tensor, format: MemoryFormat = 'preserve'): Shape | null {
  if (format !== 'preserve') return memoryFormatStrides(like.shape, format);
  if (isNonOverlappingAndDense(like.shape, like.strides)) return isRowMajor(like.shape, like.strides) ? null : like.strides.slice();
  return preservedStrides(like.shape, like.strides);
}
/** r (row-major, fresh) seen with `strides`: its storage order is kept, as a fill in memory order would be. */
function restrided(r: Tensor, strides: Shape | null): Tensor {
  if (strides === null) return r;
  const v = new Tensor(r.storage, 0, r.shape, strides, r.dtype);
  v._requiresGrad = r._requiresGrad;
  r.free();
  return v;
}

/** A new tensor of `shape` holding `values` (row-major), converted to `dtype` (the facade's torch.tensor path). */
export function fromValues(shape: Shape, values: ArrayLike<number>, dtype: DType, opts: CreateOptions = {}): Tensor {
  const t = K.empty(shape, dtype);
  writeElements(t, values);
  return finish(t, opts);
}

/** torch.tensor(data): nested lists of numbers/bools; dtype inferred as PyTorch does unless given. */
export function tensor(data: NestedData | Tensor, opts: CreateOptions = {}): Tensor {
  if (data instanceof Tensor) {   // a copy as data.to(dtype, copy=True): laid out as data is (preserve)
    return finish(K.copyOf(data, opts.dtype ?? data.dtype, likeStrides(data)), opts);
  }
  const shape: number[] = [];
  const flat: number[] = [];
  let kind: 'bool' | 'int' | 'float' | null = null;
  const rank = { bool: 0, int: 1, float: 2 };
  const visit = (v: NestedData, depth: number): void => {
    if (Array.isArray(v)) {
      if (shape.length === depth) shape.push(v.length);
      else if (shape[depth] !== v.length) {
        throw new TorchError('ValueError', `expected sequence of length ${shape[depth]} at dim ${depth} (got ${v.length})`);
      }
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (depth < shape.length) throw new TorchError('ValueError', `expected sequence of length ${shape[depth]} at dim ${depth} (got 0)`);
    const k = typeof v === 'number' || typeof v === 'boolean' || isPyScalar(v) ? scalarKind(v as PyScalar) : null;
    if (k === null) throw new TorchError('TypeError', `new(): invalid data type '${typeof v}'`);
    if (kind === null || rank[k] > rank[kind]) kind = k;
    flat.push(typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : (v as PyScalar).value);
  };
  visit(data as NestedData, 0);
  const inferred: DType = kind === 'bool' ? 'bool' : kind === 'int' ? 'int64' : DEFAULT_FLOAT;
  return fromValues(shape, flat, opts.dtype ?? (flat.length === 0 ? DEFAULT_FLOAT : inferred), opts);
}

export function full(shape: Shape, value: Scalar, opts: CreateOptions = {}): Tensor {
  checkSize(shape);
  const kind = scalarKind(value);
  const dtype = opts.dtype ?? (kind === 'bool' ? 'bool' : kind === 'int' ? 'int64' : DEFAULT_FLOAT);
  const overflow = overflowError(scalarValue(value), dtype, true);
  if (overflow) throw new TorchError('RuntimeError', overflow);
  return finish(K.full(shape, scalarValue(value), dtype), opts);
}
export function zeros(shape: Shape, opts: CreateOptions = {}): Tensor { return full(shape, 0, { dtype: DEFAULT_FLOAT, ...opts }); }
export function ones(shape: Shape, opts: CreateOptions = {}): Tensor { return full(shape, 1, { dtype: DEFAULT_FLOAT, ...opts }); }
/** torch.empty: uninitialised in PyTorch; ours is zero-filled (reused memory would otherwise show old values). */
export function empty(shape: Shape, opts: CreateOptions = {}): Tensor {
  const strides = opts.memory_format === undefined || opts.memory_format === 'preserve' ? null : memoryFormatStrides(shape, opts.memory_format);
  return restrided(zeros(shape, opts), strides);
}
/** torch.empty_strided: any strides (gaps and overlaps too) over a zero-filled storage just large enough. */
export function empty_strided(shape: Shape, strides: Shape, opts: CreateOptions = {}): Tensor {
  checkSize(shape);
  if (shape.length !== strides.length) throw new TorchError('RuntimeError', `mismatch in length of strides and shape`);
  const span = shape.some((s) => s === 0) ? 0 : 1 + shape.reduce((acc, s, i) => acc + (s - 1) * strides[i], 0);
  const dtype = opts.dtype ?? DEFAULT_FLOAT;
  const base = K.full([span], 0, dtype);
  const t = new Tensor(base.storage, 0, shape, strides, dtype);
  base.free();
  return finish(t, opts);
}
export function zeros_like(t: Tensor, opts: CreateOptions = {}): Tensor { return restrided(zeros(t.shape, { dtype: t.dtype, ...opts }), likeStrides(t, opts.memory_format)); }
export function ones_like(t: Tensor, opts: CreateOptions = {}): Tensor { return restrided(ones(t.shape, { dtype: t.dtype, ...opts }), likeStrides(t, opts.memory_format)); }
export function empty_like(t: Tensor, opts: CreateOptions = {}): Tensor { return restrided(zeros(t.shape, { dtype: t.dtype, ...opts }), likeStrides(t, opts.memory_format)); }
export function full_like(t: Tensor, value: Scalar, opts: CreateOptions = {}): Tensor { return restrided(full(t.shape, value, { dtype: t.dtype, ...opts }), likeStrides(t, opts.memory_format)); }

/**
 * torch.arange(end) / arange(start, end, step): float32/float64 as PyTorch's arange_kernel (see the wasm arangeFill),
 * int64 as start + i·step in double, other dtypes start + i·step in double, then cast.
 */
export function arange(startArg: Scalar, endArg?: Scalar, stepArg: Scalar = 1, opts: CreateOptions = {}): Tensor {
  if (opts.dtype === 'bool') throw new TorchError('RuntimeError', `"arange_cpu" not implemented for 'Bool'`);
  const anyFloat = [startArg, endArg, stepArg].some((v) => v !== undefined && scalarKind(v) === 'float');
  let start = scalarValue(startArg), end = endArg === undefined ? undefined : scalarValue(endArg);
  const step = scalarValue(stepArg);
  if (end === undefined) { end = start; start = 0; }
  if (step === 0) throw new TorchError('RuntimeError', 'step must be nonzero');
  if ((step > 0 && end < start) || (step < 0 && end > start)) {
    throw new TorchError('RuntimeError', 'upper bound and larger bound inconsistent with step sign');
  }
  const dtype = opts.dtype ?? (anyFloat ? DEFAULT_FLOAT : 'int64');
  const n = Math.ceil((end - start) / step);
  const last = start + (n - 1) * step;   // (start + i·step is monotonic in i: the ends bound every value)
  const inInt64 = Math.abs(start) < 2 ** 63 && Math.abs(last) < 2 ** 63;
  if (n > 0 && Number.isSafeInteger(n) && (dtype === 'float32' || dtype === 'float64' || (dtype === 'int64' && inInt64))) {   // straight into the tensor
    const dt = dtype === 'float32' ? 2 : dtype === 'float64' ? 3 : 1, chunk = parallelChunk(n);
    return filledTensor([n], dtype, (p) => {
      for (let begin = 0; begin < n; begin += chunk) wasm().arangeFill(dt, p, begin, Math.min(n, begin + chunk), start, step);
    }, opts);
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = start + i * step;
  return fromValues([n], values, dtype, opts);
}

/** torch.linspace: the first half counts up from start, the second half down from end (as PyTorch's kernel). */
export function linspace(start: number, end: number, steps: number, opts: CreateOptions = {}): Tensor {
  if (steps < 0) throw new TorchError('RuntimeError', 'number of steps must be non-negative');
  if (opts.dtype === 'bool') throw new TorchError('RuntimeError', `"linspace_cpu" not implemented for 'Bool'`);
  const dtype = opts.dtype ?? DEFAULT_FLOAT;
  if (steps > 1 && (dtype === 'float32' || dtype === 'float64')) {   // straight into the tensor
    return filledTensor([steps], dtype, (p) => {
      const buf = mem().u8.buffer;
      linspaceKernel(dtype === 'float32' ? new Float32Array(buf, p, steps) : new Float64Array(buf, p, steps), start, end, steps, dtype);
    }, opts);
  }
  const values = new Float64Array(steps);
  if (steps === 1) values[0] = start;
  else if (steps > 1 && (dtype === 'float16' || dtype === 'bfloat16')) linspaceHalf(values, start, end, dtype);
  else if (steps > 1) {
    const f = (v: number): number => v;
    const step = f(f(f(end) - f(start)) / (steps - 1));
    const half = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) values[i] = i < half ? f(f(start) + f(step * i)) : f(f(end) - f(step * (steps - i - 1)));
  }
  return fromValues([steps], values, dtype, opts);
}

/**
 * torch.logspace as PyTorch 1.13.1's logspace_out (RangeFactories.cpp) computes it: start and end converted to the
 * dtype, step = double(end - start) / (steps - 1) (the difference taken in the dtype), exponent start + step·i in
 * double (from halfway on: end - step·(steps - i - 1)), base^exponent in double, converted to the dtype (integer
 * dtypes truncate); one step gives base^start. Half is not implemented there. float32/float64 take the wasm kernel's
 * pow (glibc's algorithm without the fused steps of its FMA build: a float64's last bit differs from PyTorch's in
 * under 0.1% of values, where V8's Math.pow differs in about 9%); the other dtypes Math.pow.
 */
export function logspace(start: number, end: number, steps: number, base: number, opts: CreateOptions = {}): Tensor {
  if (steps < 0) throw new TorchError('RuntimeError', 'number of steps must be non-negative');
  const dtype = opts.dtype ?? DEFAULT_FLOAT;
  if (dtype === 'float16' || dtype === 'bool') throw new TorchError('RuntimeError', `"logspace_cpu" not implemented for '${scalarName(dtype)}'`);
  if (steps > 1 && (dtype === 'float32' || dtype === 'float64')) {   // the wasm kernel, straight into the tensor
    const f = dtype === 'float32' ? Math.fround : (v: number): number => v;
    const sf = f(start), ef = f(end);
    return filledTensor([steps], dtype, (p) => wasm().logspaceFill(dtype === 'float32' ? 2 : 3, p, steps, sf, ef, f(ef - sf) / (steps - 1), base), opts);
  }
  const values = new Float64Array(steps);
  if (steps === 1) values[0] = Math.pow(base, start);
  else if (steps > 1) {
    const bf16 = (v: number): number => bf16BitsToF32(f32ToBf16Bits(Math.fround(v)));
    const to = dtype === 'float32' ? Math.fround : dtype === 'float64' ? (v: number): number => v : dtype === 'bfloat16' ? bf16 : Math.trunc;
    const sf = to(start), ef = to(end);
    const step = to(ef - sf) / (steps - 1);
    const half = Math.floor(steps / 2);
    for (let i = 0; i < steps; i++) values[i] = Math.pow(base, i < half ? sf + step * i : ef - step * (steps - i - 1));
  }
  return fromValues([steps], values, dtype, opts);
}

/**
 * PyTorch 1.13.1's linspace_kernel for float32/float64 (RangeFactoriesKernel.cpp), bit for bit: step = (end - start)/
 * (steps - 1) in the dtype; at::parallel_for's chunks (more than GRAIN_SIZE steps on several threads), each walked by
 * cpu_serial_kernel_vec: blocks of two Vectorized (16 floats, 8 doubles) whose first element is start + step·i (or
 * end - step·(steps - i - 1) from halfway on) fused into one multiply-add as the AVX2 build compiles it, the others
 * base + j·step (Vectorized::arange, not fused); the rest of the chunk element by element with the fused formulas.
 */
function linspaceKernel(out: Float32Array | Float64Array, start: number, end: number, steps: number, dtype: 'float32' | 'float64'): void {
  if (dtype === 'float32') linspaceF32(out as Float32Array, start, end, steps);
  else linspaceF64(out as Float64Array, start, end, steps);
}
/** The chunk at::parallel_for gives arange/linspace_kernel's n steps (all of them unless more than GRAIN_SIZE on several threads). */
function parallelChunk(steps: number): number {
  const T = numThreads();
  const nt = steps > GRAIN_SIZE && T > 1 ? Math.min(T, Math.ceil(steps / GRAIN_SIZE)) : 1;
  return Math.ceil(steps / nt);
}
/** linspaceKernel for float32 (Vectorized<float>: 8 lanes; each block start fused, the other lanes base + j·step). */
function linspaceF32(out: Float32Array, start: number, end: number, steps: number): void {
  const f = Math.fround;
  const s = f(start), e = f(end);
  const step = f(f(e - s) / (steps - 1)), nstep = -step;
  const half = Math.floor(steps / 2);
  const l1 = f(step), l2 = f(2 * step), l3 = f(3 * step), l4 = f(4 * step), l5 = f(5 * step), l6 = f(6 * step), l7 = f(7 * step);
  const chunk = parallelChunk(steps);
  for (let begin = 0; begin < steps; begin += chunk) {
    const stop = Math.min(steps, begin + chunk);
    let i = begin;
    for (; i + 16 <= stop; i += 8) {   // (two Vectorized per block, each as below)
      const base = i < half ? fma32(step, i, s) : fma32(nstep, steps - i - 1, e);
      out[i] = base;
      out[i + 1] = base + l1; out[i + 2] = base + l2; out[i + 3] = base + l3;   // (the float32 stores round)
      out[i + 4] = base + l4; out[i + 5] = base + l5; out[i + 6] = base + l6; out[i + 7] = base + l7;
      const b2 = i + 8 < half ? fma32(step, i + 8, s) : fma32(nstep, steps - i - 9, e);
      out[i + 8] = b2;
      out[i + 9] = b2 + l1; out[i + 10] = b2 + l2; out[i + 11] = b2 + l3;
      out[i + 12] = b2 + l4; out[i + 13] = b2 + l5; out[i + 14] = b2 + l6; out[i + 15] = b2 + l7;
      i += 8;
    }
    for (; i < stop; i++) out[i] = i < half ? fma32(step, i, s) : fma32(nstep, steps - i - 1, e);
  }
}
/** linspaceKernel for float64 (Vectorized<double>: 4 lanes). */
function linspaceF64(out: Float64Array, start: number, end: number, steps: number): void {
  const step = (end - start) / (steps - 1), nstep = -step;
  const half = Math.floor(steps / 2);
  const l2 = 2 * step, l3 = 3 * step;
  const chunk = parallelChunk(steps);
  for (let begin = 0; begin < steps; begin += chunk) {
    const stop = Math.min(steps, begin + chunk);
    let i = begin;
    for (; i + 8 <= stop; i += 4) {
      const base = i < half ? fma64(step, i, start) : fma64(nstep, steps - i - 1, end);
      out[i] = base; out[i + 1] = base + step; out[i + 2] = base + l2; out[i + 3] = base + l3;
      const b2 = i + 4 < half ? fma64(step, i + 4, start) : fma64(nstep, steps - i - 5, end);
      out[i + 4] = b2; out[i + 5] = b2 + step; out[i + 6] = b2 + l2; out[i + 7] = b2 + l3;
      i += 4;
    }
    for (; i < stop; i++) out[i] = i < half ? fma64(step, i, start) : fma64(nstep, steps - i - 1, end);
  }
}

/**
 * linspace_kernel for float16/bfloat16: the same vector layout with Vectorized<Half>'s 16 lanes, every operation of
 * c10::Half / c10::BFloat16 rounded to the dtype (step, step·idx, the sums; lane·step as a Half product).
 */
function linspaceHalf(out: Float64Array, start: number, end: number, dtype: 'float16' | 'bfloat16'): void {
  const r = dtype === 'float16' ? (v: number): number => f16BitsToF32(f32ToF16Bits(v))
    : (v: number): number => bf16BitsToF32(f32ToBf16Bits(Math.fround(v)));
  const steps = out.length, V = 16;
  start = r(start); end = r(end);
  const step = r(r(end - start) / r(steps - 1));
  const half = Math.floor(steps / 2);
  const at = (idx: number): number => (idx < half ? r(start + r(step * r(idx))) : r(end - r(step * r(steps - idx - 1))));
  let i = 0;
  for (; i <= steps - 2 * V; i += 2 * V) {
    for (let b = i; b < i + 2 * V; b += V) {
      const base = at(b);
      out[b] = base;
      for (let l = 1; l < V; l++) out[b + l] = r(base + r(r(l) * step));
    }
  }
  for (; i < steps; i++) out[i] = at(i);
}

export function eye(n: number, m: number = n, opts: CreateOptions = {}): Tensor {
  if (opts.dtype === 'bfloat16') throw new TorchError('RuntimeError', `"eye" not implemented for 'BFloat16'`);
  const values = new Float64Array(n * m);
  for (let i = 0; i < Math.min(n, m); i++) values[i * m + i] = 1;
  return fromValues([n, m], values, opts.dtype ?? DEFAULT_FLOAT, opts);
}

// --- random ----------------------------------------------------------------------------------------------------------
function floatDtype(opts: CreateOptions, fn: string): FloatDType {
  const d = opts.dtype ?? DEFAULT_FLOAT;
  if (!isFloating(d)) {
    throw new TorchError('RuntimeError', `"${fn}" not implemented for '${scalarName(d)}'`);
  }
  return d as FloatDType;
}
/** Byte address of t's first element in the kernel's memory. */
const addressOf = (t: Tensor): number => t.storage.ptr + t.offset * itemSize(t.dtype);
/** A new row-major tensor whose elements `fill` writes in place (from the address of the first). */
function filledTensor(shape: Shape, dtype: DType, fill: (ptr: number) => void, opts: CreateOptions): Tensor {
  const t = K.empty(shape, dtype);
  try {
    fill(addressOf(t));
  } catch (e) {
    t.free();
    throw e;
  }
  return finish(t, opts);
}
export function rand(shape: Shape, opts: RandomOptions = {}): Tensor {
  checkSize(shape);
  const d = floatDtype(opts, 'check_uniform_bounds');
  const gen = opts.generator ?? defaultGenerator;
  if (d === 'float32' || d === 'float64') return filledTensor(shape, d, (p) => gen.uniformInto(p, numel(shape), 0, 1, d), opts);
  return fromValues(shape, gen.uniform(numel(shape), 0, 1, d), d, opts);
}
/** `contiguous` false: the values are for a tensor laid out otherwise (randn_like), drawn as PyTorch does for one. */
export function randn(shape: Shape, opts: RandomOptions = {}, contiguous = true): Tensor {
  checkSize(shape);
  const d = floatDtype(opts, 'normal_kernel_cpu');
  const gen = opts.generator ?? defaultGenerator;
  if (contiguous && (d === 'float32' || d === 'float64')) return filledTensor(shape, d, (p) => gen.normalInto(p, numel(shape), 0, 1, d), opts);
  return fromValues(shape, gen.normal(numel(shape), 0, 1, d, contiguous), d, opts);
}
/** random_(from, to)'s range check: both ends must lie within the dtype (int8's -128..127, float16's ±65504). */
const RANDOM_RANGE: Partial<Record<DType, number[]>> = {
  bool: [0, 1], uint8: [0, 255], int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647],
  float16: [-65504, 65504],
};
function checkRandomRange(low: number, high: number, d: DType): void {
  const r = RANDOM_RANGE[d];
  if (!r) return;
  for (const [v, what] of [[low, 'from'], [high - 1, 'to - 1']] as const) {
    if (v < r[0] || v > r[1]) throw new TorchError('RuntimeError', `${what} is out of bounds for ${typeMetaName(d)}`);
  }
}
/** check_from_to_in_range: past 2**digits a floating dtype skips integers (a warning). */
function warnOutsideDigits(low: number, high: number, d: DType): void {
  if (!isFloating(d)) return;
  const digits = { float32: 24, float64: 53, float16: 11, bfloat16: 8 }[d as 'float32'], c = typeMetaName(d);
  for (const [v, what, line] of [[low, 'from', 94], [high - 1, 'to - 1', 95]] as const) {
    if (v < -(2 ** digits) || v > 2 ** digits) {
      warn('UserWarning', `${what} is out of bounds [-(2^${digits}), 2^${digits}]. Due to precision limitations ${c} can support discrete uniform distribution only within this range. This warning will become an error in version 1.7 release, please fix the code in advance (Triggered internally at  ./aten/src/ATen/native/DistributionTemplates.h:${line}.)`);
    }
  }
}
export function randint(low: number, high: number, shape: Shape, opts: RandomOptions = {}): Tensor {
  checkSize(shape);
  if (low >= high) throw new TorchError('RuntimeError', `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  checkRandomRange(low, high, opts.dtype ?? 'int64');
  warnOutsideDigits(low, high, opts.dtype ?? 'int64');
  const gen = opts.generator ?? defaultGenerator, d = opts.dtype ?? 'int64';
  if (d === 'int64' || d === 'float64') {
    gen.checkRandint(low, high);
    return filledTensor(shape, d, (p) => gen.randintInto(p, numel(shape), low, high, d === 'int64'), opts);
  }
  return fromValues(shape, gen.randint(numel(shape), low, high), d, opts);
}
export function randperm(n: number, opts: RandomOptions = {}): Tensor {
  if (opts.dtype === 'bool') throw new TorchError('RuntimeError', `"randperm" not implemented for 'Bool'`);
  const gen = opts.generator ?? defaultGenerator;
  if ((opts.dtype ?? 'int64') === 'int64' && Number.isSafeInteger(n) && n >= 0) return filledTensor([n], 'int64', (p) => gen.randpermInto(p, n), opts);
  return fromValues([n], gen.randperm(n), opts.dtype ?? 'int64', opts);
}
export const rand_like = (t: Tensor, opts: RandomOptions = {}): Tensor => {
  const strides = likeStrides(t, opts.memory_format);
  return restrided(rand(t.shape, { dtype: t.dtype, ...opts }), strides);
};
export const randn_like = (t: Tensor, opts: RandomOptions = {}): Tensor => {
  const strides = likeStrides(t, opts.memory_format);
  return restrided(randn(t.shape, { dtype: t.dtype, ...opts }, strides === null || isContiguous(t.shape, strides)), strides);
};
export function manual_seed(seed: number | bigint): Generator { return defaultGenerator.manual_seed(seed); }

/**
 * What a random fill writes: the values in fill order, or a function writing them in place into x.numel()
 * elements of x's dtype from a byte address (the wasm kernels' direct path).
 */
export type Drawn = Float64Array | ((ptr: number) => void);
/** x's shape holding `values` in the order PyTorch's kernel visits x's elements (see fillRandom). */
function valuesLaidOutAs(x: Tensor, values: Drawn): Tensor {
  const tmp = typeof values === 'function' ? filledTensor(x.shape, x.dtype, values, {}) : fromValues(x.shape, values, x.dtype, {});
  const order = iteratorStrides(x.shape, [x]);
  if (order === null) return tmp;
  const src = new Tensor(tmp.storage, 0, x.shape, order, x.dtype);
  const out = K.empty(x.shape, x.dtype);
  K.copyInto(out, src);
  src.free();
  tmp.free();
  return out;
}

/** The in-place random fills as autograd sees them: nodes (UniformBackward0, ...) whose gradient is zero. */
const RANDOM_FILLS = new Map<string, OpDef>();
function randomFillOp(node: string): OpDef {
  let def = RANDOM_FILLS.get(node);
  if (!def) {
    def = defineOp({
      name: 'random_fill_', node, args: ['self'],
      forward: ([self], a) => valuesLaidOutAs(self, a.values as Drawn),
      into: ([self], a) => {
        const values = a.values as Drawn;
        if (typeof values === 'function' && isContiguous(self.shape, self.strides)) {   // (row-major: fill order is memory order)
          values(addressOf(self));
          return true;
        }
        const v = valuesLaidOutAs(self, values);
        K.copyInto(self, v);
        v.free();
        return true;
      },
      grads: { self: { saves: [], fn: (g) => K.full(g.shape, 0, g.dtype) } },
    });
    RANDOM_FILLS.set(node, def);
  }
  return def;
}

/**
 * In-place random fills (uniform_, normal_, bernoulli_, ...): `draw()` gives the values in the order PyTorch's kernel
 * visits x's elements, which is memory order (TensorIterator sorts x's dims by stride), so a transposed x gets the
 * values a transposed tensor gets there. As an in-place op: the leaf check comes before any number is drawn, and on
 * a tensor that requires grad the fill is recorded as `node` (its gradient is zero), as in PyTorch.
 */
export function fillRandom(x: Tensor, node: string, draw: () => Drawn): Tensor {
  checkInplace(x);
  const attrs: { values?: Drawn } = { values: draw() };
  applyInplace(randomFillOp(node), [x], attrs);
  delete attrs.values;   // (the node keeps its attrs: not the numbers)
  return x;
}
export function uniform_(x: Tensor, from = 0, to = 1, generator: Generator = defaultGenerator): Tensor {
  const dtype = floatDtype({ dtype: x.dtype }, 'check_uniform_bounds');
  return fillRandom(x, 'UniformBackward0', () => {
    if (dtype !== 'float32' && dtype !== 'float64') return generator.uniform(x.numel(), from, to, dtype);
    generator.checkUniform(from, to, dtype);
    return (p) => generator.uniformInto(p, x.numel(), from, to, dtype);
  });
}
export function normal_(x: Tensor, mean = 0, std = 1, generator: Generator = defaultGenerator): Tensor {
  const dtype = floatDtype({ dtype: x.dtype }, 'normal_kernel_cpu');
  return fillRandom(x, 'NormalBackward0', () => {
    if ((dtype !== 'float32' && dtype !== 'float64') || !x.is_contiguous()) return generator.normal(x.numel(), mean, std, dtype, x.is_contiguous());
    generator.checkNormal(std);
    return (p) => generator.normalInto(p, x.numel(), mean, std, dtype);
  });
}
export function exponential_(x: Tensor, lambd = 1, generator: Generator = defaultGenerator): Tensor {
  const dtype = floatDtype({ dtype: x.dtype }, 'exponential_cpu');
  return fillRandom(x, 'ExponentialBackward0', () => {
    const values = generator.exponential(x.numel(), lambd);
    if (dtype === 'float32') for (let i = 0; i < values.length; i++) values[i] = Math.fround(values[i]);
    return values;
  });
}
/** The double values of a cauchy_/log_normal_/geometric_ kernel cast to x's dtype (float32 rounds here). */
function castDrawn(values: Float64Array, dtype: Tensor['dtype']): Float64Array {
  if (dtype === 'float32') for (let i = 0; i < values.length; i++) values[i] = Math.fround(values[i]);
  return values;
}
export function cauchy_(x: Tensor, median = 0, sigma = 1, generator: Generator = defaultGenerator): Tensor {
  const dtype = floatDtype({ dtype: x.dtype }, 'cauchy_cpu');
  return fillRandom(x, 'CauchyBackward0', () => castDrawn(generator.cauchy(x.numel(), median, sigma), dtype));
}
export function log_normal_(x: Tensor, mean = 1, std = 2, generator: Generator = defaultGenerator): Tensor {
  checkInplace(x);
  if (!(std > 0)) throw new TorchError('RuntimeError', `log_normal_ expects std > 0.0, but found std=${cfmt(std)}`);
  const dtype = floatDtype({ dtype: x.dtype }, 'log_normal_cpu');
  return fillRandom(x, 'LogNormalBackward0', () => castDrawn(generator.logNormal(x.numel(), mean, std), dtype));
}
/** geometric_ fills any dtype but bool; integer dtypes get the double count truncated (static_cast). */
export function geometric_(x: Tensor, p: number, generator: Generator = defaultGenerator): Tensor {
  checkInplace(x);
  if (!(p > 0 && p < 1)) throw new TorchError('RuntimeError', `geometric_ expects p to be in (0, 1), but got p=${cfmt(p)}`);
  if (x.dtype === 'bool') throw new TorchError('RuntimeError', `"geometric_cpu" not implemented for 'Bool'`);
  return fillRandom(x, 'GeometricBackward0', () => castDrawn(generator.geometric(x.numel(), p), x.dtype));
}
/** multinomial(probs [n] or [rows, n], samples, replacement=True) with n_sample > 1: int64 indices. */
export function multinomialWithReplacement(probs: Tensor, samples: number, generator: Generator = defaultGenerator): Tensor {
  const rows = probs.ndim === 1 ? 1 : probs.shape[0], n = probs.shape[probs.ndim - 1];
  const round = probs.dtype === 'float32' ? Math.fround : (v: number): number => v;
  let out: Float64Array;
  try {
    out = generator.multinomialWithReplacement(probs.toArray(), rows, n, samples, round);
  } catch (e) {
    if (e instanceof RangeError) throw new TorchError('RuntimeError', e.message);
    throw e;
  }
  return fromValues(probs.ndim === 1 ? [samples] : [rows, samples], out, 'int64');
}
/** ⌊log2 v⌋ of a whole number v ≥ 1, exactly (Math.log2 rounds up just below 2**53). */
function floorLog2(v: number): number {
  const n = Math.floor(Math.log2(v));
  return 2 ** n > v ? n - 1 : n;
}
/**
 * tensor.random_(from, to) and random_(to) (random_from_to_impl): randint's stream, in memory order. For a float32
 * tensor the bounds first move inward to values float32 holds (DistributionTemplates.h update_from/update_to):
 * random_(0, 2**25) draws from [0, 2**25 - 2).
 */
export function randomFromTo_(x: Tensor, low: number, high: number, toOnly: boolean, generator: Generator = defaultGenerator): Tensor {
  if (!(low < high)) throw new TorchError('RuntimeError', `random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  checkRandomRange(low, high, x.dtype);
  if (x.dtype === 'float32') {
    const lowPlus1 = Math.fround(low + 1);
    if (lowPlus1 < low) low = lowPlus1 + 2 ** (floorLog2(Math.abs(low + 1)) - 23);
    const highMinus1 = Math.fround(high - 1);
    if (highMinus1 >= high) high = highMinus1 - 2 ** (floorLog2(Math.abs(high - 1)) - 23);
    if (!(low < high)) throw new TorchError('RuntimeError', `random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, but got from=${low} >= to=${high}`);
  }
  warnOutsideDigits(low, high, x.dtype);
  return fillRandom(x, toOnly ? 'RandomBackward1' : 'RandomBackward0', () => {
    if (x.dtype !== 'int64' && x.dtype !== 'float64') return generator.randint(x.numel(), low, high);
    generator.checkRandint(low, high);
    return (p) => generator.randintInto(p, x.numel(), low, high, x.dtype === 'int64');
  });
}
/** tensor.random_() without bounds (see Generator.randomFull); int64 values are written exactly. */
export function random_(x: Tensor, generator: Generator = defaultGenerator): Tensor {
  if (x.dtype !== 'int64') return fillRandom(x, 'RandomBackward2', () => generator.randomFullValues(x.numel(), x.dtype as Exclude<typeof x.dtype, 'int64'>));
  const bits = generator.randomFull(x.numel(), x.dtype);
  const tmp = K.empty(x.shape, 'int64');
  writeInt64(tmp, bits);
  K.copyInto(x, tmp);
  tmp.free();
  x.version.bump();
  return x;
}
