// Backward graph nodes (PyTorch's `grad_fn` objects), saved variables and AccumulateGrad.
import { DType, tensorTypeName } from '../dtype';
import { TorchError } from '../errors';
import { refreshViewHistory, Tensor } from '../tensor';
import { isGradEnabled } from './grad_mode';
import { inspection, withSites } from '../inspection';

export interface Edge { node: Node | null; nr: number }

export interface InputMeta { shape: readonly number[]; dtype: DType }

/** Context a backward formula receives: saved values (checked on access), attributes, input metadata. */
export interface BackwardContext {
  saved(name: string): Tensor;
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly inputs: readonly InputMeta[];
  /** needsGrad[i]: input i requires a gradient (formulas may skip work for the others). */
  readonly needsGrad: readonly boolean[];
  /**
   * shouldCompute[i]: input i's gradient is wanted by this backward pass (needsGrad, less the inputs that lead to
   * no tensor autograd.grad asked for): PyTorch's should_compute_output, the grad_input_mask of its formulas.
   */
  readonly shouldCompute?: readonly boolean[];
  /**
   * The gradient of each output (one for most nodes). A node with several outputs (unbind, split, var_mean) runs
   * when any of them has a gradient; the others are null, and its formulas treat them as zeros, as PyTorch's do.
   */
  readonly grads: readonly (Tensor | null)[];
  /** Shape and dtype of each output of a node with several outputs (empty for single-output nodes). */
  readonly outputs: readonly InputMeta[];
}

/**
 * Computes the gradient of each input from the gradient of the output (null: no gradient). `grad` is the first
 * output's gradient (for a node with several outputs, the first one that is defined; formulas read ctx.grads).
 */
export type BackwardFn = (grad: Tensor, ctx: BackwardContext) => (Tensor | null)[];

/**
 * A hook on the gradient of output `nr` of a node (a tensor's `register_hook` / `retain_grad` on a non-leaf). It
 * receives null when the node runs without a gradient for that output (another output of it had one).
 */
export interface OutputHook {
  nr: number;
  fn: (grad: Tensor | null) => Tensor | void | null | undefined;
  /** grad_fn.register_prehook: sees all of the node's incoming gradients, may return new ones (nr is -1). */
  all?: (grads: (Tensor | null)[]) => (Tensor | null)[] | void | null | undefined;
}

const SECOND_TIME = 'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';


/** A tensor saved for backward, with the version it had when saved (PyTorch's SavedVariable). */
export class SavedVariable {
  private data: Tensor | null;
  private readonly savedVersion: number;
  private readonly producer: string | null;
  /** The saved tensor itself (not an output of the node): its grad_fn when unpacked names it in the version error. */
  private readonly original: WeakRef<Tensor> | null;

  /**
   * `isOutput`: the tensor is output `outputNr` of `owner`; it is stored without its grad_fn to avoid a cycle.
   */
  constructor(t: Tensor, private readonly isOutput: boolean, private readonly outputNr = 0) {
    if (t.version.inference) {
      throw new TorchError('RuntimeError', 'Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal tensor and use it in autograd.');
    }
    this.savedVersion = t.version.value;
    this.producer = !isOutput && t._gradFn ? `, which is output ${t._outputNr} of ${t._gradFn.name()},` : null;
    this.original = isOutput ? null : new WeakRef(t);
    this.data = alias(t, isOutput ? null : t);
    this.data.retain();
  }

  /**
   * PyTorch's SavedVariable is the tensor itself, so the error names the grad_fn it has now (an in-place op since
   * gave it AddBackward0, CopySlices, ...); the one it had when saved if it is gone.
   */
  private currentProducer(): string {
    const t = this.original?.deref();
    if (!t || t.isDestroyed) return this.producer ?? '';
    try { refreshViewHistory(t); } catch { /* (a view that can no longer be rebased: its last grad_fn) */ }
    const fn = t._gradFn;
    // (the C++ name of the engine's own nodes, as Node::name() gives it)
    const name = fn?.name() === 'CopySlices' ? 'torch::autograd::CopySlices' : fn?.name();
    return fn ? `, which is output ${t._outputNr} of ${name},` : '';
  }

