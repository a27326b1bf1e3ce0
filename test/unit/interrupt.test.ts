// Interrupts inside long engine calls: with an interrupt buffer set (the kernel worker passes Pyodide's), gemm
// polls it from inside the wasm and elementwise ops, reductions and softmax between pieces of CHUNK elements. An
// interrupted op throws KernelInterrupt (Python: KeyboardInterrupt), clears the flag, frees what it allocated,
// and the engine keeps working. In-place writes into a caller's tensor are never stopped half-way.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import * as torch from '../../kernel/engine';
import { CHUNK } from '../../kernel/engine/kernels';
import { KernelInterrupt, setInterruptBuffer } from '../../kernel/engine/wasm';

const flag = new Int32Array(new SharedArrayBuffer(4));
setInterruptBuffer(flag);
after(() => setInterruptBuffer(null));

const live = () => torch.memory_stats().liveBlocks;
const isInterrupt = (e: unknown) => {
  assert.ok(e instanceof KernelInterrupt, `expected KernelInterrupt, got ${String(e)}`);
  assert.equal((e as KernelInterrupt).pyType, 'KeyboardInterrupt');
  assert.equal(Atomics.load(flag, 0), 0, 'the flag is cleared (Pyodide must not raise a second time)');
  return true;
};

/**
 * A thread that, once `go()` is called, sleeps `ms` and sets the flag to 2 (the engine's thread is busy in the
 * op meanwhile); `setAt()` is when it did, on the process-wide monotonic clock (hrtime, ns).
 */
async function interrupter(ms: number): Promise<{ go(): void; setAt(): bigint; close(): Promise<number> }> {
  const ctl = new BigInt64Array(new SharedArrayBuffer(16));
  const w = new Worker(`const { workerData, parentPort } = require('node:worker_threads');
    const f = new Int32Array(workerData.flag), ctl = new BigInt64Array(workerData.ctl);
    parentPort.postMessage('ready');
    Atomics.wait(ctl, 0, 0n);
    Atomics.wait(ctl, 1, 0n, ${ms});
    Atomics.store(f, 0, 2);
    Atomics.store(ctl, 1, process.hrtime.bigint());`, { eval: true, workerData: { flag: flag.buffer, ctl: ctl.buffer } });
  await new Promise((resolve) => w.once('message', resolve));
  return {
    go: () => { Atomics.store(ctl, 0, 1n); Atomics.notify(ctl, 0); },
    setAt: () => Atomics.load(ctl, 1),
    close: () => w.terminate(),
  };
}

