// The grad_fn graph view's model and layout (renderer/graph-layout.ts, with dagre): every node placed, the
// output's node above the leaves, one routed edge per gradient edge; big graphs collapsed by creation site into
// groups that expand one by one (render times are in `npm run bench`, never asserted here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GraphNode, GraphPayload } from '../../kernel/protocol';
import { COLLAPSE_AT, layoutGraph, siteText, viewOf } from '../../renderer/graph-layout';

const node = (id: number, name: string, label: string | null = null, site: number | null = null): GraphNode =>
  ({ id, name, label, saved: [], released: false, site });

test('a diamond: root on top, leaf at the bottom, every edge routed', () => {
  const g: GraphPayload = {
    root: 0, truncated: false,
    nodes: [node(0, 'SumBackward0'), node(1, 'MulBackward0'), node(2, 'ExpBackward0'), node(3, 'AccumulateGrad', 'x')],
    edges: [{ from: 0, to: 1, shape: [3] }, { from: 1, to: 2, shape: [3] }, { from: 1, to: 3, shape: [3] }, { from: 2, to: 3, shape: [3] }],
  };
  const v = viewOf(g);
  assert.deepEqual(v.nodes.map((n) => n.key), ['n0', 'n1', 'n2', 'n3']);
  assert.equal(v.root, 'n0');
  assert.equal(v.nodes[3].title, 'AccumulateGrad (x)');
  const p = layoutGraph(v);
  assert.equal(p.nodes.length, 4);
  const y = (key: string) => p.nodes.find((n) => n.view.key === key)!.y;
  assert.ok(y('n0') < y('n1') && y('n1') < y('n2') && y('n2') < y('n3'));
  assert.equal(p.edges.length, 4);
  for (const e of p.edges) assert.ok(e.points.length >= 2);
  assert.ok(p.width > 0 && p.height > 0);
});

test('x * x: the two edges to the same leaf become one edge counted twice', () => {
  const g: GraphPayload = { root: 0, truncated: false, nodes: [node(0, 'MulBackward0'), node(1, 'AccumulateGrad', 'x')],
    edges: [{ from: 0, to: 1, shape: [2] }, { from: 0, to: 1, shape: [2] }] };
  const v = viewOf(g);
  assert.deepEqual(v.edges, [{ from: 'n0', to: 'n1', shape: [2], count: 2, outputs: [] }]);
});

/** `a = x; for i in range(n): a = a * w + 1` then `z = a.sum()`: 2n nodes from line 3, one from line 4. */
function loopGraph(n: number): GraphPayload {
  const g: GraphPayload = { root: 0, truncated: false, nodes: [node(0, 'SumBackward0', null, 0)], edges: [],
    sites: [{ file: '<cell 1>', line: 4, code: 'z = a.sum()' }, { file: '<cell 1>', line: 3, code: 'a = a * w + 1' }] };
  for (let i = 0; i < n; i++) {
    g.nodes.push(node(g.nodes.length, 'AddBackward0', null, 1));
    g.edges.push({ from: g.nodes.length - 2, to: g.nodes.length - 1, shape: [2, 2] });
    g.nodes.push(node(g.nodes.length, 'MulBackward0', null, 1));
    g.edges.push({ from: g.nodes.length - 2, to: g.nodes.length - 1, shape: [2, 2] });
  }
  g.nodes.push(node(g.nodes.length, 'AccumulateGrad', 'x', null));
  g.edges.push({ from: g.nodes.length - 2, to: g.nodes.length - 1, shape: [2, 2] });
  return g;
}

test('small graphs are never collapsed, even with repeated sites', () => {
  const g = loopGraph(3);
  assert.ok(g.nodes.length <= COLLAPSE_AT);
  const v = viewOf(g);
  assert.equal(v.nodes.length, g.nodes.length);
  assert.ok(v.nodes.every((n) => !n.group));
  assert.deepEqual(v.groupable, []);
});

