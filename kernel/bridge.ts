// The engine as the Python `torch` package sees it: registered in Pyodide as the module `_tnb_engine`.
//
// Python holds integer handles, never JS objects: a handle owns one reference to an engine tensor (or graph node,
// or generator) and is released by the Python object's `__del__`, so CPython's reference counting frees tensors
// when PyTorch users expect. An engine object has at most one handle at a time (`handleOf` returns the existing
// one), which lets the Python side keep one Python object per engine object (`x.grad is x.grad`, as in PyTorch).
//
// Calls: `call(name, sig, ...args)`. `sig` has one letter per argument, so Python's int/float/bool distinction
// survives the trip (JS has one number type): t tensor handle, i int, f float, b bool, n None, s str, G generator
// handle, p a Python callable, and [ ... ] a list of those. Results come back as handles for tensors and nodes
// (the Python wrapper knows which), JS arrays for tuples, and plain values otherwise.
// Engine errors are thrown as JS errors carrying `pyType` (TorchError); the Python side re-raises them as the
// Python exception of that type with PyTorch's text.
import * as torch from './engine';
import { AccumulateGrad, Generator, Node, Tensor, tidy } from './engine';
import type { DType } from './engine';
import { isFloating, overflowError, scalarName } from './engine/dtype';
import { anomalyMode, BackwardContext, inspection, SavedVariable, gradientEdge, type InputMeta } from './engine/autograd/node';
import { enterInferenceMode, exitInferenceMode, isGradEnabled, isInferenceMode } from './engine/autograd/grad_mode';
import { DEFAULT_FLOAT, setDefaultFloat } from './engine/promote';
import { isAnomalyEnabled, setAnomalyEnabled } from './engine/autograd/engine';
import { TorchError } from './engine/errors';
import { isContiguousIn, suggestMemoryFormat, type MemoryFormat } from './engine/shape';
import { mem } from './engine/wasm';
import { wrapScalar, type Scalar } from './engine/ops/scalar';
import { numThreads, setThreadLimit } from './engine/threads';
import { dtypeName, graphPayload, nodeDetails, reachable, tensorPayload } from './payload';
import { DISPLAY_KEEP, type GraphPayload, type NodeDetails, type SourceSite, type TensorPayload, type VariableInfo } from './protocol';
import { MATH_OPS } from './bridge_math';
import { NN_OPS } from './bridge_nn';
import { SPATIAL_OPS } from './bridge_spatial';

type PyCallable = ((...args: unknown[]) => unknown) & { destroy?: () => void; copy?: () => PyCallable };
type PyScalar = { value: number; kind: 'int' | 'float' | 'bool' };

declare module './engine/tensor' {
  interface Tensor { _pyHandle?: number }
}
declare module './engine/autograd/node' {
  interface Node { _pyHandle?: number }
}

// --- handle tables ---------------------------------------------------------------------------------------------------
class Table<T extends { _pyHandle?: number }> {
  private readonly items: (T | undefined)[] = [undefined];
  private readonly free: number[] = [];
  constructor(private readonly own: (x: T) => void, private readonly disown: (x: T) => void, private readonly what: string) {}

  handleOf(x: T): number {
    if (x._pyHandle !== undefined) return x._pyHandle;
    this.own(x);
    const h = this.free.pop() ?? this.items.length;
    this.items[h] = x;
    x._pyHandle = h;
    return h;
  }

  get(h: number): T {
    const x = this.items[h];
    if (x === undefined) throw new Error(`tnb internal error: ${this.what} handle ${h} is not live`);
    return x;
  }

  release(h: number): void {
    const x = this.items[h];
    if (x === undefined) return;
    this.items[h] = undefined;
    this.free.push(h);
    x._pyHandle = undefined;
    this.disown(x);
  }

  get live(): number { return this.items.length - 1 - this.free.length; }
  *entries(): IterableIterator<[number, T]> { for (let h = 1; h < this.items.length; h++) { const x = this.items[h]; if (x) yield [h, x]; } }
}

const tensors = new Table<Tensor>((t) => t.retain(), (t) => t.release(), 'tensor');
const nodes = new Table<Node>((n) => n.retain(), (n) => n.release(), 'node');
const generators: (Generator | undefined)[] = [torch.defaultGenerator];

const T = (h: number): Tensor => tensors.get(h);

/** Converts a result for Python: tensors and nodes to handles, arrays element-wise. */
function out(v: unknown): unknown {
  if (v instanceof Tensor) return tensors.handleOf(v);
  if (v instanceof Node) return nodes.handleOf(v);
  if (Array.isArray(v)) return v.map(out);
  // JS null reaches Python as pyodide.ffi.jsnull, undefined as None.
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'bigint') return Number(v);
  return v;
}

// --- argument decoding ---------------------------------------------------------------------------------------------
function decode(sig: string, args: unknown[], keepKinds: boolean): unknown[] {
  let si = 0, ai = 0, depth = 0;
  const one = (): unknown => {
    const c = sig[si++];
    switch (c) {
      case 't': return T(args[ai++] as number);
      case 'i': {
        // (Pyodide hands over ints beyond 2**53 as BigInts; the engine's scalars are doubles: the nearest one. In a
        // list they stay BigInts: torch.tensor's data checks them against int64 and stores them exactly)
        const v = args[ai++];
        return typeof v === 'bigint' && depth === 0 ? Number(v) : v;
      }
      case 'f': {
        const v = args[ai++] as number;
        return keepKinds && Number.isInteger(v) ? ({ value: v, kind: 'float' } satisfies PyScalar) : v;
      }
      case 'b': return args[ai++];
      case 'n': ai++; return null;
      case 's': return args[ai++];
      case 'p': return args[ai++];
      case 'G': {
        const g = generators[args[ai++] as number];
        if (!g) throw new Error('tnb internal error: generator handle is not live');
        return g;
      }
      case '[': {
        const list: unknown[] = [];
        depth++;
        while (sig[si] !== ']') list.push(one());
        depth--;
        si++;
        return list;
      }
      default: throw new Error(`tnb internal error: bad signature letter ${c} in ${sig}`);
    }
  };
  const res: unknown[] = [];
  while (si < sig.length) res.push(one());
  return res;
}

// --- the op table Python calls -------------------------------------------------------------------------------------
type Fn = (...a: any[]) => unknown;   // eslint-disable-line @typescript-eslint/no-explicit-any
const nn = <V>(v: V | null | undefined): V | undefined => (v === null ? undefined : v);
const dt = (d: unknown): DType | undefined => (d === null || d === undefined ? undefined : d as DType);
const createOpts = (dtype: unknown, requiresGrad: unknown, generator?: unknown, memoryFormat?: unknown) => {
  const o: Record<string, unknown> = {};
  if (dtype !== null && dtype !== undefined) o.dtype = dtype;
  if (requiresGrad) o.requires_grad = true;
  if (generator) o.generator = generator;
  if (memoryFormat !== null && memoryFormat !== undefined) o.memory_format = memoryFormat;
  return o;
};
const mfmt = (m: unknown): MemoryFormat => (m === null || m === undefined ? 'preserve' : m as MemoryFormat);
const dims = (d: unknown): number | number[] | undefined => (d === null || d === undefined ? undefined : d as number | number[]);

/** Ops whose numeric arguments keep their Python kind (2.0 is a float): they take part in type promotion. */
const KIND_OPS = new Set(['add', 'sub', 'mul', 'div', 'pow', 'rsub', 'rdiv', 'rpow', 'pow_scalar_base', 'wrapped_number', 'add_', 'sub_', 'mul_', 'div_', 'pow_',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'where', 'clamp', 'clamp_', 'full', 'full_like', 'fill_', 'tensor', 'arange',
  'index_put_', 'remainder', 'floor_divide', 'remainder_', 'floor_divide_', 'fmod_', 'compare_', 'addcmul_', 'addcdiv_', 'maximum', 'minimum', 'setitem', 'fmod', 'addcmul', 'addcdiv',
  'bitwise_and', 'bitwise_or', 'bitwise_xor', 'lshift', 'rshift', 'index_fill', 'rbitwise_and', 'rbitwise_or', 'rbitwise_xor', 'rlshift', 'rrshift']);