test('a pending interrupt stops matmul, elementwise ops, casts, reductions and softmax; nothing leaks', () => {
  const big = torch.ones([2 * CHUNK + 5]).retain();
  const mat = torch.ones([512, 512]).retain();
  const rows = torch.ones([3 * CHUNK / 1024, 1024]).retain();
  const before = live();
  const cases: [string, () => unknown][] = [
    ['mm', () => torch.mm(mat, mat)],
    ['mm float64', () => torch.mm(mat.double(), mat.double())],
    ['mv', () => torch.mv(rows, torch.ones([1024]))],
    ['mul', () => big.mul(2)],
    ['add', () => big.add(big)],
    ['exp', () => big.exp()],
    ['gt', () => big.gt(0)],
    ['where', () => torch.where(big.gt(0), big, big)],
    ['double', () => big.double()],
    ['transpose contiguous', () => rows.t().contiguous()],
    ['sum rows', () => rows.sum(1)],
    ['softmax', () => rows.softmax(1)],
    // (softmax along another dim, prod and p-norms poll the flag from inside their wasm kernels)
    ['softmax along dim 0', () => torch.softmax(rows, 0)],
    ['log_softmax along dim 0', () => torch.log_softmax(rows, 0)],

    ['vector norm', () => torch.linalg_vector_norm(big)],
    ['vector norm 3', () => torch.linalg_vector_norm(big, 3)],
    ['prod', () => torch.prod(big)],
    ['prod along dim 0', () => torch.prod(rows, 0)],
    ['prod along dim 1', () => torch.prod(rows, 1)],
    ['vector norm 0.5 along dim 0', () => torch.linalg_vector_norm(rows, 0.5, [0])],
    ['vector norm -1 along dim 1', () => torch.linalg_vector_norm(rows, -1, [1])],
  ];
  for (const [name, fn] of cases) {
    Atomics.store(flag, 0, 2);
    assert.throws(() => torch.tidy(fn), isInterrupt, name);
    assert.equal(live(), before, `${name}: nothing leaked`);
  }
  // the backward of softmax and log_softmax along dim 0 (the forward runs before the flag is set)
  for (const fn of ['softmax', 'log_softmax'] as const) {
    assert.throws(() => torch.tidy(() => {
      const r = rows.detach().requires_grad_();
      const y = torch[fn](r, 0);
      Atomics.store(flag, 0, 2);
      torch.autograd.grad(y, r, { grad_outputs: [rows] });
    }), isInterrupt, `${fn} backward along dim 0`);
    assert.equal(live(), before, `${fn} backward: nothing leaked`);
  }
  // The engine still works, and small ops never look at the flag.
  Atomics.store(flag, 0, 2);
  assert.equal(torch.tidy(() => torch.ones([10]).mul(3).sum().item()), 30);
  Atomics.store(flag, 0, 0);
  assert.equal(torch.tidy(() => big.mul(2).sum().item()), 2 * (2 * CHUNK + 5));
  assert.equal(torch.tidy(() => torch.mm(mat, mat).mean().item()), 512);
  // An in-place op into the caller's tensor finishes (its result was computed before the interrupt).
  const target = torch.zeros([2 * CHUNK + 5]).retain();
  Atomics.store(flag, 0, 2);
  torch.tidy(() => { target.copy_(big); });
  assert.equal(Atomics.load(flag, 0), 2, 'copy_ did not look at the flag');
  Atomics.store(flag, 0, 0);
  assert.equal(torch.tidy(() => target.sum().item()), 2 * CHUNK + 5);
  for (const t of [big, mat, rows, target]) t.release();
});

test('an interrupt arriving during a long matmul or elementwise op stops it within milliseconds', async () => {
  Atomics.store(flag, 0, 0);
  const a = torch.ones([2048, 2048]).retain();
  const x = torch.ones([16 * CHUNK]).retain();
  const cols = torch.ones([4096, 4096]).retain();
  const before = live();
  for (const [name, fn] of [['mm 2048', () => torch.mm(a, a)], ['exp 16M', () => x.exp().exp().exp()],
    ['softmax 4096x4096 along dim 0', () => torch.log_softmax(torch.softmax(cols, 0), 0)],
    ['vector norm 3 of 16M', () => torch.linalg_vector_norm(x, 3)]] as const) {
    const run = () => torch.tidy(() => { fn(); });
    run();   // warm up
    const t0 = performance.now();
    run();
    const full = performance.now() - t0;
    const it = await interrupter(Math.max(1, Math.floor(full / 3)));
    let thrown: unknown = null;
    it.go();
    try { run(); } catch (e) { thrown = e; }
    const stopped = process.hrtime.bigint();
    const setAt = it.setAt();
    await it.close();
    if (thrown === null) {
      // The op finished before the other thread stored the flag (a slow thread): not an error.
      Atomics.store(flag, 0, 0);
      continue;
    }
    const latency = Number(stopped - setAt) / 1e6;
    isInterrupt(thrown);
    console.log(`# ${name}: runs ${full.toFixed(0)} ms; stopped ${latency.toFixed(1)} ms after the flag was set`);
    assert.ok(latency < 5000);
    if (!name.startsWith('mm')) assert.ok(latency < 100, `${name}: stopped ${latency} ms after the flag`);
    assert.equal(live(), before, `${name}: nothing leaked`);
  }
  a.release();
  x.release();
  cols.release();
});
