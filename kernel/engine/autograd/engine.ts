// The backward pass: topological order over grad_fn nodes (ready nodes run highest sequence number first, as in
// PyTorch), gradients summed per node and output (a node with several outputs runs once, with null for outputs
// that got no gradient), broadcasting undone once here (formulas never sum-to-size), leaves
// accumulated through AccumulateGrad, saved tensors released afterwards unless retain_graph.
import { TorchError, warn } from '../errors';
import * as F from '../ops/functional';
import { formatSize, isNonOverlappingAndDense, sameShape } from '../shape';
import { tidy, Tensor } from '../tensor';
import { withGradMode } from './grad_mode';
import { AccumulateGrad, anomalyMode, Edge, gradientEdge, inspection, Node } from './node';

export interface RunOptions {
  retainGraph: boolean;
  createGraph: boolean;
  /** autograd.grad: return gradients for these tensors instead of accumulating into .grad. */
  captureInputs?: Tensor[];
  /** backward(inputs=...): accumulate only into these tensors. */
  accumulateOnly?: Tensor[];
  allowUnused?: boolean;
}

function rootGradients(outputs: Tensor[], grads: (Tensor | null | undefined)[]): Tensor[] {
  return outputs.map((out, i) => {
    if (!out.requires_grad) {
      throw new TorchError('RuntimeError', `element ${i} of tensors does not require grad and does not have a grad_fn`);
    }
    const g = grads[i];
    if (g === null || g === undefined) {
      if (out.numel() !== 1) throw new TorchError('RuntimeError', 'grad can be implicitly created only for scalar outputs');
      return F.onesLike(out);
    }
    if (!sameShape(g.shape, out.shape)) {
      throw new TorchError('RuntimeError', `Mismatch in shape: grad_output[${i}] has a shape of ${formatSize(g.shape)} and output[${i}] has a shape of ${formatSize(out.shape)}.`);
    }
    return g;
  });
}

/** Sum-to-size and dtype conversion of a formula's output for input `i` of `node` (PyTorch's validate_outputs). */
function fitToInput(node: Node, i: number, g: Tensor): Tensor {
  const meta = node.inputs[i];
  let r = g;
  if (!sameShape(r.shape, meta.shape)) {
    r = F.sumToSize(r, meta.shape);
    if (!sameShape(r.shape, meta.shape)) {
      throw new TorchError('RuntimeError', `Function ${node.name()} returned an invalid gradient at index ${i} - got [${g.shape.join(', ')}] but expected shape compatible with [${meta.shape.join(', ')}]`);
    }
  }
  if (r.dtype !== meta.dtype) r = F.toDtype(r, meta.dtype);
  return r;
}

let userGrads = new Set<Tensor>();

/** torch.autograd.set_detect_anomaly: check every backward node's outputs for NaN (PyTorch's message). */
export function setAnomalyEnabled(flag: boolean): void { anomalyMode.enabled = flag; }
export function isAnomalyEnabled(): boolean { return anomalyMode.enabled; }

function checkNan(node: Node, grads: (Tensor | null)[]): void {
  grads.forEach((gi, i) => {
    if (gi && gi.toArray().some(Number.isNaN)) {
      throw new TorchError('RuntimeError', `Function '${node.name()}' returned nan values in its ${i}th output.`);
    }
  });
}

/**
 * PyTorch's gradient layout contract: a leaf's .grad has the leaf's strides when the leaf is non-overlapping and
 * dense (a transposed leaf gets a transposed grad), else it is row-major (utils::obeys_layout_contract).
 */
function obeysLayoutContract(g: Tensor, v: Tensor): boolean {
  if (!isNonOverlappingAndDense(v.shape, v.strides)) return g.is_contiguous();
  return g.shape.every((s, i) => (s !== 1 ? g.strides[i] === v.strides[i] : g.strides[i] !== 0));
}

/** A copy of g laid out by the contract (utils::clone_obey_contract); part of the graph when grad mode is on. */
function cloneObeyContract(g: Tensor, v: Tensor): Tensor {
  if (!isNonOverlappingAndDense(v.shape, v.strides)) return F.clone(g);
  return F.copy_(Tensor.emptyStrided(v.shape, v.strides, g.dtype), g);
}