  unpack(owner: Node): Tensor {
    const t = this.data;
    if (t === null) {
      throw withSites(new TorchError('RuntimeError', SECOND_TIME), [{ site: this.releasedAt, message: 'the graph was freed by this backward (add retain_graph=True to it)' }]);
    }
    if (t.version.value !== this.savedVersion) {
      throw withSites(new TorchError('RuntimeError', `one of the variables needed for gradient computation has been modified by an inplace operation: [torch.${tensorTypeName(t.dtype)} [${t.shape.join(', ')}]]${this.isOutput ? `, which is output ${this.outputNr} of ${owner.name()},` : this.currentProducer()} is at version ${t.version.value}; expected version ${this.savedVersion} instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).`),
      [{ site: t.version.lastBumpSite, message: `the tensor was modified in place here (to version ${t.version.value})` }]);
    }
    if (this.isOutput && isGradEnabled()) {
      // create_graph: the saved output must lead back to the node that produced it.
      const out = alias(t, null);
      out._gradFn = owner.retain();
      out._outputNr = this.outputNr;
      return out;
    }
    return t;
  }

  get released(): boolean { return this.data === null; }
  /** The saved tensor without checks, for inspection (graph view, memory accounting); null once released. */
  peek(): Tensor | null { return this.data; }

  /** Site of the backward that freed the saved tensor (-1: unknown). */
  releasedAt = -1;

  release(): void {
    const t = this.data;
    if (t) this.releasedAt = inspection.site;
    this.data = null;
    t?.release();
  }
}

/** A tensor object sharing t's storage, geometry and version counter; carries t's autograd edge if `edgeOf`. */
function alias(t: Tensor, edgeOf: Tensor | null): Tensor {
  const a = new Tensor(t.storage, t.offset, t.shape, t.strides, t.dtype, t.version);
  if (edgeOf) {
    a._requiresGrad = edgeOf._requiresGrad;
    a._gradFn = edgeOf._gradFn?.retain() ?? null;
    a._outputNr = edgeOf._outputNr;
    if (edgeOf.is_leaf && edgeOf._requiresGrad) a._leafOf = edgeOf._leafOf ?? edgeOf;
  }
  return a;
}

declare module '../tensor' {
  interface Tensor {
    /** For aliases of a leaf (saved variables): the leaf itself, so its AccumulateGrad edge is found. */
    _leafOf?: Tensor;
  }
}

let sequence = 0;

/**
 * Anomaly detection (torch.autograd.set_detect_anomaly): while enabled, each new node keeps the traceback of the
 * forward call that made it (from `traceProvider`, the Python facade's stack), shown when its backward fails.
 */
export const anomalyMode = { enabled: false, traceProvider: null as (() => string) | null };

export { inspection } from '../inspection';

export class Node {
  readonly seq = sequence++;
  /** Hooks on the gradients flowing into this node (`register_hook` on a non-leaf output, `retain_grad`). */
  readonly preHooks: OutputHook[] = [];
  readonly retainGradOf: Tensor[] = [];
  /** grad_fn.register_hook: called with (grad_inputs, grad_outputs) once the node has run; may return new grad_inputs. */
  readonly postHooks: ((gradInputs: (Tensor | null)[], gradOutputs: (Tensor | null)[]) => (Tensor | null)[] | void)[] = [];
  private refs = 0;
  private destroyed = false;

  constructor(
    private readonly nodeName: string,
    readonly next: Edge[],
    readonly inputs: readonly InputMeta[],
    private readonly backwardFn: BackwardFn | null,
    readonly saved: Map<string, SavedVariable> = new Map(),
    readonly attrs: Readonly<Record<string, unknown>> = {},
  ) {
    for (const e of next) e.node?.retain();
    for (const v of Object.values(attrs)) if (v instanceof Tensor) v.retain();   // e.g. index tensors of gather
  }

  /** Traceback of the forward call that created this node (anomaly mode only). */
  readonly creationTrace: string | null = anomalyMode.enabled && anomalyMode.traceProvider ? anomalyMode.traceProvider() : null;

