// Matmul on helper threads (kernel/engine/threads.ts): products split by rows (tall) or columns (wide and short)
// give bit-for-bit the single-thread result (each element's sum runs in the same order), for odd sizes, float64,
// int64, matrix · vector, transposed / strided / batched / batch-broadcast operands; an interrupt stops every
// part. Registered by threads-1.test.ts and threads-2.test.ts after they set TNB_THREADS.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { activeThreads, MIN_PARALLEL_FLOPS, setThreadLimit, threadCount } from '../../kernel/engine/threads';
import { KernelInterrupt, setInterruptBuffer } from '../../kernel/engine/wasm';
import { assertClose, make } from './kernel-check';

/** float64 reference of [B, M, K] @ [B, K, N] (B may be 1 on either side: broadcast). */
function ref(a: Tensor, b: Tensor): Float64Array {
  const A = torch.contiguous(a.ndim === 2 ? torch.unsqueeze(a, 0) : a).toArray(), Bv = torch.contiguous(b.ndim === 2 ? torch.unsqueeze(b, 0) : b).toArray();
  const [ba, M, K] = a.ndim === 2 ? [1, ...a.shape] : a.shape, [bb, , N] = b.ndim === 2 ? [1, ...b.shape] : b.shape;
  const B = Math.max(ba, bb);
  const out = new Float64Array(B * M * N);
  for (let t = 0; t < B; t++) {
    const ao = ba === 1 ? 0 : t * M * K, bo = bb === 1 ? 0 : t * K * N;
    for (let i = 0; i < M; i++) for (let k = 0; k < K; k++) {
      const x = A[ao + i * K + k];
      for (let j = 0; j < N; j++) out[(t * M + i) * N + j] += x * Bv[bo + k * N + j];
    }
  }
  return out;
}

async function helpersReady(n: number): Promise<void> {
  for (let i = 0; i < 500 && activeThreads() < n; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(activeThreads(), n, 'helper threads started');
}

export function registerThreadTests(threads: number): void {
  describe(`matmul with TNB_THREADS=${threads}`, () => {
    test('thread count from TNB_THREADS; the helpers start', async () => {
      assert.equal(threadCount(), threads);
      torch.ones([1]);
      await helpersReady(threads);
    });

    const cases: [string, () => [Tensor, Tensor]][] = [
      ['tall 301x77 @ 77x203 (rows)', () => [make([301, 77], 1), make([77, 203], 2)]],
      ['wide 37x300 @ 300x517 (columns)', () => [make([37, 300], 3), make([300, 517], 4)]],
      ['MLP 64x784 @ 784x128', () => [make([64, 784], 5), make([784, 128], 6)]],
      ['K beyond a slice 129x600 @ 600x65', () => [make([129, 600], 7), make([600, 65], 8)]],
      ['N beyond a column block 9x260 @ 260x2100', () => [make([9, 260], 9), make([260, 2100], 10)]],
      ['Aᵀ·Bᵀ 150x200 @ 200x170', () => [torch.transpose(make([200, 150], 11), 0, 1), torch.transpose(make([170, 200], 12), 0, 1)]],
      ['strided 160x(2·200) @ 200x(3·150)', () => [torch.slice(make([160, 400], 13), 1, 0, null, 2), torch.slice(make([200, 450], 14), 1, 1, null, 3)]],
      ['float64 203x111 @ 111x199', () => [make([203, 111], 15, 'float64'), make([111, 199], 16, 'float64')]],
      ['batched 6x90x100 @ 6x100x80', () => [make([6, 90, 100], 17), make([6, 100, 80], 18)]],
      ['batch-broadcast 4x100x120 @ 120x90 (one tall product)', () => [make([4, 100, 120], 19), make([120, 90], 20)]],
      ['broadcast A 90x120 @ 5x120x100', () => [make([90, 120], 21), make([5, 120, 100], 22)]],
      ['matrix · vector 6000x800 @ 800', () => [make([6000, 800], 23), make([800], 24)]],
    ];
    for (const [name, operands] of cases) {
      test(`${name}: as one thread, bit for bit, and close to float64`, () => torch.tidy(() => {
        const [a, b] = operands();
        const flops = 2 * a.numel() * (b.ndim === 1 ? 1 : b.shape[b.ndim - 1]) * (b.ndim === 3 && a.ndim === 2 ? b.shape[0] : 1);
        assert.ok(flops >= MIN_PARALLEL_FLOPS, `${name} is big enough to be split (${flops} flops)`);
        setThreadLimit(1);
        const one = torch.matmul(a, b).toArray();
        setThreadLimit(null);
        const many = torch.matmul(a, b);
        assert.deepEqual(Array.from(many.toArray()), Array.from(one), 'same bits as one thread');
        const K = a.shape[a.ndim - 1];
        const tol = a.dtype === 'float64' ? { rtol: 1e-12, atol: 1e-12 * K } : { rtol: 1e-5, atol: 2e-7 * K };
        assertClose(many, b.ndim === 1 ? ref(a, torch.unsqueeze(b, 1)) : ref(a, b), tol.rtol, tol.atol, name);
      }));
    }

    test('ops that find the helpers asleep (the caller may run every part and take the op back): right bits, nothing stuck', async () => {
      const a = make([160, 128], 40).retain(), b = make([128, 136], 41).retain();
      const x = make([300000], 42).retain(), y = make([300000], 43).retain();
      setThreadLimit(1);
      const one = torch.tidy(() => torch.mm(a, b).toArray()), oneSum = torch.tidy(() => torch.add(x, y).toArray());
      setThreadLimit(null);
      for (let i = 0; i < 30; i++) {
        await new Promise((r) => setTimeout(r, 1 + (i % 3)));   // past the helpers' 0.5 ms spin: they sleep
        torch.tidy(() => {
          assert.deepEqual(Array.from(torch.mm(a, b).toArray()), Array.from(one), `product ${i}`);
          assert.deepEqual(Array.from(torch.add(x, y).toArray()), Array.from(oneSum), `sum ${i}`);
        });
      }
      for (const t of [a, b, x, y]) t.release();
    });

    test('int64 stays exact', () => torch.tidy(() => {
      const a = torch.remainder(torch.reshape(torch.arange(0, 150 * 160, 1, { dtype: 'int64' }), [150, 160]), 7);
      const b = torch.remainder(torch.reshape(torch.arange(0, 160 * 170, 1, { dtype: 'int64' }), [160, 170]), 5);
      const got = torch.mm(a, b).toArray();
      const want = ref(a.double(), b.double());
      assert.deepEqual(Array.from(got), Array.from(want));
    }));

    test('a pending interrupt stops every part; nothing leaks; the next product is right', () => {
      const flag = new Int32Array(new SharedArrayBuffer(4));
      setInterruptBuffer(flag);
      try {
        const a = make([400, 400], 30).retain(), b = make([400, 400], 31).retain();
        const live = torch.memory_stats().liveBlocks;
        Atomics.store(flag, 0, 2);
        assert.throws(() => torch.tidy(() => { torch.mm(a, b); }), (e) => e instanceof KernelInterrupt);
        assert.equal(Atomics.load(flag, 0), 0);
        assert.equal(torch.memory_stats().liveBlocks, live);
        torch.tidy(() => assertClose(torch.mm(a, b), ref(a, b), 1e-5, 2e-7 * 400, 'after the interrupt'));
        a.release(); b.release();
      } finally {
        setInterruptBuffer(null);
      }
    });
  });
}
