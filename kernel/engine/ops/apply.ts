// Running an op-table entry: forward through kernels (no graph), then record a backward node when grad mode is on
// and an input requires grad. In-place variants and views share this path.
//
// Schema of an entry (compare PyTorch's tools/autograd/derivatives.yaml):
//   name     PyTorch's op name (used in error texts)
//   node     the backward node's name exactly as PyTorch 1.13 shows it (`MulBackward0`), or null when the op is
//            not differentiable (comparisons, argmax, ...)
//   args     names of the tensor inputs, in order ('self', 'other', ...)
//   view     the output is a view of args[0] (shares storage; in-place on it is checked like PyTorch)
//   pointwise  an elementwise op that PyTorch runs through TensorIterator: its output is laid out as its operands
//            are (`x.t() * 2` has x.t()'s strides), not row-major. true: the operands are the inputs; or a function
//            giving them (where's condition comes first).
//   forward  computes the output with kernels (may also return extra tensors to save, e.g. max's indices, and
//            the further outputs of a node with several: unbind, split, var_mean, linalg_qr)
//   grads    per input name: the saved values its formula needs (input names, 'result', or extra names) and the
//            formula, written with public tensor ops so it is differentiable again (create_graph). Formulas
//            return the gradient in the output's broadcast shape; the engine sums it back to the input's shape.
//            With several outputs a formula reads each output's gradient (null: none arrived) from ctx.grads.
//   outputNames  PyTorch's names of several outputs, usable in `saves` (else 'result0', 'result1', ...)
//   savedValues  the non-tensor values PyTorch's node exposes as `_saved_<name>` (dims, sizes, mode)
import { isFloating, scalarName } from '../dtype';
import { TorchError } from '../errors';
import { canCast } from '../promote';
import { unsupportedDtype } from './dtype_support';
import { isGradEnabled, isInferenceMode, noGrad } from '../autograd/grad_mode';
import { BackwardContext, gradientEdge, InputMeta, Node, SavedVariable } from '../autograd/node';
import { copyInto, copyOf } from '../kernels';
import { channelsLastStrides, isRowMajor, iteratorStrides, suggestMemoryFormat } from '../shape';
import { tidy, Tensor, viewRebaseError } from '../tensor';

export type Attrs = Record<string, unknown>;

/**
 * What a forward computes: the output, extra tensors to save (max's indices), and for a node with several
 * differentiable outputs (unbind, split, var_mean) the outputs after the first. Each output's grad_fn is the one
 * node, with its output_nr; formulas read every output's gradient from ctx.grads, and save 'result0', 'result1', ...
 */
export interface ForwardResult { out: Tensor; extra?: Record<string, Tensor>; more?: Tensor[] }

export interface GradFormula {
  saves: readonly string[];
  fn: (grad: Tensor, ctx: BackwardContext) => Tensor | null;
}

export interface OpDef {
  name: string;
  node: string | null;
  args: readonly string[];
  view?: boolean;
  pointwise?: true | ((inputs: Tensor[], attrs: Attrs) => Tensor[]);
  forward: (inputs: Tensor[], attrs: Attrs) => Tensor | ForwardResult;
  /**
   * In-place fast path (optional): writes the op's result straight into inputs[0] and returns true, or returns
   * false when it cannot (other dtype or shape, an operand overlapping self differently, ...). Used only when no
   * graph is recorded (no_grad, SGD updates, gradient accumulation); saves the temporary and the copy back.
   */
  into?: (inputs: Tensor[], attrs: Attrs) => boolean;
  grads?: Readonly<Record<string, GradFormula>>;
  /**
   * The node's non-tensor saved values under PyTorch's names (`grad_fn._saved_dim`, `_saved_split_sizes`): ints,
   * bools, null, or arrays (tuples in Python). Optional; read through `Node.savedValues`.
   */
  savedValues?: (attrs: Attrs, inputs: Tensor[]) => Record<string, unknown>;
  /** PyTorch's names of the outputs of a several-output node, usable in `saves` (linalg_qr's 'Q', 'R'). */
  outputNames?: readonly string[];
  /**
   * The memory format ATen allocates the outputs in (conv, pooling, norms, upsampling, ... follow their input's
   * suggest_memory_format), or null to keep the forward's layout. Outputs (and extras) of the format's rank are
   * laid out so: channels_last (4-d) / channels_last_3d (5-d) or row-major.
   */
  format?: (inputs: Tensor[], attrs: Attrs) => OutputFormat | null;
}
export type OutputFormat = 'contiguous' | 'channels_last' | 'channels_last_3d';
/** The format of an op whose output follows x (ATen's `x.suggest_memory_format()`). */
export const followsInput = (inputs: Tensor[]): OutputFormat => suggestMemoryFormat(inputs[0].shape, inputs[0].strides);
/** followsInput, but null (the forward's own layout) where that is contiguous. */
export const followsChannelsLast = (inputs: Tensor[]): OutputFormat | null => {
  const f = followsInput(inputs);
  return f === 'contiguous' ? null : f;
};

