// Tensor = storage + offset + shape + strides + dtype + autograd metadata. Math methods are attached in
// methods.ts (so this file has no dependency on the op modules).
//
// Lifetime: tensors are reference counted by their owners (Python handles, `.grad` slots, saved variables,
// graph nodes). A new tensor starts with 0 owners; `free()` destroys an unowned temporary; `release()` drops one
// owner. A FinalizationRegistry frees the storage of a tensor that became unreachable without being destroyed.
import { bf16BitsToF32, DType, f16BitsToF32, f32ToBf16Bits, f32ToF16Bits, isFloating, itemSize } from './dtype';
import { TorchError, warn } from './errors';
import { contiguousStrides, isContiguous, numel, Shape } from './shape';
import { Storage, VersionCounter } from './storage';
import { mem } from './wasm';
import type { Node } from './autograd/node';
import { isInferenceMode } from './autograd/grad_mode';

const finalizer = new FinalizationRegistry<Storage>((storage) => storage.release());

// tidy() scopes: tensors created inside a scope that nobody owns when it ends are destroyed (like tfjs's tidy).
const scopes: Tensor[][] = [];

function collectTensors(v: unknown, into: Set<Tensor>, depth = 0): Set<Tensor> {
  if (v instanceof Tensor) into.add(v);
  else if (depth < 3 && Array.isArray(v)) for (const x of v) collectTensors(x, into, depth + 1);
  else if (depth < 3 && v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    for (const x of Object.values(v)) collectTensors(x, into, depth + 1);
  }
  return into;
}

/**
 * Runs fn; every tensor created meanwhile that is not part of the result and has no owner is destroyed at the end.
 * Engine temporaries are released this way; the Python facade wraps each engine call in it.
 */
export function tidy<T>(fn: () => T): T {
  scopes.push([]);
  let result: T | undefined;
  let ok = false;
  try {
    result = fn();
    ok = true;
    return result;
  } finally {
    const created = scopes.pop() as Tensor[];
    const keep = ok ? collectTensors(result, new Set()) : new Set<Tensor>();
    for (const t of created) if (!keep.has(t)) t.free();
    const outer = scopes[scopes.length - 1];
    // Survivors get their finalizer now (the kept ones when the outer scope ends, if there is one).
    for (const t of created) {
      if (outer && keep.has(t)) outer.push(t);
      else t._watch();
    }
  }
}

/** A gradient hook (`register_hook`); on a non-leaf output of a node with several outputs it may get null. */
export type TensorHook = (grad: Tensor | null) => Tensor | void | null | undefined;

export class Tensor {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  /** Autograd: set for non-leaf tensors (and leaves after an in-place op becomes a non-leaf). */
  _gradFn: Node | null = null;
  _outputNr = 0;
  _requiresGrad = false;
  _grad: Tensor | null = null;
  _retainsGrad = false;
  /** Hooks of a leaf (its gradient is always defined when they run). */
  _hooks: ((grad: Tensor) => Tensor | void | null | undefined)[] = [];
  /** Cached AccumulateGrad node of a leaf (not owned: the node owns the leaf, as in PyTorch). */
  _gradAccumulator: Node | null = null;
  /** The tensor this is a view of (the root base), or null. */
  _base: Tensor | null = null;
  /** The version at which this view's grad_fn was last made; when the base changes in place it is remade. */
  _viewVersion = -1;
  /**
   * How a view was made (PyTorch's CreationMeta): 'no_grad' under no_grad, 'multi' as one of several views one
   * function returns (unbind, split), 'custom' as an output of a custom autograd.Function. Such views may not be
   * modified in place while grad mode is on, nor used after their base was.
   */
  _viewCreation: 'default' | 'no_grad' | 'multi' | 'custom' = 'default';
  /** A Python scalar wrapped as a 0-d tensor (takes part in type promotion as a "wrapped number"). */
  _wrappedNumber = false;
  /** Name given by the user or the Python facade (for graph labels). */
  name: string | null = null;
  private refs = 0;
  private destroyed = false;
  /** Registered with the finalizer (done lazily: most tensors die in the tidy scope that made them). */
  private watched = false;

