// Out of memory: past TNB_MEMORY_LIMIT or the 4 GiB wasm32 space, allocations raise PyTorch 1.13.1's RuntimeError
// (Linux text, checked with `torch.ones(10**11)`) and leave the heap as it was, so the engine keeps working.
// Its own file: the wasm memory grown here never shrinks, and node --test runs each file in its own process.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import * as K from '../../kernel/engine/kernels';
import { setMemoryLimit } from '../../kernel/engine/wasm';

const oomText = (bytes: number) =>
  `[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate ${bytes} bytes. Error code 12 (Cannot allocate memory)`;
const isOom = (bytes: number) => (e: unknown) => {
  assert.ok(e instanceof torch.TorchError, `expected a TorchError, got ${String(e)}`);
  assert.equal(e.pyType, 'RuntimeError');
  assert.equal(e.message, oomText(bytes));
  return true;
};
/** A small training-style step: proves the engine still works after an error. */
function step(): number {
  return torch.tidy(() => {
    const w = torch.ones([8, 8], { requires_grad: true });
    const loss = torch.mm(torch.ones([4, 8]), w).relu().sum();
    loss.backward();
    return (w.grad as torch.Tensor).sum().item() + loss.item();
  });
}

test('a configured limit raises the out-of-memory RuntimeError and the engine keeps working', () => {
  const before = torch.memory_stats();
  setMemoryLimit(before.totalBytes + 64 * 2 ** 20);
  try {
    assert.throws(() => torch.ones([100_000_000]), isOom(400_000_000));
    assert.throws(() => torch.mm(torch.ones([5000, 5000], { dtype: 'float64' }), torch.ones([5000, 1])), isOom(200_000_000));
    assert.equal(torch.memory_stats().liveBlocks, before.liveBlocks, 'nothing leaked by the failed allocations');
    assert.equal(step(), 512);
    const kept = torch.ones([1_000_000]).retain();   // 4 MB still fits under the limit
    assert.equal(torch.tidy(() => kept.sum().item()), 1_000_000);
    kept.release();
  } finally {
    setMemoryLimit(null);
  }
  assert.equal(torch.memory_stats().liveBlocks, before.liveBlocks);
});

test('requests beyond the 4 GiB wasm32 space raise the same error (no u32 wrap-around)', () => {
  assert.throws(() => torch.ones([10 ** 11]), isOom(4 * 10 ** 11));
  assert.throws(() => torch.zeros([2 ** 30]), isOom(2 ** 32));
  assert.equal(step(), 512);
});

test('memory.grow failing at the 4 GiB wasm32 space raises it too; freed blocks are reused afterwards', () => {
  const held: torch.Tensor[] = [];
  let error: unknown = null;
  const n = 150_000_000;   // 600 MB blocks, never filled (untouched pages cost no RAM)
  for (let i = 0; i < 10 && !error; i++) {
    try { held.push(K.empty([n], 'float32').retain()); } catch (e) { error = e; }
  }
  assert.ok(held.length >= 2, `only ${held.length} blocks of 600 MB fitted`);
  assert.ok(error !== null, 'the wasm32 space should have run out');
  isOom(4 * n)(error);
  const total = torch.memory_stats().totalBytes;
  assert.equal(step(), 512);
  for (const t of held) t.release();
  const again = K.empty([n], 'float32').retain();   // reuses a freed block: no growth
  assert.equal(torch.memory_stats().totalBytes, total);
  again.release();
  assert.equal(step(), 512);
});