/** Every op entry, in definition order (the generic op test walks this). */
export const OP_TABLE: OpDef[] = [];

export function defineOp(def: OpDef): OpDef {
  if (def.node && def.grads) {
    for (const k of Object.keys(def.grads)) {
      if (!def.args.includes(k)) throw new Error(`op ${def.name}: gradient for unknown input ${k}`);
    }
  }
  // Every entry gets the same properties in the same order: one hidden class, so that applyOp's reads of them stay
  // monomorphic (entries built with and without optional fields would make them polymorphic on every op).
  const entry: OpDef = {
    name: def.name, node: def.node, args: def.args, view: def.view ?? false, pointwise: def.pointwise,
    forward: def.forward, into: def.into, grads: def.grads, savedValues: def.savedValues,
    outputNames: def.outputNames, format: def.format,
  };
  OP_TABLE.push(entry);
  return entry;
}

/** defineOp for an elementwise op whose output PyTorch lays out as its inputs are (TensorIterator). */
export function definePointwise(def: OpDef): OpDef {
  return defineOp({ pointwise: true, ...def });
}

function runForward(def: OpDef, inputs: Tensor[], attrs: Attrs): ForwardResult {
  for (const t of inputs) t.assertAlive();
  const refused = unsupportedDtype(def.name, inputs, attrs);
  if (refused) throw refused.message ? new TorchError('RuntimeError', refused.message) : notImplementedFor(refused.kernel, refused.dtype);
  const r = tidy(() => noGrad(() => def.forward(inputs, attrs)));
  return r instanceof Tensor ? { out: r } : r;
}

function shouldRecord(def: OpDef, inputs: Tensor[], out: Tensor): boolean {
  return def.node !== null && isGradEnabled() && !isInferenceMode() && isFloating(out.dtype) && inputs.some((t) => t.requires_grad);
}

/** Applies an op out of place; returns its output (and extras such as indices). */
export function applyOp(def: OpDef, inputs: Tensor[], attrs: Attrs = {}): ForwardResult {
  const r = runForward(def, inputs, attrs);
  if (def.pointwise) r.out = laidOutAsOperands(r.out, def.pointwise === true ? inputs : def.pointwise(inputs, attrs));
  if (def.format) {
    const f = def.format(inputs, attrs);
    if (f !== null) {
      r.out = inFormat(r.out, f);
      if (r.more) r.more = r.more.map((o) => inFormat(o, f));
      if (r.extra) for (const k of Object.keys(r.extra)) r.extra[k] = inFormat(r.extra[k], f);
    }
  }
  const outs = r.more ? [r.out, ...r.more] : [r.out];
  if (def.view) for (const o of outs) markView(o, inputs[0], r.more !== undefined);
  if (shouldRecord(def, inputs, r.out)) record(def, inputs, attrs, outs, r.extra ?? {}, null);
  return r;
}

/**
 * Makes `out` a view of x's base with PyTorch's creation meta: made under no_grad, or one of several views a
 * function returns (unbind, split); a view of such a view inherits it. In-place changes of those are refused.
 */
function markView(out: Tensor, x: Tensor, multi: boolean): void {
  out._base = (x._base ?? x).retain();
  out._viewVersion = out.version.value;
  const made = !isGradEnabled() ? 'no_grad' : multi ? 'multi' : 'default';
  out._viewCreation = made === 'default' && x._base !== null ? x._viewCreation : made;
}

