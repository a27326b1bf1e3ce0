// Kernel faults (issue 9), on the real worker: out of memory and deep recursion raise and the kernel goes on; a
// worker that dies is reported, restarts, and does not touch another notebook's kernel; a cell printing in an
// endless loop stays bounded (few messages, capped text) and can be interrupted. (100 interrupts in a row:
// faults-interrupts.test.ts.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KernelDiedError } from '../../kernel/session';
import { run, session } from './helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('errors the kernel survives', () => {
  const s = session();
  before(async () => { await s.start(); });
  after(async () => { await s.dispose(); });

  test('torch.ones(10**10): PyTorch\'s out-of-memory RuntimeError, and the kernel keeps working', async () => {
    await run(s, 'import torch\nx = torch.ones(3)');
    const r = await run(s, 'y = torch.ones(10**10)');
    assert.equal(r.error?.ename, 'RuntimeError');
    assert.match(r.error?.evalue ?? '', /^\[enforce fail at alloc_cpu\.cpp:75\] err == 0\. DefaultCPUAllocator: can't allocate memory: you tried to allocate 40000000000 bytes\. Error code 12 \(Cannot allocate memory\)$/);
    assert.equal((await run(s, 'print(x + 1)')).stdout, 'tensor([2., 2., 2.])\n');
  });

  test('deep recursion: RecursionError, also with a raised recursion limit, and the kernel keeps working', async () => {
    const r1 = await run(s, 'def f(n):\n    return f(n + 1)\nf(0)');
    assert.equal(r1.error?.ename, 'RecursionError');
    const r2 = await run(s, 'import sys\nsys.setrecursionlimit(10**5)\nf(0)');
    assert.equal(r2.error?.ename, 'RecursionError');
    // Each level of this one records a graph node; at the default limit it raises in about a second.
    const r3 = await run(s, 'sys.setrecursionlimit(1000)\ndef g(t, n):\n    return g(t * 1, n + 1)\ng(torch.ones(2, requires_grad=True), 0)');
    assert.equal(r3.error?.ename, 'RecursionError');
    assert.equal((await run(s, 'print(x.sum())')).stdout, 'tensor(3.)\n');
  });
});

describe('a worker that dies', () => {
  const s1 = session(), s2 = session();
  before(async () => { await Promise.all([s1.start(), s2.start()]); });
  after(async () => { await Promise.all([s1.dispose(), s2.dispose()]); });

  for (const [how, code, exitCode] of [['os._exit(3)', 'import os\nos._exit(3)', 3], ['os.abort()', 'import os\nos.abort()', null]] as const) {
    test(`${how}: reported with its exit status, restartable, the other notebook's kernel untouched`, async () => {
      await run(s1, 'import torch\nmine = torch.ones(2)');
      await run(s2, 'import torch\ntheirs = torch.full((2,), 7.)');
      await assert.rejects(run(s1, code), (e: unknown) => e instanceof KernelDiedError && (exitCode === null || e.exitCode === exitCode) && /Restart it/.test(e.message));
      assert.equal((await run(s2, 'print(theirs)')).stdout, 'tensor([7., 7.])\n');
      await s1.restart();
      const r = await run(s1, 'import torch\nprint(torch.ones(1))\nmine');
      assert.equal(r.stdout, 'tensor([1.])\n');
      assert.equal(r.error?.ename, 'NameError', 'a fresh kernel');
      assert.equal((await run(s2, 'print(theirs.sum())')).stdout, 'tensor(14.)\n');
    });
  }
});

describe('printing in an endless loop', () => {
  const LIMIT = 200_000;
  const s = session({ maxOutputChars: LIMIT });
  before(async () => { await s.start(); });
  after(async () => { await s.dispose(); });

  test('bounded text, few messages, interrupt works, state kept, the next cell has its own budget', async () => {
    await run(s, 'i = 0');
    const p = run(s, 'while True:\n    print("line", i)\n    i += 1');
    await sleep(1500);
    s.interruptExecution();
    const r = await p;
    assert.equal(r.error?.ename, 'KeyboardInterrupt');
    assert.ok(r.stdout.length <= LIMIT && r.stdout.length > LIMIT / 2, `${r.stdout.length} characters`);
    assert.match(r.stdout, /^line 0\nline 1\n/);
    assert.match(r.stderr, /output reached 200,000 characters/);
    const [, dropped] = /\[tnb: ([\d,]+) more characters of output were not shown\]/.exec(r.stderr) ?? [];
    const printed = Number((await run(s, 'print(i)')).stdout);
    assert.ok(printed > 20_000, `${printed} lines printed in 1.5 s`);
    assert.ok(Number(dropped.replace(/,/g, '')) > 0);
    console.log(`# ${printed} lines printed, ${r.streamTimes.length} stream messages, ${r.stdout.length} characters shown, ${dropped} dropped`);
    assert.ok(r.streamTimes.length < 200, `${r.streamTimes.length} stream messages`);
    const next = await run(s, 'print("x" * 10)');
    assert.equal(next.stdout, 'xxxxxxxxxx\n');
    assert.equal(next.stderr, '');
  });
});
