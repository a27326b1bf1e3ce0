// The FinalizationRegistry safety net (tensor.ts): a tensor dropped while alive (never released) gives its storage
// back after a garbage collection. Registration waits for the end of the tidy scope that made the tensor (most
// tensors die there), so this checks tensors leaving a scope: the result, and one owned inside but never released.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as torch from '../../kernel/engine';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function collect(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('tensors that leave a tidy scope alive and are then dropped are freed by the finalizer', async () => {
  const before = torch.memory_stats().liveBlocks;
  (() => {
    torch.tidy(() => torch.ones([1000]).mul(2));                     // the result: kept, never released
    torch.tidy(() => { torch.ones([1000]).add(1).retain(); });       // owned inside, never released
    torch.tidy(() => torch.tidy(() => [torch.ones([10])]));          // kept through two scopes
  })();
  assert.ok(torch.memory_stats().liveBlocks >= before + 3);
  await collect();
  assert.equal(torch.memory_stats().liveBlocks, before);
});
