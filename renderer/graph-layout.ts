// The grad_fn graph view's model and layout (no DOM, so it is unit-tested and timed under node).
//
// Big graphs stay readable by collapsing repeated structure: above COLLAPSE_AT nodes, the backward nodes created by
// the same line of user code (a loop body run 500 times) become one group node, labelled with that line; the user
// expands a group to see its members. Then dagre (@dagrejs/dagre) places the view top to bottom, from the output's
// node to the leaves.
import dagre from '@dagrejs/dagre';
import type { GraphNode, GraphPayload, SourceSite } from '../kernel/protocol';

/**
 * Graphs with more nodes than this are shown with repeated structure collapsed. dagre's cost grows fast with
 * nodes and long edges (a 150-node chain with 50 edges into one shared leaf took 2 s), so views stay small: groups
 * expand EXPAND_STEP members at a time, and in views of more than LEAF_COPIES_AT nodes a leaf used by several nodes
 * is drawn once beside each of them instead of once with long edges.
 */
export const COLLAPSE_AT = 100;
export const EXPAND_STEP = 40;
export const LEAF_COPIES_AT = 40;

export interface ViewNode {
  /** `n<id>` for a graph node, `g<site>` for a group. */
  key: string;
  /** GraphNode ids shown by this view node (one for a plain node). */
  members: GraphNode[];
  group: boolean;
  /** Where the node (or every member of the group) was created. */
  site: SourceSite | null;
  title: string;
  subtitle: string;
}

/** `outputs`: the outputs of a several-output target node the merged edges enter (empty otherwise). */
export interface ViewEdge { from: string; to: string; shape: number[]; count: number; outputs: number[] }

export interface ViewGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
  root: string;
  /** Sites of the groups that can be collapsed (expanded ones included), for the "collapse" control. */
  groupable: number[];
}

export interface PositionedGraph {
  width: number;
  height: number;
  nodes: { view: ViewNode; x: number; y: number; w: number; h: number }[];
  edges: (ViewEdge & { points: { x: number; y: number }[] })[];
}

export function nodeLabel(n: GraphNode): string {
  return n.label ? `${n.name} (${n.label})` : n.name;
}

/** The second line of a node: a leaf's shape, or the saved tensors (or that backward freed them). */
export function subtitle(n: GraphNode): string {
  if (n.name === 'AccumulateGrad' && n.shape) return `[${n.shape.join(', ')}]`;
  if (n.outputs && n.outputs > 1) {
    const saved = n.saved.length > 0 ? ` · saved: ${n.saved.map((s) => `${s.name}[${s.shape.join(', ')}]`).join(' ')}` : '';
    return `${n.outputs} outputs${saved}`;
  }
  if (n.saved.length > 0) return `saved: ${n.saved.map((s) => `${s.name}[${s.shape.join(', ')}]`).join(' ')}`;
  return n.released ? 'saved tensors freed' : '';
}

export function siteText(s: SourceSite): string {
  const where = s.file.startsWith('<') ? `${s.file.slice(1, -1)}, line ${s.line}` : `${s.file}:${s.line}`;
  return s.code ? `${where}: ${s.code}` : where;
}

function clip(s: string, n: number): string { return s.length > n ? s.slice(0, n - 1) + '…' : s; }

/**
 * The view of a graph: every node as itself, or (above `threshold` nodes) the non-leaf nodes grouped by creation
 * site. `expanded` maps a group's site to how many of its members (closest to the output first) are shown one by
 * one; the rest stay a group. A group of one is a plain node.
 */
