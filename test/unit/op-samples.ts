// Sample inputs for every op-table entry (PyTorch's OpInfo sample_inputs), keyed by `node ?? name`. Each sample
// builds its inputs from explicit or seeded values, calls the op through the public API, and carries a float64
// JavaScript reference of the forward written with plain loops (no engine calls). op-check.ts runs them.
//
// Values avoid the points where an op is not differentiable (0 for abs/relu/sign, ties for max/min, the bounds of
// clamp, integers and halves for floor/round, ...), so a central difference is a valid check there.
import * as torch from '../../kernel/engine';
import type { DType, Tensor } from '../../kernel/engine';
import { registerNnSamples } from './op-samples-nn';
import { registerNnxSamples } from './op-samples-nnx';
import { registerSpatialSamples } from './op-samples-spatial';
import { registerLinalgSamples } from './op-samples-linalg';
import { registerMultiOutputSamples } from './op-samples-multi';
import { registerMathSamples } from './op-samples-math';
import { registerIgammaSamples, registerRenormFrexpSamples, registerSpecialSamples } from './op-samples-special';
import { registerDistSamples } from './op-samples-dist';
import { registerDecompSamples } from './op-samples-decomp';

export type FloatDType = 'float32' | 'float64';

export interface InputSpec {
  shape: number[];
  values: number[];
  /** Differentiable input (requires_grad, gradchecked); default true. */
  grad?: boolean;
  /** A non-contiguous leaf: the last two dims swapped in storage, or every other element of a wider last dim. */
  layout?: 'transposed' | 'strided';
  /** A fixed dtype instead of the run's dtype. */
  dtype?: FloatDType;
}

/** A reference value: shape and row-major data. */
export interface Arr { shape: number[]; data: number[] }

export interface OpSample {
  key: string;
  desc: string;
  inputs: InputSpec[];
  /** The output, or all outputs of an op whose node has several (unbind, split, var_mean): each is checked. */
  run: (xs: Tensor[], dtype: FloatDType) => Tensor | Tensor[];
  ref: (xs: Arr[], dtype: FloatDType) => Arr | Arr[];
  /** The output's dtype (default: the run's dtype). */
  outDtype?: (dtype: FloatDType) => DType;
  /** Number of outputs of an op whose node has several (also gradchecked with a gradient for the last one only). */
  multiOutput?: number;
  /** The op has a node whose backward raises NotImplementedError with this text (PyTorch defines no derivative). */
  refusesGrad?: string;
  /** The float64 rtol when PyTorch's own algorithm is less accurate than the default 1e-10 (Math.h's Bessel ports). */
  rtol64?: number;
  /** The float64 atol likewise (near a function's zeros a relative bound cannot hold: airy_ai's Math.h approximation). */
  atol64?: number;
  /** The float32 atol near a function's zeros (the orthogonal polynomials' float32 recurrences, as PyTorch's). */
  atol32?: number;
}

// --- seeded values -----------------------------------------------------------------------------------------------
function lcg(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
/** n values uniform in [lo, hi), skipping those `bad` rejects. */
export function vals(n: number, seed: number, lo = -2, hi = 2, bad: (v: number) => boolean = () => false): number[] {
  const r = lcg(seed), out: number[] = [];
  while (out.length < n) { const v = lo + (hi - lo) * r(); if (!bad(v)) out.push(v); }
  return out;
}
const near = (points: number[], m = 0.05) => (v: number) => points.some((p) => Math.abs(v - p) < m);
const nearGrid = (step: number, m = 0.05) => (v: number) => Math.abs(v / step - Math.round(v / step)) * step < m;

const numel = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
let seedCounter = 1;
/** A differentiable input of `shape` with seeded values in [lo, hi). */
function inp(shape: number[], lo = -2, hi = 2, extra: Partial<InputSpec> & { bad?: (v: number) => boolean } = {}): InputSpec {
  const { bad, ...rest } = extra;
  return { shape, values: vals(numel(shape), seedCounter++, lo, hi, bad), ...rest };
}
const pos = (shape: number[], extra: Partial<InputSpec> = {}) => inp(shape, 0.3, 2.5, extra);
const nonzero = (shape: number[], extra: Partial<InputSpec> = {}) => inp(shape, -2, 2, { bad: near([0], 0.1), ...extra });
const fixed = (shape: number[], values: number[], extra: Partial<InputSpec> = {}): InputSpec => ({ shape, values, ...extra });

// --- reference helpers (plain loops over row-major arrays) ---------------------------------------------------------
function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let d = shape.length - 1; d >= 0; d--) { s[d] = acc; acc *= shape[d]; }
  return s;
}
function unravel(i: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) { idx[d] = i % shape[d]; i = Math.floor(i / shape[d]); }
  return idx;
}
function ravel(idx: readonly number[], shape: readonly number[]): number {
  let off = 0;
  for (let d = 0; d < shape.length; d++) off = off * shape[d] + idx[d];
  return off;
}
function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length), out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1, y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) throw new Error(`reference: shapes [${a}] and [${b}] do not broadcast`);
    out.push(x === 1 ? y : x);
  }
  return out;
}
/** a's element at an index of a broadcast shape (right-aligned, size-1 dims repeat). */
function bget(a: Arr, idx: readonly number[]): number {
  const lead = idx.length - a.shape.length;
  let off = 0;
  for (let d = 0; d < a.shape.length; d++) off = off * a.shape[d] + (a.shape[d] === 1 ? 0 : idx[lead + d]);
  return a.data[off];
}
export function mapN(xs: Arr[], f: (...v: number[]) => number): Arr {
  const shape = xs.map((x) => x.shape).reduce(broadcastShape, [] as number[]);
  const data: number[] = [];
  for (let i = 0; i < numel(shape); i++) { const idx = unravel(i, shape); data.push(f(...xs.map((x) => bget(x, idx)))); }
  return { shape, data };
}
/** out[o] = a[at(o)] for every index o of outShape. */
function gatherRef(a: Arr, outShape: number[], at: (o: number[]) => number[]): Arr {
  const data: number[] = [];
  for (let i = 0; i < numel(outShape); i++) data.push(a.data[ravel(at(unravel(i, outShape)), a.shape)]);
  return { shape: outShape, data };
}
function reduceRef(a: Arr, dims: number[] | null, keepdim: boolean, f: (v: number[]) => number): Arr {
  const nd = a.shape.length;
  const ds = dims === null ? a.shape.map((_, d) => d) : dims.map((d) => (d + nd) % nd);
  const keptShape = a.shape.map((s, d) => (ds.includes(d) ? 1 : s));
  const groups: number[][] = Array.from({ length: numel(keptShape) }, () => []);
  for (let i = 0; i < a.data.length; i++) {
    const idx = unravel(i, a.shape).map((v, d) => (ds.includes(d) ? 0 : v));
    groups[ravel(idx, keptShape)].push(a.data[i]);
  }
  const shape = keepdim ? keptShape : a.shape.filter((_, d) => !ds.includes(d));
  return { shape, data: groups.map(f) };
}
/** Applies f to every 1-D lane along dim (f returns a lane of the same length). */
function lanesRef(a: Arr, dim: number, f: (lane: number[]) => number[]): Arr {
  const d = (dim + a.shape.length) % a.shape.length, st = stridesOf(a.shape), n = a.shape[d];
  const data = new Array<number>(a.data.length);
  for (let i = 0; i < a.data.length; i++) {
    if (unravel(i, a.shape)[d] !== 0) continue;
    const lane = Array.from({ length: n }, (_, k) => a.data[i + k * st[d]]);
    f(lane).forEach((v, k) => { data[i + k * st[d]] = v; });
  }
  return { shape: [...a.shape], data };
}
function permuteRef(a: Arr, perm: number[]): Arr {
  return gatherRef(a, perm.map((p) => a.shape[p]), (o) => { const idx = new Array<number>(perm.length); perm.forEach((p, k) => { idx[p] = o[k]; }); return idx; });
}
const transposeRef = (a: Arr, d0: number, d1: number): Arr => {
  const perm = a.shape.map((_, d) => d);
  [perm[d0], perm[d1]] = [perm[d1], perm[d0]];
  return permuteRef(a, perm);
};
const reshapeRef = (a: Arr, shape: number[]): Arr => ({ shape, data: [...a.data] });
/** numpy matmul: 1-D operands promoted and the added dim removed, batch dims broadcast. */
function matmulRef(a: Arr, b: Arr): Arr {
  const A = a.shape.length === 1 ? { shape: [1, a.shape[0]], data: a.data } : a;
  const B = b.shape.length === 1 ? { shape: [b.shape[0], 1], data: b.data } : b;
  const n = A.shape[A.shape.length - 2], k = A.shape[A.shape.length - 1], p = B.shape[B.shape.length - 1];
  const batch = broadcastShape(A.shape.slice(0, -2), B.shape.slice(0, -2));
  const data: number[] = [];
  for (let bi = 0; bi < numel(batch); bi++) {
    const bidx = unravel(bi, batch);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < p; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += bget(A, [...bidx, i, q]) * bget(B, [...bidx, q, j]);
        data.push(s);
      }
    }
  }
  const shape = [...batch, ...(a.shape.length > 1 ? [n] : []), ...(b.shape.length > 1 ? [p] : [])];
  return { shape, data };
}
function catRef(xs: Arr[], dim: number): Arr {
  const parts = xs.filter((x) => !(x.shape.length === 1 && x.shape[0] === 0));
  const shape = [...parts[0].shape];
  shape[dim] = parts.reduce((s, x) => s + x.shape[dim], 0);
  const data: number[] = [];
  for (let i = 0; i < numel(shape); i++) {
    const idx = unravel(i, shape);
    let j = 0, at = idx[dim];
    while (at >= parts[j].shape[dim]) { at -= parts[j].shape[dim]; j++; }
    const src = [...idx]; src[dim] = at;
    data.push(parts[j].data[ravel(src, parts[j].shape)]);
  }
  return { shape, data };
}
const unsqueezeShape = (s: number[], d: number): number[] => { const r = [...s]; r.splice(d, 0, 1); return r; };
const sumOf = (v: number[]): number => v.reduce((a, b) => a + b, 0);
const meanOf = (v: number[]): number => sumOf(v) / v.length;
const varOf = (correction: number) => (v: number[]): number => { const m = meanOf(v); return sumOf(v.map((x) => (x - m) ** 2)) / (v.length - correction); };
const lse = (v: number[]): number => { const m = Math.max(...v); return m + Math.log(sumOf(v.map((x) => Math.exp(x - m)))); };
const roundHalfEven = (x: number): number => { const r = Math.round(x); return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r; };
const zeros = (shape: number[]): Arr => ({ shape, data: new Array(numel(shape)).fill(0) });
const broadcastRef = (a: Arr, shape: number[]): Arr => mapN([a, zeros(shape)], (v) => v);
const vec = (xs: readonly number[]): Arr => ({ shape: [xs.length], data: [...xs] });

// --- the samples -----------------------------------------------------------------------------------------------------
export const SAMPLES: OpSample[] = [];
function add(key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref'], opts: Partial<OpSample> = {}): void {
  SAMPLES.push({ key, desc, inputs, run, ref, ...opts });
}
/** A constant tensor built inside a sample (index tensors, masks, grad_outputs that are not checked). */
function constT(values: number[], shape: number[], dtype: DType): Tensor {
  return torch.tensor(nest(values, shape) as never, { dtype });
}
export function nest(values: readonly number[], shape: readonly number[]): unknown {
  if (shape.length === 0) return values[0];
  const inner = numel(shape.slice(1)), out: unknown[] = [];
  for (let i = 0; i < shape[0]; i++) out.push(nest(values.slice(i * inner, (i + 1) * inner), shape.slice(1)));
  return out;
}