  constructor(
    readonly storage: Storage,
    readonly offset: number,
    shape: Shape,
    strides: Shape,
    readonly dtype: DType,
    readonly version: VersionCounter = new VersionCounter(),
  ) {
    // Own copies, readonly by type only: V8 runs spreads, map and every() over a frozen array on slow paths, which
    // made a small op 35-40% slower when these were Object.freeze'd.
    this.shape = shape.slice();
    this.strides = strides.slice();
    storage.retain();
    // Inside a tidy scope the finalizer registration waits for the scope's end (register + unregister cost about
    // half a microsecond, several times per op); the scope's list keeps the tensor reachable meanwhile.
    const scope = scopes[scopes.length - 1];
    if (scope) scope.push(this); else this._watch();
  }

  /** A new contiguous tensor with uninitialised values. */
  static empty(shape: Shape, dtype: DType): Tensor {
    return new Tensor(new Storage(numel(shape), dtype), 0, shape, contiguousStrides(shape), dtype);
  }
  /** A new tensor laid out with `strides`, a dense order of its dims (null: row-major), as at::empty_strided. */
  static emptyStrided(shape: Shape, strides: Shape | null, dtype: DType): Tensor {
    return new Tensor(new Storage(numel(shape), dtype), 0, shape, strides ?? contiguousStrides(shape), dtype);
  }

