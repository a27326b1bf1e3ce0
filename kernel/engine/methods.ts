// Tensor methods with PyTorch's names, attached to Tensor.prototype (tensor.ts stays free of op imports).
import { backward, BackwardOptions } from './autograd/api';
import { DType } from './dtype';
import { TorchError } from './errors';
import { formatTensor } from './format';
import * as F from './ops/functional';
import { Dims } from './ops/reduce';
import { IndexItem } from './ops/indexing';
import { Scalar, TensorLike } from './ops/scalar';
import { Tensor, TensorHook } from './tensor';
import { noGrad as torchNoGrad } from './autograd/grad_mode';

export interface HookHandle { remove(): void }

type Unary = () => Tensor;
declare module './tensor' {
  interface Tensor {
    add(o: TensorLike, alpha?: number): Tensor; sub(o: TensorLike, alpha?: number): Tensor; mul(o: TensorLike): Tensor;
    div(o: TensorLike, rounding_mode?: 'trunc' | 'floor' | null): Tensor; pow(e: TensorLike): Tensor;
    floor_divide(o: TensorLike): Tensor; remainder(o: TensorLike): Tensor;
    neg: Unary; exp: Unary; log: Unary; sqrt: Unary; abs: Unary; sin: Unary; cos: Unary; tan: Unary; tanh: Unary;
    sigmoid: Unary; relu: Unary; sign: Unary; reciprocal: Unary; rsqrt: Unary; log1p: Unary; expm1: Unary; log2: Unary;
    log10: Unary; asin: Unary; acos: Unary; atan: Unary; sinh: Unary; cosh: Unary; floor: Unary; ceil: Unary;
    round: Unary; trunc: Unary; square: Unary;
    clamp(min?: Scalar | null, max?: Scalar | null): Tensor; clip(min?: Scalar | null, max?: Scalar | null): Tensor;
    maximum(o: Tensor): Tensor; minimum(o: Tensor): Tensor;
    eq(o: TensorLike): Tensor; ne(o: TensorLike): Tensor; lt(o: TensorLike): Tensor; le(o: TensorLike): Tensor;
    gt(o: TensorLike): Tensor; ge(o: TensorLike): Tensor;
    logical_not(): Tensor; logical_and(o: Tensor): Tensor; logical_or(o: Tensor): Tensor; logical_xor(o: Tensor): Tensor;
    where(condition: Tensor, other: TensorLike): Tensor;
    sum(dim?: Dims, keepdim?: boolean, dtype?: DType): Tensor; mean(dim?: Dims, keepdim?: boolean): Tensor;
    prod(dim?: number, keepdim?: boolean): Tensor;
    max(): Tensor; max(dim: number, keepdim?: boolean): [Tensor, Tensor]; max(other: Tensor): Tensor;
    min(): Tensor; min(dim: number, keepdim?: boolean): [Tensor, Tensor]; min(other: Tensor): Tensor;
    argmax(dim?: number | null, keepdim?: boolean): Tensor; argmin(dim?: number | null, keepdim?: boolean): Tensor;
    var(dim?: Dims, unbiased?: boolean | number, keepdim?: boolean): Tensor; std(dim?: Dims, unbiased?: boolean | number, keepdim?: boolean): Tensor;
    logsumexp(dim: Dims, keepdim?: boolean): Tensor;
    mm(o: Tensor): Tensor; bmm(o: Tensor): Tensor; matmul(o: Tensor): Tensor; dot(o: Tensor): Tensor; mv(o: Tensor): Tensor; outer(o: Tensor): Tensor;
    softmax(dim: number, dtype?: DType): Tensor; log_softmax(dim: number, dtype?: DType): Tensor;
    view(...shape: (number | readonly number[])[]): Tensor; reshape(...shape: (number | readonly number[])[]): Tensor;
    view_as(o: Tensor): Tensor; reshape_as(o: Tensor): Tensor;
    flatten(start_dim?: number, end_dim?: number): Tensor; squeeze(dim?: number): Tensor; unsqueeze(dim: number): Tensor;
    t(): Tensor; readonly T: Tensor; readonly mT: Tensor; transpose(d0: number, d1: number): Tensor; permute(...dims: (number | readonly number[])[]): Tensor;
    expand(...sizes: (number | readonly number[])[]): Tensor; expand_as(o: Tensor): Tensor; contiguous(): Tensor; clone(): Tensor;
    detach(): Tensor; detach_(): Tensor; readonly data: Tensor;
    select(dim: number, index: number): Tensor; narrow(dim: number, start: number, length: number): Tensor;
    index(spec: IndexItem | readonly IndexItem[]): Tensor; index_put_(spec: IndexItem | readonly IndexItem[], value: TensorLike): Tensor;
    add_(o: TensorLike, alpha?: number): Tensor; sub_(o: TensorLike, alpha?: number): Tensor; mul_(o: TensorLike): Tensor;
    div_(o: TensorLike): Tensor; pow_(e: TensorLike): Tensor; clamp_(min?: Scalar | null, max?: Scalar | null): Tensor;
    zero_(): Tensor; fill_(v: Scalar | Tensor): Tensor; copy_(src: Tensor): Tensor;
    neg_: Unary; exp_: Unary; log_: Unary; sqrt_: Unary; abs_: Unary; sin_: Unary; cos_: Unary; tanh_: Unary;
    sigmoid_: Unary; relu_: Unary; reciprocal_: Unary; floor_: Unary; ceil_: Unary; round_: Unary; trunc_: Unary;
    uniform_(from?: number, to?: number): Tensor; normal_(mean?: number, std?: number): Tensor;
    to(dtype: DType): Tensor; type_as(o: Tensor): Tensor; float: Unary; double: Unary; long: Unary; bool: Unary;
    backward(gradient?: Tensor | null, opts?: BackwardOptions): void;
    retain_grad(): void; register_hook(hook: TensorHook): HookHandle;
    repr(): string;
  }
}

