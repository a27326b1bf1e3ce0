// Output payloads (kernel/protocol.ts) built from engine tensors and graph nodes: statistics, a bounded sample of
// the values, the gradient's summary and the grad_fn graph. Runs in the worker, next to the engine.
import { AccumulateGrad, Node, Tensor } from './engine';
import { torchName } from './engine/dtype';
import { GRAPH_NODE_LIMIT, GraphEdge, GraphNode, GraphPayload, NodeDetails, Sample, SAMPLE_LIMIT, SourceSite, Stats, TensorPayload,
  TensorPreview, TensorSummary } from './protocol';

export function dtypeName(t: Tensor): string { return torchName(t.dtype); }

function encode(v: number): number | 'nan' | 'inf' | '-inf' {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return v;
}

/**
 * The number with the fewest significant digits that rounds to the same float32 as `v` (a float32 value), as numpy
 * prints float32: 0.49625659 rather than the double 0.49625658988952637. Nothing is lost (Math.fround gives `v`
 * back), and a saved sample is about half as long. Near a power of two the nearest p-digit decimal can miss while a
 * farther one would round back; then one digit more is used, still exact.
 */
export function shortestFloat32(v: number): number {
  if (v === 0 || !Number.isFinite(v) || (Number.isInteger(v) && Math.abs(v) < 2 ** 24)) return v;   // exact as printed
  for (let p = 1; p < 9; p++) {
    const d = Number(v.toPrecision(p));
    if (Math.fround(d) === v) return d;
  }
  return Number(v.toPrecision(9));   // 9 significant digits always identify a float32
}

export function stats(values: Float64Array): Stats | null {
  const len = values.length;
  if (len === 0) return null;
  // Index loops with inline tests (a for-of over a typed array and Number.isNaN per element were 10x slower).
  let nan = 0, posinf = 0, neginf = 0, n = 0, sum = 0, min = Infinity, max = -Infinity, sq = 0;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    if (v - v !== 0) {   // NaN or ±inf
      if (v !== v) nan++; else if (v > 0) posinf++; else neginf++;
      continue;
    }
    n++; sum += v; sq += v * v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return { min: null, max: null, mean: null, std: null, norm: null, nan, posinf, neginf };
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    if (v - v === 0) ss += (v - mean) * (v - mean);
  }
  return { min, max, mean, std: n > 1 ? Math.sqrt(ss / (n - 1)) : null, norm: Math.sqrt(sq), nan, posinf, neginf };
}

/** Every step[d]-th index along each dimension so that at most `limit` values remain; larger dims thinned first. */
export function sampleSteps(shape: readonly number[], limit = SAMPLE_LIMIT): number[] {
  const step = shape.map(() => 1);
  const count = () => shape.reduce((a, s, d) => a * Math.ceil(s / step[d]), 1);
  while (count() > limit) {
    let best = 0;
    for (let d = 1; d < shape.length; d++) if (Math.ceil(shape[d] / step[d]) > Math.ceil(shape[best] / step[best])) best = d;
    step[best] *= 2;
  }
  return step;
}

/** Every step-th value (sampleSteps); `float32`: the values are float32 and are written as shortestFloat32. */
export function sample(values: Float64Array, shape: readonly number[], limit = SAMPLE_LIMIT, float32 = false): Sample {
  const step = sampleSteps(shape, limit);
  const outShape = shape.map((s, d) => Math.ceil(s / step[d]));
  const strides = shape.map((_, d) => shape.slice(d + 1).reduce((a, b) => a * b, 1));
  const out: Sample['values'] = [];
  const n = outShape.reduce((a, b) => a * b, 1);
  const idx = outShape.map(() => 0);
  for (let i = 0; i < n; i++) {
    let off = 0;
    for (let d = 0; d < shape.length; d++) off += idx[d] * step[d] * strides[d];
    out.push(encode(float32 ? shortestFloat32(values[off]) : values[off]));
    for (let d = outShape.length - 1; d >= 0; d--) { if (++idx[d] < outShape[d]) break; idx[d] = 0; }
  }
  return { shape: outShape, step, values: out };
}

export function tensorSummary(t: Tensor, limit = SAMPLE_LIMIT): TensorSummary {
  const values = t.toArray();
  return {
    shape: [...t.shape], dtype: dtypeName(t), numel: values.length,
    stats: stats(values),
    sample: values.length > 0 ? sample(values, t.shape, limit, t.dtype === 'float32') : null,
  };
}

export interface PayloadOptions {
  name?: string | null;
  handle?: number | null;
  kernel?: string | null;
  sampleLimit?: number;
  /** Python variable names of leaves (by tensor), for AccumulateGrad labels. */
  leafName?: (t: Tensor) => string | null;
  /** The source line of a node's creation site (`Node.site`). */
  site?: (site: number) => SourceSite | null;
  /** Kernel-side id of the displayed graph, for node requests. */
  graphHandle?: number | null;
  text: string;
}

