// Kernel faults (issue 9), on the real worker: 100 interrupts in a row, between bytecodes and inside long wasm ops;
// every one raises KeyboardInterrupt and keeps every variable. (Its own file: under load it takes a minute or two.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { run, session } from './helpers';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('100 interrupts in a row', () => {
  const s = session();
  before(async () => { await s.start(); });
  after(async () => { await s.dispose(); });

  const cases = [
    { name: 'in a Python loop', setup: 'n = 0', cell: 'while True:\n    n += 1', maxWait: 40 },
    { name: 'inside matrix products (wasm)', setup: 'a = torch.rand(768, 768)\nb = None', cell: 'while True:\n    b = a @ a', maxWait: 120 },
  ];
  for (const c of cases) {
    test(`${c.name}: KeyboardInterrupt every time, state kept every time`, async () => {
      assert.equal((await run(s, `import torch\ntorch.manual_seed(0)\nkept = torch.arange(6.).view(2, 3)\n${c.setup}`)).error, null);
      const check = 'print(kept.sum().item(), kept.shape, a.sum().item() if "a" in globals() else None)';
      const expected = (await run(s, check)).stdout;
      const r = rng(c.maxWait);
      for (let i = 0; i < 100; i++) {
        const p = run(s, c.cell, '<cell 2>');
        await sleep(2 + r() * c.maxWait);
        s.interruptExecution();
        // A lost interrupt must fail this test, not hang it (the session raises an unanswered interrupt again each
        // second, so this means it was lost for good): after 20 s, say so and interrupt again to end the cell.
        const lost = await Promise.race([p.then(() => false), sleep(20_000).then(() => true)]);
        if (lost) {
          s.interruptExecution();
          await p;
          assert.fail(`interrupt ${i} was lost: the cell was still running 20 s later (it ended after a second interrupt)`);
        }
        const res = await p;
        assert.equal(res.error?.ename, 'KeyboardInterrupt', `interrupt ${i}`);
        const after = await run(s, check);
        assert.equal(after.error, null, `interrupt ${i}: ${after.error?.traceback.join('\n')}`);
        assert.equal(after.stdout, expected, `interrupt ${i}`);
      }
      if (c.setup.startsWith('n')) assert.ok(Number((await run(s, 'print(n)')).stdout) > 0);
    });
  }
});