const P = Tensor.prototype as unknown as Record<string, unknown>;
const shapeArgs = (args: (number | readonly number[])[]): number[] =>
  args.length === 1 && Array.isArray(args[0]) ? [...(args[0] as number[])] : (args as number[]);

const unaryNames = ['neg', 'exp', 'log', 'sqrt', 'abs', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'relu', 'sign', 'reciprocal',
  'rsqrt', 'log1p', 'expm1', 'log2', 'log10', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'floor', 'ceil', 'round', 'trunc', 'square'] as const;
for (const name of unaryNames) P[name] = function (this: Tensor) { return (F[name] as (x: Tensor) => Tensor)(this); };
for (const name of F.UNARY_INPLACE_NAMES) P[name] = function (this: Tensor) { return F.unaryInplace(name, this); };

Object.assign(P, {
  add(this: Tensor, o: TensorLike, alpha = 1) { return F.add(this, o, alpha); },
  sub(this: Tensor, o: TensorLike, alpha = 1) { return F.sub(this, o, alpha); },
  mul(this: Tensor, o: TensorLike) { return F.mul(this, o); },
  div(this: Tensor, o: TensorLike, mode: 'trunc' | 'floor' | null = null) { return F.div(this, o, mode); },
  pow(this: Tensor, e: TensorLike) { return F.pow(this, e); },
  floor_divide(this: Tensor, o: TensorLike) { return F.floorDivide(this, o); },
  remainder(this: Tensor, o: TensorLike) { return F.remainder(this, o); },
  clamp(this: Tensor, min: Scalar | null = null, max: Scalar | null = null) { return F.clamp(this, min, max); },
  clip(this: Tensor, min: Scalar | null = null, max: Scalar | null = null) { return F.clamp(this, min, max); },
  maximum(this: Tensor, o: Tensor) { return F.maximum(this, o); },
  minimum(this: Tensor, o: Tensor) { return F.minimum(this, o); },
  eq(this: Tensor, o: TensorLike) { return F.eq(this, o); }, ne(this: Tensor, o: TensorLike) { return F.ne(this, o); },
  lt(this: Tensor, o: TensorLike) { return F.lt(this, o); }, le(this: Tensor, o: TensorLike) { return F.le(this, o); },
  gt(this: Tensor, o: TensorLike) { return F.gt(this, o); }, ge(this: Tensor, o: TensorLike) { return F.ge(this, o); },
  logical_not(this: Tensor) { return F.logicalNot(this); },
  logical_and(this: Tensor, o: Tensor) { return F.logicalAnd(this, o); },
  logical_or(this: Tensor, o: Tensor) { return F.logicalOr(this, o); },
  logical_xor(this: Tensor, o: Tensor) { return F.logicalXor(this, o); },
  where(this: Tensor, c: Tensor, o: TensorLike) { return F.where(c, this, o); },
  sum(this: Tensor, dim?: Dims, keepdim = false, dtype?: DType) { return F.sum(this, dim, keepdim, dtype); },
  mean(this: Tensor, dim?: Dims, keepdim = false) { return F.mean(this, dim, keepdim); },
  prod(this: Tensor, dim?: number, keepdim = false) { return F.prod(this, dim, keepdim); },
  max(this: Tensor, dim?: number | Tensor, keepdim = false) {
    if (dim instanceof Tensor) return F.maximum(this, dim);
    return dim === undefined ? F.max(this) : F.max(this, dim, keepdim);
  },
  min(this: Tensor, dim?: number | Tensor, keepdim = false) {
    if (dim instanceof Tensor) return F.minimum(this, dim);
    return dim === undefined ? F.min(this) : F.min(this, dim, keepdim);
  },
  argmax(this: Tensor, dim?: number | null, keepdim = false) { return F.argmax(this, dim, keepdim); },
  argmin(this: Tensor, dim?: number | null, keepdim = false) { return F.argmin(this, dim, keepdim); },
  var(this: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false) { return F.var_(this, dim, unbiased, keepdim); },
  std(this: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false) { return F.std(this, dim, unbiased, keepdim); },
  logsumexp(this: Tensor, dim: Dims, keepdim = false) { return F.logsumexp(this, dim, keepdim); },
  mm(this: Tensor, o: Tensor) { return F.mm(this, o); }, bmm(this: Tensor, o: Tensor) { return F.bmm(this, o); },
  matmul(this: Tensor, o: Tensor) { return F.matmul(this, o); }, dot(this: Tensor, o: Tensor) { return F.dot(this, o); },
  mv(this: Tensor, o: Tensor) { return F.mv(this, o); }, outer(this: Tensor, o: Tensor) { return F.outer(this, o); },
  softmax(this: Tensor, dim: number, dtype?: DType) { return F.softmax(this, dim, dtype); },
  log_softmax(this: Tensor, dim: number, dtype?: DType) { return F.log_softmax(this, dim, dtype); },
  view(this: Tensor, ...s: (number | readonly number[])[]) { return F.view(this, shapeArgs(s)); },
  reshape(this: Tensor, ...s: (number | readonly number[])[]) { return F.reshape(this, shapeArgs(s)); },
  view_as(this: Tensor, o: Tensor) { return F.view(this, o.shape); },
  reshape_as(this: Tensor, o: Tensor) { return F.reshape(this, o.shape); },
  flatten(this: Tensor, s = 0, e = -1) { return F.flatten(this, s, e); },
  squeeze(this: Tensor, dim?: number) { return F.squeeze(this, dim); },
  unsqueeze(this: Tensor, dim: number) { return F.unsqueeze(this, dim); },
  t(this: Tensor) { return F.t(this); },
  transpose(this: Tensor, d0: number, d1: number) { return F.transpose(this, d0, d1); },
  permute(this: Tensor, ...dims: (number | readonly number[])[]) { return F.permute(this, shapeArgs(dims)); },
  expand(this: Tensor, ...s: (number | readonly number[])[]) { return F.expand(this, shapeArgs(s)); },
  expand_as(this: Tensor, o: Tensor) { return F.expand(this, o.shape); },
  contiguous(this: Tensor) { return F.contiguous(this); },
  clone(this: Tensor) { return F.clone(this); },
  detach(this: Tensor) { return F.detach(this); },
  detach_(this: Tensor) {
    if (this._base) throw new TorchError('RuntimeError', 'Can\'t detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution.');
    const fn = this._gradFn;
    this._gradFn = null; this._requiresGrad = false;
    fn?.release();
    return this;
  },
  select(this: Tensor, dim: number, i: number) { return F.select(this, dim, i); },
  narrow(this: Tensor, dim: number, start: number, length: number) { return F.slice(this, dim, start, start + length); },
  index(this: Tensor, spec: IndexItem | readonly IndexItem[]) { return F.index(this, spec); },
  index_put_(this: Tensor, spec: IndexItem | readonly IndexItem[], v: TensorLike) { return F.index_put_(this, spec, v); },
  add_(this: Tensor, o: TensorLike, alpha = 1) { return F.add_(this, o, alpha); },
  sub_(this: Tensor, o: TensorLike, alpha = 1) { return F.sub_(this, o, alpha); },
  mul_(this: Tensor, o: TensorLike) { return F.mul_(this, o); },
  div_(this: Tensor, o: TensorLike) { return F.div_(this, o); },
  pow_(this: Tensor, e: TensorLike) { return F.pow_(this, e); },
  clamp_(this: Tensor, min: Scalar | null = null, max: Scalar | null = null) { return F.clamp_(this, min, max); },
  zero_(this: Tensor) { return F.zero_(this); },
  fill_(this: Tensor, v: Scalar | Tensor) { return F.fill_(this, v); },
  copy_(this: Tensor, src: Tensor) { return F.copy_(this, src); },
  uniform_(this: Tensor, from = 0, to = 1) { return F.uniform_(this, from, to); },
  normal_(this: Tensor, mean = 0, std = 1) { return F.normal_(this, mean, std); },
  to(this: Tensor, dtype: DType) { return F.to(this, dtype); },
  type_as(this: Tensor, o: Tensor) { return F.to(this, o.dtype); },
  float(this: Tensor) { return F.to(this, 'float32'); }, double(this: Tensor) { return F.to(this, 'float64'); },
  long(this: Tensor) { return F.to(this, 'int64'); }, bool(this: Tensor) { return F.to(this, 'bool'); },
  backward(this: Tensor, gradient: Tensor | null = null, opts: BackwardOptions = {}) { backward(this, gradient, opts); },
  retain_grad(this: Tensor) {
    if (!this.requires_grad) throw new TorchError('RuntimeError', "can't retain_grad on Tensor that has requires_grad=False");
    if (this.is_leaf || this._retainsGrad) return;
    this._retainsGrad = true;
    const fn = this._gradFn;
    if (!fn) return;
    fn.retainGradOf.push(this);
    // A hook in registration order with user hooks (PyTorch 1.13): it sees the gradient before later hooks.
    const self = this;
    fn.preHooks.push({ nr: this._outputNr, fn: (g) => {
      if (self.isDestroyed) return;
      // PyTorch 1.13's retain_grad hook clones the gradient even when another output of the node had the only one.
      if (g === null) throw new TorchError('RuntimeError', "Expected a proper Tensor but got None (or an undefined Tensor in C++) for argument #0 'self'");
      const old = self._grad;
      self.setGrad(old === null ? F.detachedClone(g) : torchNoGrad(() => F.add(old, g)));
    } });
  },
  register_hook(this: Tensor, hook: TensorHook): HookHandle {
    if (!this.requires_grad) throw new TorchError('RuntimeError', "cannot register a hook on a tensor that doesn't require gradient");
    const fn = this._gradFn;
    if (fn) {
      // A hook on a non-leaf sees the gradient of this tensor's output of its node (null: none arrived for it).
      const entry = { nr: this._outputNr, fn: hook };
      fn.preHooks.push(entry);
      return { remove: () => { const i = fn.preHooks.indexOf(entry); if (i >= 0) fn.preHooks.splice(i, 1); } };
    }
    const list = this._hooks;
    const leafHook = hook as (g: Tensor) => ReturnType<TensorHook>;
    list.push(leafHook);
    return { remove: () => { const i = list.indexOf(leafHook); if (i >= 0) list.splice(i, 1); } };
  },
  repr(this: Tensor) {
    // (int64 values beyond 2**53 are formatted from their exact 64-bit integers)
    const values = (this.int64Exact() ?? this.toArray()) as unknown as ArrayLike<number>;
    return formatTensor({ shape: this.shape, dtype: this.dtype, values },
      { gradFnName: this.grad_fn?.name() ?? null, requiresGrad: this.requires_grad });
  },
});
Object.defineProperty(P, 'T', { get(this: Tensor) { return F.reverseDims(this); } });
Object.defineProperty(P, 'mT', { get(this: Tensor) { return F.transpose(this, -2, -1); } });
Object.defineProperty(P, 'data', { get(this: Tensor) { return F.data(this); } });
export type { Scalar };