/** `out` (a fresh result) laid out in `format`: itself when it is already, else a copy (out is freed). */
function inFormat(out: Tensor, format: OutputFormat): Tensor {
  const rank = format === 'channels_last' ? 4 : format === 'channels_last_3d' ? 5 : out.ndim;
  if (out.ndim !== rank) return out;
  const strides = format === 'contiguous' ? null : channelsLastStrides(out.shape);
  if (strides === null ? isRowMajor(out.shape, out.strides) : out.strides.every((s, i) => s === strides[i])) return out;
  const c = copyOf(out, out.dtype, strides);
  out.free();
  return c;
}

/**
 * The result of a pointwise op with TensorIterator's layout for these operands: `out` itself when the kernel
 * already wrote it so (the kernels of pointwise.ts are given the layout; row-major operands give a row-major
 * result), else a copy laid out so (ops computed elementwise in JS, such as the activations).
 */
function laidOutAsOperands(out: Tensor, operands: Tensor[]): Tensor {
  if (!isRowMajor(out.shape, out.strides)) return out;   // the kernel was given the layout (pointwise.ts)
  const strides = iteratorStrides(out.shape, operands);
  if (strides === null || out.strides.every((s, i) => s === strides[i] || out.shape[i] === 1)) return out;
  const c = copyOf(out, out.dtype, strides);
  out.free();
  return c;
}

export function apply(def: OpDef, inputs: Tensor[], attrs: Attrs = {}): Tensor {
  return applyOp(def, inputs, attrs).out;
}

function record(def: OpDef, inputs: Tensor[], attrs: Attrs, outs: Tensor[], extra: Record<string, Tensor>,
  originalSelf: Tensor | null): Node {
  const out = outs[0];
  const needs = inputs.map((t) => t.requires_grad);
  const saved = new Map<string, SavedVariable>();
  def.args.forEach((arg, i) => {
    if (!needs[i]) return;
    for (const name of def.grads?.[arg]?.saves ?? []) {
      if (saved.has(name)) continue;
      const named = def.outputNames?.indexOf(name) ?? -1;
      const nr = named >= 0 ? named : name === 'result' ? 0 : /^result\d+$/.test(name) ? Number(name.slice(6)) : -1;
      if (nr >= 0) saved.set(name, new SavedVariable(outs[nr], true, nr));
      else if (name in extra) saved.set(name, new SavedVariable(extra[name], false));
      else {
        const j = def.args.indexOf(name);
        if (j < 0) throw new Error(`op ${def.name}: saves unknown value ${name}`);
        saved.set(name, new SavedVariable(j === 0 && originalSelf ? originalSelf : inputs[j], false));
      }
    }
  });
  const metas: InputMeta[] = inputs.map((t) => ({ shape: t.shape, dtype: t.dtype }));
  const grads = def.grads ?? {};
  const node = new Node(def.node as string, inputs.map((t) => (t.requires_grad ? gradientEdge(t) : { node: null, nr: 0 })),
    metas, (g, ctx) => def.args.map((arg, i) => ((ctx.shouldCompute ?? ctx.needsGrad)[i] && grads[arg] ? grads[arg].fn(g, ctx) : null)),
    saved, attrs);
  if (outs.length > 1) node.outputs = outs.map((t) => ({ shape: t.shape, dtype: t.dtype }));
  if (def.savedValues) node.savedValues = def.savedValues(attrs, inputs);
  outs.forEach((t, nr) => setGradFn(t, node, nr));
  return node;
}

function setGradFn(t: Tensor, node: Node, nr: number): void {
  const old = t._gradFn;
  t._gradFn = node.retain();
  t._outputNr = nr;
  old?.release();
}

/**
 * PyTorch's checks before an in-place op on `self` while grad mode is on (check_inplace); `anyRequiresGrad`: an
 * input of the op requires grad (only then are views made under no_grad or by unbind/split refused).
 */