  // --- lifetime -------------------------------------------------------------------------------------------------
  retain(): this { this.assertAlive(); this.refs++; return this; }
  release(): void { if (--this.refs <= 0) this.destroy(); }
  /** Destroys the tensor if nobody owns it (for temporaries). */
  free(): void { if (this.refs <= 0) this.destroy(); }
  /** Drops one owner without destroying (hands a tensor to a caller who will own it). */
  disown(): this { this.refs = Math.max(0, this.refs - 1); return this; }
  get ownerCount(): number { return this.refs; }
  get isDestroyed(): boolean { return this.destroyed; }
  assertAlive(): void {
    if (this.destroyed) throw new Error('tnb internal error: tensor used after it was released');
  }
  /** Registers the FinalizationRegistry safety net (frees the storage if the tensor becomes unreachable alive). */
  _watch(): void {
    if (this.watched || this.destroyed) return;
    this.watched = true;
    finalizer.register(this, this.storage, this);
  }
  private destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.watched) finalizer.unregister(this);
    this.storage.release();
    const grad = this._grad, fn = this._gradFn, base = this._base;
    this._grad = null; this._gradFn = null; this._base = null;
    grad?.release();
    fn?.release();
    base?.release();
  }

  /**
   * `x.data = src`: x takes src's storage, geometry and dtype and keeps its autograd identity (grad, requires_grad,
   * hooks, version counter), like PyTorch's set_data.
   */
  _setData(src: Tensor): void {
    this.assertAlive();
    src.assertAlive();
    const self = this as unknown as { storage: Storage; offset: number; shape: readonly number[]; strides: readonly number[]; dtype: DType };
    const old = this.storage;
    src.storage.retain();
    if (this.watched) finalizer.unregister(this);
    self.storage = src.storage;
    self.offset = src.offset;
    self.shape = src.shape;
    self.strides = src.strides;
    self.dtype = src.dtype;
    if (this.watched) finalizer.register(this, src.storage, this);
    old.release();
  }

  // --- metadata ---------------------------------------------------------------------------------------------------
  get ndim(): number { return this.shape.length; }
  dim(): number { return this.shape.length; }
  numel(): number { return numel(this.shape); }
  get itemsize(): number { return itemSize(this.dtype); }
  is_contiguous(): boolean { return isContiguous(this.shape, this.strides); }
  size(dim?: number): number | readonly number[] {
    if (dim === undefined) return this.shape;
    const n = this.ndim;
    if (dim < -Math.max(n, 1) || dim >= Math.max(n, 1)) {
      throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [${-Math.max(n, 1)}, ${Math.max(n, 1) - 1}], but got ${dim})`);
    }
    return this.shape[dim < 0 ? dim + n : dim];
  }
  stride(): readonly number[] { return this.strides; }
  storage_offset(): number { return this.offset; }
  get _version(): number { return this.version.value; }
  get device(): string { return 'cpu'; }

  // --- autograd metadata ------------------------------------------------------------------------------------------
  get grad_fn(): Node | null { refreshViewHistory(this); return this._gradFn; }
  get is_leaf(): boolean { return this._gradFn === null; }
  /** A view requires grad when its base does, even one made under no_grad (which has no grad_fn), as in PyTorch. */
  get requires_grad(): boolean { return this._requiresGrad || this._gradFn !== null || (this._base !== null && this._base.requires_grad); }
  set requires_grad(flag: boolean) { this.requires_grad_(flag); }
  requires_grad_(flag = true): this {
    if (this._gradFn !== null) {
      if (flag) return this;
      throw new TorchError('RuntimeError', "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
    }
    if (flag && !isFloating(this.dtype)) {
      throw new TorchError('RuntimeError', 'only Tensors of floating point dtype can require gradients');
    }
    if (flag && this.version.inference && !isInferenceMode()) {
      throw new TorchError('RuntimeError', 'Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.');
    }
    this._requiresGrad = flag;
    return this;
  }
  get retains_grad(): boolean { return this._retainsGrad && !this.is_leaf; }

  get grad(): Tensor | null {
    if (!this.is_leaf && !this._retainsGrad && this._grad === null) {
      warn('UserWarning', "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)");
    }
    return this._grad;
  }
  set grad(g: Tensor | null) { this.setGrad(g); }
  setGrad(g: Tensor | null): void {
    if (g !== null) {
      if (g.dtype !== this.dtype) throw new TorchError('RuntimeError', 'assigned grad has data of a different type');
      if (g.shape.length !== this.shape.length || g.shape.some((s, i) => s !== this.shape[i])) {
        throw new TorchError('RuntimeError', 'assigned grad has data of a different size');
      }
      g.retain();
    }
    const old = this._grad;
    this._grad = g;
    old?.release();
  }

  // --- element access (host-side reads for printing, item(), tolist(); not a compute path) ------------------------
  /** All elements in row-major order as JS numbers (int64 via Number, bool as 0/1). */
  toArray(): Float64Array {
    this.assertAlive();
    const n = this.numel();
    const out = new Float64Array(n);
    if (n === 0) return out;
    const m = mem(), p = this.storage.ptr;
    if (this.is_contiguous()) {
      // One bulk read (gather indices, item lists, payloads): no per-element reader call.
      const o = this.offset;
      switch (this.dtype) {
        case 'float32': out.set(m.f32.subarray((p >>> 2) + o, (p >>> 2) + o + n)); return out;
        case 'float64': out.set(m.f64.subarray((p >>> 3) + o, (p >>> 3) + o + n)); return out;
        case 'int64': {
          // (from the two 32-bit halves: hi·2^32 + lo rounds once, the same double as Number(bigint), without a BigInt
          // per element)
          const v = m.i32, b = ((p >>> 3) + o) * 2;
          for (let i = 0; i < n; i++) out[i] = v[b + 2 * i + 1] * 4294967296 + (v[b + 2 * i] >>> 0);
          return out;
        }
        case 'bool': case 'uint8': out.set(m.u8.subarray(p + o, p + o + n)); return out;
        case 'int8': out.set(m.i8.subarray(p + o, p + o + n)); return out;
        case 'int16': out.set(m.i16.subarray((p >>> 1) + o, (p >>> 1) + o + n)); return out;
        case 'int32': out.set(m.i32.subarray((p >>> 2) + o, (p >>> 2) + o + n)); return out;
        default: break;
      }
    }
    // Strided (or half): one reader for the whole read.
    const read = elementReader(this.dtype);
    const nd = this.ndim, shape = this.shape, strides = this.strides;
    const idx = new Array<number>(nd).fill(0);
    let pos = this.offset;
    for (let i = 0; i < n; i++) {
      out[i] = read(p, pos);
      for (let d = nd - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) { pos += strides[d]; break; }
        pos -= strides[d] * (shape[d] - 1);
        idx[d] = 0;
      }
    }
    return out;
  }

  /**
   * An int64 tensor's values, row-major, exactly (toArray rounds those beyond 2**53 to doubles); null when every value
   * is a safe integer, so callers keep the plain numbers.
   */
  int64Exact(): BigInt64Array | null {
    if (this.dtype !== 'int64') return null;
    const n = this.numel(), out = new BigInt64Array(n), v = mem().i64, base = this.storage.ptr >>> 3;
    const nd = this.ndim, shape = this.shape, strides = this.strides;
    const idx = new Array<number>(nd).fill(0);
    let pos = this.offset, unsafe = false;
    const MAX = BigInt(Number.MAX_SAFE_INTEGER);
    for (let i = 0; i < n; i++) {
      const e = v[base + pos];
      out[i] = e;
      if (e > MAX || e < -MAX) unsafe = true;
      for (let d = nd - 1; d >= 0; d--) {
        if (++idx[d] < shape[d]) { pos += strides[d]; break; }
        pos -= strides[d] * (shape[d] - 1);
        idx[d] = 0;
      }
    }
    return unsafe ? out : null;
  }

  item(): number {
    if (this.numel() !== 1) {
      throw new TorchError('ValueError', 'only one element tensors can be converted to Python scalars');   // PyTorch 1.13's text
    }
    return elementReader(this.dtype)(this.storage.ptr, this.offset);
  }

  /** Nested arrays like `tolist()` (numbers; bools as booleans). */
  tolist(): unknown {
    const flat = this.toArray();
    const conv = this.dtype === 'bool' ? (v: number) => v !== 0 : (v: number) => v;
    if (this.ndim === 0) return conv(flat[0]);
    let i = 0;
    const build = (d: number): unknown[] => {
      const out: unknown[] = [];
      for (let k = 0; k < this.shape[d]; k++) out.push(d === this.ndim - 1 ? conv(flat[i++]) : build(d + 1));
      return out;
    };
    return build(0);
  }

  toString(): string { return `Tensor(shape=[${this.shape.join(', ')}], dtype=${this.dtype})`; }
}

let viewRegenerator: ((t: Tensor) => void) | null = null;
/** Installed by the indexing module (it builds AsStridedBackward0 nodes). */
export function setViewRegenerator(fn: (t: Tensor) => void): void { viewRegenerator = fn; }
/** A view whose base was modified in place (not through this view) gets a grad_fn reading the new base. */
export function refreshViewHistory(t: Tensor): void {
  if (t._base !== null && t._viewVersion !== t.version.value && t._base.requires_grad && viewRegenerator) {
    if (t._viewCreation !== 'default') throw viewRebaseError(t, true);
    viewRegenerator(t);
  }
}

/**
 * PyTorch's error for an in-place change of a view made under no_grad or by a function returning several views
 * (handle_view_on_rebase); `indirect`: its base or another view of it was changed, seen when the view is used.
 */
export function viewRebaseError(t: Tensor, indirect: boolean): TorchError {
  const modified = indirect ? 'its base or another view of its base has been' : 'is being';
  const fn = t._gradFn;
  const head = fn ? `Output ${t._outputNr} of ${fn.name()} is a view and ${modified} modified inplace.`
    : `A view was created in no_grad mode and ${modified} modified inplace with grad mode enabled.`;
  const tail = t._viewCreation === 'multi'
    ? ' This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.'
    : t._viewCreation === 'custom'
      ? ' This view was created inside a custom Function (or because an input was returned as-is) and the autograd logic to handle view+inplace would override the custom backward associated with the custom Function, leading to incorrect gradients. This behavior is forbidden. You can fix this by cloning the output of the custom Function.'
      : " Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).";
  return new TorchError('RuntimeError', head + tail);
}

export function elementReader(dtype: DType): (ptr: number, index: number) => number {
  switch (dtype) {
    case 'float32': return (p, i) => mem().f32[(p >>> 2) + i];
    case 'float64': return (p, i) => mem().f64[(p >>> 3) + i];
    case 'int64': return (p, i) => Number(mem().i64[(p >>> 3) + i]);
    case 'bool': case 'uint8': return (p, i) => mem().u8[p + i];
    case 'int8': return (p, i) => mem().i8[p + i];
    case 'int16': return (p, i) => mem().i16[(p >>> 1) + i];
    case 'int32': return (p, i) => mem().i32[(p >>> 2) + i];
    case 'float16': return (p, i) => f16BitsToF32(mem().u16[(p >>> 1) + i]);
    case 'bfloat16': return (p, i) => bf16BitsToF32(mem().u16[(p >>> 1) + i]);
  }
}

/** Writes exact 64-bit integers into a contiguous int64 tensor (values beyond 2**53 that JS numbers would round). */
export function writeInt64(t: Tensor, values: BigInt64Array): void {
  if (t.dtype !== 'int64') throw new Error('tnb internal error: writeInt64 needs an int64 tensor');
  mem().i64.set(values, (t.storage.ptr >>> 3) + t.offset);
}

/**
 * Writes JS numbers into a contiguous tensor (creation functions, random fills): integers wrap to the dtype's
 * width, float16/bfloat16 round from float32 (as PyTorch converts a double).
 */
export function writeElements(t: Tensor, values: ArrayLike<number>): void {
  const p = t.storage.ptr, o = t.offset;
  const m = mem();
  const n = values.length;
  switch (t.dtype) {
    case 'float32': m.f32.set(values, (p >>> 2) + o); break;
    case 'float64': m.f64.set(values, (p >>> 3) + o); break;
    case 'int64': {
      // As two int32 words (little-endian) while the truncated value is within int64: hi = floor(v / 2**32) and
      // lo = v mod 2**32 are exact for any such double; BigInts (exact values beyond 2**53, from torch.tensor),
      // values past int64 (wrapping) and NaN/infinity (which throw) go through BigInt.
      const w = m.i32, b = ((p >>> 3) + o) * 2;
      for (let i = 0; i < n; i++) {
        const v = values[i] as number | bigint;
        if (typeof v === 'number') {
          const t = Math.trunc(v);
          if (t >= -2147483648 && t < 2147483648) {
            w[b + 2 * i] = t;
            w[b + 2 * i + 1] = t < 0 ? -1 : 0;
            continue;
          }
          if (t >= -9223372036854775808 && t < 9223372036854775808) {
            const hi = Math.floor(t / 4294967296);
            w[b + 2 * i] = t - hi * 4294967296;   // (in [0, 2**32): its bits are the low word's)
            w[b + 2 * i + 1] = hi;
            continue;
          }
        }
        m.i64[(p >>> 3) + o + i] = typeof v === 'bigint' ? v : BigInt(Math.trunc(v));
      }
      break;
    }
    case 'bool': for (let i = 0; i < n; i++) m.u8[p + o + i] = values[i] ? 1 : 0; break;
    case 'int32': case 'int16': case 'int8': case 'uint8': {
      const arr = t.dtype === 'int32' ? m.i32.subarray((p >>> 2) + o) : t.dtype === 'int16' ? m.i16.subarray((p >>> 1) + o)
        : t.dtype === 'int8' ? m.i8.subarray(p + o) : m.u8.subarray(p + o);
      // Typed-array stores wrap modulo 2^width exactly for any finite double (an integer there); NaN and infinity
      // go through BigInt, which throws as before.
      for (let i = 0; i < n; i++) {
        const t = Math.trunc(values[i]);
        arr[i] = Number.isFinite(t) ? t : Number(BigInt.asIntN(32, BigInt(t)));
      }
      break;
    }
    case 'float16': for (let i = 0; i < n; i++) m.u16[(p >>> 1) + o + i] = f32ToF16Bits(values[i]); break;
    case 'bfloat16': for (let i = 0; i < n; i++) m.u16[(p >>> 1) + o + i] = f32ToBf16Bits(Math.fround(values[i])); break;
  }
}