export function tensorPayload(t: Tensor, opts: PayloadOptions): TensorPayload {
  const fn = t.grad_fn;
  const grad = t._grad;
  return {
    ...tensorSummary(t, opts.sampleLimit),
    text: opts.text,
    requires_grad: t.requires_grad,
    is_leaf: t.is_leaf,
    grad_fn: fn?.name() ?? null,
    name: opts.name ?? null,
    version: t.version.value,
    grad: grad && !grad.isDestroyed ? tensorSummary(grad) : null,
    handle: opts.handle ?? null,
    kernel: opts.kernel ?? null,
    graph: fn ? graphPayload(fn, { ...opts, handle: opts.graphHandle }) : null,
  };
}

/** The nodes reachable from `root`, breadth first (the order of GraphPayload ids), at most GRAPH_NODE_LIMIT. */
export function reachable(root: Node, visit?: (node: Node, id: number, next: (number | null)[]) => void): { nodes: Node[]; truncated: boolean } {
  const ids = new Map<Node, number>([[root, 0]]);
  const order: Node[] = [root];
  let truncated = false;
  for (let k = 0; k < order.length; k++) {
    const node = order[k];
    const next = node.next.map((e) => {
      if (!e.node) return null;
      let to = ids.get(e.node);
      if (to === undefined) {
        if (ids.size >= GRAPH_NODE_LIMIT) { truncated = true; return null; }
        to = ids.size;
        ids.set(e.node, to);
        order.push(e.node);
      }
      return to;
    });
    visit?.(node, k, next);
  }
  return { nodes: order, truncated };
}

export interface GraphOptions {
  leafName?: (t: Tensor) => string | null;
  site?: (site: number) => SourceSite | null;
  handle?: number | null;
  kernel?: string | null;
}

/** The nodes reachable from `root` (breadth first, at most GRAPH_NODE_LIMIT), with ids local to the payload. */
export function graphPayload(root: Node, opts: GraphOptions = {}): GraphPayload {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const sites: SourceSite[] = [];
  const siteIndex = new Map<number, number | null>();
  const siteOf = (s: number): number | null => {
    if (s < 0 || !opts.site) return null;
    let i = siteIndex.get(s);
    if (i === undefined) {
      const info = opts.site(s);
      i = info ? sites.push(info) - 1 : null;
      siteIndex.set(s, i);
    }
    return i;
  };
  const { truncated } = reachable(root, (node, id, next) => {
    const saved: GraphNode['saved'] = [];
    let released = false;
    for (const [name, v] of node.saved) {
      const t = v.peek();
      if (t === null) { released = true; continue; }
      saved.push({ name, shape: [...t.shape], dtype: dtypeName(t) });
    }
    const g: GraphNode = { id, name: node.name(), label: null, saved, released, site: siteOf(node.site) };
    if (node instanceof AccumulateGrad) {
      g.shape = [...node.variable.shape];
      g.label = opts.leafName?.(node.variable) ?? node.variable.name ?? null;
    }
    nodes.push(g);
    next.forEach((to, i) => { if (to !== null) edges.push({ from: id, to, shape: [...(node.inputs[i]?.shape ?? [])] }); });
  });
  return { root: 0, nodes, edges, truncated, sites, handle: opts.handle ?? null, kernel: opts.kernel ?? null };
}

function preview(t: Tensor, limit: number): TensorPreview {
  return { ...tensorSummary(t, limit), text: t.repr() };
}

/** A node's saved tensors, the gradient that last flowed into it and (AccumulateGrad) its leaf, for a click. */
export function nodeDetails(node: Node, opts: GraphOptions & { sampleLimit?: number; recordLimit: number }): NodeDetails {
  const limit = opts.sampleLimit ?? SAMPLE_LIMIT;
  const saved: NodeDetails['saved'] = [];
  let released = false;
  for (const [name, v] of node.saved) {
    const t = v.peek();
    if (t === null) released = true;
    else saved.push({ name, tensor: preview(t, limit) });
  }
  const g = node.lastGrad;
  const leaf = node instanceof AccumulateGrad ? node.variable : null;
  const gradNote = g ? null : `no gradient has flowed into this node yet: it shows after a backward through it (gradients of more than ${opts.recordLimit} elements are not kept)`;
  const site = node.site >= 0 && opts.site ? opts.site(node.site) : null;
  return {
    name: node.name(),
    label: leaf ? opts.leafName?.(leaf) ?? leaf.name ?? null : null,
    saved, released,
    grad: g && !g.isDestroyed ? preview(g, limit) : null,
    gradNote,
    variable: leaf ? preview(leaf, limit) : null,
    site,
  };
}
