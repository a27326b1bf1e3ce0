// Layout of the grad_fn graph view (renderer/graph-layout.ts, with dagre): every node placed, the output's
// node above the leaves, one routed edge per gradient edge; also a 1,000-node graph (its render time is in
// `npm run bench`, never asserted here).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GraphPayload } from '../../kernel/protocol';
import { layoutGraph } from '../../renderer/graph-layout';

const node = (id: number, name: string, label: string | null = null) => ({ id, name, label, saved: [], released: false });

test('a diamond: root on top, leaf at the bottom, every edge routed', () => {
  const g: GraphPayload = {
    root: 0, truncated: false,
    nodes: [node(0, 'SumBackward0'), node(1, 'MulBackward0'), node(2, 'ExpBackward0'), node(3, 'AccumulateGrad', 'x')],
    edges: [{ from: 0, to: 1, shape: [3] }, { from: 1, to: 2, shape: [3] }, { from: 1, to: 3, shape: [3] }, { from: 2, to: 3, shape: [3] }],
  };
  const p = layoutGraph(g);
  assert.equal(p.nodes.length, 4);
  const y = (id: number) => p.nodes.find((n) => n.node.id === id)!.y;
  assert.ok(y(0) < y(1) && y(1) < y(2) && y(2) < y(3));
  assert.equal(p.edges.length, 4);
  for (const e of p.edges) assert.ok(e.points.length >= 2);
  assert.ok(p.width > 0 && p.height > 0);
});

test('a 1,000-node chain lays out completely', () => {
  const n = 1000;
  const g: GraphPayload = { root: 0, truncated: false, nodes: [], edges: [] };
  for (let i = 0; i < n; i++) g.nodes.push(node(i, i === n - 1 ? 'AccumulateGrad' : 'AddBackward0'));
  for (let i = 0; i < n - 1; i++) g.edges.push({ from: i, to: i + 1, shape: [2] });
  const p = layoutGraph(g);
  assert.equal(p.nodes.length, n);
  assert.ok(p.nodes.every((q) => Number.isFinite(q.x) && Number.isFinite(q.y)));
});