// Binary pointwise ops: same shapes, broadcasting (trailing, both sides, 0-d), a non-contiguous operand.
type Domain = (shape: number[], extra?: Partial<InputSpec>) => InputSpec;
const anyD: Domain = (s, e) => inp(s, -2, 2, e);
function binary(key: string, api: (a: Tensor, b: Tensor) => Tensor, f: (x: number, y: number) => number, da: Domain, db: Domain): void {
  const cases: [string, InputSpec, InputSpec][] = [
    ['same shape', da([2, 3]), db([2, 3])],
    ['broadcast [2,3,4] with [4]', da([2, 3, 4]), db([4])],
    ['broadcast [3,1] with [1,4]', da([3, 1]), db([1, 4])],
    ['0-d other', da([2, 3]), db([])],
    ['transposed self', da([3, 2], { layout: 'transposed' }), db([3, 2])],
    ['strided other', da([2, 3]), db([2, 3], { layout: 'strided' })],
  ];
  for (const [desc, a, b] of cases) add(key, desc, [a, b], ([x, y]) => api(x, y), ([x, y]) => mapN([x, y], f));
}
binary('AddBackward0', torch.add, (x, y) => x + y, anyD, anyD);
binary('SubBackward0', torch.sub, (x, y) => x - y, anyD, anyD);
binary('MulBackward0', torch.mul, (x, y) => x * y, anyD, anyD);
binary('DivBackward0', torch.div, (x, y) => x / y, anyD, nonzero);
binary('MaximumBackward0', torch.maximum, Math.max, anyD, anyD);
binary('MinimumBackward0', torch.minimum, Math.min, anyD, anyD);
binary('PowBackward1', torch.pow, (x, y) => x ** y, pos, anyD);
add('AddBackward0', 'alpha=2', [inp([2, 3]), inp([3])], ([x, y]) => torch.add(x, y, 2), ([x, y]) => mapN([x, y], (a, b) => a + 2 * b));
add('AddBackward0', 'python scalar', [inp([2, 3])], ([x]) => x.add(1.5), ([x]) => mapN([x], (a) => a + 1.5));
add('AddBackward0', 'in-place add_ on a clone', [inp([2, 3]), inp([3])], ([x, y]) => x.clone().add_(y), ([x, y]) => mapN([x, y], (a, b) => a + b));
add('SubBackward0', 'alpha=-0.5', [inp([2, 3]), inp([2, 1])], ([x, y]) => x.sub(y, -0.5), ([x, y]) => mapN([x, y], (a, b) => a + 0.5 * b));
add('SubBackward0', 'in-place sub_ on a clone', [inp([2, 3]), inp([2, 3])], ([x, y]) => x.clone().sub_(y, 3), ([x, y]) => mapN([x, y], (a, b) => a - 3 * b));
add('RsubBackward1', 'python scalar - tensor (rsub)', [inp([2, 3])], ([x]) => torch.rsub(x, 2.5), ([x]) => mapN([x], (a) => 2.5 - a));
add('RsubBackward1', 'rsub with alpha=3', [inp([4])], ([x]) => torch.rsubScalar(x, 1, 3), ([x]) => mapN([x], (a) => 1 - 3 * a));
add('RsubBackward0', 'torch.rsub(x, y) with a tensor other: y - x', [inp([2, 3]), inp([2, 1])], ([x, y]) => torch.rsub(x, y), ([x, y]) => mapN([x, y], (a, b) => b - a));
add('RsubBackward0', 'torch.rsub(x, y, alpha=-0.5)', [inp([2, 3]), inp([3])], ([x, y]) => torch.rsub(x, y, -0.5), ([x, y]) => mapN([x, y], (a, b) => b + 0.5 * a));
add('MulBackward0', 'python scalar', [inp([2, 3])], ([x]) => x.mul(-1.25), ([x]) => mapN([x], (a) => -1.25 * a));
add('MulBackward0', 'self * self', [inp([3])], ([x]) => x.mul(x), ([x]) => mapN([x], (a) => a * a));
add('MulBackward0', 'in-place mul_ on a clone, broadcast other', [inp([2, 3]), inp([3])], ([x, y]) => x.clone().mul_(y), ([x, y]) => mapN([x, y], (a, b) => a * b));
add('DivBackward0', 'in-place div_ on a clone', [inp([2, 3]), nonzero([2, 3])], ([x, y]) => x.clone().div_(y), ([x, y]) => mapN([x, y], (a, b) => a / b));
add('DivBackward0', 'tensor / python scalar', [inp([2, 3])], ([x]) => x.div(4), ([x]) => mapN([x], (a) => a / 4));
add('PowBackward1', 'tensor ** tensor, both [2,3]', [pos([2, 3]), inp([2, 3], -1.5, 2.5)], ([x, y]) => x.pow(y), ([x, y]) => mapN([x, y], (a, b) => a ** b));
add('PowBackward1', 'in-place pow_(tensor) on a clone', [pos([2, 3]), inp([3])], ([x, y]) => x.clone().pow_(y), ([x, y]) => mapN([x, y], (a, b) => a ** b));
for (const e of [2, 3, 0.5, -1.5, 0]) {
  const d = e === 0.5 || e === -1.5 ? pos([2, 3]) : inp([2, 3]);
  add('PowBackward0', `x ** ${e}`, [d], ([x]) => x.pow(e), ([x]) => mapN([x], (a) => a ** e));
}
add('PowBackward0', 'square() of a transposed input', [inp([3, 2], -2, 2, { layout: 'transposed' })], ([x]) => x.square(), ([x]) => mapN([x], (a) => a * a));
add('PowBackward0', 'in-place pow_(3) on a clone', [inp([4])], ([x]) => x.clone().pow_(3), ([x]) => mapN([x], (a) => a ** 3));
add('AddBackward0', '4-D broadcast [2,1,3,2] + [3,1]', [inp([2, 1, 3, 2]), inp([3, 1])], ([x, y]) => x.add(y), ([x, y]) => mapN([x, y], (a, b) => a + b));
add('MulBackward0', 'transposed 3-D self, broadcast [2,1,4] other', [inp([2, 4, 3], -2, 2, { layout: 'transposed' }), inp([2, 1, 3])], ([x, y]) => x.mul(y), ([x, y]) => mapN([x, y], (a, b) => a * b));
add('MulBackward0', 'an expanded (stride 0) operand', [inp([3, 1]), inp([3, 4])], ([x, y]) => x.expand(3, 4).mul(y), ([x, y]) => mapN([x, y], (a, b) => a * b));
add('MulBackward0', 'python scalar / tensor (rdiv: reciprocal then mul)', [nonzero([2, 3])], ([x]) => torch.rdiv(x, 2), ([x]) => mapN([x], (a) => 2 / a));
add('PowBackward1', 'python scalar ** tensor (rpow)', [inp([2, 3])], ([x]) => torch.rpow(x, 2), ([x]) => mapN([x], (a) => 2 ** a));
// Tensor-Scalar overloads (the scalar is no input of the node), as backward formulas call them.
add('AddBackward1', 'addScalar(x, 1.5)', [inp([2, 3])], ([x]) => torch.addScalar(x, 1.5), ([x]) => mapN([x], (a) => a + 1.5));
add('AddBackward1', 'addScalar of a transposed input', [inp([3, 2], -2, 2, { layout: 'transposed' })], ([x]) => torch.addScalar(x, -2), ([x]) => mapN([x], (a) => a - 2));
add('SubBackward1', 'subScalar(x, 0.75)', [inp([2, 3])], ([x]) => torch.subScalar(x, 0.75), ([x]) => mapN([x], (a) => a - 0.75));
add('MulBackward1', 'mulScalar(x, -2.5)', [inp([2, 3])], ([x]) => torch.mulScalar(x, -2.5), ([x]) => mapN([x], (a) => -2.5 * a));
add('MulBackward1', 'mulScalar of a strided input', [inp([2, 3], -2, 2, { layout: 'strided' })], ([x]) => torch.mulScalar(x, 3), ([x]) => mapN([x], (a) => 3 * a));
add('DivBackward1', 'divScalar(x, 4)', [inp([2, 3])], ([x]) => torch.divScalar(x, 4), ([x]) => mapN([x], (a) => a / 4));
add('DivBackward1', 'divScalar(x, -0.3) of 0-d', [inp([])], ([x]) => torch.divScalar(x, -0.3), ([x]) => mapN([x], (a) => a / -0.3));
add('PowBackward2', 'pow(2.5, x)', [inp([2, 3])], ([x]) => torch.pow(2.5, x), ([x]) => mapN([x], (a) => 2.5 ** a));
add('PowBackward2', 'pow(0.5, x) of a transposed input', [inp([3, 2], -2, 2, { layout: 'transposed' })], ([x]) => torch.pow(0.5, x), ([x]) => mapN([x], (a) => 0.5 ** a));
add('MaximumBackward0', '4-D broadcast with a strided operand', [inp([2, 1, 3]), inp([4, 1, 2, 3], -2, 2, { layout: 'strided' })], ([x, y]) => torch.maximum(x, y), ([x, y]) => mapN([x, y], Math.max));
add('AddBackward0', '5-D broadcast [2,1,2,1,3] + [2,1,3,1]', [inp([2, 1, 2, 1, 3]), inp([2, 1, 3, 1])], ([x, y]) => x.add(y), ([x, y]) => mapN([x, y], (a, b) => a + b));
add('AddBackward0', 'float32 self + run-dtype other (promotion)', [inp([2, 3], -2, 2, { dtype: 'float32' }), inp([3])], ([x, y]) => x.add(y), ([x, y]) => mapN([x, y], (a, b) => a + b));
add('MulBackward0', 'an int64 tensor operand', [inp([2, 3])], ([x]) => x.mul(constT([3, -1, 2], [3], 'int64')), ([x]) => mapN([x, vec([3, -1, 2])], (a, b) => a * b));
const COND = [1, 0, 0, 1, 1, 0];
add('WhereBackward0', 'where(cond, a, b)', [inp([2, 3]), inp([2, 3])],
  ([a, b]) => torch.where(constT(COND, [2, 3], 'bool'), a, b), ([a, b]) => mapN([vec(COND), a, b].map((x, i) => (i === 0 ? reshapeRef(x, [2, 3]) : x)), (c, x, y) => (c ? x : y)));
add('WhereBackward0', 'broadcast: cond [2,3], self [3], other [2,1]', [inp([3]), inp([2, 1])],
  ([a, b]) => torch.where(constT(COND, [2, 3], 'bool'), a, b), ([a, b]) => mapN([reshapeRef(vec(COND), [2, 3]), a, b], (c, x, y) => (c ? x : y)));
add('WhereBackward0', 'python scalar other', [inp([2, 3])],
  ([a]) => torch.where(constT(COND, [2, 3], 'bool'), a, 0.5), ([a]) => mapN([reshapeRef(vec(COND), [2, 3]), a], (c, x) => (c ? x : 0.5)));

// Unary pointwise ops: a contiguous [2,3], a transposed [3,4], a 0-d input, and the in-place variant when one exists.
const sigmoidF = (x: number): number => 1 / (1 + Math.exp(-x));
const UNARY: [string, keyof Tensor & string, (x: number) => number, Domain][] = [
  ['NegBackward0', 'neg', (x) => -x, anyD],
  ['ExpBackward0', 'exp', Math.exp, anyD],
  ['LogBackward0', 'log', Math.log, pos],
  ['SqrtBackward0', 'sqrt', Math.sqrt, pos],
  ['AbsBackward0', 'abs', Math.abs, nonzero],
  ['SinBackward0', 'sin', Math.sin, anyD],
  ['CosBackward0', 'cos', Math.cos, anyD],
  ['TanBackward0', 'tan', Math.tan, (s, e) => inp(s, -1.2, 1.2, e)],
  ['TanhBackward0', 'tanh', Math.tanh, anyD],
  ['SigmoidBackward0', 'sigmoid', sigmoidF, anyD],
  ['ReluBackward0', 'relu', (x) => Math.max(x, 0), nonzero],
  ['SignBackward0', 'sign', Math.sign, nonzero],
  ['ReciprocalBackward0', 'reciprocal', (x) => 1 / x, (s, e) => inp(s, -2.5, 2.5, { bad: near([0], 0.3), ...e })],
  ['RsqrtBackward0', 'rsqrt', (x) => 1 / Math.sqrt(x), pos],
  ['Log1PBackward0', 'log1p', Math.log1p, (s, e) => inp(s, -0.6, 2, e)],
  ['Expm1Backward0', 'expm1', Math.expm1, anyD],
  ['Log2Backward0', 'log2', Math.log2, pos],
  ['Log10Backward0', 'log10', Math.log10, pos],
  ['AsinBackward0', 'asin', Math.asin, (s, e) => inp(s, -0.9, 0.9, e)],
  ['AcosBackward0', 'acos', Math.acos, (s, e) => inp(s, -0.9, 0.9, e)],
  ['AtanBackward0', 'atan', Math.atan, anyD],
  ['SinhBackward0', 'sinh', Math.sinh, anyD],
  ['CoshBackward0', 'cosh', Math.cosh, anyD],
  ['FloorBackward0', 'floor', Math.floor, (s, e) => inp(s, -3, 3, { bad: nearGrid(0.5), ...e })],
  ['CeilBackward0', 'ceil', Math.ceil, (s, e) => inp(s, -3, 3, { bad: nearGrid(0.5), ...e })],
  ['RoundBackward0', 'round', roundHalfEven, (s, e) => inp(s, -3, 3, { bad: nearGrid(0.5), ...e })],
  ['TruncBackward0', 'trunc', Math.trunc, (s, e) => inp(s, -3, 3, { bad: nearGrid(0.5), ...e })],
];
for (const [key, name, f, dom] of UNARY) {
  const call = (x: Tensor): Tensor => (x[name] as () => Tensor).call(x);
  add(key, `${name}() [2,3]`, [dom([2, 3])], ([x]) => call(x), ([x]) => mapN([x], f));
  add(key, `${name}() of a transposed [3,4]`, [dom([3, 4], { layout: 'transposed' })], ([x]) => call(x), ([x]) => mapN([x], f));
  add(key, `${name}() 0-d`, [dom([])], ([x]) => call(x), ([x]) => mapN([x], f));
  const inplace = `${name}_`;
  if (torch.UNARY_INPLACE_NAMES.includes(inplace)) {
    add(key, `in-place ${inplace}() on a clone`, [dom([2, 3])], ([x]) => { const c = x.clone(); (c[inplace as keyof Tensor] as () => Tensor).call(c); return c; }, ([x]) => mapN([x], f));
  }
}
const clampD = (lo: number | null, hi: number | null) => inp([2, 4], -2, 2, { bad: near([lo ?? 99, hi ?? 99]) });
for (const [lo, hi] of [[-0.5, 0.7], [-0.3, null], [null, 0.4]] as [number | null, number | null][]) {
  const f = (x: number): number => Math.min(Math.max(x, lo ?? -Infinity), hi ?? Infinity);
  add('ClampBackward1', `clamp(${lo}, ${hi})`, [clampD(lo, hi)], ([x]) => x.clamp(lo, hi), ([x]) => mapN([x], f));
}
add('ClampBackward1', 'clip(-1, 1) of a strided input', [inp([2, 3], -2, 2, { layout: 'strided', bad: near([-1, 1]) })], ([x]) => x.clip(-1, 1), ([x]) => mapN([x], (v) => Math.min(Math.max(v, -1), 1)));
add('ClampBackward1', 'in-place clamp_ on a clone', [clampD(-0.5, 0.5)], ([x]) => x.clone().clamp_(-0.5, 0.5), ([x]) => mapN([x], (v) => Math.min(Math.max(v, -0.5), 0.5)));
add('LeakyReluBackward0', 'slope 0.1', [nonzero([2, 3])], ([x]) => torch.leaky_relu(x, 0.1), ([x]) => mapN([x], (v) => (v > 0 ? v : 0.1 * v)));
add('LeakyReluBackward0', 'default slope, transposed', [nonzero([3, 2], { layout: 'transposed' })], ([x]) => torch.leaky_relu(x), ([x]) => mapN([x], (v) => (v > 0 ? v : 0.01 * v)));

// Comparisons: not differentiable; ties included on purpose (values are multiples of 1/4, exact in float32).
const TIE_A = [0.25, -0.5, 1, 0.75, -1.25, 0.5], TIE_B = [0.25, 0.5, 1, -0.75, -1.25, 0.75];
const CMP: [string, (x: number, y: number) => boolean][] = [
  ['eq', (x, y) => x === y], ['ne', (x, y) => x !== y], ['lt', (x, y) => x < y],
  ['le', (x, y) => x <= y], ['gt', (x, y) => x > y], ['ge', (x, y) => x >= y],
];
for (const [name, f] of CMP) {
  const api = (torch as unknown as Record<string, (a: unknown, b: unknown) => Tensor>)[name];
  const cmp = (x: number, y: number): number => (f(x, y) ? 1 : 0);
  const o = { outDtype: (): DType => 'bool' };
  add(name, 'same shape with ties', [fixed([2, 3], TIE_A, { grad: false }), fixed([2, 3], TIE_B, { grad: false })], ([a, b]) => api(a, b), ([a, b]) => mapN([a, b], cmp), o);
  add(name, 'broadcast [2,3] with [3], transposed self', [fixed([2, 3], TIE_A, { grad: false, layout: 'transposed' }), fixed([3], TIE_B.slice(0, 3), { grad: false })],
    ([a, b]) => api(a, b), ([a, b]) => mapN([a, b], cmp), o);
  add(name, 'python scalar 0.5', [fixed([2, 3], TIE_A, { grad: false })], ([a]) => api(a, 0.5), ([a]) => mapN([a], (x) => cmp(x, 0.5)), o);
}

