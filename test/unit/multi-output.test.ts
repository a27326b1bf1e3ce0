// Nodes with several outputs (unbind, split, var_mean): one node per call, each output's gradient in its own slot,
// undefined gradients as zeros, hooks per output, captures of an output, the views' in-place errors, and the graph
// payload drawing the node once with an edge per output used (expected values from PyTorch 1.13.1).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { inspection } from '../../kernel/engine/inspection';
import { graphPayload, nodeDetails } from '../../kernel/payload';
import { viewOf } from '../../renderer/graph-layout';

const values = (t: Tensor | null): number[] => Array.from((t as Tensor).toArray());

test('unbind: one node, output_nr per piece, and a gradient for one piece only fills the rest with zeros', () => {
  const x = torch.arange(6).reshape([2, 3]).to('float32').requires_grad_();
  const [a, b] = torch.unbind(x, 0);
  assert.equal(a.grad_fn, b.grad_fn);
  assert.equal(a.grad_fn?.name(), 'UnbindBackward0');
  assert.deepEqual([a._outputNr, b._outputNr], [0, 1]);
  a.mul(2).sum().backward();
  assert.deepEqual(values(x.grad), [2, 2, 2, 0, 0, 0]);
});

test('split: gradients of two pieces summed into the input; a hook sees null for a piece that got none', () => {
  const x = torch.ones([5], { requires_grad: true });
  const y = x.mul(1);
  const [p, q, r] = torch.split(y, 2);
  const seen: (number[] | null)[] = [];
  r.register_hook((g) => { seen.push(g ? values(g) : null); });
  q.register_hook((g) => (g ? g.mul(10) : undefined));
  p.sum().add(q.sum()).backward();
  assert.deepEqual(values(x.grad), [1, 1, 10, 10, 0]);
  assert.deepEqual(seen, [null]);
});

test('retain_grad on a piece without a gradient raises as PyTorch 1.13 does', () => {
  const x = torch.ones([4], { requires_grad: true });
  const [p, q] = torch.split(x.mul(1), 2);
  q.retain_grad();
  assert.throws(() => p.sum().backward(), /Expected a proper Tensor but got None/);
});

test('autograd.grad with respect to outputs of the node (and allow_unused for one not used)', () => {
  const x = torch.tensor([1, 2, 3], { dtype: 'float32', requires_grad: true });
  const [a, b, c] = torch.unbind(x.mul(1));
  const s = a.mul(3).add(b);
  const [gb, ga] = torch.autograd.grad(s, [b, a], { retain_graph: true });
  assert.deepEqual([values(gb), values(ga)], [[1], [3]]);
  const [gc] = torch.autograd.grad(s, [c], { allow_unused: true });
  assert.equal(gc, null);
});

test('double backward through unbind (create_graph)', () => {
  const x = torch.tensor([1, 2, 3], { dtype: 'float32', requires_grad: true });
  const u = torch.unbind(x.pow(2));
  const [gx] = torch.autograd.grad(u[1].mul(u[2]), [x], { create_graph: true });
  assert.deepEqual(values(gx), [0, 36, 24]);
  const [gg] = torch.autograd.grad((gx as Tensor).sum(), [x]);
  assert.deepEqual(values(gg), [0, 42, 32]);
});

test('var_mean: a gradient for the mean only, and for both', () => {
  const x = torch.tensor([[1, 2, 4], [3, -1, 0.5]], { dtype: 'float64', requires_grad: true });
  const [v, m] = torch.var_mean(x, 1);
  assert.equal(v.grad_fn?.name(), 'VarMeanBackward0');
  const [gm] = torch.autograd.grad(m.sum(), [x], { retain_graph: true });
  assert.deepEqual(values(gm).map((t) => +t.toFixed(6)), [0.333333, 0.333333, 0.333333, 0.333333, 0.333333, 0.333333]);
  const [g] = torch.autograd.grad(v.sum().add(m.sum().mul(2)), [x]);
  assert.deepEqual(values(g).map((t) => +t.toFixed(4)), [-0.6667, 0.3333, 2.3333, 2.8333, -1.1667, 0.3333]);
});

test('in place on a piece of unbind is refused; after the base changed the pieces cannot be used', () => {
  const x = torch.ones([2, 3], { requires_grad: true });
  const y = x.mul(2);
  const [a] = torch.unbind(y);
  assert.throws(() => a.mul_(2), /^RuntimeError: Output 0 of UnbindBackward0 is a view and is being modified inplace\. This view is the output of a function that returns multiple views\./);
  torch.no_grad(() => y.mul_(2));
  assert.throws(() => a.grad_fn, /Output 0 of UnbindBackward0 is a view and its base or another view of its base has been modified inplace/);
  // unsafe_split: the pieces are not views, in place is fine
  const [s] = torch.split(x.mul(1), 1, 0, true);
  s.mul_(2);
  assert.equal(s.grad_fn?.name(), 'MulBackward0');
});

test('the graph payload: a several-output node once, an edge per output it gets a gradient through', () => {
  const x = torch.ones([2, 3], { requires_grad: true });
  const [a, b] = torch.unbind(x);
  const z = a.mul(b);
  const g = graphPayload(z.grad_fn as InstanceType<typeof torch.Node>, { leafName: () => 'x' });
  assert.deepEqual(g.nodes.map((n) => n.name), ['MulBackward0', 'UnbindBackward0', 'AccumulateGrad']);
  assert.equal(g.nodes[1].outputs, 2);
  assert.deepEqual(g.edges, [{ from: 0, to: 1, shape: [3], output: 0 }, { from: 0, to: 1, shape: [3], output: 1 }, { from: 1, to: 2, shape: [2, 3] }]);
  const v = viewOf(g);
  assert.deepEqual(v.edges.find((e) => e.to === 'n1'), { from: 'n0', to: 'n1', shape: [3], count: 2, outputs: [0, 1] });
  assert.match(v.nodes[1].subtitle, /^2 outputs/);
});

test('node details of a several-output node: the gradient of each output (null where none arrived)', () => {
  inspection.recordGrads = true;
  try {
    const x = torch.ones([3, 2], { requires_grad: true });
    const [p, , r] = torch.unbind(x);
    p.add(r.mul(3)).sum().backward();
    const d = nodeDetails(p.grad_fn as InstanceType<typeof torch.Node>, { recordLimit: 1 << 20 });
    assert.equal(d.outputGrads?.length, 3);
    assert.match(d.outputGrads?.[0]?.text ?? '', /tensor\(\[1\., 1\.\]\)/);
    assert.equal(d.outputGrads?.[1], null);
    assert.match(d.outputGrads?.[2]?.text ?? '', /tensor\(\[3\., 3\.\]\)/);
  } finally {
    inspection.recordGrads = false;
  }
});