function accumulateInto(t: Tensor, g: Tensor, createGraph: boolean): void {
  const old = t._grad;
  if (old === null) {
    // Keep a fresh temporary; copy anything someone else may hold or mutate (the user's gradient argument).
    // With create_graph PyTorch copies into a fresh tensor, so x.grad's history starts with CopyBackwards.
    if (createGraph) t.setGrad(cloneObeyContract(g, t));
    else t.setGrad(obeysLayoutContract(g, t) && g.ownerCount <= 1 && !userGrads.has(g) ? g : withGradMode(false, () => cloneObeyContract(g, t)));
  } else if (createGraph) {
    t.setGrad(F.add(old, g));
  } else {
    F.addInplaceNoGrad(old, g);
  }
}

export function runBackward(outputs: Tensor[], gradOutputs: (Tensor | null | undefined)[], opts: RunOptions): (Tensor | null)[] {
  const roots = rootGradients(outputs, gradOutputs);
  userGrads = new Set(gradOutputs.filter((g): g is Tensor => g instanceof Tensor));
  const rootEdges = outputs.map(gradientEdge);
  // backward(inputs=...): a non-leaf input gets its gradient as retain_grad gives it (PyTorch calls retain_grad on
  // each input, so a tensor that already retains its gradient gets it once).
  for (const t of opts.accumulateOnly ?? []) if (!t.is_leaf && t.requires_grad) t.retain_grad();

  // Where gradients are captured (autograd.grad / backward(inputs=...)): node → (output nr, input position).
  const capture = opts.captureInputs ?? opts.accumulateOnly;
  const captureAt = new Map<Node, { nr: number; k: number }[]>();
  const captured: (Tensor | null)[] = [];
  (capture ?? []).forEach((t, k) => {
    if (!t.requires_grad) throw new TorchError('RuntimeError', 'One of the differentiated Tensors does not require grad');
    const e = gradientEdge(t);
    captured.push(null);
    if (e.node) captureAt.set(e.node, [...(captureAt.get(e.node) ?? []), { nr: e.nr, k }]);
  });

  // Dependencies: number of edges into each node from nodes reachable from the roots.
  const deps = new Map<Node, number>();
  const seen = new Set<Node>();
  const stack: Node[] = rootEdges.flatMap((e) => (e.node ? [e.node] : []));
  for (const e of rootEdges) if (e.node) deps.set(e.node, (deps.get(e.node) ?? 0) + 1);
  while (stack.length) {
    const n = stack.pop() as Node;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const e of n.next) {
      if (!e.node) continue;
      deps.set(e.node, (deps.get(e.node) ?? 0) + 1);
      stack.push(e.node);
    }
  }
  // With capture points, run only nodes on a path to one of them.
  const needed = capture ? neededNodes(seen, captureAt) : null;

  // One gradient buffer per output of each node (PyTorch's InputBuffer), summed as gradients arrive.
  const buffers = new Map<Node, (Tensor | null)[]>();
  const addGrad = (e: Edge, g: Tensor): void => {
    const n = e.node as Node;
    let slots = buffers.get(n);
    if (!slots) { slots = new Array<Tensor | null>(n.numOutputs).fill(null); buffers.set(n, slots); }
    const prev = slots[e.nr];
    if (prev) { slots[e.nr] = F.add(prev, g).retain(); prev.release(); g.free(); } else slots[e.nr] = g.retain();
  };
  const ready: Node[] = [];
  const arrive = (n: Node): void => {
    const left = (deps.get(n) ?? 0) - 1;
    deps.set(n, left);
    if (left === 0) ready.push(n);
  };
  roots.forEach((g, i) => { if (rootEdges[i].node) addGrad(rootEdges[i], g); });
  for (const e of rootEdges) if (e.node) arrive(e.node);

  const executed: Node[] = [];
  while (ready.length) {
    ready.sort((a, b) => a.seq - b.seq);
    const node = ready.pop() as Node;
    const grads = buffers.get(node) ?? [];
    buffers.delete(node);
    if (needed && !needed.has(node)) { for (const g of grads) g?.release(); continue; }
    const anyGrad = grads.some((g) => g);
    if (anyGrad) {
      for (const hook of node.preHooks) {
        if (hook.all) {
          const rs = hook.all(grads.slice());
          if (rs) rs.forEach((r, i) => { if (r !== grads[i]) { r?.retain(); grads[i]?.release(); grads[i] = r; } });
          continue;
        }
        const r = hook.fn(grads[hook.nr] ?? null);
        if (r instanceof Tensor) { r.retain(); grads[hook.nr]?.release(); grads[hook.nr] = r; }
      }
      for (const { nr, k } of captureAt.get(node) ?? []) captured[k] = grads[nr] ?? null;
      grads.forEach((g, nr) => {
        if (!g || !inspection.recordGrads || g.numel() > inspection.maxNumel) return;
        // Interior nodes keep the gradient buffer itself (no copy: the backward never writes into it), as a
        // history-free alias so that a create_graph gradient does not keep graphs alive. A leaf's buffer may become
        // its .grad and be added to in place by later backwards, so leaves keep a copy.
        node.recordGrad(node instanceof AccumulateGrad ? F.detachedClone(g) : F.data(g), nr);
      });
    }
    if (node instanceof AccumulateGrad) {
      let g = grads[0] ?? null;
      if (g) {
        const leaf = node.variable;
        for (const hook of leaf._hooks) {
          const r = hook(g);
          if (r instanceof Tensor) { r.retain(); g.release(); g = r; }
        }
        grads[0] = g;
        for (const { k } of captureAt.get(node) ?? []) captured[k] = g;
        if (!opts.captureInputs && (!opts.accumulateOnly || opts.accumulateOnly.includes(leaf))) {
          accumulateInto(leaf, g, opts.createGraph);
        }
      }
    } else if (anyGrad && !(opts.captureInputs && captureAt.has(node) && !needsBeyond(node, needed))) {
      executed.push(node);
      let res: (Tensor | null)[];
      try {
        res = tidy(() => withGradMode(opts.createGraph, () => node.apply(grads, needed)));
        if (anomalyMode.enabled) checkNan(node, res);
      } catch (e) {
        if (node.creationTrace !== null) {
          warn('UserWarning', `Error detected in ${node.name()}. Traceback of forward call that caused the error:\n${node.creationTrace} (Triggered internally at  ./torch/csrc/autograd/python_anomaly_mode.cpp:114.)`);
        }
        throw e;
      }
      const fromHooks: Tensor[] = [];
      if (node.postHooks.length) {
        // the hooks see the gradients as the engine passes them on (validate_outputs: summed to each input's shape)
        const fitted = res.map((gi, i) => (gi && node.inputs[i] ? tidy(() => withGradMode(opts.createGraph, () => fitToInput(node, i, gi))) : gi));
        for (const g of res) if (g && !fitted.includes(g) && !grads.includes(g)) g.free();
        res = fitted;
      }
      for (const hook of node.postHooks) {
        const r = hook(res, grads);
        if (r) {   // the hook's grad_inputs replace the node's (module backward hooks use this)
          for (const g of r) if (g) { g.retain(); fromHooks.push(g); }
          const prev = res;
          res = r;
          for (const g of prev) if (g && !res.includes(g) && !grads.includes(g)) g.free();
        }
      }
      node.next.forEach((e, i) => {
        const gi = res[i];
        if (!e.node || !gi) return;
        addGrad(e, tidy(() => withGradMode(opts.createGraph, () => fitToInput(node, i, gi))));
      });
      for (const gi of res) if (gi && !grads.includes(gi)) gi.free();
      for (const g of fromHooks) g.release();
    }
    for (const e of node.next) if (e.node) arrive(e.node);
    for (const g of grads) if (g && !captured.includes(g)) g.release();
  }
  if (!opts.retainGraph) for (const n of executed) n.releaseVariables();

  if (opts.captureInputs) {
    captured.forEach((g) => {
      if (g === null && !opts.allowUnused) {
        throw new TorchError('RuntimeError', 'One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.');
      }
    });
  }
  for (const g of captured) g?.disown();
  return captured;
}

/** Nodes from which a capture point can be reached (including the capture points). */
function neededNodes(all: Set<Node>, captureAt: Map<Node, unknown[]>): Set<Node> {
  const parents = new Map<Node, Node[]>();
  for (const n of all) for (const e of n.next) if (e.node) parents.set(e.node, [...(parents.get(e.node) ?? []), n]);
  const needed = new Set<Node>();
  const stack = [...captureAt.keys()];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (needed.has(n)) continue;
    needed.add(n);
    stack.push(...(parents.get(n) ?? []));
  }
  return needed;
}

/** Whether a capture node must still run because other captures lie beyond it. */
function needsBeyond(node: Node, needed: Set<Node> | null): boolean {
  return !!needed && node.next.some((e) => e.node !== null && needed.has(e.node));
}
