// Deterministic memory: tensors owned by someone (a Python handle, a .grad slot, a saved variable) free their wasm
// storage when the last owner lets go; a training-style loop reaches a steady state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

const live = () => torch.memory_stats().liveBlocks;

test('release() frees the storage; views keep it alive until they are released too', () => {
  const before = live();
  const x = torch.ones([100, 100]).retain();
  assert.equal(live(), before + 1);
  const v = x.view([-1]).retain();
  x.release();
  assert.equal(live(), before + 1, 'the view still uses the storage');
  assert.equal(torch.tidy(() => v.sum().item()), 10000);
  v.release();
  assert.equal(live(), before, 'storage freed with its last tensor');
});

test('a graph frees its saved tensors after backward and everything when the output is released', () => {
  const w = torch.ones([4, 4], { requires_grad: true }).retain();
  const before = live();
  const a = w.mul(w).retain(), b = a.exp().retain(), y = b.sum().retain();
  y.backward();
  a.release(); b.release();
  assert.ok(live() > before + 1, 'the graph is still alive through y');
  y.release();
  assert.ok(live() <= before + 1, `only w.grad remains (live blocks ${live() - before} above start)`);
  w.release();
});

test('10,000 iterations of a small training loop return to a steady state', () => {
  torch.manual_seed(0);
  const x = torch.randn([8, 4]).retain();
  const target = torch.randn([8, 1]).retain();
  const w = torch.randn([4, 1], { requires_grad: true }).retain();
  // tidy() releases every temporary of the step (the Python facade gets the same from CPython's refcounting).
  const step = () => torch.tidy(() => {
    const loss = x.mm(w).sub(target).pow(2).mean();
    loss.backward();
    torch.no_grad(() => { w.sub_((w.grad as torch.Tensor).mul(0.01)); });
    (w.grad as torch.Tensor).zero_();
    return loss.item();
  });
  for (let i = 0; i < 100; i++) step();
  const settled = torch.memory_stats();
  let last = 0;
  for (let i = 0; i < 10_000; i++) last = step();
  const end = torch.memory_stats();
  assert.ok(Number.isFinite(last));
  assert.ok(end.liveBlocks <= settled.liveBlocks + 8, `live blocks grew from ${settled.liveBlocks} to ${end.liveBlocks}`);
  assert.equal(end.totalBytes, settled.totalBytes, 'wasm memory did not grow');
  x.release(); target.release(); w.release();
});