// Views.
add('ViewBackward0', 'view [2,3] as [3,2]', [inp([2, 3])], ([x]) => x.view(3, 2), ([x]) => reshapeRef(x, [3, 2]));
add('ViewBackward0', 'view(-1) of [2,3,2]', [inp([2, 3, 2])], ([x]) => x.view(-1), ([x]) => reshapeRef(x, [12]));
add('ViewBackward0', 'view of a transposed input splitting a dim', [inp([4, 3], -2, 2, { layout: 'transposed' })], ([x]) => x.view(2, 2, 3), ([x]) => {
  // x is [4,3] seen through a transpose; splitting dim 0 keeps the strides valid.
  return reshapeRef(x, [2, 2, 3]);
});
add('ReshapeAliasBackward0', 'reshape of a contiguous [2,3]', [inp([2, 3])], ([x]) => x.reshape([6, 1]), ([x]) => reshapeRef(x, [6, 1]));
add('ReshapeAliasBackward0', 'flatten(1) of [2,3,2]', [inp([2, 3, 2])], ([x]) => x.flatten(1), ([x]) => reshapeRef(x, [2, 6]));
add('UnsafeViewBackward0', 'reshape of a transposed input (copy)', [inp([2, 3])], ([x]) => x.t().reshape(6), ([x]) => reshapeRef(transposeRef(x, 0, 1), [6]));
add('UnsafeViewBackward0', 'matmul [2,2,3] @ [3,4] (folded mm)', [inp([2, 2, 3]), inp([3, 4])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('UnsafeViewBackward0', 'matmul [2,3,4] @ [4] (folded mv)', [inp([2, 3, 4]), inp([4])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('UnsafeViewBackward0', 'matmul [4] @ [2,4,3]', [inp([4]), inp([2, 4, 3])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('UnsafeViewBackward0', 'batched broadcast matmul [2,1,2,3] @ [3,3,2]', [inp([2, 1, 2, 3]), inp([3, 3, 2])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('UnsafeViewBackward0', 'batched matmul with a transposed operand', [inp([2, 2, 3]), inp([2, 3, 2], -2, 2, { layout: 'transposed' })],
  ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('AliasBackward0', 'torch.alias', [inp([2, 3])], ([x]) => torch.alias(x), ([x]) => x);
add('AliasBackward0', "x[...]", [inp([3])], ([x]) => x.index('...'), ([x]) => x);
// PyTorch skips full slices inside a tuple index and aliases a result that is `self` again.
add('AliasBackward0', 'x[...]', [inp([2, 3])], ([x]) => x.index('...'), ([x]) => x);
// PyTorch 1.13 does not skip full slices: x[:, :] is SliceBackward0(SliceBackward0) (checked against torch).
add('SliceBackward0', 'x[:, :]', [inp([2, 3])], ([x]) => x.index([{}, {}]), ([x]) => x);
add('UnsqueezeBackward0', 'unsqueeze(1)', [inp([2, 3])], ([x]) => x.unsqueeze(1), ([x]) => reshapeRef(x, [2, 1, 3]));
add('UnsqueezeBackward0', 'unsqueeze(-1) of a transposed input', [inp([3, 2], -2, 2, { layout: 'transposed' })], ([x]) => x.unsqueeze(-1), ([x]) => reshapeRef(x, [3, 2, 1]));
add('UnsqueezeBackward0', 'unsqueeze(0) of 0-d', [inp([])], ([x]) => x.unsqueeze(0), ([x]) => reshapeRef(x, [1]));
add('SqueezeBackward0', 'squeeze() of [2,1,3,1]', [inp([2, 1, 3, 1])], ([x]) => x.squeeze(), ([x]) => reshapeRef(x, [2, 3]));
add('SqueezeBackward1', 'squeeze(1) of [2,1,3]', [inp([2, 1, 3])], ([x]) => x.squeeze(1), ([x]) => reshapeRef(x, [2, 3]));
add('SqueezeBackward1', 'squeeze(0) of a size-2 dim (no-op)', [inp([2, 3])], ([x]) => x.squeeze(0), ([x]) => x);
add('SqueezeBackward1', 'squeeze(-1) of a strided [3,1]', [inp([3, 1], -2, 2, { layout: 'strided' })], ([x]) => x.squeeze(-1), ([x]) => reshapeRef(x, [3]));
add('TBackward0', 't() of [2,3]', [inp([2, 3])], ([x]) => x.t(), ([x]) => transposeRef(x, 0, 1));
add('TBackward0', 't() of 1-D', [inp([3])], ([x]) => x.t(), ([x]) => x);
add('TransposeBackward0', 'transpose(0, 2) of [2,3,4]', [inp([2, 3, 4])], ([x]) => x.transpose(0, 2), ([x]) => transposeRef(x, 0, 2));
add('TransposeBackward0', 'mT of a transposed input', [inp([2, 3, 4], -2, 2, { layout: 'transposed' })], ([x]) => x.mT, ([x]) => transposeRef(x, 1, 2));
add('TransposeBackward1', 'the recurrent layers\' output transpose_(0, 1) of [2,3,4]', [inp([2, 3, 4])], ([x]) => torch.rnnTransposeOutput(x.mul(1), 0, 1), ([x]) => transposeRef(x, 0, 1));
add('PermuteBackward0', 'permute(2, 0, 1)', [inp([2, 3, 4])], ([x]) => x.permute(2, 0, 1), ([x]) => permuteRef(x, [2, 0, 1]));
add('PermuteBackward0', '.T of [2,3,4]', [inp([2, 3, 4])], ([x]) => x.T, ([x]) => permuteRef(x, [2, 1, 0]));
add('ExpandBackward0', 'expand [3,1] to [2,3,4]', [inp([3, 1])], ([x]) => x.expand(2, 3, 4), ([x]) => broadcastRef(x, [2, 3, 4]));
add('ExpandBackward0', 'expand [4] with -1 to [3,4]', [inp([4])], ([x]) => x.expand([3, -1]), ([x]) => broadcastRef(x, [3, 4]));
add('ExpandBackward0', 'expand 0-d to [2,3]', [inp([])], ([x]) => x.expand(2, 3), ([x]) => broadcastRef(x, [2, 3]));
add('SelectBackward0', 'select(1, 2) of [3,4]', [inp([3, 4])], ([x]) => x.select(1, 2), ([x]) => gatherRef(x, [3], ([i]) => [i, 2]));
add('SelectBackward0', 'x[-1] of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => x.index(-1), ([x]) => gatherRef(x, [4], ([j]) => [2, j]));
add('SliceBackward0', 'slice(1, 1, 4, 2) of [3,5]', [inp([3, 5])], ([x]) => torch.slice(x, 1, 1, 4, 2), ([x]) => gatherRef(x, [3, 2], ([i, j]) => [i, 1 + 2 * j]));
add('SliceBackward0', 'narrow(0, 1, 2) of a strided [4,3]', [inp([4, 3], -2, 2, { layout: 'strided' })], ([x]) => x.narrow(0, 1, 2), ([x]) => gatherRef(x, [2, 3], ([i, j]) => [i + 1, j]));
add('SliceBackward0', 'x[::2, 1:] with negative-free bounds', [inp([5, 3])], ([x]) => x.index([{ step: 2 }, { start: 1 }]), ([x]) => gatherRef(x, [3, 2], ([i, j]) => [2 * i, j + 1]));
add('CloneBackward0', 'clone()', [inp([2, 3])], ([x]) => x.clone(), ([x]) => x);
add('CloneBackward0', 'contiguous() of a transposed input', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => x.contiguous(), ([x]) => x);
add('CloneBackward0', 'matmul [2,3] @ [2,3,4] (transposed fold)', [inp([2, 3]), inp([2, 3, 4])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('ToCopyBackward0', 'to(same dtype, copy=True)', [inp([2, 3])], ([x], dt) => torch.to(x, dt, true), ([x]) => x);
add('ToCopyBackward0', 'float32 input .double()', [inp([2, 3], -2, 2, { dtype: 'float32' })], ([x]) => x.double(), ([x]) => x, { outDtype: () => 'float64' });

// Reductions (dim and keepdim variants, a non-contiguous input).
type Red = (x: Tensor) => Tensor;
function reduction(key: string, desc: string, input: InputSpec, api: Red, dims: number[] | null, keepdim: boolean, f: (v: number[]) => number): void {
  add(key, desc, [input], ([x]) => api(x), ([x]) => reduceRef(x, dims, keepdim, f));
}
reduction('SumBackward0', 'sum() of [2,3,4]', inp([2, 3, 4]), (x) => x.sum(), null, false, sumOf);
reduction('SumBackward0', 'sum() of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => x.sum(), null, false, sumOf);
reduction('SumBackward0', 'sum(dim=[]) sums everything', inp([2, 3]), (x) => x.sum([]), null, false, sumOf);
reduction('SumBackward1', 'sum(1)', inp([2, 3, 4]), (x) => x.sum(1), [1], false, sumOf);
reduction('SumBackward1', 'sum([0, 2], keepdim)', inp([2, 3, 4]), (x) => x.sum([0, 2], true), [0, 2], true, sumOf);
reduction('NansumBackward0', 'nansum() of [2,3,4]', inp([2, 3, 4]), (x) => torch.nansum(x), null, false, sumOf);
reduction('NansumBackward0', 'nansum(1, keepdim) of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => torch.nansum(x, [1], true), [1], true, sumOf);
reduction('SumBackward1', 'sum(-1) of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => x.sum(-1), [1], false, sumOf);
reduction('SumBackward1', 'sum(0, keepdim) of a strided [3,2]', inp([3, 2], -2, 2, { layout: 'strided' }), (x) => x.sum(0, true), [0], true, sumOf);
reduction('SumBackward1', 'sum([1, 3], keepdim) of 4-D', inp([2, 3, 2, 4]), (x) => x.sum([1, 3], true), [1, 3], true, sumOf);
reduction('SumBackward1', 'sum(1) of a transposed 3-D [2,4,3]', inp([2, 4, 3], -2, 2, { layout: 'transposed' }), (x) => x.sum(1), [1], false, sumOf);
reduction('SumBackward1', 'sum(0) of 0-d', inp([]), (x) => x.sum(0), [], false, sumOf);
reduction('SumBackward1', 'sum(-1, keepdim) of 17 elements', inp([2, 17]), (x) => x.sum(-1, true), [1], true, sumOf);
reduction('SumBackward0', 'sum() of 0-d', inp([]), (x) => x.sum(), null, false, sumOf);
reduction('MeanBackward1', 'mean(0) of 0-d', inp([]), (x) => x.mean(0), [], false, meanOf);
reduction('MeanBackward0', 'mean() of [2,3,4]', inp([2, 3, 4]), (x) => x.mean(), null, false, meanOf);
reduction('MeanBackward0', 'mean() of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => x.mean(), null, false, meanOf);
reduction('MeanBackward1', 'mean(1)', inp([2, 3, 4]), (x) => x.mean(1), [1], false, meanOf);
reduction('MeanBackward1', 'mean([0, 2], keepdim)', inp([2, 3, 4]), (x) => x.mean([0, 2], true), [0, 2], true, meanOf);
reduction('MeanBackward1', 'mean(0) of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => x.mean(0), [0], false, meanOf);
const prodOf = (v: number[]): number => v.reduce((a, b) => a * b, 1);
const prodIn = (shape: number[], zeros: number[] = [], extra: Partial<InputSpec> = {}) => {
  const s = inp(shape, 0.5, 1.6, extra);
  s.values = s.values.map((v, i) => (zeros.includes(i) ? 0 : i % 3 === 1 ? -v : v));
  return s;
};
reduction('ProdBackward0', 'prod() of [2,3]', prodIn([2, 3]), (x) => x.prod(), null, false, prodOf);
reduction('ProdBackward0', 'prod() with one zero', prodIn([2, 3], [4]), (x) => x.prod(), null, false, prodOf);
reduction('ProdBackward0', 'prod() with two zeros', prodIn([2, 3], [1, 4]), (x) => x.prod(), null, false, prodOf);
reduction('ProdBackward0', 'prod() of a transposed [3,2]', prodIn([3, 2], [], { layout: 'transposed' }), (x) => x.prod(), null, false, prodOf);
reduction('ProdBackward1', 'prod(1)', prodIn([2, 3, 2]), (x) => x.prod(1), [1], false, prodOf);
reduction('ProdBackward1', 'prod(0, keepdim)', prodIn([3, 2]), (x) => x.prod(0, true), [0], true, prodOf);
reduction('ProdBackward1', 'prod(1) with one zero in a row', prodIn([2, 3], [1]), (x) => x.prod(1), [1], false, prodOf);
reduction('ProdBackward1', 'prod(1) with two zeros in a row', prodIn([3, 3], [3, 5]), (x) => x.prod(1), [1], false, prodOf);
const maxOf = (v: number[]): number => Math.max(...v), minOf = (v: number[]): number => Math.min(...v);
reduction('MaxBackward1', 'max() of [3,4]', inp([3, 4]), (x) => x.max(), null, false, maxOf);
reduction('MaxBackward1', 'max() of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => x.max(), null, false, maxOf);
reduction('MinBackward1', 'min() of [3,4]', inp([3, 4]), (x) => x.min(), null, false, minOf);
reduction('MinBackward1', 'min() of a strided [2,3]', inp([2, 3], -2, 2, { layout: 'strided' }), (x) => x.min(), null, false, minOf);
for (const [key, name, f] of [['MaxBackward0', 'max', maxOf], ['MinBackward0', 'min', minOf]] as const) {
  const call = (x: Tensor, d: number, k: boolean): Tensor => (x[name] as (d: number, k: boolean) => [Tensor, Tensor]).call(x, d, k)[0];
  reduction(key, `${name}(1) values`, inp([2, 3, 4]), (x) => call(x, 1, false), [1], false, f);
  reduction(key, `${name}(0, keepdim) values`, inp([3, 4]), (x) => call(x, 0, true), [0], true, f);
  reduction(key, `${name}(-1) of a transposed [3,4]`, inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => call(x, -1, false), [1], false, f);
  reduction(key, `${name}(0) of 1-D`, inp([5]), (x) => call(x, 0, false), [0], false, f);
}
reduction('MaxBackward0', 'max(0) values of 0-d', inp([]), (x) => x.max(0)[0], [], false, maxOf);
reduction('MinBackward0', 'min(1, keepdim) values of a strided [3,5]', inp([3, 5], -2, 2, { layout: 'strided' }), (x) => x.min(1, true)[0], [1], true, minOf);
reduction('ProdBackward1', 'prod(1, keepdim) with one zero in a row', prodIn([3, 3], [4]), (x) => x.prod(1, true), [1], true, prodOf);
for (const [key, api, sq] of [['VarBackward0', 'var', false], ['StdBackward0', 'std', true]] as const) {
  const g = (c: number) => (sq ? (v: number[]) => Math.sqrt(varOf(c)(v)) : varOf(c));
  const call = (x: Tensor, ...a: unknown[]): Tensor => (x[api] as (...a: unknown[]) => Tensor).apply(x, a);
  reduction(key, `${api}()`, inp([3, 4]), (x) => call(x), null, false, g(1));
  reduction(key, `${api}(1)`, inp([2, 3, 4]), (x) => call(x, 1), [1], false, g(1));
  reduction(key, `${api}(1, keepdim=True)`, inp([3, 4]), (x) => call(x, 1, true, true), [1], true, g(1));
  reduction(key, `${api}([0, 2], unbiased=False)`, inp([2, 3, 4]), (x) => call(x, [0, 2], false), [0, 2], false, g(0));
  reduction(key, `${api}(0, unbiased=False, keepdim) of a transposed [3,4]`, inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => call(x, 0, false, true), [0], true, g(0));
}
reduction('VarBackward0', 'var(None, keepdim=True)', inp([3, 4]), (x) => x.var(null, true, true), null, true, varOf(1));
reduction('VarBackward0', 'var(1) of 17 elements per row', inp([2, 17]), (x) => x.var(1), [1], false, varOf(1));
reduction('StdBackward0', 'std(1, correction=2) of a strided [2,5]', inp([2, 5], -2, 2, { layout: 'strided' }), (x) => x.std(1, 2), [1], false, (v) => Math.sqrt(varOf(2)(v)));
reduction('LogsumexpBackward0', 'logsumexp(1)', inp([2, 3, 4]), (x) => x.logsumexp(1), [1], false, lse);
reduction('LogsumexpBackward0', 'logsumexp([0, 2], keepdim)', inp([2, 3, 4]), (x) => x.logsumexp([0, 2], true), [0, 2], true, lse);
reduction('LogsumexpBackward0', 'logsumexp(-1) of a transposed [3,4]', inp([3, 4], -2, 2, { layout: 'transposed' }), (x) => x.logsumexp(-1), [1], false, lse);

reduction('LogsumexpBackward0', 'logsumexp(1) of large magnitudes (stability)', inp([2, 4], -800, 800), (x) => x.logsumexp(1), [1], false, lse);
reduction('LogsumexpBackward0', 'logsumexp over all dims [0, 1]', inp([3, 4]), (x) => x.logsumexp([0, 1]), [0, 1], false, lse);
reduction('SumBackward1', 'sum(0) of an empty [0,3]', fixed([0, 3], []), (x) => x.sum(0), [0], false, sumOf);
reduction('SumBackward1', 'sum(1) of an empty [0,3]', fixed([0, 3], []), (x) => x.sum(1), [1], false, sumOf);

// Matrix products.
add('MmBackward0', 'mm [2,3] @ [3,4]', [inp([2, 3]), inp([3, 4])], ([a, b]) => torch.mm(a, b), ([a, b]) => matmulRef(a, b));
add('MmBackward0', 'matmul with a transposed self', [inp([2, 3], -2, 2, { layout: 'transposed' }), inp([3, 4])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('MmBackward0', 'mm with a strided mat2', [inp([2, 3]), inp([3, 2], -2, 2, { layout: 'strided' })], ([a, b]) => a.mm(b), ([a, b]) => matmulRef(a, b));
add('MmBackward0', 'mm [5,7] @ [7,6]', [inp([5, 7]), inp([7, 6])], ([a, b]) => torch.mm(a, b), ([a, b]) => matmulRef(a, b));
add('MmBackward0', 'mm with an expanded (stride 0) self', [inp([1, 3]), inp([3, 2])], ([a, b]) => torch.mm(a.expand(4, 3), b), ([a, b]) => matmulRef(broadcastRef(a, [4, 3]), b));
add('BmmBackward0', 'bmm with an expanded batch operand', [inp([1, 2, 3]), inp([3, 3, 2])], ([a, b]) => torch.bmm(a.expand(3, 2, 3), b), ([a, b]) => matmulRef(a, b));
add('UnsafeViewBackward0', 'matmul [2,1,2,3] @ [1,3,3,2] (both batch dims broadcast)', [inp([2, 1, 2, 3]), inp([1, 3, 3, 2])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('MmBackward0', 'mm with an empty inner dim [2,0] @ [0,3]', [fixed([2, 0], []), fixed([0, 3], [])], ([a, b]) => torch.mm(a, b), () => zeros([2, 3]));
add('BmmBackward0', 'bmm [2,2,3] @ [2,3,2]', [inp([2, 2, 3]), inp([2, 3, 2])], ([a, b]) => torch.bmm(a, b), ([a, b]) => matmulRef(a, b));
add('AddmmBackward0', 'addmm with a [4] bias (nn.Linear)', [inp([4]), inp([2, 3]), inp([3, 4])], ([s, a, b]) => torch.addmm(s, a, b), ([s, a, b]) => mapN([matmulRef(a, b), s], (x, y) => x + y));
add('AddmmBackward0', 'addmm with a [2,4] self and a transposed mat2', [inp([2, 4]), inp([2, 3]), inp([3, 4], -2, 2, { layout: 'transposed' })], ([s, a, b]) => torch.addmm(s, a, b), ([s, a, b]) => mapN([matmulRef(a, b), s], (x, y) => x + y));
add('AddmmBackward0', 'addmm with a [2,1] self', [inp([2, 1]), inp([2, 3]), inp([3, 4])], ([s, a, b]) => torch.addmm(s, a, b), ([s, a, b]) => mapN([matmulRef(a, b), s], (x, y) => x + y));
add('BmmBackward0', 'bmm with a transposed batch operand', [inp([2, 2, 3], -2, 2, { layout: 'transposed' }), inp([2, 3, 4])], ([a, b]) => torch.bmm(a, b), ([a, b]) => matmulRef(a, b));
add('DotBackward0', 'dot', [inp([4]), inp([4])], ([a, b]) => torch.dot(a, b), ([a, b]) => matmulRef(a, b));
add('DotBackward0', 'matmul 1-D @ strided 1-D', [inp([3]), inp([3], -2, 2, { layout: 'strided' })], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('MvBackward0', 'mv [3,4] @ [4]', [inp([3, 4]), inp([4])], ([a, b]) => torch.mv(a, b), ([a, b]) => matmulRef(a, b));
add('MvBackward0', 'matmul transposed [3,4] @ [4]', [inp([3, 4], -2, 2, { layout: 'transposed' }), inp([4])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));
add('SqueezeBackward3', 'matmul vector @ matrix', [inp([3]), inp([3, 4])], ([a, b]) => torch.matmul(a, b), ([a, b]) => matmulRef(a, b));

// softmax / log_softmax.
const softmaxLane = (v: number[]): number[] => { const l = lse(v); return v.map((x) => Math.exp(x - l)); };
const logSoftmaxLane = (v: number[]): number[] => { const l = lse(v); return v.map((x) => x - l); };
for (const [key, name, lane] of [['SoftmaxBackward0', 'softmax', softmaxLane], ['LogSoftmaxBackward0', 'log_softmax', logSoftmaxLane]] as const) {
  const call = (x: Tensor, d: number): Tensor => (x[name] as (d: number) => Tensor).call(x, d);
  add(key, `${name}(1) of [2,3,4]`, [inp([2, 3, 4])], ([x]) => call(x, 1), ([x]) => lanesRef(x, 1, lane));
  add(key, `${name}(-1)`, [inp([3, 4], -3, 3)], ([x]) => call(x, -1), ([x]) => lanesRef(x, 1, lane));
  add(key, `${name}(1) of a transposed 3-D [2,4,3]`, [inp([2, 4, 3], -2, 2, { layout: 'transposed' })], ([x]) => call(x, 1), ([x]) => lanesRef(x, 1, lane));
  add(key, `${name}(1) of large magnitudes (stability)`, [inp([2, 4], -800, 800)], ([x]) => call(x, 1), ([x]) => lanesRef(x, 1, lane));
  add(key, `${name}(0) of 0-d`, [inp([])], ([x]) => call(x, 0), ([x]) => ({ shape: [], data: lane(x.data) }));
  add(key, `${name}(0) of a transposed [3,4]`, [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => call(x, 0), ([x]) => lanesRef(x, 0, lane));
}

// Concatenation (cat/stack entries are defined per arity when first used).
add('CatBackward0', 'cat dim 0 of [2,3] and [1,3]', [inp([2, 3]), inp([1, 3])], (xs) => torch.cat(xs, 0), (xs) => catRef(xs, 0));
add('CatBackward0', 'cat dim -1 of three, one transposed', [inp([2, 2]), inp([2, 3], -2, 2, { layout: 'transposed' }), inp([2, 1])], (xs) => torch.cat(xs, -1), (xs) => catRef(xs, 1));
add('CatBackward0', 'cat skips a legacy empty 1-D input', [inp([2, 3]), fixed([0], []), inp([1, 3])], (xs) => torch.cat(xs, 0), (xs) => catRef(xs, 0));
add('CatBackward0', 'cat with an empty [0,3] part', [inp([2, 3]), fixed([0, 3], [])], (xs) => torch.cat(xs, 0), (xs) => catRef(xs, 0));
add('StackBackward0', 'stack dim 0', [inp([2, 3]), inp([2, 3])], (xs) => torch.stack(xs, 0), (xs) => catRef(xs.map((x) => reshapeRef(x, unsqueezeShape(x.shape, 0))), 0));
add('StackBackward0', 'stack dim -1 of three, one strided', [inp([2, 3]), inp([2, 3], -2, 2, { layout: 'strided' }), inp([2, 3])],
  (xs) => torch.stack(xs, -1), (xs) => catRef(xs.map((x) => reshapeRef(x, unsqueezeShape(x.shape, 2))), 2));

// Advanced indexing.
const IDX = [0, 2, 2, 4, -1];
const wrap = (i: number, n: number): number => (i < 0 ? i + n : i);
add('IndexBackward0', 'x[idx] with repeats and a negative index', [inp([5, 3])], ([x]) => x.index(constT(IDX, [5], 'int64')),
  ([x]) => gatherRef(x, [5, 3], ([i, j]) => [wrap(IDX[i], 5), j]));
add('IndexBackward0', 'x[:, idx] of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => x.index([{}, constT([1, 3, 1], [3], 'int64')]),
  ([x]) => gatherRef(x, [3, 3], ([i, j]) => [i, [1, 3, 1][j]]));
const MASK = [1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0];
add('IndexBackward0', 'x[bool mask]', [inp([3, 4])], ([x]) => x.index(constT(MASK, [3, 4], 'bool')),
  ([x]) => vec(x.data.filter((_, i) => MASK[i])));
add('IndexBackward0', 'x[i0, :, i2] (non-adjacent: index dims first)', [inp([3, 2, 4])], ([x]) => x.index([constT([2, 0], [2], 'int64'), {}, constT([1, 3], [2], 'int64')]),
  ([x]) => gatherRef(x, [2, 2], ([k, j]) => [[2, 0][k], j, [1, 3][k]]));
add('IndexBackward0', 'x[rows[:, None], cols] (broadcast index tensors)', [inp([3, 4])], ([x]) => x.index([constT([0, 2], [2, 1], 'int64'), constT([3, 1, 1], [3], 'int64')]),
  ([x]) => gatherRef(x, [2, 3], ([i, j]) => [[0, 2][i], [3, 1, 1][j]]));
add('IndexBackward0', 'x[0-d index tensor]', [inp([5, 3])], ([x]) => x.index(constT([3], [], 'int64')), ([x]) => gatherRef(x, [3], ([j]) => [3, j]));
add('IndexBackward0', 'x[1:, idx] (slice then index)', [inp([4, 3])], ([x]) => x.index([{ start: 1 }, constT([2, 0], [2], 'int64')]),
  ([x]) => gatherRef(x, [3, 2], ([i, j]) => [i + 1, [2, 0][j]]));

// In-place writes on a clone of a differentiable input (the clone's history is rewritten to the op's node).
add('CopyBackwards', 'copy_ broadcasts src [4] into [3,4]', [inp([3, 4]), inp([4])], ([p, s]) => p.clone().copy_(s), ([, s]) => broadcastRef(s, [3, 4]));
add('CopyBackwards', 'copy_ from a transposed src', [inp([3, 2]), inp([3, 2], -2, 2, { layout: 'transposed' })], ([p, s]) => p.clone().copy_(s), ([, s]) => s);
add('CopyBackwards', 'fill_ with a 0-d tensor', [inp([2, 3]), inp([])], ([p, s]) => p.clone().fill_(s), ([, s]) => ({ shape: [2, 3], data: new Array(6).fill(s.data[0]) }));
add('FillBackward2', 'fill_(1.5)', [inp([2, 3])], ([p]) => p.clone().fill_(1.5), () => ({ shape: [2, 3], data: new Array(6).fill(1.5) }));
add('ZeroBackward0', 'zero_()', [inp([2, 3])], ([p]) => p.clone().zero_(), () => ({ shape: [2, 3], data: new Array(6).fill(0) }));
add('IndexPutBackward0', 'x[idx] = v with v broadcast over rows', [inp([4, 3]), inp([3])], ([p, v]) => p.clone().index_put_(constT([0, 2], [2], 'int64'), v),
  ([p, v]) => ({ shape: [4, 3], data: p.data.map((x, i) => (Math.floor(i / 3) === 0 || Math.floor(i / 3) === 2 ? v.data[i % 3] : x)) }));
add('IndexPutBackward0', 'x[mask] = 0.5', [inp([3, 4])], ([p]) => p.clone().index_put_(constT(MASK, [3, 4], 'bool'), 0.5),
  ([p]) => ({ shape: [3, 4], data: p.data.map((x, i) => (MASK[i] ? 0.5 : x)) }));
add('IndexPutBackward0', 'x[rows, cols] = v', [inp([3, 4]), inp([2])], ([p, v]) => p.clone().index_put_([constT([0, 2], [2], 'int64'), constT([3, 1], [2], 'int64')], v),
  ([p, v]) => ({ shape: [3, 4], data: p.data.map((x, i) => (i === 3 ? v.data[0] : i === 9 ? v.data[1] : x)) }));

// Entries only reached as the backward of another op: double backward (create_graph) with a differentiable
// grad_output, so the gradient formula itself is recorded and checked as a function of that grad_output.
const X34 = [0.3, -1.2, 2.1, 0.7, -0.4, 1.6, -2.2, 0.9, 1.1, 0.2, -0.8, 1.9];   // no ties in a row or column
const gradOf = (out: Tensor, input: Tensor, gout: Tensor): Tensor => torch.autograd.grad(out, input, { grad_outputs: gout, create_graph: true })[0] as Tensor;
const leaf = (values: number[], shape: number[], dt: DType): Tensor => torch.tensor(nest(values, shape) as never, { dtype: dt, requires_grad: true });
const argOf = (lane: number[], best: (a: number, b: number) => boolean): number => lane.reduce((bi, v, i) => (best(v, lane[bi]) ? i : bi), 0);

add('SliceBackwardBackward0', 'backward of select(0, 1) of [3,4]', [inp([4])], ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(x.select(0, 1), x, w); },
  ([w]) => { const r = zeros([3, 4]); w.data.forEach((v, j) => { r.data[4 + j] = v; }); return r; });
add('SliceBackwardBackward0', 'backward of x[:, 1::2]', [inp([3, 2])], ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(x.index([{}, { start: 1, step: 2 }]), x, w); },
  ([w]) => { const r = zeros([3, 4]); w.data.forEach((v, i) => { r.data[Math.floor(i / 2) * 4 + 1 + 2 * (i % 2)] = v; }); return r; });
// tanh_backward / sigmoid_backward (TanhBackwardBackward0 / SigmoidBackwardBackward0): as functions of the upstream
// gradient w, and of x through the saved output (w fixed)
const W34 = [0.5, -1.5, 0.8, 1.2, -0.3, 0.9, 1.7, -0.6, 0.4, -1.1, 0.2, 1.3];
const tanhD = (v: number): number => 1 - Math.tanh(v) ** 2, sigD = (v: number): number => sigmoidF(v) * (1 - sigmoidF(v));
add('TanhBackwardBackward0', 'backward of tanh, in the upstream gradient', [inp([3, 4])], ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(torch.tanh(x), x, w); },
  ([w]) => ({ shape: [3, 4], data: w.data.map((v, i) => v * tanhD(X34[i])) }));
add('TanhBackwardBackward0', 'backward of tanh, in x (through its output)', [inp([3, 4])],
  ([x], dt) => gradOf(torch.tanh(x), x, torch.tensor(nest(W34, [3, 4]) as never, { dtype: dt })),
  ([x]) => ({ shape: [3, 4], data: x.data.map((v, i) => W34[i] * tanhD(v)) }));
add('SigmoidBackwardBackward0', 'backward of sigmoid, in the upstream gradient', [inp([3, 4])], ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(torch.sigmoid(x), x, w); },
  ([w]) => ({ shape: [3, 4], data: w.data.map((v, i) => v * sigD(X34[i])) }));
add('SigmoidBackwardBackward0', 'backward of sigmoid, in x (through its output)', [inp([3, 4])],
  ([x], dt) => gradOf(torch.sigmoid(x), x, torch.tensor(nest(W34, [3, 4]) as never, { dtype: dt })),
  ([x]) => ({ shape: [3, 4], data: x.data.map((v, i) => W34[i] * sigD(v)) }));
/** An in-place op on a row view of a non-leaf: the view's history becomes AsStridedBackward0 over CopySlices. */
function rowViewAfterInplace(dt: DType): { a: Tensor; v: Tensor } {
  const a = leaf(X34, [3, 4], dt).mul(1);
  const v = a.select(0, 1);
  v.mul_(2);
  return { a, v };
}
add('SliceBackwardBackward0', 'backward of the as_strided view left by an in-place op on a view', [inp([4])],
  ([w], dt) => { const { a, v } = rowViewAfterInplace(dt); return gradOf(v, a, w); },
  ([w]) => { const r = zeros([3, 4]); w.data.forEach((x, j) => { r.data[4 + j] = x; }); return r; });
add('AsStridedBackward0', 'double backward through the as_strided view of an in-place op on a view', [inp([3, 4])],
  ([u], dt) => { const { a, v } = rowViewAfterInplace(dt); const w = leaf([0.5, -1, 1.5, 2], [4], dt); return gradOf(gradOf(v, a, w), w, u); },
  ([u]) => gatherRef(u, [4], ([j]) => [1, j]));
add('ScatterBackward0', 'backward of max(1) values', [inp([3])], ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(x.max(1)[0], x, w); },
  ([w]) => { const r = zeros([3, 4]); for (let i = 0; i < 3; i++) r.data[i * 4 + argOf(X34.slice(i * 4, i * 4 + 4), (a, b) => a > b)] = w.data[i]; return r; });
add('ScatterBackward0', 'backward of min(0, keepdim) values', [inp([1, 4])], ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(x.min(0, true)[0], x, w); },
  ([w]) => { const r = zeros([3, 4]); for (let j = 0; j < 4; j++) r.data[argOf([0, 1, 2].map((i) => X34[i * 4 + j]), (a, b) => a < b) * 4 + j] = w.data[j]; return r; });
add('GatherBackward0', 'double backward of max(1, keepdim) values', [inp([3, 4])],
  ([u], dt) => { const x = leaf(X34, [3, 4], dt); const w = leaf([0.5, -1, 1.5], [3, 1], dt); return gradOf(gradOf(x.max(1, true)[0], x, w), w, u); },
  ([u]) => gatherRef(u, [3, 1], ([i]) => [i, argOf(X34.slice(i * 4, i * 4 + 4), (a, b) => a > b)]));
add('IndexPutImplBackward0', 'backward of x[idx] with repeats (accumulates)', [inp([5])],
  ([w], dt) => { const x = leaf([0.1, 0.2, 0.3, 0.4, 0.5], [5], dt); return gradOf(x.index(constT(IDX, [5], 'int64')), x, w); },
  ([w]) => { const r = zeros([5]); IDX.forEach((i, k) => { r.data[wrap(i, 5)] += w.data[k]; }); return r; });
add('IndexPutImplBackward0', 'backward of x[[2, 0, 2]]', [inp([3, 3])],
  ([w], dt) => { const x = leaf(X34.slice(0, 9), [3, 3], dt); return gradOf(x.index(constT([2, 0, 2], [3], 'int64')), x, w); },
  ([w]) => { const r = zeros([3, 3]); [2, 0, 2].forEach((row, k) => { for (let j = 0; j < 3; j++) r.data[row * 3 + j] += w.data[k * 3 + j]; }); return r; });

// SoftmaxBackward0's formula is its own entry (_softmax_backward_data): reached by double backward of softmax.
add('SoftmaxBackwardDataBackward0', 'backward of softmax(x, 1)', [inp([2, 3])],
  ([w], dt) => { const x = leaf(X34.slice(0, 6), [2, 3], dt); return gradOf(x.softmax(1), x, w); },
  ([w]) => {
    const r = zeros([2, 3]);
    for (let i = 0; i < 2; i++) {
      const row = X34.slice(i * 3, i * 3 + 3), m = Math.max(...row);
      const e = row.map((v) => Math.exp(v - m)), s = e.reduce((a, b) => a + b, 0), y = e.map((v) => v / s);
      const dot = y.reduce((a, v, j) => a + v * w.data[i * 3 + j], 0);
      for (let j = 0; j < 3; j++) r.data[i * 3 + j] = y[j] * (w.data[i * 3 + j] - dot);
    }
    return r;
  });

// LogSoftmaxBackward0's formula is its own entry (_log_softmax_backward_data): reached by double backward.
add('LogSoftmaxBackwardDataBackward0', 'backward of log_softmax(x, 0)', [inp([2, 3])],
  ([w], dt) => { const x = leaf(X34.slice(0, 6), [2, 3], dt); return gradOf(x.log_softmax(0), x, w); },
  ([w]) => {
    const r = zeros([2, 3]);
    for (let j = 0; j < 3; j++) {
      const col = [X34[j], X34[3 + j]], m = Math.max(...col);
      const lse = m + Math.log(col.reduce((a, v) => a + Math.exp(v - m), 0));
      const s = w.data[j] + w.data[3 + j];
      for (let i = 0; i < 2; i++) r.data[i * 3 + j] = w.data[i * 3 + j] - Math.exp(col[i] - lse) * s;
    }
    return r;
  });

// Neural-network layer ops (convolution, pooling, normalisation, embedding): their own module.
registerNnSamples({ add, inp, leaf, gradOf, vals });
registerSpatialSamples({ add, inp, leaf, gradOf, vals });
registerLinalgSamples({ add, inp });
registerMultiOutputSamples({ add, inp });
// Math and special functions (math.ts): their own module.
registerMathSamples({ add, inp, mapN });
registerSpecialSamples({ add, inp, mapN });
registerRenormFrexpSamples({ add, inp, mapN });
registerIgammaSamples({ add, inp, mapN });
registerDistSamples({ add });

// --- selection and scans (gather.ts, scan.ts) ----------------------------------------------------------------------
const G_IDX = [0, 0, 1, 1, 2, 3];   // [3,2] index into dim 1 of [3,4], with a repeated column in rows 0 and 1
/** scatter/scatter_add reference: out = self, then out[i][idx[i][j]] (+)= src[i][j] row by row. */
function scatterRef(self: Arr, idx: number[], idxShape: number[], srcAt: (i: number, j: number) => number, accumulate: boolean): Arr {
  const out = { shape: [...self.shape], data: [...self.data] };
  for (let i = 0; i < idxShape[0]; i++) {
    for (let j = 0; j < idxShape[1]; j++) {
      const p = i * self.shape[1] + idx[i * idxShape[1] + j];
      out.data[p] = accumulate ? out.data[p] + srcAt(i, j) : srcAt(i, j);
    }
  }
  return out;
}
add('GatherBackward0', 'gather(1, idx) with repeated columns', [inp([3, 4])], ([x]) => torch.gather(x, 1, constT(G_IDX, [3, 2], 'int64')),
  ([x]) => gatherRef(x, [3, 2], ([i, j]) => [i, G_IDX[i * 2 + j]]));
add('GatherBackward0', 'gather(0, idx) of a transposed [3,4] with a smaller index', [inp([3, 4], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.gather(x, 0, constT([2, 0, 1, 1, 0, 2], [2, 3], 'int64')), ([x]) => gatherRef(x, [2, 3], ([i, j]) => [[2, 0, 1, 1, 0, 2][i * 3 + j], j]));
add('ScatterAddBackward0', 'scatter_add(1, idx, src) with repeated targets', [inp([3, 4]), inp([3, 2])],
  ([s, src]) => torch.scatter_add(s, 1, constT(G_IDX, [3, 2], 'int64'), src), ([s, src]) => scatterRef(s, G_IDX, [3, 2], (i, j) => src.data[i * 2 + j], true));
add('ScatterAddBackward0', 'backward of gather (zeros.scatter_add)', [inp([3, 2])],
  ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(torch.gather(x, 1, constT(G_IDX, [3, 2], 'int64')), x, w); },
  ([w]) => scatterRef(zeros([3, 4]), G_IDX, [3, 2], (i, j) => w.data[i * 2 + j], true));
const S_IDX = [3, 0, 1, 2, 0, 2];   // distinct targets per row
// (src larger than the index works forward, but its gradient has the index's shape: PyTorch then fails, as we do)
add('ScatterBackward0', 'scatter(1, idx, src)', [inp([3, 4]), inp([3, 2])],
  ([s, src]) => torch.scatter(s, 1, constT(S_IDX, [3, 2], 'int64'), src), ([s, src]) => scatterRef(s, S_IDX, [3, 2], (i, j) => src.data[i * 2 + j], false));
add('ScatterBackward1', 'scatter(1, idx, 0.5)', [inp([3, 4])], ([s]) => torch.scatter(s, 1, constT(S_IDX, [3, 2], 'int64'), 0.5),
  ([s]) => scatterRef(s, S_IDX, [3, 2], () => 0.5, false));
add('IndexSelectBackward0', 'index_select(1, [0, 0, 2]) of a strided [3,4]', [inp([3, 4], -2, 2, { layout: 'strided' })],
  ([x]) => torch.index_select(x, 1, constT([0, 0, 2], [3], 'int64')), ([x]) => gatherRef(x, [3, 3], ([i, j]) => [i, [0, 0, 2][j]]));
add('IndexSelectBackward0', 'index_select(0, [2, 1])', [inp([3, 2])], ([x]) => torch.index_select(x, 0, constT([2, 1], [2], 'int64')),
  ([x]) => gatherRef(x, [2, 2], ([i, j]) => [[2, 1][i], j]));
add('IndexAddBackward0', 'backward of index_select (zeros.index_add)', [inp([3, 3])],
  ([w], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(torch.index_select(x, 1, constT([0, 0, 2], [3], 'int64')), x, w); },
  ([w]) => { const r = zeros([3, 4]); for (let i = 0; i < 3; i++) [0, 0, 2].forEach((c, j) => { r.data[i * 4 + c] += w.data[i * 3 + j]; }); return r; });
add('MaskedFillBackward0', 'masked_fill(mask, 0.25)', [inp([3, 4])], ([x]) => torch.masked_fill(x, constT(MASK, [3, 4], 'bool'), 0.25),
  ([x]) => ({ shape: [3, 4], data: x.data.map((v, i) => (MASK[i] ? 0.25 : v)) }));
add('MaskedFillBackward0', 'masked_fill with a broadcast [4] mask', [inp([3, 4])], ([x]) => torch.masked_fill(x, constT([1, 0, 0, 1], [4], 'bool'), -1),
  ([x]) => ({ shape: [3, 4], data: x.data.map((v, i) => ([1, 0, 0, 1][i % 4] ? -1 : v)) }));
add('MaskedFillBackward1', 'masked_fill(mask, 0-d tensor)', [inp([3, 4]), inp([])], ([x, v]) => torch.masked_fill(x, constT(MASK, [3, 4], 'bool'), v),
  ([x, v]) => ({ shape: [3, 4], data: x.data.map((e, i) => (MASK[i] ? v.data[0] : e)) }));
const cumLane = (prod: boolean) => (lane: number[]): number[] => { let acc = prod ? 1 : 0; return lane.map((v) => (acc = prod ? acc * v : acc + v)); };
add('CumsumBackward0', 'cumsum(1) of [2,3,4]', [inp([2, 3, 4])], ([x]) => torch.cumsum(x, 1), ([x]) => lanesRef(x, 1, cumLane(false)));
add('CumsumBackward0', 'cumsum(-1) of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => torch.cumsum(x, -1), ([x]) => lanesRef(x, 1, cumLane(false)));
add('CumsumBackward0', 'cumsum(0) of 0-d', [inp([])], ([x]) => torch.cumsum(x, 0), ([x]) => x);
add('CumprodBackward0', 'cumprod(1) (no zeros)', [nonzero([3, 4])], ([x]) => torch.cumprod(x, 1), ([x]) => lanesRef(x, 1, cumLane(true)));
add('CumprodBackward0', 'cumprod(0) with a zero in a lane', [fixed([3, 2], [0.5, -1.5, 0, 2, 1.25, 0.75])], ([x]) => torch.cumprod(x, 0), ([x]) => lanesRef(x, 0, cumLane(true)));
const sortLane = (desc: boolean) => (lane: number[]): number[] => [...lane].sort((a, b) => (desc ? b - a : a - b));
add('SortBackward0', 'sort(1) of [3,4]', [inp([3, 4])], ([x]) => torch.sort(x, 1)[0], ([x]) => lanesRef(x, 1, sortLane(false)));
add('SortBackward0', 'sort(0, descending) of a transposed [4,3]', [inp([4, 3], -2, 2, { layout: 'transposed' })], ([x]) => torch.sort(x, 0, true)[0], ([x]) => lanesRef(x, 0, sortLane(true)));
add('SortBackward0', 'sort of 40 values (introsort path)', [inp([40])], ([x]) => torch.sort(x)[0], ([x]) => lanesRef(x, 0, sortLane(false)));
add('TopkBackward0', 'topk(2) along the last dim', [inp([3, 5])], ([x]) => torch.topk(x, 2)[0],
  ([x]) => { const r = lanesRef(x, 1, sortLane(true)); return gatherRef(r, [3, 2], ([i, j]) => [i, j]); });
add('TopkBackward0', 'topk(3, dim=0, largest=False)', [inp([4, 2])], ([x]) => torch.topk(x, 3, 0, false)[0],
  ([x]) => { const r = lanesRef(x, 0, sortLane(false)); return gatherRef(r, [3, 2], ([i, j]) => [i, j]); });
add('TopkBackward0', 'topk(2) of 200 values (partial_sort path)', [inp([200])], ([x]) => torch.topk(x, 2)[0],
  ([x]) => vec(sortLane(true)(x.data).slice(0, 2)));

// --- activations (activation.ts, pad.ts) -------------------------------------------------------------------------
/** erf by its all-positive series (accurate to ~1e-16 for |z| < 3; the samples stay there). */
function erfRef(z: number): number {
  let term = Math.abs(z), sum = term;
  for (let n = 1; n < 300; n++) { term *= 2 * z * z / (2 * n + 1); sum += term; }
  return Math.sign(z) * (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
}
const sigRef = (v: number): number => 1 / (1 + Math.exp(-v));
const TANH_B = Math.sqrt(2 / Math.PI), TANH_K = 0.044715;
interface ActSample { key: string; desc: string; run: (x: Tensor) => Tensor; f: (v: number) => number; df: (v: number) => number; bad?: (v: number) => boolean }
const ACTS: ActSample[] = [
  { key: 'GeluBackward0', desc: 'gelu', run: (x) => torch.gelu(x), f: (v) => 0.5 * v * (1 + erfRef(v / Math.SQRT2)),
    df: (v) => 0.5 * (1 + erfRef(v / Math.SQRT2)) + v * Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI) },
  { key: 'GeluBackward0', desc: "gelu(approximate='tanh')", run: (x) => torch.gelu(x, 'tanh'), f: (v) => 0.5 * v * (1 + Math.tanh(TANH_B * (v + TANH_K * v ** 3))),
    df: (v) => { const t = Math.tanh(TANH_B * (v + TANH_K * v ** 3)); return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * TANH_B * (1 + 3 * TANH_K * v * v); } },
  { key: 'EluBackward0', desc: 'elu(alpha=0.7)', run: (x) => torch.elu(x, 0.7), f: (v) => (v > 0 ? v : 0.7 * Math.expm1(v)), df: (v) => (v > 0 ? 1 : 0.7 * Math.exp(v)), bad: near([0], 0.1) },
  { key: 'SoftplusBackward0', desc: 'softplus(beta=2, threshold=1.5)', run: (x) => torch.softplus(x, 2, 1.5),
    f: (v) => (2 * v > 1.5 ? v : Math.log1p(Math.exp(2 * v)) / 2), df: (v) => (2 * v > 1.5 ? 1 : sigRef(2 * v)), bad: near([0.75], 0.1) },
  { key: 'HardtanhBackward0', desc: 'hardtanh(-0.5, 1.2)', run: (x) => torch.hardtanh(x, -0.5, 1.2), f: (v) => Math.min(Math.max(v, -0.5), 1.2),
    df: (v) => (v > -0.5 && v < 1.2 ? 1 : 0), bad: near([-0.5, 1.2], 0.1) },
  { key: 'LogSigmoidBackward0', desc: 'logsigmoid', run: (x) => torch.logsigmoid(x), f: (v) => Math.log(sigRef(v)), df: (v) => 1 - sigRef(v) },
  { key: 'LeakyReluBackward0', desc: 'leaky_relu(0.2)', run: (x) => torch.leaky_relu(x, 0.2), f: (v) => (v > 0 ? v : 0.2 * v), df: (v) => (v > 0 ? 1 : 0.2), bad: near([0], 0.1) },
];
const ACT_X = [-1.7, -0.6, -0.25, 0.4, 0.95, 1.8];
const ACT_W = [0.5, -1.2, 0.8, 1.5, -0.3, 0.9];
for (const a of ACTS) {
  add(a.key, a.desc, [inp([2, 3], -2, 2, { bad: a.bad })], ([x]) => a.run(x), ([x]) => mapN([x], a.f));
  add(a.key, `${a.desc} of a transposed [3,2]`, [inp([3, 2], -2.5, 2.5, { layout: 'transposed', bad: a.bad })], ([x]) => a.run(x), ([x]) => mapN([x], a.f));
  const back = a.key.replace('Backward0', 'BackwardBackward0');
  add(back, `backward of ${a.desc} (in grad_output)`, [inp([2, 3])], ([w], dt) => { const x = leaf(ACT_X, [2, 3], dt); return gradOf(a.run(x), x, w); },
    ([w]) => ({ shape: [2, 3], data: w.data.map((g, i) => g * a.df(ACT_X[i])) }));
  add(back, `backward of ${a.desc} (in self)`, [inp([2, 3], -2, 2, { bad: a.bad })], ([x], dt) => gradOf(a.run(x), x, constT(ACT_W, [2, 3], dt)),
    ([x]) => ({ shape: [2, 3], data: x.data.map((v, i) => ACT_W[i] * a.df(v)) }));
}
add('EluBackward1', 'elu_ in place (alpha=0.5) on a clone', [nonzero([2, 3])], ([x]) => torch.elu(x.clone(), 0.5, true), ([x]) => mapN([x], (v) => (v > 0 ? v : 0.5 * Math.expm1(v))));
add('LeakyReluBackward1', 'leaky_relu_ in place (0.3) on a clone', [nonzero([2, 3])], ([x]) => torch.leaky_relu(x.clone(), 0.3, true), ([x]) => mapN([x], (v) => (v > 0 ? v : 0.3 * v)));
add('SiluBackward0', 'silu', [inp([2, 3], -3, 3)], ([x]) => torch.silu(x), ([x]) => mapN([x], (v) => v * sigRef(v)));
add('SiluBackward0', 'silu in place on a clone', [inp([3, 2], -3, 3)], ([x]) => torch.silu(x.clone(), true), ([x]) => mapN([x], (v) => v * sigRef(v)));
/** Reference constant padding of a 2-D array: pad = [left, right, top, bottom] (negative crops). */
function padRef(a: Arr, p: number[], value: number): Arr {
  const [h, w] = a.shape, H = h + p[2] + p[3], W = w + p[0] + p[1];
  const data: number[] = [];
  for (let i = 0; i < H; i++) for (let j = 0; j < W; j++) {
    const si = i - p[2], sj = j - p[0];
    data.push(si >= 0 && si < h && sj >= 0 && sj < w ? a.data[si * w + sj] : value);
  }
  return { shape: [H, W], data };
}
add('ConstantPadNdBackward0', 'pad (1, 2) last dim with 0.5', [inp([2, 3])], ([x]) => torch.constant_pad(x, [1, 2], 0.5), ([x]) => padRef(x, [1, 2, 0, 0], 0.5));
add('ConstantPadNdBackward0', 'pad (-1, 1, 2, -1) crops and pads a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.constant_pad(x, [-1, 1, 2, -1], 0), ([x]) => padRef(x, [-1, 1, 2, -1], 0));

// --- losses (loss.ts) --------------------------------------------------------------------------------------------
const NLL_T = [2, 1, 3], NLL_W = [1, 2, 0.5, 1.5];
/** nll reference over (N, C, inner) with targets per (n, inner). */
function nllRef(x: Arr, target: number[], weight: number[] | null, reduction: string, ignore = -100): Arr {
  const n = x.shape[0], c = x.shape[1], inner = x.shape.slice(2).reduce((p, q) => p * q, 1);
  const per: number[] = [];
  let total = 0;
  target.forEach((t, i) => {
    const b = Math.floor(i / inner), j = i % inner;
    if (t === ignore) { per.push(0); return; }
    const w = weight ? weight[t] : 1;
    per.push(-w * x.data[(b * c + t) * inner + j]);
    total += w;
  });
  if (reduction === 'none') return { shape: [n, ...x.shape.slice(2)], data: per };
  const s = per.reduce((p, q) => p + q, 0);
  return { shape: [], data: [reduction === 'mean' ? s / total : s] };
}
const tgt = (): Tensor => constT(NLL_T, [3], 'int64');
add('NllLossBackward0', 'mean', [inp([3, 4])], ([x]) => torch.nll_loss(x, tgt(), null, 'mean', -100), ([x]) => nllRef(x, NLL_T, null, 'mean'));
add('NllLossBackward0', 'sum with weights', [inp([3, 4])], ([x]) => torch.nll_loss(x, tgt(), constT(NLL_W, [4], 'float64').to(x.dtype), 'sum', -100), ([x]) => nllRef(x, NLL_T, NLL_W, 'sum'));
add('NllLossBackward0', 'none, ignore_index=1, transposed', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => torch.nll_loss(x, tgt(), null, 'none', 1), ([x]) => nllRef(x, NLL_T, null, 'none', 1));
add('NllLossBackward0', 'mean with weights and ignore_index', [inp([3, 4])], ([x]) => torch.nll_loss(x, tgt(), constT(NLL_W, [4], 'float64').to(x.dtype), 'mean', 3),
  ([x]) => nllRef(x, NLL_T, NLL_W, 'mean', 3));
add('NllLossBackward0', '1-D input, 0-d target', [inp([4])], ([x]) => torch.nll_loss(x, constT([2], [], 'int64'), null, 'mean', -100), ([x]) => ({ shape: [], data: [-x.data[2]] }));
const NLL2_T = [0, 2, 1, 1, 2, 0, 0, 1];
add('NllLoss2DBackward0', 'mean over [2,3,2,2]', [inp([2, 3, 2, 2])], ([x]) => torch.nll_loss(x, constT(NLL2_T, [2, 2, 2], 'int64'), null, 'mean', -100), ([x]) => nllRef(x, NLL2_T, null, 'mean'));
add('NllLoss2DBackward0', 'none with weights', [inp([2, 3, 2, 2])], ([x]) => torch.nll_loss(x, constT(NLL2_T, [2, 2, 2], 'int64'), constT([0.5, 2, 1], [3], 'float64').to(x.dtype), 'none', -100),
  ([x]) => nllRef(x, NLL2_T, [0.5, 2, 1], 'none'));
add('NllLossBackwardBackward0', 'backward of nll_loss mean with weights (in grad_output)', [inp([])],
  ([g], dt) => { const x = leaf(X34, [3, 4], dt); return gradOf(torch.nll_loss(x, tgt(), constT(NLL_W, [4], dt), 'mean', -100), x, g); },
  ([g]) => { const r = zeros([3, 4]); NLL_T.forEach((t, i) => { r.data[i * 4 + t] = -NLL_W[t] * g.data[0] / 4; /* total weight 0.5 + 2 + 1.5 */ }); return r; });
add('NllLoss2DBackwardBackward0', 'backward of nll_loss2d none (in grad_output)', [inp([2, 2, 2])],
  ([g], dt) => { const x = leaf(vals(24, 7), [2, 3, 2, 2], dt); return gradOf(torch.nll_loss(x, constT(NLL2_T, [2, 2, 2], 'int64'), null, 'none', -100), x, g); },
  ([g]) => { const r = zeros([2, 3, 2, 2]); NLL2_T.forEach((t, i) => { r.data[(Math.floor(i / 4) * 3 + t) * 4 + (i % 4)] = -g.data[i]; }); return r; });

interface LossSample { key: string; desc: string; run: (x: Tensor, t: Tensor, r: string) => Tensor; f: (x: number, t: number) => number; df: (x: number, t: number) => number; x: InputSpec; t: () => InputSpec }
const LOSSES: LossSample[] = [
  { key: 'MseLossBackward0', desc: 'mse_loss', run: (x, t, r) => torch.mse_loss(x, t, r as never), f: (x, t) => (x - t) ** 2, df: (x, t) => 2 * (x - t), x: inp([2, 3]), t: () => inp([2, 3]) },
  { key: 'SmoothL1LossBackward0', desc: 'smooth_l1_loss(beta=0.8)', run: (x, t, r) => torch.smooth_l1_loss(x, t, r as never, 0.8),
    f: (x, t) => { const d = Math.abs(x - t); return d < 0.8 ? 0.5 * d * d / 0.8 : d - 0.4; }, df: (x, t) => Math.max(-1, Math.min(1, (x - t) / 0.8)),
    x: fixed([2, 3], [0.1, -1.5, 2.0, 0.7, -0.2, 1.1]), t: () => fixed([2, 3], [0.4, 0.3, -0.5, 0.9, -1.9, 1.0]) },
  { key: 'HuberLossBackward0', desc: 'huber_loss(delta=0.6)', run: (x, t, r) => torch.huber_loss(x, t, r as never, 0.6),
    f: (x, t) => { const d = Math.abs(x - t); return d < 0.6 ? 0.5 * d * d : 0.6 * (d - 0.3); }, df: (x, t) => Math.max(-0.6, Math.min(0.6, x - t)),
    x: fixed([2, 3], [0.1, -1.5, 2.0, 0.7, -0.2, 1.1]), t: () => fixed([2, 3], [0.4, 0.3, -0.5, 0.9, -1.9, 1.0]) },
  { key: 'BinaryCrossEntropyBackward0', desc: 'binary_cross_entropy', run: (x, t, r) => torch.binary_cross_entropy(x, t, null, r as never),
    f: (x, t) => -(t * Math.log(x) + (1 - t) * Math.log(1 - x)), df: (x, t) => (x - t) / (x * (1 - x)), x: inp([2, 3], 0.1, 0.9), t: () => inp([2, 3], 0.05, 0.95) },
  { key: 'BinaryCrossEntropyWithLogitsBackward0', desc: 'binary_cross_entropy_with_logits', run: (x, t, r) => torch.binary_cross_entropy_with_logits(x, t, null, null, r as never),
    f: (x, t) => (1 - t) * x + Math.log1p(Math.exp(-x)), df: (x, t) => sigRef(x) - t, x: inp([2, 3], -3, 3), t: () => inp([2, 3], 0, 1) },
];
const reduceRef0 = (per: number[], shape: number[], r: string): Arr => (r === 'none' ? { shape, data: per } : { shape: [], data: [per.reduce((p, q) => p + q, 0) / (r === 'mean' ? per.length : 1)] });
for (const l of LOSSES) {
  for (const r of ['mean', 'sum', 'none']) {
    add(l.key, `${l.desc} reduction=${r}`, [l.x, l.t()], ([x, t]) => l.run(x, t, r), ([x, t]) => reduceRef0(x.data.map((v, i) => l.f(v, t.data[i])), x.shape, r));
  }
  const back = l.key.replace('Backward0', 'BackwardBackward0');
  const X = l.x.values, T = l.t().values;
  add(back, `backward of ${l.desc} mean (in grad_output)`, [inp([])],
    ([g], dt) => { const x = leaf(X, [2, 3], dt); return gradOf(l.run(x, torch.tensor(nest(T, [2, 3]) as never, { dtype: dt }), 'mean'), x, g); },
    ([g]) => ({ shape: [2, 3], data: X.map((v, i) => g.data[0] * l.df(v, T[i]) / 6) }));
  add(back, `backward of ${l.desc} none (in self and target)`, [l.x, l.t()], ([x, t], dt) => gradOf(l.run(x, t, 'none'), x, constT(ACT_W, [2, 3], dt)),
    ([x, t]) => ({ shape: [2, 3], data: x.data.map((v, i) => ACT_W[i] * l.df(v, t.data[i])) }));
}
add('BinaryCrossEntropyWithLogitsBackward0', 'with weight and pos_weight (broadcast), sum', [inp([2, 3], -3, 3), inp([2, 3], 0, 1)],
  ([x, t], dt) => torch.binary_cross_entropy_with_logits(x, t, constT([0.5, 1, 2, 1.5, 1, 0.25], [2, 3], dt), constT([2, 2, 2, 0.5, 0.5, 0.5], [2, 3], dt), 'sum'),
  ([x, t]) => reduceRef0(x.data.map((v, i) => [0.5, 1, 2, 1.5, 1, 0.25][i] * ((1 - t.data[i]) * v + (1 + ([2, 2, 2, 0.5, 0.5, 0.5][i] - 1) * t.data[i]) * Math.log1p(Math.exp(-v)))), [2, 3], 'sum'));
add('BinaryCrossEntropyBackward0', 'with weight, mean', [inp([2, 3], 0.1, 0.9), inp([2, 3], 0.05, 0.95)],
  ([x, t], dt) => torch.binary_cross_entropy(x, t, constT([0.5, 1, 2, 1.5, 1, 0.25], [2, 3], dt), 'mean'),
  ([x, t]) => reduceRef0(x.data.map((v, i) => -[0.5, 1, 2, 1.5, 1, 0.25][i] * (t.data[i] * Math.log(v) + (1 - t.data[i]) * Math.log(1 - v))), [2, 3], 'mean'));

// --- diagonal (diagonal.ts; einsum's repeated labels) ---------------------------------------------------------------
add('DiagonalBackward0', 'diagonal() of [3,3]', [inp([3, 3])], ([x]) => torch.diagonal(x), ([x]) => gatherRef(x, [3], ([i]) => [i, i]));
add('DiagonalBackward0', 'diagonal(1) of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => torch.diagonal(x, 1), ([x]) => gatherRef(x, [3], ([i]) => [i, i + 1]));
add('DiagonalBackward0', 'diagonal(-1, 0, 2) of [3,2,3]', [inp([3, 2, 3])], ([x]) => torch.diagonal(x, -1, 0, 2), ([x]) => gatherRef(x, [2, 2], ([j, i]) => [i + 1, j, i]));
// tril/triu, trace, roll, flip, atan2, erf/erfc, addcmul/addcdiv (kernel/engine/ops/triangular.ts, pointwise.ts)
const keepTriangle = (x: Arr, k: number, lower: boolean): Arr => {
  const [rows, cols] = x.shape.slice(-2);
  return { shape: x.shape, data: x.data.map((v, i) => { const c = i % cols, r = Math.floor(i / cols) % rows; return (lower ? c - r <= k : c - r >= k) ? v : 0; }) };
};
add('TrilBackward0', 'tril(1) of [3,4]', [inp([3, 4])], ([x]) => torch.tril(x, 1), ([x]) => keepTriangle(x, 1, true));
add('TrilBackward0', 'tril(-1) of a batched [2,3,3]', [inp([2, 3, 3])], ([x]) => torch.tril(x, -1), ([x]) => keepTriangle(x, -1, true));
add('TriuBackward0', 'triu() of a transposed [4,3]', [inp([4, 3], -2, 2, { layout: 'transposed' })], ([x]) => torch.triu(x), ([x]) => keepTriangle(x, 0, false));
add('TriuBackward0', 'triu(2) of [3,5]', [inp([3, 5])], ([x]) => torch.triu(x, 2), ([x]) => keepTriangle(x, 2, false));
add('TraceBackward0', 'trace of [3,4]', [inp([3, 4])], ([x]) => torch.trace(x), ([x]) => ({ shape: [], data: [x.data[0] + x.data[5] + x.data[10]] }));
add('TraceBackward0', 'trace of a transposed [3,3]', [inp([3, 3], -2, 2, { layout: 'transposed' })], ([x]) => torch.trace(x), ([x]) => ({ shape: [], data: [x.data[0] + x.data[4] + x.data[8]] }));
add('RollBackward0', 'roll(1, 1) of [2,3]', [inp([2, 3])], ([x]) => torch.roll(x, 1, 1), ([x]) => gatherRef(x, [2, 3], ([i, j]) => [i, (j + 2) % 3]));
add('RollBackward0', 'roll(-4) of [2,3] (flattened)', [inp([2, 3])], ([x]) => torch.roll(x, -4), ([x]) => {
  const flat = { shape: [6], data: x.data };
  return { shape: [2, 3], data: gatherRef(flat, [6], ([k]) => [(k + 4) % 6]).data };
});
add('RollBackward0', 'roll((1, -1), (0, 1)) of a transposed [3,2]', [inp([3, 2], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.roll(x, [1, -1], [0, 1]), ([x]) => gatherRef(x, [3, 2], ([i, j]) => [(i + 2) % 3, (j + 1) % 2]));
add('FlipBackward0', 'flip(0, 1) of [2,3]', [inp([2, 3])], ([x]) => torch.flip(x, [0, 1]), ([x]) => gatherRef(x, [2, 3], ([i, j]) => [1 - i, 2 - j]));
add('FlipBackward0', 'flip(-1) of a strided [2,3]', [inp([2, 3], -2, 2, { layout: 'strided' })], ([x]) => torch.flip(x, [-1]), ([x]) => gatherRef(x, [2, 3], ([i, j]) => [i, 2 - j]));
binary('Atan2Backward0', torch.atan2, Math.atan2, nonzero, nonzero);
// fmod / remainder / rounded division (pointwise.ts), at values whose quotients stay away from integers
const pyMod = (a: number, b: number): number => { const r = a % b; return r !== 0 && (b < 0) !== (r < 0) ? r + b : r; };
const dividends = (shape: number[], extra: Partial<InputSpec> = {}) => fixed(shape, [5.3, -5.3, 7.1, 2.2, -0.7, 3.3], extra);
const divisors = (shape: number[], extra: Partial<InputSpec> = {}) => fixed(shape, [3, 3, -2, 0.9, 0.4, -1.6], extra);
for (const [key, api, f] of [
  ['FmodBackward1', torch.fmod, (a: number, b: number) => a % b],
  ['RemainderBackward1', torch.remainder, pyMod],
  ['DivBackward2', (a: Tensor, b: Tensor) => torch.div(a, b, 'floor'), (a: number, b: number) => Math.floor(a / b)],
  ['DivBackward2', (a: Tensor, b: Tensor) => torch.div(a, b, 'trunc'), (a: number, b: number) => Math.trunc(a / b)],
  ['NotImplemented', torch.floorDivide, (a: number, b: number) => Math.floor(a / b)],
] as const) {
  add(key, `${key} same shape`, [dividends([2, 3]), divisors([2, 3])], ([x, y]) => api(x, y), ([x, y]) => mapN([x, y], f));
  add(key, `${key} transposed self, 0-d other`, [dividends([3, 2], { layout: 'transposed' }), fixed([], [0.9])], ([x, y]) => api(x, y), ([x, y]) => mapN([x, y], f));
}
// masked_select, take, vdot, diag_embed, index_copy (rearrange.ts)
add('MaskedSelectBackward0', 'masked_select of [2,3] by a [3] mask', [inp([2, 3])], ([x]) => torch.masked_select(x, constT([1, 0, 1], [3], 'bool')),
  ([x]) => ({ shape: [4], data: [x.data[0], x.data[2], x.data[3], x.data[5]] }));
add('MaskedSelectBackward0', 'masked_select of a [3,1] broadcast by a [3,2] mask', [inp([3, 1])],
  ([x]) => torch.masked_select(x, constT([1, 1, 0, 1, 1, 0], [3, 2], 'bool')), ([x]) => ({ shape: [4], data: [x.data[0], x.data[0], x.data[1], x.data[2]] }));
add('TakeBackward0', 'take of a transposed [3,2] at [[5, 0], [-1, 2]]', [inp([3, 2], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.take(x, constT([5, 0, -1, 2], [2, 2], 'int64')), ([x]) => ({ shape: [2, 2], data: [x.data[5], x.data[0], x.data[5], x.data[2]] }));
add('VdotBackward0', 'vdot of [4] and [4]', [inp([4]), inp([4])], ([a, b]) => torch.vdot(a, b),
  ([a, b]) => ({ shape: [], data: [a.data.reduce((p, v, i) => p + v * b.data[i], 0)] }));
add('DiagEmbedBackward0', 'diag_embed(1) of [2,2]', [inp([2, 2])], ([x]) => torch.diag_embed(x, 1),
  ([x]) => ({ shape: [2, 3, 3], data: Array.from({ length: 18 }, (_, k) => { const b = Math.floor(k / 9), i = Math.floor(k / 3) % 3, j = k % 3; return j === i + 1 ? x.data[b * 2 + i] : 0; }) }));
add('IndexCopyBackward0', 'index_copy(0, [2, 0]) of [3,2] from [2,2]', [inp([3, 2]), inp([2, 2])],
  ([x, s]) => torch.index_copy(x, 0, constT([2, 0], [2], 'int64'), s), ([x, s]) => ({ shape: [3, 2], data: [s.data[2], s.data[3], x.data[2], x.data[3], s.data[0], s.data[1]] }));
add('IndexCopyBackward0', 'index_copy(1, [1]) of a transposed [2,3] from [2,1]', [inp([2, 3], -2, 2, { layout: 'transposed' }), inp([2, 1])],
  ([x, s]) => torch.index_copy(x, 1, constT([1], [1], 'int64'), s), ([x, s]) => ({ shape: [2, 3], data: [x.data[0], s.data[0], x.data[2], x.data[3], s.data[1], x.data[5]] }));
add('AsStridedBackward0', 'as_strided([3,3], [1,1]) of [6] (overlapping windows)', [inp([6])], ([x]) => torch.as_strided(x, [3, 3], [1, 1]),
  ([x]) => gatherRef(x, [3, 3], ([i, j]) => [i + j]));
add('AsStridedBackward0', 'as_strided([2,2], [1,2], 1) of a transposed [3,2]', [inp([3, 2], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.as_strided(x, [2, 2], [1, 2], x.offset + 1), ([x]) => {
    // storage of the transposed leaf is x.t() contiguous: position p holds x[p % 3][floor(p / 3)]
    const at = (p: number): number => x.data[(p % 3) * 2 + Math.floor(p / 3)];
    return { shape: [2, 2], data: [at(1), at(3), at(2), at(4)] };
  });
// select_scatter / slice_scatter / diagonal_scatter (rearrange.ts)
add('SelectScatterBackward0', 'select_scatter(src [3], 1, 2) of [3,4]', [inp([3, 4]), inp([3])], ([x, s]) => torch.select_scatter(x, s, 1, 2),
  ([x, s]) => ({ shape: [3, 4], data: x.data.map((v, k) => (k % 4 === 2 ? s.data[Math.floor(k / 4)] : v)) }));
add('SliceScatterBackward0', 'slice_scatter(src [3,2], 1, 0, 4, 2) of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' }), inp([3, 2])],
  ([x, s]) => torch.slice_scatter(x, s, 1, 0, 4, 2), ([x, s]) => ({ shape: [3, 4], data: x.data.map((v, k) => (k % 2 === 0 ? s.data[Math.floor(k / 4) * 2 + (k % 4) / 2] : v)) }));
add('DiagonalScatterBackward0', 'diagonal_scatter(src [3], 1) of [3,4]', [inp([3, 4]), inp([3])], ([x, s]) => torch.diagonal_scatter(x, s, 1),
  ([x, s]) => ({ shape: [3, 4], data: x.data.map((v, k) => (k % 4 === Math.floor(k / 4) + 1 ? s.data[Math.floor(k / 4)] : v)) }));
// scatter_reduce (rearrange.ts): target 0 gets src 0 and 2, target 1 gets src 1 and 3, target 2 nothing
const srIndex = () => constT([0, 1, 0, 1], [4], 'int64');
const srRef = (f: (acc: number, v: number) => number, include: boolean, mean = false) => ([x, s]: Arr[]): Arr => {
  const groups = [[s.data[0], s.data[2]], [s.data[1], s.data[3]], []];
  return { shape: [3], data: groups.map((gr, t) => {
    if (gr.length === 0) return x.data[t];
    const vals = include ? [x.data[t], ...gr] : gr;
    const r = vals.slice(1).reduce(f, vals[0]);
    return mean ? r / vals.length : r;
  }) };
};
for (const include of [true, false]) {
  add('ScatterReduceBackward0', `scatter_reduce sum include_self=${include}`, [inp([3]), inp([4])], ([x, s]) => torch.scatter_reduce(x, 0, srIndex(), s, 'sum', include), srRef((p, v) => p + v, include));
  add('ScatterReduceBackward0', `scatter_reduce mean include_self=${include}`, [inp([3]), inp([4])], ([x, s]) => torch.scatter_reduce(x, 0, srIndex(), s, 'mean', include), srRef((p, v) => p + v, include, true));
  add('ScatterReduceBackward0', `scatter_reduce prod include_self=${include}`, [inp([3]), inp([4])], ([x, s]) => torch.scatter_reduce(x, 0, srIndex(), s, 'prod', include), srRef((p, v) => p * v, include));
  add('ScatterReduceBackward0', `scatter_reduce amax include_self=${include}`, [fixed([3], [0.5, -1.5, 2]), fixed([4], [1.25, -0.75, -2, 0.25])],
    ([x, s]) => torch.scatter_reduce(x, 0, srIndex(), s, 'amax', include), srRef((p, v) => Math.max(p, v), include));
  add('ScatterReduceBackward0', `scatter_reduce amin include_self=${include}`, [fixed([3], [0.5, -1.5, 2]), fixed([4], [1.25, -0.75, -2, 0.25])],
    ([x, s]) => torch.scatter_reduce(x, 0, srIndex(), s, 'amin', include), srRef((p, v) => Math.min(p, v), include));
}
// in-place comparisons (x.lt_(y)): the result written into a copy of x, zero gradients (pointwise.ts)
const cmpRef = { eq: (a: number, b: number) => a === b, ne: (a: number, b: number) => a !== b, lt: (a: number, b: number) => a < b,
  le: (a: number, b: number) => a <= b, gt: (a: number, b: number) => a > b, ge: (a: number, b: number) => a >= b };
for (const op of ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const) {
  const node = op[0].toUpperCase() + op.slice(1) + 'Backward';
  add(node + '1', `${op}_(tensor) into a copy`, [inp([2, 3]), inp([3])], ([x, y]) => torch.compare_(op, torch.clone(x), y),
    ([x, y]) => mapN([x, { shape: [2, 3], data: [...y.data, ...y.data] }], (a, b) => Number(cmpRef[op](a, b))));
  add(node + '0', `${op}_(0.25) into a copy`, [inp([2, 3])], ([x]) => torch.compare_(op, torch.clone(x), 0.25),
    ([x]) => mapN([x], (a) => Number(cmpRef[op](a, 0.25))));
}
// repeat, nansum, fmax/fmin, angle, rot90, masked_scatter (join.ts, reduce.ts, math.ts, rearrange.ts)
add('RepeatBackward0', 'repeat(2, 3) of [2,3]', [inp([2, 3])], ([x]) => torch.repeat(x, [2, 3]), ([x]) => gatherRef(x, [4, 9], ([i, j]) => [i % 2, j % 3]));
add('RepeatBackward0', 'repeat(2, 1, 2) of a transposed [3,2] (a new leading dim)', [inp([3, 2], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.repeat(x, [2, 1, 2]), ([x]) => gatherRef(x, [2, 3, 4], ([, i, j]) => [i, j % 2]));
add('NansumBackward0', 'nansum() of [2,3]', [inp([2, 3])], ([x]) => torch.nansum(x), ([x]) => ({ shape: [], data: [x.data.reduce((p, q) => p + q, 0)] }));
add('NansumBackward0', 'nansum(1, keepdim) of [2,3]', [inp([2, 3])], ([x]) => torch.nansum(x, 1, true), ([x]) => reduceRef(x, [1], true, (v) => v.reduce((p, q) => p + q, 0)));
binary('FmaxBackward0', torch.fmax, (x, y) => (x >= y ? x : y), anyD, anyD);
binary('FminBackward0', torch.fmin, (x, y) => (x <= y ? x : y), anyD, anyD);
add('AngleBackward0', 'angle of [2,3]', [nonzero([2, 3])], ([x]) => torch.angle(x), ([x]) => mapN([x], (v) => (v < 0 ? Math.PI : 0)));
add('Rot90Backward0', 'rot90(1) of [2,3]', [inp([2, 3])], ([x]) => torch.rot90(x, 1), ([x]) => gatherRef(x, [3, 2], ([i, j]) => [j, 2 - i]));
add('Rot90Backward0', 'rot90(-1, [2, 0]) of a transposed [3,2,2]', [inp([3, 2, 2], -2, 2, { layout: 'transposed' })],
  ([x]) => torch.rot90(x, -1, [2, 0]), ([x]) => gatherRef(x, [2, 2, 3], ([i, j, k]) => [k, j, 1 - i]));
add('Rot90Backward0', 'rot90(2) of [2,3]', [inp([2, 3])], ([x]) => torch.rot90(x, 2), ([x]) => gatherRef(x, [2, 3], ([i, j]) => [1 - i, 2 - j]));
const scatterMask = [true, false, true, false, true, true];
add('MaskedScatterBackward0', 'masked_scatter of [2,3] from [7]', [inp([2, 3]), inp([7])],
  ([x, src]) => torch.masked_scatter(x, constT(scatterMask.map(Number), [2, 3], 'bool'), src),
  ([x, src]) => { let k = 0; return { shape: [2, 3], data: x.data.map((v, i) => (scatterMask[i] ? src.data[k++] : v)) }; });
add('MaskedScatterBackward0', 'masked_scatter with a broadcast [3] mask and a [2,2] source', [inp([2, 3]), inp([2, 2])],
  ([x, src]) => torch.masked_scatter(x, constT([0, 1, 0], [3], 'bool'), src),
  ([x, src]) => { let k = 0; return { shape: [2, 3], data: x.data.map((v, i) => (i % 3 === 1 ? src.data[k++] : v)) }; });
add('FmodBackward0', 'fmod(x, -1.5)', [dividends([2, 3])], ([x]) => torch.fmod(x, -1.5), ([x]) => mapN([x], (a) => a % -1.5));
add('RemainderBackward0', 'remainder(x, -1.5)', [dividends([2, 3])], ([x]) => torch.remainder(x, -1.5), ([x]) => mapN([x], (a) => pyMod(a, -1.5)));
add('NotImplemented', 'remainder(2.5, x)', [divisors([2, 3])], ([x]) => torch.remainder(2.5, x), ([x]) => mapN([x], (b) => pyMod(2.5, b)));
add('DiagBackward0', 'diag(v, 1): a vector onto a diagonal', [inp([3])], ([x]) => torch.diag(x, 1),
  ([x]) => ({ shape: [4, 4], data: Array.from({ length: 16 }, (_, k) => (k % 4 === Math.floor(k / 4) + 1 ? x.data[Math.floor(k / 4)] : 0)) }));
add('DiagBackward0', 'diag(m, -1) of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => torch.diag(x, -1),
  ([x]) => gatherRef(x, [2], ([i]) => [i + 1, i]));
add('ErfBackward0', 'erf() [2,3]', [inp([2, 3])], ([x]) => torch.erf(x), ([x]) => mapN([x], erfRef));
add('ErfBackward0', 'erf() of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => torch.erf(x), ([x]) => mapN([x], erfRef));
add('ErfcBackward0', 'erfc() [2,3]', [inp([2, 3])], ([x]) => torch.erfc(x), ([x]) => mapN([x], (v) => 1 - erfRef(v)));
add('ErfcBackward0', 'erfc() of 0-d', [inp([])], ([x]) => torch.erfc(x), ([x]) => mapN([x], (v) => 1 - erfRef(v)));
add('AddcmulBackward0', 'addcmul(value=0.5), tensor2 broadcast', [inp([2, 3]), inp([2, 3]), inp([3])],
  ([s, a, b]) => torch.addcmul(s, a, b, 0.5), ([s, a, b]) => mapN([s, a, b], (x, y, z) => x + 0.5 * y * z));
add('AddcmulBackward0', 'addcmul of a transposed self', [inp([3, 2], -2, 2, { layout: 'transposed' }), inp([3, 2]), inp([1, 2])],
  ([s, a, b]) => torch.addcmul(s, a, b), ([s, a, b]) => mapN([s, a, b], (x, y, z) => x + y * z));
add('AddcdivBackward0', 'addcdiv(value=-2), self broadcast', [inp([3]), inp([2, 3]), nonzero([2, 3])],
  ([s, a, b]) => torch.addcdiv(s, a, b, -2), ([s, a, b]) => mapN([s, a, b], (x, y, z) => x - 2 * y / z));
// scatter(reduce=...) has no derivative in PyTorch 1.13: forward only, on inputs that do not require grad.
add('scatter', "scatter(1, idx, src, reduce='multiply') with repeated targets", [inp([3, 4], -2, 2, { grad: false }), inp([3, 2], -2, 2, { grad: false })],
  ([s, src]) => torch.scatter(s, 1, constT(G_IDX, [3, 2], 'int64'), src, false, 'multiply'),
  ([s, src]) => { const out = { shape: [3, 4], data: [...s.data] }; G_IDX.forEach((c, k) => { out.data[Math.floor(k / 2) * 4 + c] *= src.data[k]; }); return out; });
add('scatter', "scatter(0, idx, 1.5, reduce='add')", [inp([3, 4], -2, 2, { grad: false })],
  ([s]) => torch.scatter(s, 0, constT([2, 0, 2, 1], [1, 4], 'int64'), 1.5, false, 'add'),
  ([s]) => { const out = { shape: [3, 4], data: [...s.data] }; [2, 0, 2, 1].forEach((r, j) => { out.data[r * 4 + j] += 1.5; }); return out; });

// More activations: two-level nodes (forward and XBackwardBackward0), as ACTS above.
const ACTS2: ActSample[] = [
  { key: 'HardswishBackward0', desc: 'hardswish', run: (x) => torch.hardswish(x), f: (v) => v * Math.min(Math.max(v + 3, 0), 6) / 6,
    df: (v) => (v < -3 ? 0 : v <= 3 ? v / 3 + 0.5 : 1), bad: near([-3, 3], 0.1) },
  { key: 'HardshrinkBackward0', desc: 'hardshrink(0.4)', run: (x) => torch.hardshrink(x, 0.4), f: (v) => (Math.abs(v) <= 0.4 ? 0 : v),
    df: (v) => (Math.abs(v) <= 0.4 ? 0 : 1), bad: near([-0.4, 0.4], 0.1) },
  { key: 'SoftshrinkBackward0', desc: 'softshrink(0.3)', run: (x) => torch.softshrink(x, 0.3), f: (v) => (v > 0.3 ? v - 0.3 : v < -0.3 ? v + 0.3 : 0),
    df: (v) => (Math.abs(v) <= 0.3 ? 0 : 1), bad: near([-0.3, 0.3], 0.1) },
  { key: 'ThresholdBackward0', desc: 'threshold(0.2, -1)', run: (x) => torch.threshold(x, 0.2, -1), f: (v) => (v <= 0.2 ? -1 : v),
    df: (v) => (v <= 0.2 ? 0 : 1), bad: near([0.2], 0.1) },
  { key: 'EluBackward0', desc: 'selu', run: (x) => torch.selu(x), f: (v) => 1.0507009873554805 * (v > 0 ? v : 1.6732632423543772 * Math.expm1(v)),
    df: (v) => 1.0507009873554805 * (v > 0 ? 1 : 1.6732632423543772 * Math.exp(v)), bad: near([0], 0.1) },
];
for (const a of ACTS2) {
  add(a.key, a.desc, [inp([2, 3], -4, 4, { bad: a.bad })], ([x]) => a.run(x), ([x]) => mapN([x], a.f));
  const back = a.key.replace('Backward0', 'BackwardBackward0');
  add(back, `backward of ${a.desc} (in grad_output)`, [inp([2, 3])], ([w], dt) => { const x = leaf(ACT_X, [2, 3], dt); return gradOf(a.run(x), x, w); },
    ([w]) => ({ shape: [2, 3], data: w.data.map((g, i) => g * a.df(ACT_X[i])) }));
  add(back, `backward of ${a.desc} (in self)`, [inp([2, 3], -4, 4, { bad: a.bad })], ([x], dt) => gradOf(a.run(x), x, constT(ACT_W, [2, 3], dt)),
    ([x]) => ({ shape: [2, 3], data: x.data.map((v, i) => ACT_W[i] * a.df(v)) }));
}
add('ThresholdBackward1', 'threshold_ in place on a clone', [inp([2, 3], -2, 2, { bad: near([0.2], 0.1) })], ([x]) => torch.threshold(x.clone(), 0.2, -1, true),
  ([x]) => mapN([x], (v) => (v <= 0.2 ? -1 : v)));
add('CeluBackward0', 'celu(0.5)', [inp([2, 3], -2, 2, { bad: near([0], 0.1) })], ([x]) => torch.celu(x, 0.5), ([x]) => mapN([x], (v) => (v > 0 ? v : 0.5 * Math.expm1(v / 0.5))));
add('HardsigmoidBackward0', 'hardsigmoid', [inp([2, 3], -4, 4, { bad: near([-3, 3], 0.1) })], ([x]) => torch.hardsigmoid(x), ([x]) => mapN([x], (v) => Math.min(Math.max(v + 3, 0), 6) / 6));
add('MishBackward0', 'mish', [inp([2, 3], -3, 3)], ([x]) => torch.mish(x), ([x]) => mapN([x], (v) => v * Math.tanh(Math.log1p(Math.exp(v)))));

// --- order statistics, cumulative extremes, lerp, tensor clamp, unique (order.ts, cumulative.ts, lerp.ts, unique.ts)
// Values are distinct and apart by more than the gradcheck step, so the selected element does not change.
const medianOf = (v: number[]): number => [...v].sort((a, b) => a - b)[(v.length - 1) >> 1];
const kthOf = (k: number) => (v: number[]): number => [...v].sort((a, b) => a - b)[k - 1];
const distinct = (shape: number[]) => inp(shape, -2, 2, { bad: nearGrid(0.25, 0.02) });
reduction('MedianBackward0', 'median() of [3,4]', distinct([3, 4]), (x) => torch.median(x) as Tensor, null, false, medianOf);
reduction('NanmedianBackward0', 'nanmedian() of a transposed [3,4]', { ...distinct([3, 4]), layout: 'transposed' },
  (x) => torch.median(x, null, false, true) as Tensor, null, false, medianOf);
reduction('MedianBackward1', 'median(1) of [3,5]', distinct([3, 5]), (x) => (torch.median(x, 1) as [Tensor, Tensor])[0], [1], false, medianOf);
reduction('NanmedianBackward1', 'nanmedian(0, keepdim) of [4,3]', distinct([4, 3]), (x) => (torch.median(x, 0, true, true) as [Tensor, Tensor])[0], [0], true, medianOf);
reduction('KthvalueBackward0', 'kthvalue(2, 1) of [3,5]', distinct([3, 5]), (x) => torch.kthvalue(x, 2, 1)[0], [1], false, kthOf(2));
reduction('KthvalueBackward0', 'kthvalue(4, 0, keepdim) of a strided [6,2]', { ...distinct([6, 2]), layout: 'strided' }, (x) => torch.kthvalue(x, 4, 0, true)[0], [0], true, kthOf(4));
// all values distinct: every value occurs once, so the mode is the smallest
reduction('ModeBackward0', 'mode(1) of distinct values', distinct([3, 4]), (x) => torch.mode(x, 1)[0], [1], false, (v) => Math.min(...v));
const cumExtremeLane = (max: boolean) => (lane: number[]): number[] => { let m = lane[0]; return lane.map((v) => (m = max ? Math.max(m, v) : Math.min(m, v))); };
add('CummaxBackward0', 'cummax(1) of [3,5]', [distinct([3, 5])], ([x]) => torch.cummax(x, 1)[0], ([x]) => lanesRef(x, 1, cumExtremeLane(true)));
add('CumminBackward0', 'cummin(0) of a transposed [4,3]', [{ ...distinct([4, 3]), layout: 'transposed' }], ([x]) => torch.cummin(x, 0)[0], ([x]) => lanesRef(x, 0, cumExtremeLane(false)));
const logCumLane = (lane: number[]): number[] => { let acc = 0; return lane.map((v) => Math.log(acc += Math.exp(v))); };
add('LogcumsumexpBackward0', 'logcumsumexp(1) of [3,4]', [inp([3, 4])], ([x]) => torch.logcumsumexp(x, 1), ([x]) => lanesRef(x, 1, logCumLane));
add('LogcumsumexpBackward0', 'logcumsumexp(0) of 0-d', [inp([])], ([x]) => torch.logcumsumexp(x, 0), ([x]) => x);
const lerpRef = (s: number, e: number, w: number): number => s + w * (e - s);
add('LerpBackward0', 'lerp(a, b, 0.3)', [inp([3, 4]), inp([3, 4])], ([a, b]) => torch.lerp(a, b, 0.3),
  ([a, b]) => ({ shape: [3, 4], data: a.data.map((v, i) => lerpRef(v, b.data[i], 0.3)) }));
add('LerpBackward0', 'lerp(a, b, 0.8) with b broadcast', [inp([3, 4]), inp([4])], ([a, b]) => torch.lerp(a, b, 0.8),
  ([a, b]) => ({ shape: [3, 4], data: a.data.map((v, i) => lerpRef(v, b.data[i % 4], 0.8)) }));
add('LerpBackward1', 'lerp(a, b, w) with w broadcast', [inp([3, 4]), inp([3, 4]), inp([4], 0, 1)], ([a, b, w]) => torch.lerp(a, b, w),
  ([a, b, w]) => ({ shape: [3, 4], data: a.data.map((v, i) => lerpRef(v, b.data[i], w.data[i % 4])) }));
// bounds at least 0.1 away from every value of x
const CX = [-1.5, -0.6, 0.2, 1.3, 0.7, -0.1, 1.9, -1.9];
add('ClampBackward0', 'clamp(x, min, max) with tensor bounds', [fixed([2, 4], CX), fixed([4], [-1, -0.3, 0.5, 0]), fixed([2, 1], [0.9, 1.6])],
  ([x, lo, hi]) => torch.clampTensor(x, lo, hi),
  ([x, lo, hi]) => ({ shape: [2, 4], data: x.data.map((v, i) => Math.min(Math.max(v, lo.data[i % 4]), hi.data[Math.floor(i / 4)])) }));
add('ClampBackward0', 'clamp(x, min) with a tensor min', [fixed([2, 4], CX), fixed([4], [-1, -0.3, 0.5, 0])],
  ([x, lo]) => torch.clampTensor(x, lo, null), ([x, lo]) => ({ shape: [2, 4], data: x.data.map((v, i) => Math.max(v, lo.data[i % 4])) }));
add('ClampBackward0', 'clamp(x, max=) with a 0-d max', [fixed([2, 4], CX), fixed([], [0.4])],
  ([x, hi]) => torch.clampTensor(x, null, hi), ([x, hi]) => ({ shape: [2, 4], data: x.data.map((v) => Math.min(v, hi.data[0])) }));
add('UnsqueezeBackward1', 'unsqueeze_(0) of a temporary (quantile)', [inp([3, 2])], ([x]) => torch.tempInplaceView(x, 'unsqueeze_', 0, 0), ([x]) => reshapeRef(x, [1, 3, 2]));
add('TransposeBackward1', 'transpose_(0, -1) of a temporary (quantile)', [inp([2, 3])], ([x]) => torch.tempInplaceView(x, 'transpose_', 0, -1), ([x]) => transposeRef(x, 0, 1));
// the in-place geometry ops on a non-leaf (views.ts inplaceView; x.mul(1) keeps the leaf out of the in-place op)
add('UnsqueezeBackward1', 'x.unsqueeze_(1)', [inp([3, 2])], ([x]) => torch.inplaceView(x.mul(1), 'unsqueeze_', 1, null), ([x]) => reshapeRef(x, [3, 1, 2]));
add('SqueezeBackward3', 'x.squeeze_(0) of [1,3]', [inp([1, 3])], ([x]) => torch.inplaceView(x.mul(1), 'squeeze_', 0, null), ([x]) => reshapeRef(x, [3]));
add('SqueezeBackward2', 'x.squeeze_() of [1,3,1,2]', [inp([1, 3, 1, 2])], ([x]) => torch.inplaceView(x.mul(1), 'squeeze_', null, null), ([x]) => reshapeRef(x, [3, 2]));
add('TBackward1', 'x.t_() of [2,3]', [inp([2, 3])], ([x]) => torch.inplaceView(x.mul(1), 't_', null, null), ([x]) => transposeRef(x, 0, 1));
add('TransposeBackward1', 'x.transpose_(0, 2) of [2,1,3]', [inp([2, 1, 3])], ([x]) => torch.inplaceView(x.mul(1), 'transpose_', 0, 2), ([x]) => transposeRef(x, 0, 2));
// unique: no derivative in PyTorch (backward raises)
const uniqueVals = [1.5, -0.5, 1.5, 2, -0.5, 0.25];
add('Unique2Backward0', 'unique(sorted) of 6 values', [fixed([6], uniqueVals)], ([x]) => torch.unique(x)[0], () => vec([-0.5, 0.25, 1.5, 2]),
  { refusesGrad: "the derivative for '_unique2' is not implemented." });
add('UniqueDimBackward0', 'unique(dim=0) of rows', [fixed([3, 2], [1, 2, 0, 5, 1, 2])], ([x]) => torch.unique(x, true, false, false, 0)[0],
  () => ({ shape: [2, 2], data: [0, 5, 1, 2] }), { refusesGrad: "the derivative for 'unique_dim' is not implemented." });
add('UniqueConsecutiveBackward0', 'unique_consecutive of 6 values', [fixed([6], [1, 1, 2, 2, 1, 3])], ([x]) => torch.unique_consecutive(x)[0],
  () => vec([1, 2, 1, 3]), { refusesGrad: "the derivative for 'unique_consecutive' is not implemented." });
add('IndexAddBackward0', 'index_add(0, [0, 2, 0], source, alpha=2)', [inp([3, 4]), inp([3, 4])],
  ([x, s]) => torch.index_add(x, 0, constT([0, 2, 0], [3], 'int64'), s, 2),
  ([x, s]) => { const r = { shape: [3, 4], data: [...x.data] }; [0, 2, 0].forEach((row, k) => { for (let j = 0; j < 4; j++) r.data[row * 4 + j] += 2 * s.data[k * 4 + j]; }); return r; });
add('IndexPutBackward0', 'index_put_((rows, cols), v, accumulate=True) with a repeated position', [inp([3, 4]), inp([3])],
  ([p, v]) => torch.index_put_tensors_(p.clone(), [constT([0, 2, 0], [3], 'int64'), constT([1, 1, 1], [3], 'int64')], v, true),
  ([p, v]) => { const r = { shape: [3, 4], data: [...p.data] }; r.data[1] += v.data[0] + v.data[2]; r.data[9] += v.data[1]; return r; });
// (no repeated index without accumulate: PyTorch's formula then gives the overwritten values a gradient too)
add('PutBackward0', 'put_([1, -1, 0], source) on [2,3]', [inp([2, 3]), inp([3])], ([p, v]) => torch.put_(p.clone(), constT([1, -1, 0], [3], 'int64'), v),
  ([p, v]) => { const r = { shape: [2, 3], data: [...p.data] }; r.data[1] = v.data[0]; r.data[5] = v.data[1]; r.data[0] = v.data[2]; return r; });
add('PutBackward0', 'put_(accumulate=True) on a transposed [3,2]', [inp([3, 2], -2, 2, { layout: 'transposed' }), inp([2, 2])],
  ([p, v]) => torch.put_(p.clone(), constT([0, 5, 0, 3], [2, 2], 'int64'), v, true),
  ([p, v]) => { const r = { shape: [3, 2], data: [...p.data] }; r.data[0] += v.data[0] + v.data[2]; r.data[5] += v.data[1]; r.data[3] += v.data[3]; return r; });
for (const [reduce, inc] of [['prod', true], ['mean', true], ['amax', true], ['amin', false], ['mean', false], ['prod', false]] as const) {
  add('IndexReduceBackward0', `index_reduce(0, [0, 2, 0], source, '${reduce}', include_self=${inc})`, [inp([4, 3], 0.2, 2), inp([3, 3], 0.2, 2)],
    ([x, s]) => torch.index_reduce(x, 0, constT([0, 2, 0], [3], 'int64'), s, reduce, inc),
    ([x, s]) => {
      const r = { shape: [4, 3], data: [...x.data] };
      for (const row of [0, 2]) {
        for (let j = 0; j < 3; j++) {
          const vals = [...(inc ? [x.data[row * 3 + j]] : []), ...[0, 1, 2].filter((k) => [0, 2, 0][k] === row).map((k) => s.data[k * 3 + j])];
          r.data[row * 3 + j] = reduce === 'prod' ? vals.reduce((a, b) => a * b, 1) : reduce === 'mean' ? vals.reduce((a, b) => a + b, 0) / vals.length
            : reduce === 'amax' ? Math.max(...vals) : Math.min(...vals);
        }
      }
      return r;
    });
}
add('IndexFillBackward0', 'index_fill(1, [0, 3], -0.5)', [inp([3, 4])], ([x]) => torch.index_fill(x, 1, constT([0, 3], [2], 'int64'), -0.5),
  ([x]) => ({ shape: [3, 4], data: x.data.map((v, i) => (i % 4 === 0 || i % 4 === 3 ? -0.5 : v)) }));
add('IndexFillBackward1', 'index_fill(0, [1], 0-d value)', [inp([3, 2]), inp([])], ([x, v]) => torch.index_fill(x, 0, constT([1], [1], 'int64'), v),
  ([x, v]) => ({ shape: [3, 2], data: x.data.map((e, i) => (Math.floor(i / 2) === 1 ? v.data[0] : e)) }));
add('UnfoldBackward0', 'unfold(0, 3, 2) of 7 (overlapping windows)', [inp([7])], ([x]) => torch.unfold(x, 0, 3, 2),
  ([x]) => ({ shape: [3, 3], data: [0, 1, 2, 2, 3, 4, 4, 5, 6].map((i) => x.data[i]) }));
add('UnfoldBackward0', 'unfold(1, 2, 1) of a transposed [3,4]', [inp([3, 4], -2, 2, { layout: 'transposed' })], ([x]) => torch.unfold(x, 1, 2, 1),
  ([x]) => { const d: number[] = []; for (let i = 0; i < 3; i++) for (let w = 0; w < 3; w++) for (let j = 0; j < 2; j++) d.push(x.data[i * 4 + w + j]); return { shape: [3, 3, 2], data: d }; });
// (last: samples registered earlier keep their seeded inputs)
registerNnxSamples({ add, inp, leaf, gradOf, vals });
registerDecompSamples({ add, inp });
