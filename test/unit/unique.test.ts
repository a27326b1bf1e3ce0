// torch.unique(sorted=False) returns std::unordered_set's iteration order (PyTorch 1.13.1's unique_cpu_template):
// kernel/engine/ops/unique.ts emulates libstdc++'s hashtable. Checked here against test/golden/unordered_set.json,
// written by a C++ program over the real std::unordered_set (test/golden/gen_unordered_set.py); the parity snippet
// order_unique checks the same against PyTorch. Also: unique along a dim returns PyTorch's strided view, which
// keeps its storage alive and leaks nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

interface Case { dtype: 'int64' | 'float32' | 'float64'; values: number[]; order: number[] }
const golden = JSON.parse(readFileSync(join(__dirname, '..', 'golden', 'unordered_set.json'), 'utf8')) as { cases: Case[] };

test('unique(sorted=False) gives std::unordered_set\'s order (int64, float32, float64; 1 to 1,000 elements; -0.0)', () => {
  assert.ok(golden.cases.length >= 70);
  for (const [i, c] of golden.cases.entries()) {
    torch.tidy(() => {
      const [u] = torch.unique(torch.tensor(c.values, { dtype: c.dtype }), false);
      const want = c.dtype === 'float32' ? c.order.map(Math.fround) : c.order;
      assert.deepEqual(Array.from(u.toArray()), want, `case ${i} (${c.dtype}, ${c.values.length} values)`);
    });
  }
});

test('sorted unique, inverse and counts agree with the set', () => torch.tidy(() => {
  const x = torch.tensor([3, 1, 3, 2, 1], { dtype: 'int64' });
  const [u, inv, counts] = torch.unique(x, true, true, true);
  assert.deepEqual(Array.from(u.toArray()), [1, 2, 3]);
  assert.deepEqual(Array.from(inv.toArray()), [2, 0, 2, 1, 0]);
  assert.deepEqual(Array.from(counts.toArray()), [2, 1, 2]);
}));

test('unique along dim 1: PyTorch\'s strided result, valid after its temporaries are gone, nothing leaked', () => {
  const run = (): torch.Tensor => {
    const t = torch.tensor([[1, 2, 2], [1, 2, 2], [0, 5, 1]], { dtype: 'int64' });
    const [u, inv, counts] = torch.unique(t, true, true, true, 1);
    assert.deepEqual(Array.from(inv.toArray()), [0, 2, 1]);
    assert.deepEqual(Array.from(counts.toArray()), [1, 1, 1]);
    return u;   // tidy keeps what it returns
  };
  const warm = torch.tidy(run);   // warm-up: first-use allocations of the engine (kernels' meta blocks)
  torch.tidy(() => { torch.ones([1000]).mul(2); torch.contiguous(warm).toArray(); });
  warm.release();
  const before = torch.memory_stats().liveBlocks;
  const kept = torch.tidy(run);
  torch.tidy(() => { torch.ones([1000]).mul(2); });   // reuse of freed blocks must not touch kept's storage
  assert.deepEqual(kept.shape, [3, 3]);
  assert.deepEqual(kept.strides, [1, 3]);
  assert.deepEqual(Array.from(torch.tidy(() => torch.contiguous(kept).toArray())), [1, 2, 2, 1, 2, 2, 0, 1, 5]);
  kept.release();
  assert.equal(torch.memory_stats().liveBlocks, before);
});