const OPS: Record<string, Fn> = {
  // creation
  tensor_from_flat: (shape: number[], flat: number[], kind: string, dtype: unknown, rg: boolean) => {
    const d = dt(dtype) ?? (flat.length === 0 ? DEFAULT_FLOAT : kind === 'bool' ? 'bool' : kind === 'int' ? 'int64' : DEFAULT_FLOAT);
    // Pyodide hands over ints beyond 2**53 as BigInts: exact into int64, rounded into other dtypes; beyond int64
    // PyTorch's parser refuses them
    for (let i = 0; i < flat.length; i++) {
      const v = flat[i] as number | bigint;
      if (typeof v !== 'bigint') continue;
      if (v < -(2n ** 63n) || v >= 2n ** 63n) throw new TorchError('RuntimeError', 'Overflow when unpacking long');
      if (d !== 'int64') flat[i] = Number(v);
    }
    for (const v of flat) {
      if (typeof v === 'bigint') continue;
      const overflow = overflowError(v, d, false);
      if (overflow) throw new TorchError('RuntimeError', overflow);
    }
    return torch.fromValues(shape, flat, d, createOpts(null, rg));
  },
  tensor_from_tensor: (x: Tensor, dtype: unknown, rg: boolean) => torch.tensor(x, createOpts(dtype, rg)),
  zeros: (s: number[], d: unknown, rg: boolean) => torch.zeros(s, createOpts(d, rg)),
  ones: (s: number[], d: unknown, rg: boolean) => torch.ones(s, createOpts(d, rg)),
  empty: (s: number[], d: unknown, rg: boolean, mf?: unknown) => torch.empty(s, createOpts(d, rg, null, mf)),
  empty_strided: (s: number[], st: number[], d: unknown, rg: boolean) => torch.empty_strided(s, st, createOpts(d, rg)),
  full: (s: number[], v: unknown, d: unknown, rg: boolean) => torch.full(s, v as number, createOpts(d, rg)),
  zeros_like: (x: Tensor, d: unknown, rg: boolean, mf?: unknown) => torch.zeros_like(x, createOpts(d, rg, null, mf)),
  ones_like: (x: Tensor, d: unknown, rg: boolean, mf?: unknown) => torch.ones_like(x, createOpts(d, rg, null, mf)),
  empty_like: (x: Tensor, d: unknown, rg: boolean, mf?: unknown) => torch.empty_like(x, createOpts(d, rg, null, mf)),
  full_like: (x: Tensor, v: unknown, d: unknown, rg: boolean, mf?: unknown) => torch.full_like(x, v as number, createOpts(d, rg, null, mf)),
  arange: (a: unknown, b: unknown, s: unknown, d: unknown, rg: boolean) => torch.arange(a as number, nn(b) as number | undefined, (s ?? 1) as number, createOpts(d, rg)),
  linspace: (a: number, b: number, n: number, d: unknown, rg: boolean) => torch.linspace(a, b, n, createOpts(d, rg)),
  logspace: (a: number, b: number, n: number, base: number, d: unknown, rg: boolean) => torch.logspace(a, b, n, base, createOpts(d, rg)),
  eye: (n: number, m: unknown, d: unknown, rg: boolean) => torch.eye(n, nn(m) as number | undefined ?? n, createOpts(d, rg)),
  rand: (s: number[], g: unknown, d: unknown, rg: boolean) => torch.rand(s, createOpts(d, rg, g)),
  randn: (s: number[], g: unknown, d: unknown, rg: boolean) => torch.randn(s, createOpts(d, rg, g)),
  // (Pyodide hands over ints from 2**53 - 1 on as BigInts: bounds up to Number.MAX_SAFE_INTEGER work)
  randint: (lo: number | bigint, hi: number | bigint, s: number[], g: unknown, d: unknown, rg: boolean) => torch.randint(Number(lo), Number(hi), s, createOpts(d, rg, g)),
  randperm: (n: number, g: unknown, d: unknown, rg: boolean) => torch.randperm(n, createOpts(d, rg, g)),
  rand_like: (x: Tensor, d: unknown, rg: boolean, mf?: unknown) => torch.rand_like(x, createOpts(d, rg, null, mf)),
  randn_like: (x: Tensor, d: unknown, rg: boolean, mf?: unknown) => torch.randn_like(x, createOpts(d, rg, null, mf)),
  uniform_: (x: Tensor, a: number, b: number, g: Generator | null) => torch.uniform_(x, a, b, g ?? undefined),
  normal_: (x: Tensor, m: number, s: number, g: Generator | null) => torch.normal_(x, m, s, g ?? undefined),
  exponential_: (x: Tensor, l: number, g: Generator | null) => torch.exponential_(x, l, g ?? undefined),
  cauchy_: (x: Tensor, m: number, s: number, g: Generator | null) => torch.cauchy_(x, m, s, g ?? undefined),
  log_normal_: (x: Tensor, m: number, s: number, g: Generator | null) => torch.log_normal_(x, m, s, g ?? undefined),
  geometric_: (x: Tensor, p: number, g: Generator | null) => torch.geometric_(x, p, g ?? undefined),
  multinomial_replacement: (p: Tensor, n: number, g: Generator | null) => torch.multinomialWithReplacement(p, n, g ?? undefined),
  random_: (x: Tensor, g: Generator | null) => torch.random_(x, g ?? undefined),
  random_from_to_: (x: Tensor, lo: number | bigint, hi: number | bigint, toOnly: boolean, g: Generator | null) => torch.randomFromTo_(x, Number(lo), Number(hi), toOnly, g ?? undefined),
  // one draw of torch.empty((), dtype=torch.int64).random_(generator=g), as an exact decimal string
  random_int64: (g: Generator | null) => String((g ?? torch.defaultGenerator).randomFull(1, 'int64')[0]),
  // torch.distributions' samplers (engine/ops/distributions.ts)
  _standard_gamma: (x: Tensor, g: Generator | null) => torch.standardGamma(x, g ?? undefined),
  normal_of: (v: Tensor, m: Tensor | null, s: Tensor | null) => torch.normalOf(v, m, s),
  _standard_gamma_grad: (a: Tensor, x: Tensor) => torch.standardGammaGrad(a, x),
  _sample_dirichlet: (x: Tensor, g: Generator | null) => torch.sampleDirichlet(x, g ?? undefined),
  _dirichlet_grad: (x: Tensor, a: Tensor, t: Tensor) => torch.dirichletGrad(x, a, t),
  poisson: (x: Tensor, g: Generator | null) => torch.poisson(x, g ?? undefined),
  binomial: (c: Tensor, p: Tensor, g: Generator | null) => torch.binomial(c, p, g ?? undefined),
  bernoulli_scalar: (x: Tensor, p: number, g: Generator | null) => bernoulli(x, p, g),
  bernoulli_tensor: (x: Tensor, g: Generator | null) => bernoulliTensor(x, g),
  manual_seed: (s: number | string) => { torch.manual_seed(typeof s === 'string' ? BigInt(s) : s); return null; },
  // binary arithmetic (tensor or scalar on the right), reflected forms
  add: (a: Tensor, b: unknown, alpha: unknown) => torch.add(a, b as Tensor, (alpha ?? 1) as number),
  sub: (a: Tensor, b: unknown, alpha: unknown) => torch.sub(a, b as Tensor, (alpha ?? 1) as number),
  mul: (a: Tensor, b: unknown) => torch.mul(a, b as Tensor),
  div: (a: Tensor, b: unknown, mode: unknown) => torch.div(a, b as Tensor, (mode ?? null) as 'trunc' | 'floor' | null),
  pow: (a: Tensor, b: unknown) => torch.pow(a, b as Tensor),
  rsub: (a: Tensor, b: unknown, alpha: unknown) => torch.rsub(a, b as Tensor | number, (alpha ?? 1) as number),
  rdiv: (a: Tensor, b: unknown) => (b instanceof Tensor ? torch.div(b, a) : torch.rdiv(a, b as number)),
  rpow: (a: Tensor, b: unknown) => (b instanceof Tensor ? torch.pow(b, a) : torch.rpow(a, b as number)),
  // torch.add(2, x) and the other ops PyTorch's parser lets take a number for a tensor: the number as a wrapped
  // 0-d tensor (it promotes as a Python number)
  wrapped_number: (s: unknown) => wrapScalar(s as Scalar),
  // torch.pow(2, x): pow(Scalar self, Tensor exponent), PowBackward2 (`2 ** x` is rpow: a tensor of 2, PowBackward1)
  pow_scalar_base: (e: Tensor, s: unknown) => torch.pow(s as number, e),
  remainder: (a: Tensor, b: unknown) => torch.remainder(a, b as Tensor),
  rremainder: (a: Tensor, b: unknown) => torch.remainder(b as Tensor, a),
  floor_divide: (a: Tensor, b: unknown) => torch.floorDivide(a, b as Tensor),
  floor_divide_: (a: Tensor, b: unknown) => torch.floorDivide_(a, b as Tensor),
  fmod: (a: Tensor, b: unknown) => torch.fmod(a, b as Tensor),
  fmod_: (a: Tensor, b: unknown) => torch.fmod_(a, b as Tensor),
  remainder_: (a: Tensor, b: unknown) => torch.remainder_(a, b as Tensor),
  rfloor_divide: (a: Tensor, b: unknown) => torch.floorDivide(b as Tensor, a),
  add_: (a: Tensor, b: unknown, alpha: unknown) => torch.add_(a, b as Tensor, (alpha ?? 1) as number),
  sub_: (a: Tensor, b: unknown, alpha: unknown) => torch.sub_(a, b as Tensor, (alpha ?? 1) as number),
  mul_: (a: Tensor, b: unknown) => torch.mul_(a, b as Tensor),
  div_: (a: Tensor, b: unknown, mode: unknown) => torch.div_(a, b as Tensor, (mode ?? null) as 'trunc' | 'floor' | null),
  pow_: (a: Tensor, b: unknown) => torch.pow_(a, b as Tensor),
  clamp: (a: Tensor, lo: unknown, hi: unknown) => torch.clamp(a, lo as number | null, hi as number | null),
  clamp_: (a: Tensor, lo: unknown, hi: unknown) => torch.clamp_(a, lo as number | null, hi as number | null),
  clamp_tensor: (a: Tensor, lo: Tensor | null, hi: Tensor | null) => torch.clampTensor(a, lo, hi),
  bitwise_and: (a: Tensor, b: unknown) => torch.bitwise('and', a, b as Tensor),
  bitwise_or: (a: Tensor, b: unknown) => torch.bitwise('or', a, b as Tensor),
  bitwise_xor: (a: Tensor, b: unknown) => torch.bitwise('xor', a, b as Tensor),
  lshift: (a: Tensor, b: unknown) => torch.bitwise('lshift', a, b as Tensor),
  rshift: (a: Tensor, b: unknown) => torch.bitwise('rshift', a, b as Tensor),
  rbitwise_and: (a: Tensor, b: unknown) => torch.bitwise('and', b as Tensor, a),
  rbitwise_or: (a: Tensor, b: unknown) => torch.bitwise('or', b as Tensor, a),
  rbitwise_xor: (a: Tensor, b: unknown) => torch.bitwise('xor', b as Tensor, a),
  rlshift: (a: Tensor, b: unknown) => torch.bitwise('lshift', b as Tensor, a),
  rrshift: (a: Tensor, b: unknown) => torch.bitwise('rshift', b as Tensor, a),
  bitwise_not: (a: Tensor) => torch.bitwise_not(a),
  unfold: (x: Tensor, d: number, size: number, step: number) => torch.unfold(x, d, size, step),
  clamp_tensor_: (a: Tensor, lo: Tensor | null, hi: Tensor | null) => torch.clampTensor_(a, lo, hi),
  where: (c: Tensor, a: unknown, b: unknown) => torch.where(c, a as Tensor, b as Tensor),
  eq: (a: Tensor, b: unknown) => torch.eq(a, b as Tensor), ne: (a: Tensor, b: unknown) => torch.ne(a, b as Tensor),
  lt: (a: Tensor, b: unknown) => torch.lt(a, b as Tensor), le: (a: Tensor, b: unknown) => torch.le(a, b as Tensor),
  gt: (a: Tensor, b: unknown) => torch.gt(a, b as Tensor), ge: (a: Tensor, b: unknown) => torch.ge(a, b as Tensor),
  maximum: (a: Tensor, b: Tensor) => torch.maximum(a, b), minimum: (a: Tensor, b: Tensor) => torch.minimum(a, b),
  atan2: (a: Tensor, b: Tensor) => torch.atan2(a, b),
  addcmul: (s: Tensor, a: Tensor, b: Tensor, v: unknown) => torch.addcmul(s, a, b, v as number),
  addcdiv: (s: Tensor, a: Tensor, b: Tensor, v: unknown) => torch.addcdiv(s, a, b, v as number),
  tril: (x: Tensor, k: number) => torch.tril(x, k), triu: (x: Tensor, k: number) => torch.triu(x, k),
  trace: (x: Tensor) => torch.trace(x), diag: (x: Tensor, k: number) => torch.diag(x, k), flip: (x: Tensor, d: number[]) => torch.flip(x, d),
  roll: (x: Tensor, s: number[], d: number[] | null) => torch.roll(x, s, d),
  logical_and: (a: Tensor, b: Tensor) => torch.logicalAnd(a, b), logical_or: (a: Tensor, b: Tensor) => torch.logicalOr(a, b),
  logical_xor: (a: Tensor, b: Tensor) => torch.logicalXor(a, b), logical_not: (a: Tensor) => torch.logicalNot(a),
  // activations (activation.ts, pad.ts)
  leaky_relu: (a: Tensor, s: number, inplace: boolean) => torch.leaky_relu(a, s, inplace),
  gelu: (x: Tensor, approximate: string) => torch.gelu(x, approximate),
  elu: (x: Tensor, alpha: number, inplace: boolean) => torch.elu(x, alpha, inplace),
  silu: (x: Tensor, inplace: boolean) => torch.silu(x, inplace),
  softplus: (x: Tensor, beta: number, threshold: number) => torch.softplus(x, beta, threshold),
  hardtanh: (x: Tensor, lo: number, hi: number, inplace: boolean) => torch.hardtanh(x, lo, hi, inplace),
  logsigmoid: (x: Tensor) => torch.logsigmoid(x),
  selu: (x: Tensor, inplace: boolean) => torch.selu(x, inplace),
  celu: (x: Tensor, alpha: number, inplace: boolean) => torch.celu(x, alpha, inplace),
  hardswish: (x: Tensor, inplace: boolean) => torch.hardswish(x, inplace),
  hardsigmoid: (x: Tensor, inplace: boolean) => torch.hardsigmoid(x, inplace),
  mish: (x: Tensor, inplace: boolean) => torch.mish(x, inplace),
  hardshrink: (x: Tensor, l: number) => torch.hardshrink(x, l),
  softshrink: (x: Tensor, l: number) => torch.softshrink(x, l),
  threshold: (x: Tensor, th: number, v: number, inplace: boolean) => torch.threshold(x, th, v, inplace),
  constant_pad: (x: Tensor, pad: number[], value: number) => torch.constant_pad(x, pad, value),
  // losses (loss.ts); Tensor-Scalar arithmetic as C++ composites call it (MulBackward1, DivBackward1)
  mul_scalar: (x: Tensor, s: number) => torch.mulScalar(x, s),
  div_scalar: (x: Tensor, s: number) => torch.divScalar(x, s),
  nll_loss: (x: Tensor, t: Tensor, w: Tensor | null, r: torch.Reduction, ignore: number) => torch.nll_loss(x, t, w, r, ignore),
  mse_loss: (x: Tensor, t: Tensor, r: torch.Reduction) => torch.mse_loss(x, t, r),
  smooth_l1_loss: (x: Tensor, t: Tensor, r: torch.Reduction, beta: number) => torch.smooth_l1_loss(x, t, r, beta),
  huber_loss: (x: Tensor, t: Tensor, r: torch.Reduction, delta: number) => torch.huber_loss(x, t, r, delta),
  binary_cross_entropy: (x: Tensor, t: Tensor, w: Tensor | null, r: torch.Reduction) => torch.binary_cross_entropy(x, t, w, r),
  binary_cross_entropy_with_logits: (x: Tensor, t: Tensor, w: Tensor | null, pw: Tensor | null, r: torch.Reduction) =>
    torch.binary_cross_entropy_with_logits(x, t, w, pw, r),
  // selection and scans (gather.ts, scan.ts)
  gather: (x: Tensor, d: number, i: Tensor) => torch.gather(x, d, i),
  scatter: (x: Tensor, d: number, i: Tensor, src: unknown, inplace: boolean, reduce: string | null) => torch.scatter(x, d, i, src as Tensor, inplace, reduce),
  scatter_add: (x: Tensor, d: number, i: Tensor, src: Tensor, inplace: boolean) => torch.scatter_add(x, d, i, src, inplace),
  index_select: (x: Tensor, d: number, i: Tensor) => torch.index_select(x, d, i),
  index_add: (x: Tensor, d: number, i: Tensor, s: Tensor, alpha: number, inplace: boolean) => torch.index_add(x, d, i, s, alpha, inplace),
  index_reduce: (x: Tensor, d: number, i: Tensor, s: Tensor, reduce: string, includeSelf: boolean, inplace: boolean) =>
    torch.index_reduce(x, d, i, s, reduce, includeSelf, inplace),
  index_fill: (x: Tensor, d: number, i: Tensor, v: unknown, inplace: boolean) => torch.index_fill(x, d, i, v as Tensor, inplace),
  masked_fill: (x: Tensor, m: Tensor, v: unknown, inplace: boolean) => torch.masked_fill(x, m, v as Tensor, inplace),
  cumsum: (x: Tensor, d: number, dtype: unknown, inplace: boolean) => (inplace ? torch.cumsum_ : torch.cumsum)(x, d, dt(dtype)),
  cumprod: (x: Tensor, d: number, dtype: unknown, inplace: boolean) => (inplace ? torch.cumprod_ : torch.cumprod)(x, d, dt(dtype)),
  sort: (x: Tensor, d: number, desc: boolean, stable: boolean) => torch.sort(x, d, desc, stable),
  argsort: (x: Tensor, d: number, desc: boolean, stable: boolean) => torch.argsort(x, d, desc, stable),
  topk: (x: Tensor, k: number, d: number, largest: boolean, sorted: boolean) => torch.topk(x, k, d, largest, sorted),
  median_all: (x: Tensor, ignoreNan: boolean) => torch.median(x, null, false, ignoreNan),
  median_dim: (x: Tensor, d: number, keepdim: boolean, ignoreNan: boolean) => torch.median(x, d, keepdim, ignoreNan),
  kthvalue: (x: Tensor, k: number, d: number, keepdim: boolean) => torch.kthvalue(x, k, d, keepdim),
  mode: (x: Tensor, d: number, keepdim: boolean) => torch.mode(x, d, keepdim),
  lerp: (s: Tensor, e: Tensor, w: Tensor | number, inplace: boolean) => (inplace ? torch.lerp_ : torch.lerp)(s, e, w),
  temp_view_: (x: Tensor, op: 'squeeze_' | 'unsqueeze_' | 'transpose_', a: number, b: number) => torch.tempInplaceView(x, op, a, b),
  inplace_view_: (x: Tensor, op: 'unsqueeze_' | 'squeeze_' | 't_' | 'transpose_', a: unknown, b: unknown) =>
    torch.inplaceView(x, op, (a ?? null) as number | null, (b ?? null) as number | null),
  unique: (x: Tensor, sorted: boolean, inverse: boolean, counts: boolean, d: number | null) => torch.unique(x, sorted, inverse, counts, d),
  unique_consecutive: (x: Tensor, inverse: boolean, counts: boolean, d: number | null) => torch.unique_consecutive(x, inverse, counts, d),
  cummax: (x: Tensor, d: number) => torch.cummax(x, d),
  cummin: (x: Tensor, d: number) => torch.cummin(x, d),
  logcumsumexp: (x: Tensor, d: number) => torch.logcumsumexp(x, d),
  bincount: (x: Tensor, w: Tensor | null, minlength: number) => torch.bincount(x, w, minlength),
  histc: (x: Tensor, bins: number, min: number, max: number) => torch.histc(x, bins, min, max),
  histogram: (x: Tensor, bins: number | Tensor, range: number[] | null, w: Tensor | null, density: boolean) =>
    torch.histogram(x, bins, range ? [range[0], range[1]] : null, w, density),
  frexp: (x: Tensor) => torch.frexp(x),
  renorm: (x: Tensor, p: number, dim: number, maxnorm: number) => torch.renorm(x, p, dim, maxnorm),
  renorm_: (x: Tensor, p: number, dim: number, maxnorm: number) => torch.renorm_(x, p, dim, maxnorm),
  searchsorted: (s: Tensor, v: Tensor, int32: boolean, right: boolean, sorter: Tensor | null) => torch.searchsorted(s, v, int32, right, false, sorter ?? null),
  diagonal: (x: Tensor, offset: number, d1: number, d2: number) => torch.diagonal(x, offset, d1, d2),
  // reductions
  sum: (x: Tensor, d: unknown, k: boolean, dtype: unknown) => torch.sum(x, dims(d), k, dt(dtype)),
  nansum: (x: Tensor, d: unknown, k: boolean, dtype: unknown) => torch.nansum(x, dims(d), k, dt(dtype)),
  repeat: (x: Tensor, reps: number[]) => torch.repeat(x, reps),
  sum_to_size: (x: Tensor, shape: number[]) => torch.sumToSize(x, shape),
  rot90: (x: Tensor, k: number, dims: number[]) => torch.rot90(x, k, dims),
  masked_scatter: (x: Tensor, m: Tensor, s: Tensor) => torch.masked_scatter(x, m, s),
  masked_scatter_: (x: Tensor, m: Tensor, s: Tensor) => torch.masked_scatter_(x, m, s),
  masked_select: (x: Tensor, m: Tensor) => torch.masked_select(x, m),
  scatter_reduce: (x: Tensor, d: number, i: Tensor, s: Tensor, r: string, inc: boolean, inplace: boolean) =>
    (inplace ? torch.scatter_reduce_ : torch.scatter_reduce)(x, d, i, s, r, inc),
  select_scatter: (x: Tensor, s: Tensor, d: number, i: number) => torch.select_scatter(x, s, d, i),
  slice_scatter: (x: Tensor, s: Tensor, d: number, a: number | null, b: number | null, st: number) => torch.slice_scatter(x, s, d, a, b, st),
  diagonal_scatter: (x: Tensor, s: Tensor, o: number, d1: number, d2: number) => torch.diagonal_scatter(x, s, o, d1, d2),
  as_strided: (x: Tensor, size: number[], stride: number[], off: number | null) => torch.as_strided(x, size, stride, off),
  take: (x: Tensor, i: Tensor) => torch.take(x, i),
  index_put_tensors_: (x: Tensor, idx: Tensor[], v: Tensor, acc: boolean) => torch.index_put_tensors_(x, idx, v, acc),
  put_: (x: Tensor, i: Tensor, src: Tensor, acc: boolean) => torch.put_(x, i, src, acc),
  vdot: (a: Tensor, b: Tensor) => torch.vdot(a, b),
  diag_embed: (x: Tensor, o: number, d1: number, d2: number) => torch.diag_embed(x, o, d1, d2),
  index_copy: (x: Tensor, d: number, i: Tensor, s: Tensor) => torch.index_copy(x, d, i, s),
  index_copy_: (x: Tensor, d: number, i: Tensor, s: Tensor) => torch.index_copy_(x, d, i, s),
  compare_: (op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge', x: Tensor, o: unknown) => torch.compare_(op, x, o as Tensor),
  mean: (x: Tensor, d: unknown, k: boolean) => torch.mean(x, dims(d), k),
  prod: (x: Tensor, d: unknown, k: boolean) => torch.prod(x, nn(d) as number | undefined, k),
  max_all: (x: Tensor) => torch.max(x), min_all: (x: Tensor) => torch.min(x),
  max_dim: (x: Tensor, d: number, k: boolean) => torch.max(x, d, k), min_dim: (x: Tensor, d: number, k: boolean) => torch.min(x, d, k),
  argmax: (x: Tensor, d: unknown, k: boolean) => torch.argmax(x, nn(d) as number | undefined, k),
  argmin: (x: Tensor, d: unknown, k: boolean) => torch.argmin(x, nn(d) as number | undefined, k),
  var: (x: Tensor, d: unknown, u: boolean | number, k: boolean) => torch.var_(x, dims(d), u, k),
  std: (x: Tensor, d: unknown, u: boolean | number, k: boolean) => torch.std(x, dims(d), u, k),
  logsumexp: (x: Tensor, d: unknown, k: boolean) => torch.logsumexp(x, d as number, k),
  var_mean: (x: Tensor, d: unknown, u: boolean | number, k: boolean, std: boolean) => torch.var_mean(x, dims(d), u, k, std),
  aminmax: (x: Tensor, d: unknown, k: boolean) => torch.aminmax(x, nn(d) as number | null, k),
  // several views (unbind, split, chunk; unsafe: pieces that are not views)
  unbind: (x: Tensor, d: number) => torch.unbind(x, d),
  linalg_qr: (x: Tensor, mode: string) => torch.linalg_qr(x, mode),
  linalg_eigh: (x: Tensor, uplo: string, what: string) => torch.linalg_eigh(x, uplo, what),
  linalg_svd: (x: Tensor, full: boolean) => torch.linalg_svd(x, full),
  linalg_lu_factor_ex: (x: Tensor, pivot: boolean, check: boolean, what: string) => torch.linalg_lu_factor_ex(x, pivot, check, what),
  linalg_lu: (x: Tensor, pivot: boolean) => torch.linalg_lu(x, pivot),
  linalg_cholesky_ex: (x: Tensor, upper: boolean, check: boolean) => torch.linalg_cholesky_ex(x, upper, check),
  linalg_inv_ex: (x: Tensor, check: boolean) => torch.linalg_inv_ex(x, check),
  linalg_solve_ex: (a: Tensor, b: Tensor, left: boolean, check: boolean) => torch.linalg_solve_ex(a, b, left, check),
  lu_unpack: (lu: Tensor, p: Tensor, data: boolean, pivots: boolean) => torch.lu_unpack(lu, p, data, pivots),
  linalg_lu_solve: (lu: Tensor, p: Tensor, b: Tensor, left: boolean, adjoint: boolean) => torch.linalg_lu_solve(lu, p, b, left, adjoint),
  linalg_matrix_exp: (x: Tensor, what: string) => torch.linalg_matrix_exp(x, what),
  linalg_pinv: (x: Tensor, atol: number | null, rtol: number | null, h: boolean) => torch.linalg_pinv(x, atol, rtol, h),
  linalg_lstsq: (a: Tensor, b: Tensor, rcond: number | null, driver: string | null) => torch.linalg_lstsq(a, b, rcond, driver),
  split: (x: Tensor, s: number, d: number, unsafe: boolean) => torch.split(x, s, d, unsafe),
  split_with_sizes: (x: Tensor, s: number[], d: number, unsafe: boolean) => torch.split_with_sizes(x, s, d, unsafe),
  chunk: (x: Tensor, n: number, d: number, unsafe: boolean) => torch.chunk(x, n, d, unsafe),
  softmax: (x: Tensor, d: number, dtype: unknown) => torch.softmax(x, d, dt(dtype)),
  log_softmax: (x: Tensor, d: number, dtype: unknown) => torch.log_softmax(x, d, dt(dtype)),
  // shape and views
  view: (x: Tensor, s: number[]) => torch.view(x, s), reshape: (x: Tensor, s: number[]) => torch.reshape(x, s),
  flatten: (x: Tensor, a: number, b: number) => torch.flatten(x, a, b),
  squeeze: (x: Tensor, d: unknown) => torch.squeeze(x, nn(d) as number | undefined),
  unsqueeze: (x: Tensor, d: number) => torch.unsqueeze(x, d),
  t: (x: Tensor) => torch.t(x), T: (x: Tensor) => x.T, mT: (x: Tensor) => x.mT,
  transpose: (x: Tensor, a: number, b: number) => torch.transpose(x, a, b),
  permute: (x: Tensor, d: number[]) => torch.permute(x, d),
  expand: (x: Tensor, s: number[]) => torch.expand(x, s),
  select: (x: Tensor, d: number, i: number) => torch.select(x, d, i),
  narrow: (x: Tensor, d: number, s: number, n: number) => x.narrow(d, s, n),
  slice: (x: Tensor, d: number, a: unknown, b: unknown, s: number) => torch.slice(x, d, a as number | null, b as number | null, s),
  contiguous: (x: Tensor, mf?: unknown) => torch.contiguous(x, mf === null || mf === undefined ? 'contiguous' : mf as MemoryFormat),
  clone: (x: Tensor, mf: unknown) => torch.clone(x, mfmt(mf)),
  detach: (x: Tensor) => torch.detach(x), detach_: (x: Tensor) => x.detach_(), data: (x: Tensor) => x.data,
  to: (x: Tensor, d: string, copy: boolean, mf?: unknown) => torch.to(x, d as DType, copy, mfmt(mf)),
  cat: (xs: Tensor[], d: number) => torch.cat(xs, d), stack: (xs: Tensor[], d: number) => torch.stack(xs, d),
  rnn_transpose_output: (x: Tensor, a: number, b: number) => torch.rnnTransposeOutput(x, a, b),
  rnn_layer: (k: string, xw: Tensor, rev: boolean, h: Tensor, c: Tensor | null, whh: Tensor, bhh: Tensor | null, whr: Tensor | null) =>
    torch.rnnLayer(k as torch.RnnCellKind, xw, rev, h, c, whh, bhh, whr),
  rnn_packed_layer: (k: string, xw: Tensor, bs: number[], rev: boolean, h: Tensor, c: Tensor | null, whh: Tensor, bhh: Tensor | null, whr: Tensor | null) =>
    torch.rnnPackedLayer(k as torch.RnnCellKind, xw, bs, rev, h, c, whh, bhh, whr),
  pack_padded_sequence: (x: Tensor, lengths: number[], bf: boolean) => torch.packPaddedSequence(x, lengths, bf),
  rnn_cell: (k: string, x: Tensor, h: Tensor, c: Tensor | null, wih: Tensor, whh: Tensor, bih: Tensor | null, bhh: Tensor | null) =>
    torch.rnnCell(k as torch.RnnCellKind, x, h, c, wih, whh, bih, bhh),
  // linear algebra
  matmul: (a: Tensor, b: Tensor) => torch.matmul(a, b), linear: (x: Tensor, w: Tensor, b: Tensor | null) => torch.linear(x, w, b), mm: (a: Tensor, b: Tensor) => torch.mm(a, b),
  bmm: (a: Tensor, b: Tensor) => torch.bmm(a, b), dot: (a: Tensor, b: Tensor) => torch.dot(a, b),
  addmm: (s: Tensor, a: Tensor, b: Tensor) => torch.addmm(s, a, b),
  mv: (a: Tensor, b: Tensor) => torch.mv(a, b), outer: (a: Tensor, b: Tensor) => torch.outer(a, b),
  // torch.linalg (engine/ops/linalg_dense.ts; the Python side is torch/linalg/ and torch/_linalg_fns.py)
  linalg_vector_norm: (x: Tensor, ord: number, dims: number[] | null, k: boolean) => torch.linalg_vector_norm(x, ord, dims, k),
  norm_p: (x: Tensor, ord: number, dims: number[] | null, k: boolean, withDtype: boolean) => torch.norm_p(x, ord, dims, k, withDtype),
  dist: (a: Tensor, b: Tensor, p: number) => torch.dist(a, b, p), euclidean_dist: (a: Tensor, b: Tensor) => torch.euclidean_dist(a, b), cdist: (a: Tensor, b: Tensor, p: number) => torch.cdist(a, b, p),
  linalg_det: (x: Tensor, what: string) => torch.linalg_det(x, what), linalg_slogdet: (x: Tensor, what: string) => torch.linalg_slogdet(x, what),
  amax: (x: Tensor, d: number[], k: boolean, min: boolean) => torch.amax(x, d, k, min),
  addmv: (s: Tensor, m: Tensor, v: Tensor, beta: number, alpha: number) => torch.addmv(s, m, v, beta, alpha),
  addr: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.addr(s, a, b, beta, alpha),
  addmm_scaled: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.addmm_scaled(s, a, b, beta, alpha),
  addmm_: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.addmm_(s, a, b, beta, alpha),
  addcmul_: (s: Tensor, a: Tensor, b: Tensor, v: unknown) => torch.addcmul_(s, a, b, v as number),
  addcdiv_: (s: Tensor, a: Tensor, b: Tensor, v: unknown) => torch.addcdiv_(s, a, b, v as number),
  atan2_: (a: Tensor, b: Tensor) => torch.atan2_(a, b),
  tril_: (x: Tensor, k: number) => torch.tril_(x, k), triu_: (x: Tensor, k: number) => torch.triu_(x, k),
  addmv_: (s: Tensor, m: Tensor, v: Tensor, beta: number, alpha: number) => torch.addmv_(s, m, v, beta, alpha),
  addr_: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.addr_(s, a, b, beta, alpha),
  baddbmm_: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.baddbmm_(s, a, b, beta, alpha),
  addbmm_: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.addbmm_(s, a, b, beta, alpha),
  baddbmm: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.baddbmm(s, a, b, beta, alpha),
  addbmm: (s: Tensor, a: Tensor, b: Tensor, beta: number, alpha: number) => torch.addbmm(s, a, b, beta, alpha),
  unsafe_view: (x: Tensor, shape: number[]) => torch.unsafe_view(x, shape), block_diag: (xs: Tensor[]) => torch.block_diag(xs),
  linalg_cross: (a: Tensor, b: Tensor, d: number) => torch.linalg_cross(a, b, d), cross: (a: Tensor, b: Tensor, d: number | null) => torch.cross(a, b, d),
  logdet: (x: Tensor) => torch.logdet(x), linalg_inv: (x: Tensor, what: string) => torch.linalg_inv(x, what),
  linalg_solve: (a: Tensor, b: Tensor, left: boolean) => torch.linalg_solve(a, b, left),
  linalg_solve_triangular: (a: Tensor, b: Tensor, upper: boolean, left: boolean, unit: boolean) => torch.linalg_solve_triangular(a, b, upper, left, unit),
  triangular_solve: (b: Tensor, a: Tensor, upper: boolean, trans: boolean, unit: boolean) => torch.triangular_solve(b, a, upper, trans, unit),
  linalg_svdvals: (a: Tensor) => torch.linalg_svdvals(a), linalg_inv_unchecked: (a: Tensor) => torch.linalg_inv_unchecked(a),
  cholesky_solve: (b: Tensor, f: Tensor, upper: boolean) => torch.cholesky_solve(b, f, upper),
  cholesky_inverse: (f: Tensor, upper: boolean) => torch.cholesky_inverse(f, upper),
  linalg_cholesky: (x: Tensor, upper: boolean) => torch.linalg_cholesky(x, upper),
  cholesky: (x: Tensor, upper: boolean) => torch.cholesky(x, upper),
  // indexing
  getitem: (x: Tensor, spec: unknown[]) => torch.index(x, decodeIndex(spec)),
  nonzero: (x: Tensor) => torch.nonzero(x),
  setitem: (x: Tensor, spec: unknown[], v: unknown) => { torch.index_put_(x, decodeIndex(spec), v as Tensor); return null; },
  copy_: (x: Tensor, s: Tensor) => torch.copy_(x, s), fill_: (x: Tensor, v: unknown) => torch.fill_(x, v as number),
  zero_: (x: Tensor) => torch.zero_(x),
  // autograd
  backward: (xs: Tensor[], gs: (Tensor | null)[], retain: boolean | null, create: boolean, inputs: Tensor[] | null) => {
    torch.autograd.backward(xs, gs, { retain_graph: retain, create_graph: create, inputs: inputs ?? undefined });
    return null;
  },
  grad: (outs: Tensor[], ins: Tensor[], gos: (Tensor | null)[] | null, retain: boolean | null, create: boolean, allowUnused: boolean) =>
    torch.autograd.grad(outs, ins, { grad_outputs: gos, retain_graph: retain, create_graph: create, allow_unused: allowUnused }),
  requires_grad_: (x: Tensor, f: boolean) => x.requires_grad_(f),
  retain_grad: (x: Tensor) => { x.retain_grad(); return null; },
  set_grad: (x: Tensor, g: Tensor | null) => { x.setGrad(g); return null; },
  set_data: (x: Tensor, src: Tensor) => { x._setData(src); return null; },
  get_default_dtype: () => DEFAULT_FLOAT,
  set_default_dtype: (d: DType) => { setDefaultFloat(d); return null; },
  set_printoptions: (precision: unknown, threshold: unknown, edgeitems: unknown, linewidth: unknown, profile: unknown, sci: unknown) => {
    torch.setPrintOptions({ precision: precision as number | null, threshold: threshold as number | null, edgeitems: edgeitems as number | null,
      linewidth: linewidth as number | null, profile: profile as 'default' | null, sci_mode: sci as boolean | null });
    return null;
  },
  register_hook: (x: Tensor, fn: PyCallable) => registerHook(x, keep(fn)),
  // neural-network layers (torch/_F_nn.py normalises the arguments: lists of ints per spatial dim)
  convolution: (x: Tensor, w: Tensor, b: Tensor | null, s: number[], p: number[] | 'same' | 'valid', d: number[], g: number, dims: 1 | 2 | 3) =>
    torch.convolution(x, w, b, s, p, d, g, dims),
  max_pool2d_with_indices: (x: Tensor, k: number[], s: number[], p: number[], d: number[], ceil: boolean, allowEmpty: boolean) =>
    torch.max_pool2d_with_indices(x, k, s, p, d, ceil, allowEmpty),
  avg_pool2d: (x: Tensor, k: number[], s: number[], p: number[], ceil: boolean, countPad: boolean, divisor: number | null) =>
    torch.avg_pool2d(x, k, s, p, ceil, countPad, divisor),
  adaptive_avg_pool2d: (x: Tensor, size: (number | null)[]) => torch.adaptive_avg_pool2d(x, size),
  layer_norm: (x: Tensor, shape: number[], w: Tensor | null, b: Tensor | null, eps: number) => torch.layer_norm(x, shape, w, b, eps),
  batch_norm: (x: Tensor, rm: Tensor | null, rv: Tensor | null, w: Tensor | null, b: Tensor | null, training: boolean, momentum: number, eps: number) =>
    torch.batch_norm(x, rm, rv, w, b, training, momentum, eps),
  embedding: (idx: Tensor, w: Tensor, paddingIdx: number | null, byFreq: boolean) => torch.embedding(idx, w, paddingIdx, byFreq),
  // the optimizers' fused float32 update (optim/_pointwise.py); false when it does not apply
  fma32_: (x: Tensor, p: Tensor, q: Tensor | number) => torch.fma32_(x, p, q),
  fma64_: (x: Tensor, p: Tensor, q: Tensor | number) => torch.fma64_(x, p, q),
  adam_update_: (p: Tensor, g: Tensor, m: Tensor, v: Tensor, b1: number, a1: number, b2: number, a2: number, c2: number, eps: number, ss: number) =>
    torch.adamUpdate_(p, g, m, v, b1, a1, b2, a2, c2, eps, ss),
  sgd_momentum_update_: (p: Tensor, d: Tensor, b: Tensor, mom: number, a: number, lr: number) => torch.sgdMomentumUpdate_(p, d, b, mom, a, lr),
};

Object.assign(OPS, MATH_OPS);   // the math functions (bridge_math.ts)
Object.assign(OPS, NN_OPS);   // nn activations and losses (bridge_nn.ts)
Object.assign(OPS, SPATIAL_OPS);   // the spatial layers (bridge_spatial.ts)

for (const name of ['neg', 'exp', 'log', 'sqrt', 'abs', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'relu', 'sign', 'reciprocal',
  'rsqrt', 'log1p', 'expm1', 'log2', 'log10', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'floor', 'ceil', 'round', 'trunc',
  'square', 'erf', 'erfc'] as const) {
  OPS[name] = (x: Tensor) => torch[name](x);
  OPS[`${name}_`] = (x: Tensor) => torch.unaryInplace(`${name}_`, x);
}

function bernoulli(x: Tensor, p: number, g: Generator | null): Tensor {
  const gen = g ?? torch.defaultGenerator;
  if (x.dtype === 'float16') throw new TorchError('RuntimeError', `"bernoulli_scalar_cpu_" not implemented for 'Half'`);
  return torch.fillRandom(x, 'BernoulliBackward2', () => {
    const dt = x.dtype === 'float32' ? 2 : x.dtype === 'float64' ? 3 : x.dtype === 'bool' || x.dtype === 'uint8' ? 0 : -1;
    if (dt < 0) return gen.bernoulli(x.numel(), p, x.dtype === 'float64' ? 'float64' : 'float32');
    gen.checkBernoulli(p);
    return (ptr: number) => gen.bernoulliInto(ptr, dt as 0 | 2 | 3, x.numel(), p);
  });
}

function bernoulliTensor(probs: Tensor, g: Generator | null): Tensor {
  const gen = g ?? torch.defaultGenerator;
  if (probs.dtype === 'float16') throw new TorchError('RuntimeError', `"bernoulli_tensor_cpu_self_" not implemented for 'Half'`);
  if (!isFloating(probs.dtype)) throw new TorchError('RuntimeError', `"bernoulli_tensor_cpu_p_" not implemented for '${scalarName(probs.dtype)}'`);
  // bfloat16 probabilities draw as float32 ones (bernoulli_distribution<float>)
  const values = gen.bernoulli_tensor(probs.toArray(), probs.dtype === 'float64' ? 'float64' : 'float32');
  const outT = torch.zeros(probs.shape, { dtype: probs.dtype });
  return torch.fillRandom(outT, 'BernoulliBackward1', () => values);
}

/** Python index items, as the facade encodes them: n None, s '...', [a b c] a slice, t a tensor, i an int. */
function decodeIndex(spec: unknown[]): torch.IndexItem[] {
  return spec.map((it) => {
    if (Array.isArray(it)) return { start: it[0] as number | null, stop: it[1] as number | null, step: it[2] as number | null };
    return it as torch.IndexItem;
  });
}

// --- callbacks into Python -----------------------------------------------------------------------------------------
/**
 * Calls a Python callback with an engine tensor the engine may still own as a temporary: the handle's reference
 * is balanced by an extra one dropped with `disown` afterwards, so the Python object dying inside the callback
 * cannot destroy a tensor the engine is about to use.
 */
function withLent<R>(t: Tensor, fn: (h: number) => R): R {
  t.retain();
  try {
    return fn(tensors.handleOf(t));
  } finally {
    t.disown();
  }
}

function registerHook(x: Tensor, fn: PyCallable): number {
  const result = (r: unknown): Tensor | undefined => (r === null || r === undefined ? undefined : T(r as number));
  // g is null for an output of a several-output node that got no gradient: the Python hook sees None.
  const handle = x.register_hook((g) => (g === null ? result(fn(undefined)) : withLent(g, (h) => result(fn(h)))));
  const id = hookHandles.length;
  hookHandles.push({ remove: () => { handle.remove(); fn.destroy?.(); } });
  return id;
}
const hookHandles: ({ remove(): void } | null)[] = [];

// --- torch.autograd.Function ---------------------------------------------------------------------------------------
/**
 * Records a custom Function's node: `inputs` (null for non-tensor arguments), one entry per output of forward
 * (null for non-tensor outputs and outputs that get no grad_fn: marked non-differentiable or not floating point; the
 * others get the node as grad_fn with their position as output_nr), `metas` (shape and dtype per output, null for
 * non-tensors), the tensors saved with ctx.save_for_backward, and the Python backward: (list of gradient handles,
 * undefined where an output got none) -> list of handles or None per input.
 */
function recordCustom(name: string, inputs: (Tensor | null)[], outputs: (Tensor | null)[], metas: InputMeta[], saved: Tensor[],
  backwardFn: PyCallable): number | undefined {
  const diffInputs = inputs.filter((t): t is Tensor => t !== null);
  if (!isGradEnabled() || !diffInputs.some((t) => t.requires_grad)) { backwardFn.destroy?.(); return undefined; }
  const savedMap = new Map<string, SavedVariable>();
  saved.forEach((t, i) => {
    const nr = outputs.indexOf(t);
    savedMap.set(String(i), new SavedVariable(t, nr >= 0, Math.max(nr, 0)));
  });
  // The node's inputs are the tensor arguments only (next_functions has no entries for the others).
  const tensorArgs = inputs.flatMap((t, i) => (t ? [{ t, i }] : []));
  const edges = tensorArgs.map(({ t }) => (t.requires_grad ? gradientEdge(t) : { node: null, nr: 0 }));
  const inputMetas = tensorArgs.map(({ t }) => ({ shape: t.shape, dtype: t.dtype }));
  const node = new CustomNode(name, edges, inputMetas, (_g: Tensor, ctx: BackwardContext) => {
    // Lend every gradient a handle for the call (the engine still owns them).
    const lent = ctx.grads.map((g) => (g ? g.retain() : null));
    try {
      const r = backwardFn(lent.map((g) => (g ? tensors.handleOf(g) : undefined)), ctx.needsGrad) as { toJs?: () => unknown; destroy?: () => void } | null;
      const list = (r && typeof r === 'object' && r.toJs ? r.toJs() : r) as (number | null)[];
      r?.destroy?.();
      return tensorArgs.map(({ i }) => (list[i] === null || list[i] === undefined ? null : T(list[i] as number)));
    } finally {
      for (const g of lent) g?.disown();
    }
  }, savedMap, backwardFn);
  node.outputs = metas;
  outputs.forEach((t, nr) => {
    if (!t) return;
    if (t._base !== null) t._viewCreation = 'custom';   // a view returned by forward (or an input returned as is)
    const old = t._gradFn;
    t._gradFn = node.retain();
    t._outputNr = nr;
    old?.release();
  });
  return nodes.handleOf(node);
}

class CustomNode extends Node {
  constructor(name: string, edges: ReturnType<typeof gradientEdge>[], metas: { shape: readonly number[]; dtype: DType }[],
    fn: (g: Tensor, ctx: BackwardContext) => (Tensor | null)[], saved: Map<string, SavedVariable>, private readonly py: PyCallable) {
    super(name, edges, metas, fn, saved);
  }
  protected override onDestroy(): void { this.py.destroy?.(); }
}

function savedTensors(n: Node): Tensor[] {
  const res: Tensor[] = [];
  for (const [, v] of n.saved) res.push(v.unpack(n));
  return res;
}

// --- warnings ------------------------------------------------------------------------------------------------------
let pyWarn: PyCallable | null = null;
torch.setWarningHandler((category, message) => {
  if (pyWarn) pyWarn(category, message);
  else process.emitWarning(message, category);
});

// --- the module ----------------------------------------------------------------------------------------------------
/** Runs at every engine call: the worker posts the cell's waiting output there (stream-output.ts). */
let callHook: (() => void) | null = null;
export function setCallHook(hook: (() => void) | null): void { callHook = hook; }

function dispatch(name: string, sig: string, site: number, ...args: unknown[]): unknown {
  if (callHook !== null) callHook();
  const fn = OPS[name];
  inspection.site = site;
  if (!fn) throw new Error(`tnb internal error: no engine op ${name}`);
  // Temporaries the op makes (wrapped Python numbers, intermediates) are freed at once; the result survives
  // because its handle owns it.
  return tidy(() => out(fn(...decode(sig, args, KIND_OPS.has(name)))));
}

export const engineModule = {
  call: dispatch,
  release: (h: number) => tensors.release(h),
  release_node: (h: number) => nodes.release(h),
  shape: (h: number) => [...T(h).shape],
  dtype: (h: number) => T(h).dtype,
  ndim: (h: number) => T(h).ndim,
  numel: (h: number) => T(h).numel(),
  requires_grad: (h: number) => T(h).requires_grad,
  is_leaf: (h: number) => T(h).is_leaf,
  retains_grad: (h: number) => T(h).retains_grad,
  version: (h: number) => {
    const v = T(h).version;
    if (v.inference) throw new TorchError('RuntimeError', 'Inference tensors do not track version counter.');
    return v.value;
  },
  is_inference: (h: number) => T(h).version.inference,
  strides: (h: number) => [...T(h).strides],
  storage_offset: (h: number) => T(h).offset,
  is_contiguous: (h: number, mf?: unknown) => (mf === null || mf === undefined ? T(h).is_contiguous() : isContiguousIn(T(h).shape, T(h).strides, mf as MemoryFormat)),
  suggest_memory_format: (h: number) => suggestMemoryFormat(T(h).shape, T(h).strides),
  data_ptr: (h: number) => T(h).storage.ptr + T(h).offset * T(h).itemsize,
  grad: (h: number) => out(T(h).grad),
  grad_fn: (h: number) => out(T(h).grad_fn),
  base: (h: number) => out(T(h)._base),
  output_nr: (h: number) => { const t = T(h); return t.grad_fn ? t._outputNr : 0; },
  item: (h: number) => { const t = T(h); const exact = t.int64Exact(); return exact ? exact[0] : t.item(); },
  // Float values cross as a Float64Array (Python reads it as a memoryview): a JS number with an integral value,
  // -0 included, reaches Python as an int, which would lose the sign of -0.0.
  values: (h: number) => {
    const t = T(h);
    if (isFloating(t.dtype)) return Float64Array.from(t.toArray() as ArrayLike<number>);
    const exact = t.int64Exact();   // (int64 beyond 2**53: exact BigInts, which reach Python as ints)
    return exact ? Array.from(exact) : Array.from(t.toArray());
  },
  item_is_negative_zero: (h: number) => Object.is(T(h).item(), -0),
  repr: (h: number) => T(h).repr(),
  // nodes
  node_name: (n: number) => nodes.get(n).name(),
  node_next: (n: number) => nodes.get(n).next.map((e) => [e.node ? nodes.handleOf(e.node) : undefined, e.nr]),
  node_variable: (n: number) => {
    const node = nodes.get(n);
    return node instanceof AccumulateGrad ? tensors.handleOf(node.variable) : undefined;
  },
  node_saved: (n: number) => out(savedTensors(nodes.get(n))),
  node_saved_names: (n: number) => [...nodes.get(n).saved.keys()],
  // (null becomes undefined, which reaches Python as None)
  node_saved_values: (n: number) => Object.fromEntries(Object.entries(nodes.get(n).savedValues).map(([k, v]) => [k, v ?? undefined])),
  node_register_hook: (n: number, fn: PyCallable) => {
    const node = nodes.get(n);
    const hook = (gi: (Tensor | null)[], go: (Tensor | null)[]) => {
      const r = fn(out(gi), out(go)) as unknown;   // null/undefined, or the handles of new grad_inputs
      if (r === null || r === undefined) return undefined;
      return toArr(r as unknown[]).map((h) => (h === null || h === undefined ? null : T(h as number)));
    };
    node.postHooks.push(hook);
    const id = hookHandles.length;
    hookHandles.push({ remove: () => { const i = node.postHooks.indexOf(hook); if (i >= 0) node.postHooks.splice(i, 1); fn.destroy?.(); } });
    return id;
  },
  node_register_prehook: (n: number, fn: PyCallable) => {
    const node = nodes.get(n);
    const hook = {
      nr: -1, fn: () => undefined,
      all: (grads: (Tensor | null)[]) => {
        const r = fn(out(grads)) as unknown;   // null/undefined, or the handles of new grad_outputs
        if (r === null || r === undefined) return undefined;
        return toArr(r as unknown[]).map((h) => (h === null || h === undefined ? null : T(h as number)));
      },
    };
    node.preHooks.push(hook);
    const id = hookHandles.length;
    hookHandles.push({ remove: () => { const i = node.preHooks.indexOf(hook); if (i >= 0) node.preHooks.splice(i, 1); fn.destroy?.(); } });
    return id;
  },
  remove_hook: (id: number) => { hookHandles[id]?.remove(); hookHandles[id] = null; },
  record_custom: (name: string, inputs: (number | null)[], outputs: (number | null)[], metas: ([number[], DType] | null)[], saved: number[], fn: PyCallable) =>
    recordCustom(name, toArr(inputs).map((h) => (h === null || h === undefined ? null : T(h))),
      toArr(outputs).map((h) => (h === null || h === undefined ? null : T(h))),
      toArr(metas).map((m) => {
        if (!m) return { shape: [], dtype: 'float32' as DType };   // a non-tensor output (never gets a gradient)
        const [shape, dtype] = toArr(m as unknown as unknown[]) as [number[] | { toJs(): number[] }, DType];
        return { shape: toArr(shape), dtype };
      }),
      toArr(saved).map(T), keep(fn)),
  // grad mode
  is_grad_enabled: () => torch.is_grad_enabled(),
  set_grad_enabled: (f: boolean) => { torch.set_grad_enabled_global(f); },
  enter_inference_mode: (mode: boolean) => enterInferenceMode(mode),
  exit_inference_mode: (prev: unknown) => { exitInferenceMode(toArr(prev as unknown[]) as [boolean, boolean]); },
  is_inference_mode_enabled: () => isInferenceMode(),
  set_anomaly_enabled: (f: boolean) => { setAnomalyEnabled(f); },
  is_anomaly_enabled: () => isAnomalyEnabled(),
  set_anomaly_trace_provider: (fn: PyCallable) => { const f = keep(fn); anomalyMode.traceProvider = () => String(f()); },
  // creation sites of nodes (the graph view groups by them) and gradients kept on nodes for inspection
  set_site_resolver: (resolve: PyCallable) => {
    const r = keep(resolve);
    sites.clear();
    siteResolver = (site) => {
      let info = sites.get(site);
      if (info === undefined) {
        const v = r(site) as [string, number, string] | { toJs(): [string, number, string]; destroy?(): void } | null | undefined;
        const a = v == null ? null : Array.isArray(v) ? v : v.toJs();
        if (v && !Array.isArray(v)) v.destroy?.();
        info = a ? { file: String(a[0]), line: Number(a[1]), code: String(a[2]) } : null;
        sites.set(site, info);
      }
      return info;
    };
  },
  set_record_grads: (flag: boolean, maxNumel: number) => { inspection.recordGrads = flag; inspection.maxNumel = maxNumel; },
  // torch.save / torch.load: a tensor's whole storage as little-endian bytes (its views share it), and a flat
  // tensor made from such bytes
  storage_key: (h: number) => T(h).storage.ptr,
  storage_bytes: (h: number) => { const st = T(h).storage; return mem().u8.slice(st.ptr, st.ptr + st.nbytes); },
  tensor_from_bytes: (bytes: Uint8Array | { toJs(): Uint8Array }, dtype: DType, numel: number) => {
    const b = bytes instanceof Uint8Array ? bytes : bytes.toJs();
    const t = torch.zeros([numel], { dtype });
    if (b.length !== t.storage.nbytes || t.offset !== 0) throw new RangeError(`storage has ${b.length} bytes, expected ${t.storage.nbytes}`);
    mem().u8.set(b, t.storage.ptr);
    return out(t);
  },
  // random generators
  new_generator: () => { generators.push(new Generator()); return generators.length - 1; },
  generator_manual_seed: (g: number, seed: string) => { (generators[g] as Generator).manual_seed(BigInt(seed)); },
  generator_initial_seed: (g: number) => String((generators[g] as Generator).initial_seed()),
  generator_get_state: (g: number) => Array.from((generators[g] as Generator).get_state()),
  generator_set_state: (g: number, s: number[]) => { (generators[g] as Generator).set_state(Uint8Array.from(toArr(s))); },
  release_generator: (g: number) => { if (g > 0) generators[g] = undefined; },
  // warnings and payloads
  set_warning_handler: (fn: PyCallable) => { pyWarn = keep(fn); },
  memory_stats: () => ({ ...torch.memory_stats(), tensorHandles: tensors.live, nodeHandles: nodes.live }),
  kernel_build: () => torch.kernelBuild(),
  get_num_threads: () => numThreads(),
  set_num_threads: (n: number) => { setThreadLimit(n); },
};

function toArr<V>(v: V[] | { toJs(): V[] }): V[] {
  return Array.isArray(v) ? v : v.toJs();
}

/** A Python callable kept beyond the call that passed it (Pyodide destroys borrowed proxies after the call). */
function keep(fn: PyCallable): PyCallable { return fn.copy ? fn.copy() : fn; }

// --- host-side helpers for the worker (payloads, inspection) ----------------------------------------------------------
export function tensorByHandle(h: number): Tensor { return T(h); }
export function nodeByHandle(h: number): Node { return nodes.get(h); }

const sites = new Map<number, SourceSite | null>();
let siteResolver: ((site: number) => SourceSite | null) | undefined;
export function siteOf(site: number): SourceSite | null { return siteResolver ? siteResolver(site) : null; }

// Displayed tensors and graphs are held by the kernel (not only by Python) so the renderer can ask for more later.
// The last DISPLAY_KEEP of each are kept; older ones are let go.
const displayed = new Map<number, Tensor>();
const displayedGraphs = new Map<number, Node>();
let nextDisplayId = 1;

function hold<V>(map: Map<number, V>, value: V, release: (v: V) => void): number {
  const id = nextDisplayId++;
  map.set(id, value);
  while (map.size > DISPLAY_KEEP) {
    const [oldest, old] = map.entries().next().value as [number, V];
    map.delete(oldest);
    release(old);
  }
  return id;
}

export function tensorPayloadOf(h: number, name: string | null, leafName: (t: Tensor) => string | null, kernel: string | null = null,
  pin = false, withGrad = true): TensorPayload {
  const t = T(h);
  const id = pin ? hold(displayed, t.retain(), (old) => old.release()) : null;
  const fn = t.grad_fn;
  const graphHandle = pin && fn ? hold(displayedGraphs, fn.retain(), (old) => old.release()) : null;
  const p = tensorPayload(t, { text: t.repr(), name, handle: id, kernel: pin ? kernel : null, leafName, site: siteOf, graphHandle });
  if (!withGrad) p.grad = null;
  return p;
}

/** The payload of a displayed tensor with another sample size, or null if it is no longer held. */
export function displayedPayload(id: number, sampleLimit: number, kernel: string, leafName: (t: Tensor) => string | null): TensorPayload | null {
  const t = displayed.get(id);
  if (!t || t.isDestroyed) return null;
  return tensorPayload(t, { text: t.repr(), name: null, handle: id, kernel, leafName, site: siteOf,
    sampleLimit: Math.max(1, Math.min(sampleLimit, 1 << 22)) });
}

/** A displayed grad_fn graph (pinned so its nodes can be inspected later when `kernel` is given). */
export function graphPayloadOf(n: number, leafName: (t: Tensor) => string | null, kernel: string | null = null): GraphPayload {
  const node = nodes.get(n);
  const handle = kernel ? hold(displayedGraphs, node.retain(), (old) => old.release()) : null;
  return graphPayload(node, { leafName, site: siteOf, handle, kernel });
}

/** Node `index` (a GraphNode id) of a displayed graph: saved tensors, last gradient, leaf; null if not held. */
export function displayedNode(handle: number, index: number, sampleLimit: number, leafName: (t: Tensor) => string | null): NodeDetails | null {
  const root = displayedGraphs.get(handle);
  if (!root || !Number.isInteger(index) || index < 0) return null;
  const node = reachable(root).nodes[index];
  if (!node) return null;
  return nodeDetails(node, { leafName, site: siteOf, sampleLimit: Math.max(1, Math.min(sampleLimit, 1 << 16)), recordLimit: inspection.maxNumel });
}

/** A named tensor's row in the Tensors view. */
export function variableInfo(name: string, h: number): VariableInfo {
  const t = T(h);
  const g = t._grad;
  let gradNorm: number | null = null;
  if (g && !g.isDestroyed) {
    let sq = 0;
    for (const v of g.toArray()) sq += v * v;
    gradNorm = Math.sqrt(sq);
  }
  return { name, shape: [...t.shape], dtype: dtypeName(t), requires_grad: t.requires_grad, is_leaf: t.is_leaf,
    grad_fn: t.grad_fn?.name() ?? null, gradNorm };
}