test('a 1,000-node loop collapses to its lines; the group is labelled by the line and expands', () => {
  const g = loopGraph(500);
  assert.equal(g.nodes.length, 1002);
  const v = viewOf(g);
  assert.deepEqual(v.nodes.map((n) => n.key), ['n0', 'g1', 'n1001']);
  const group = v.nodes[1];
  assert.equal(group.group, true);
  assert.equal(group.members.length, 1000);
  assert.equal(group.title, '×1000  a = a * w + 1');
  assert.equal(group.subtitle, '500 AddBackward0, 500 MulBackward0');
  assert.equal(siteText(group.site!), 'cell 1, line 3: a = a * w + 1');
  // the chain's 999 internal edges vanish into the group; what enters and leaves it stays
  assert.deepEqual(v.edges.map((e) => `${e.from}>${e.to}`), ['n0>g1', 'g1>n1001']);
  assert.deepEqual(v.groupable, [1]);
  const p = layoutGraph(v);
  assert.equal(p.nodes.length, 3);
  // expanded step by step: the members closest to the output first, the rest still one group
  const some = viewOf(g, new Map([[1, 40]]));
  assert.equal(some.nodes.filter((n) => !n.group).length, 42);
  const rest = some.nodes.find((n) => n.group)!;
  assert.equal(rest.members.length, 960);
  assert.equal(rest.title, '×960 more  a = a * w + 1');
  assert.deepEqual(rest.members[0], g.nodes[41]);
  assert.ok(some.edges.some((e) => e.from === 'n40' && e.to === 'g1'), 'the last shown member leads into the rest');
  // all of them: every node again
  const all = viewOf(g, new Map([[1, 1000]]));
  assert.equal(all.nodes.length, 1002);
  assert.equal(all.edges.length, 1001);
  assert.deepEqual(all.groupable, [1]);
});

test('in a big view a leaf used by many nodes is drawn beside each user (no long edges)', () => {
  // an RNN-like loop: every step uses the leaf w
  const g = loopGraph(60);
  const w = g.nodes.length;
  g.nodes.push(node(w, 'AccumulateGrad', 'w'));
  for (const n of g.nodes) if (n.name === 'MulBackward0') g.edges.push({ from: n.id, to: w, shape: [2, 2] });
  const v = viewOf(g, new Map([[1, 120]]));
  const copies = v.nodes.filter((n) => n.title === 'AccumulateGrad (w)');
  assert.equal(copies.length, 60);
  assert.equal(new Set(copies.map((c) => c.key)).size, 60);
  assert.ok(copies.every((c) => c.members[0].id === w));
  for (const c of copies) assert.equal(v.edges.filter((e) => e.to === c.key).length, 1);
  // a small view keeps the one shared leaf
  const small = viewOf(loopGraph(3));
  assert.equal(small.nodes.filter((n) => n.title === 'AccumulateGrad (x)').length, 1);
});

test('nodes without a site (and leaves) stay themselves in a collapsed view', () => {
  const g = loopGraph(100);
  for (const n of g.nodes.slice(1, 11)) n.site = null;
  const v = viewOf(g);
  assert.equal(v.nodes.filter((n) => n.group).length, 1);
  assert.equal(v.nodes.filter((n) => !n.group).length, 12);   // Sum, 10 without a site, the leaf
  assert.ok(v.nodes.some((n) => n.key === `n${g.nodes.length - 1}` && n.title === 'AccumulateGrad (x)'));
});

test('a 1,000-node chain lays out completely when expanded', () => {
  const n = 1000;
  const g: GraphPayload = { root: 0, truncated: false, nodes: [], edges: [] };
  for (let i = 0; i < n; i++) g.nodes.push(node(i, i === n - 1 ? 'AccumulateGrad' : 'AddBackward0'));
  for (let i = 0; i < n - 1; i++) g.edges.push({ from: i, to: i + 1, shape: [2] });
  const p = layoutGraph(viewOf(g));
  assert.equal(p.nodes.length, n);
  assert.ok(p.nodes.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y)));
});