export function viewOf(g: GraphPayload, expanded: ReadonlyMap<number, number> = new Map(), threshold = COLLAPSE_AT): ViewGraph {
  const sites = g.sites ?? [];
  const siteOfNode = (n: GraphNode): SourceSite | null => (n.site !== undefined && n.site !== null ? sites[n.site] ?? null : null);
  const bySite = new Map<number, GraphNode[]>();
  if (g.nodes.length > threshold) {
    for (const n of g.nodes) {
      if (n.name === 'AccumulateGrad' || n.site === undefined || n.site === null) continue;
      const list = bySite.get(n.site);
      if (list) list.push(n); else bySite.set(n.site, [n]);
    }
  }
  const groupable = [...bySite.entries()].filter(([, ms]) => ms.length > 1).map(([s]) => s);
  const keyOf = new Map<number, string>();
  const nodes: ViewNode[] = [];
  const grouped = new Map<number, GraphNode[]>();   // site -> members still in its group
  for (const [site, members] of bySite) {
    if (members.length < 2) continue;
    const shown = expanded.get(site) ?? 0;
    if (members.length - shown >= 2) grouped.set(site, members.slice(shown));
  }
  for (const n of g.nodes) {
    const members = n.site !== undefined && n.site !== null ? grouped.get(n.site) : undefined;
    if (members && members.includes(n)) {
      const key = `g${n.site}`;
      keyOf.set(n.id, key);
      if (members[0] !== n) continue;
      const counts = new Map<string, number>();
      for (const m of members) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      const site = siteOfNode(n);
      const more = (expanded.get(n.site as number) ?? 0) > 0 ? ' more' : '';
      nodes.push({
        key, members, group: true, site,
        title: `×${members.length}${more}  ${clip(site?.code || n.name, 44)}`,
        subtitle: clip([...counts].map(([name, c]) => `${c} ${name}`).join(', '), 56),
      });
    } else {
      const key = `n${n.id}`;
      keyOf.set(n.id, key);
      nodes.push({ key, members: [n], group: false, site: siteOfNode(n), title: nodeLabel(n), subtitle: clip(subtitle(n), 48) });
    }
  }
  const edges = new Map<string, ViewEdge>();
  for (const e of g.edges) {
    const from = keyOf.get(e.from), to = keyOf.get(e.to);
    if (!from || !to || from === to) continue;
    const k = `${from}>${to}`;
    const old = edges.get(k);
    const outputs = e.output === undefined ? [] : [e.output];
    if (old) {
      old.count++;
      for (const o of outputs) if (!old.outputs.includes(o)) old.outputs.push(o);
    } else edges.set(k, { from, to, shape: e.shape, count: 1, outputs });
  }
  let viewEdges = [...edges.values()];
  if (nodes.length > LEAF_COPIES_AT) {
    // A leaf with several users: one copy beside each user (no long edges across the layout).
    const users = new Map<string, number>();
    for (const e of viewEdges) users.set(e.to, (users.get(e.to) ?? 0) + 1);
    const leaves = new Map(nodes.filter((n) => !n.group && n.members[0].name === 'AccumulateGrad' && (users.get(n.key) ?? 0) > 1).map((n) => [n.key, n]));
    if (leaves.size > 0) {
      viewEdges = viewEdges.map((e) => {
        const leaf = leaves.get(e.to);
        if (!leaf) return e;
        const key = `${leaf.key}~${e.from}`;
        nodes.push({ ...leaf, key });
        return { ...e, to: key };
      });
      for (let i = nodes.length - 1; i >= 0; i--) if (leaves.has(nodes[i].key)) nodes.splice(i, 1);
    }
  }
  return { nodes, edges: viewEdges, root: keyOf.get(g.root) ?? `n${g.root}`, groupable };
}

/** Runs the layout: pure except for dagre, so it is measured and tested without a DOM. */
export function layoutGraph(v: ViewGraph): PositionedGraph {
  const dg = new dagre.graphlib.Graph({ multigraph: false });
  dg.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, marginx: 8, marginy: 8 });
  dg.setDefaultEdgeLabel(() => ({}));
  for (const n of v.nodes) {
    const w = Math.max(80, 7 * n.title.length + 16, 6 * n.subtitle.length + 16);
    dg.setNode(n.key, { width: w, height: n.subtitle ? 38 : 26 });
  }
  for (const e of v.edges) dg.setEdge(e.from, e.to, {});
  dagre.layout(dg);
  const info = dg.graph() as { width?: number; height?: number };
  return {
    width: info.width ?? 0,
    height: info.height ?? 0,
    nodes: v.nodes.map((view) => {
      const p = dg.node(view.key) as { x: number; y: number; width: number; height: number };
      return { view, x: p.x, y: p.y, w: p.width, h: p.height };
    }),
    edges: v.edges.map((e) => {
      const p = dg.edge({ v: e.from, w: e.to }) as { points?: { x: number; y: number }[] } | undefined;
      return { ...e, points: p?.points ?? [] };
    }),
  };
}