  /** Where the node was created (`inspection.site`), -1 when unknown (AccumulateGrad: made on first use). */
  site: number = inspection.site;

  /** Shape and dtype of each output when the node has several (unbind, split, var_mean); empty otherwise. */
  outputs: readonly InputMeta[] = [];
  /** Non-tensor values PyTorch's node saves, by PyTorch's name (`_saved_dim`); only where an op declares them. */
  savedValues: Readonly<Record<string, unknown>> = {};
  get numOutputs(): number { return Math.max(1, this.outputs.length); }

  /** The last gradient that flowed into each output of this node in a backward (`inspection.recordGrads`). */
  lastGrads: (Tensor | null)[] = [];
  /** The last gradient that flowed into (the first output of) this node, detached. */
  get lastGrad(): Tensor | null { return this.lastGrads[0] ?? null; }

  /** Keeps `g` (history-free) as the gradient that flowed into output `nr`, replacing an earlier one. */
  recordGrad(g: Tensor, nr = 0): void {
    g.retain();
    this.lastGrads[nr]?.release();
    this.lastGrads[nr] = g;
  }

  name(): string { return this.nodeName; }
  get next_functions(): [Node | null, number][] { return this.next.map((e) => [e.node, e.nr]); }

  /** The gradients of the inputs from those of the outputs (`grads[nr]`, null: none arrived for output nr). */
  apply(grads: readonly (Tensor | null)[], needed: ReadonlySet<Node> | null = null): (Tensor | null)[] {
    if (!this.backwardFn) return [];
    const first = grads.find((g) => g !== null);
    if (!first) return this.next.map(() => null);
    const needsGrad = this.next.map((e) => e.node !== null);
    const shouldCompute = needed ? this.next.map((e) => e.node !== null && needed.has(e.node)) : needsGrad;
    const ctx: BackwardContext = {
      saved: (name) => {
        const v = this.saved.get(name);
        if (!v) throw new Error(`tnb internal error: ${this.nodeName} did not save ${name}`);
        return v.unpack(this);
      },
      attrs: this.attrs,
      inputs: this.inputs,
      needsGrad,
      shouldCompute,
      grads,
      outputs: this.outputs,
    };
    return this.backwardFn(first, ctx);
  }

  /** Frees saved tensors after a backward without retain_graph. */
  releaseVariables(): void {
    for (const v of this.saved.values()) v.release();
  }

  retain(): this { this.refs++; return this; }
  release(): void {
    if (--this.refs > 0 || this.destroyed) return;
    this.destroyed = true;
    this.releaseVariables();
    for (const g of this.lastGrads) g?.release();
    this.lastGrads = [];
    for (const v of Object.values(this.attrs)) if (v instanceof Tensor) v.release();
    this.onDestroy();
    for (const e of this.next) e.node?.release();
  }
  protected onDestroy(): void { /* subclasses */ }

  toString(): string { return `<${this.nodeName} object>`; }
}

/** The node through which gradients reach a leaf's `.grad`. Owns its leaf; the leaf caches it without owning. */
export class AccumulateGrad extends Node {
  constructor(readonly variable: Tensor) {
    super('AccumulateGrad', [], [{ shape: variable.shape, dtype: variable.dtype }], null);
    this.site = -1;
    variable.retain();
  }
  protected onDestroy(): void {
    if (this.variable._gradAccumulator === this) this.variable._gradAccumulator = null;
    this.variable.release();
  }
}

/** The edge through which a gradient for `t` enters the graph (grad_fn, or the leaf's AccumulateGrad). */
export function gradientEdge(t: Tensor): Edge {
  refreshViewHistory(t);
  if (t._gradFn) return { node: t._gradFn, nr: t._outputNr };
  const leaf = t._leafOf ?? t;
  if (!leaf._requiresGrad) return { node: null, nr: 0 };
  if (!leaf._gradAccumulator) leaf._gradAccumulator = new AccumulateGrad(leaf);
  return { node: leaf._gradAccumulator, nr: 0 };
}