export function checkInplace(self: Tensor, anyRequiresGrad = self.requires_grad): void {
  if (!isGradEnabled()) return;
  if (anyRequiresGrad && self._base !== null && self._viewCreation !== 'default') throw viewRebaseError(self, false);
  if (self.is_leaf && self._requiresGrad && self._base === null) {
    throw new TorchError('RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.');
  }
  const base = self._base;
  if (base && base.is_leaf && base._requiresGrad) {
    throw new TorchError('RuntimeError', 'a view of a leaf Variable that requires grad is being used in an in-place operation.');
  }
}

/**
 * Applies an op in place on inputs[0]: computes the out-of-place result, writes it into self's memory, bumps the
 * version counter, and makes self's grad_fn the op's node (history rewritten as PyTorch does). When self is a view
 * of a tensor that requires grad, the base's history is rewritten through CopySlices.
 */
export function applyInplace(def: OpDef, inputs: Tensor[], attrs: Attrs = {}): Tensor {
  const self = inputs[0];
  checkInplace(self, inputs.some((t) => t.requires_grad));
  if (self.strides.some((st, i) => st === 0 && self.shape[i] > 1)) {
    throw new TorchError('RuntimeError', 'unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.');
  }
  const recordIt = def.node !== null && isGradEnabled() && !isInferenceMode() && isFloating(self.dtype) && inputs.some((t) => t.requires_grad);
  if (!recordIt && def.into) {
    for (const t of inputs) t.assertAlive();
    const into = def.into;
    if (tidy(() => noGrad(() => into(inputs, attrs)))) {
      self.version.bump();
      return self;
    }
  }
  const r = runForward(def, inputs, attrs);
  if (r.out.dtype !== self.dtype && !canCast(r.out.dtype, self.dtype)) {
    throw new TorchError('RuntimeError', `result type ${scalarTypeName(r.out.dtype)} can't be cast to the desired output type ${scalarTypeName(self.dtype)}`);
  }
  if (r.out.shape.length !== self.shape.length || r.out.shape.some((s, i) => s !== self.shape[i])) {
    throw new TorchError('RuntimeError', `output with shape [${self.shape.join(', ')}] doesn't match the broadcast shape [${r.out.shape.join(', ')}]`);
  }
  // Formulas that need self's value before the op get a copy, since self is about to change.
  const needsOriginal = recordIt && def.args.some((a, i) => inputs[i].requires_grad && def.grads?.[a]?.saves.includes('self'));
  const original = needsOriginal ? noGrad(() => cloneDetached(self)) : null;
  // Also when only the value requires grad: the base (plain until now) gets its history through CopySlices.
  const viewOfTracked = recordIt && self._base !== null;
  noGrad(() => copyInto(self, r.out));
  self.version.bump();
  if (recordIt) {
    const node = record(def, inputs, attrs, [self], r.extra ?? {}, original);
    if (viewOfTracked) rebaseHistory(self, node);
  }
  if (r.out !== self) r.out.free();
  original?.free();
  return self;
}

/** Whether `o` shares memory with `self` other than as the very same view (then an in-place write could clobber it). */
export function overlapsOther(self: Tensor, o: Tensor): boolean {
  if (o.storage !== self.storage) return false;
  return !(o.offset === self.offset && o.shape.length === self.shape.length
    && o.shape.every((s, i) => s === self.shape[i] && o.strides[i] === self.strides[i]));
}

export function scalarTypeName(d: Tensor['dtype']): string { return scalarName(d); }
/** PyTorch's dispatch error for a kernel without this dtype: "lerp_kernel_scalar" not implemented for 'Long'. */
export function notImplementedFor(kernel: string, d: Tensor['dtype']): TorchError {
  return new TorchError('RuntimeError', `"${kernel}" not implemented for '${scalarTypeName(d)}'`);
}

function cloneDetached(t: Tensor): Tensor {
  const c = Tensor.empty(t.shape, t.dtype);
  copyInto(c, t);
  return c;
}

// rebaseHistory is set by views.ts (CopySlices needs view ops; kept there to avoid a cycle).
let rebaseHistory: (view: Tensor, node: Node) => void = () => { throw new Error('CopySlices not registered'); };
export function registerRebaseHistory(fn: typeof rebaseHistory): void { rebaseHistory = fn; }
