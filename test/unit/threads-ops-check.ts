// Elementwise ops, copies, reductions and softmax on helper threads (kernel/engine/parallel.ts): a big op is split
// (with two threads; never with one), gives bit for bit what one thread gives, and is close to a float64 reference;
// a long sum stops at an interrupt without leaking. Registered by threads-1.test.ts and threads-2.test.ts after they
// set TNB_THREADS.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { MIN_PARALLEL_ELEMENTS, MIN_PARALLEL_REDUCE, SUM_PIECE } from '../../kernel/engine/parallel';
import { setThreadLimit, splitOps } from '../../kernel/engine/threads';
import { KernelInterrupt, setInterruptBuffer } from '../../kernel/engine/wasm';
import { assertClose, make } from './kernel-check';

const f64 = (t: Tensor): Float64Array => Float64Array.from(torch.contiguous(t).toArray() as ArrayLike<number>);

/** float64 references computed from the inputs' values (row-major). */
const refs = {
  map: (x: Float64Array, f: (v: number) => number): Float64Array => x.map(f),
  rows: (x: Float64Array, n: number, f: (row: Float64Array) => number[]): Float64Array => {
    const out: number[] = [];
    for (let i = 0; i < x.length; i += n) out.push(...f(x.subarray(i, i + n)));
    return Float64Array.from(out);
  },
  sum: (x: ArrayLike<number>): number => { let s = 0; for (let i = 0; i < x.length; i++) s += x[i]; return s; },
};
const softmaxRow = (r: Float64Array): number[] => {
  const m = Math.max(...r), e = Array.from(r, (v) => Math.exp(v - m)), s = refs.sum(e);
  return e.map((v) => v / s);
};

/**
 * byThreads: a full float sum, which PyTorch computes in two passes over one chunk per thread, so its last bits
 * depend on the thread count (sum-order-check.ts checks those bits against a model of PyTorch's order).
 */
/** The gradient of f(x, 1) for x = m's values with the upstream gradient m itself (the row kernel of softmaxback.ts). */
function softmaxGrad(f: (x: Tensor, dim: number) => Tensor, m: Tensor): Tensor {
  const x = torch.detach(m).requires_grad_(true);
  return torch.autograd.grad(f(x, 1), x, { grad_outputs: m })[0] as Tensor;
}

interface Case { name: string; run: () => Tensor; ref: () => ArrayLike<number>; rtol: number; atol: number; byThreads?: boolean }

export function registerOpThreadTests(threads: number): void {
  describe(`elementwise ops and reductions with TNB_THREADS=${threads}`, () => {
    const N = 4 * MIN_PARALLEL_ELEMENTS + 17;
    const big = SUM_PIECE * 3 + 12345;   // a full reduction of 2·MIN_PARALLEL_REDUCE or more: pieces shared by threads
    let a: Tensor, b: Tensor, m: Tensor, long: Tensor, aa: Float64Array, bb: Float64Array, mm: Float64Array, ll: Float64Array;
    const cases: Case[] = [
      { name: 'a + b', run: () => torch.add(a, b), ref: () => aa.map((v, i) => v + bb[i]), rtol: 1e-6, atol: 1e-7 },
      { name: 'a * 3 (a Python scalar)', run: () => torch.mul(a, 3), ref: () => refs.map(aa, (v) => v * 3), rtol: 1e-6, atol: 0 },
      { name: 'exp(a)', run: () => torch.exp(a), ref: () => refs.map(aa, Math.exp), rtol: 2e-7, atol: 0 },
      { name: 'a > b (bool)', run: () => torch.gt(a, b), ref: () => aa.map((v, i) => (v > bb[i] ? 1 : 0)), rtol: 0, atol: 0 },
      { name: 'where(a > b, a, b)', run: () => torch.where(torch.gt(a, b), a, b), ref: () => aa.map((v, i) => Math.max(v, bb[i])), rtol: 0, atol: 0 },
      { name: 'a.double() (a cast)', run: () => a.double(), ref: () => aa, rtol: 0, atol: 0 },
      { name: 'm.t().contiguous() (a strided copy)', run: () => torch.contiguous(m.t()),
        ref: () => { const [r, c] = m.shape, o = new Float64Array(r * c); for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) o[j * r + i] = mm[i * c + j]; return o; }, rtol: 0, atol: 0 },
      { name: 'm + m[0] (broadcast rows)', run: () => torch.add(m, torch.select(m, 0, 0)),
        ref: () => { const c = m.shape[1]; return mm.map((v, i) => v + mm[i % c]); }, rtol: 1e-6, atol: 1e-7 },
      { name: 'relu(m.t()) (strided unary)', run: () => torch.relu(m.t()),
        ref: () => { const [r, c] = m.shape, o = new Float64Array(r * c); for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) o[j * r + i] = Math.max(0, mm[i * c + j]); return o; }, rtol: 0, atol: 0 },
      { name: 'm.sum(1)', run: () => torch.sum(m, 1), ref: () => refs.rows(mm, m.shape[1], (r) => [refs.sum(r)]), rtol: 1e-5, atol: 1e-5 },
      { name: 'm.max(1) values', run: () => torch.max(m, 1)[0], ref: () => refs.rows(mm, m.shape[1], (r) => [Math.max(...r)]), rtol: 0, atol: 0 },
      { name: 'm.argmax(1)', run: () => torch.argmax(m, 1), ref: () => refs.rows(mm, m.shape[1], (r) => [r.indexOf(Math.max(...r))]), rtol: 0, atol: 0 },
      { name: 'softmax(m, 1)', run: () => torch.softmax(m, 1), ref: () => refs.rows(mm, m.shape[1], softmaxRow), rtol: 1e-5, atol: 1e-8 },
      { name: 'log_softmax(m, 1)', run: () => torch.log_softmax(m, 1),
        ref: () => refs.rows(mm, m.shape[1], (r) => softmaxRow(r).map(Math.log)), rtol: 1e-5, atol: 1e-6 },
      { name: 'log_softmax(m, 1) backward (rows)', run: () => softmaxGrad(torch.log_softmax, m),
        ref: () => refs.rows(mm, m.shape[1], (r) => { const p = softmaxRow(r), s = r.reduce((t, v) => t + v, 0); return Array.from(r, (v, i) => v - p[i] * s); }), rtol: 1e-4, atol: 1e-4 },
      { name: 'softmax(m, 1) backward (rows)', run: () => softmaxGrad(torch.softmax, m),
        ref: () => refs.rows(mm, m.shape[1], (r) => { const p = softmaxRow(r), s = r.reduce((t, v, i) => t + v * p[i], 0); return Array.from(r, (v, i) => (v - s) * p[i]); }), rtol: 1e-4, atol: 1e-6 },
      { name: 'long.sum() (one chunk per thread)', run: () => torch.sum(long), ref: () => [refs.sum(ll)], rtol: 1e-5, atol: 1e-3, byThreads: true },
      { name: 'long.mean()', run: () => torch.mean(long), ref: () => [refs.sum(ll) / ll.length], rtol: 1e-5, atol: 1e-8, byThreads: true },
      { name: 'long.var()', run: () => torch.var_(long),
        ref: () => { const mu = refs.sum(ll) / ll.length; let s = 0; for (const v of ll) s += (v - mu) ** 2; return [s / (ll.length - 1)]; }, rtol: 1e-6, atol: 0 },
      { name: 'long.max()', run: () => torch.max(long), ref: () => [ll.reduce((p, v) => Math.max(p, v), -Infinity)], rtol: 0, atol: 0 },
      { name: 'long.min()', run: () => torch.min(long), ref: () => [ll.reduce((p, v) => Math.min(p, v), Infinity)], rtol: 0, atol: 0 },
      { name: 'long.double().sum() (float64, one chunk per thread)', run: () => torch.sum(long.double()), ref: () => [refs.sum(ll)], rtol: 1e-12, atol: 1e-9, byThreads: true },
    ];

    test('inputs are big enough to split', () => {
      assert.ok(1100 * 600 >= 2 * MIN_PARALLEL_REDUCE && N >= 2 * MIN_PARALLEL_ELEMENTS);
      a = make([N], 1).retain(); b = make([N], 2).retain(); m = make([1100, 600], 3).retain(); long = make([big], 4).retain();
      [aa, bb, mm, ll] = [a, b, m, long].map(f64);
    });
    for (const c of cases) {
      test(`${c.name}: ${threads > 1 ? 'split across threads' : 'one thread'}, ${c.byThreads ? '' : 'as one thread bit for bit, '}close to float64`, () => torch.tidy(() => {
        setThreadLimit(1);
        const one = c.run().toArray();
        setThreadLimit(null);
        const before = splitOps();
        const many = c.run();
        if (threads > 1) assert.ok(splitOps() > before, 'the op was split');
        else assert.equal(splitOps(), before, 'one thread never splits');
        if (!c.byThreads || threads === 1) assert.deepEqual(Array.from(many.toArray() as ArrayLike<number>), Array.from(one as ArrayLike<number>), 'same bits as one thread');
        assertClose(many, c.ref(), c.rtol, c.atol, c.name);
      }));
    }

    test('NaN wins a long max on any thread', () => torch.tidy(() => {
      const x = torch.clone(long);
      torch.index_put_(x, [torch.tensor([big - 5], { dtype: 'int64' })], torch.tensor(NaN));
      assert.ok(Number.isNaN(torch.max(x).item() as number));
      assert.ok(Number.isNaN(torch.min(x).item() as number));
    }));

    test('an interrupt stops a long sum inside the kernel; nothing leaks; the next sum is right', () => {
      const flag = new Int32Array(new SharedArrayBuffer(4));
      setInterruptBuffer(flag);
      try {
        const huge = torch.ones([SUM_PIECE * 24]).retain();
        const live = torch.memory_stats().liveBlocks;
        Atomics.store(flag, 0, 2);
        assert.throws(() => torch.tidy(() => { torch.sum(huge); }), (e) => e instanceof KernelInterrupt);
        assert.equal(Atomics.load(flag, 0), 0);
        assert.equal(torch.memory_stats().liveBlocks, live);
        assert.equal(torch.tidy(() => torch.sum(huge).item()), SUM_PIECE * 24);
        huge.release();
      } finally {
        setInterruptBuffer(null);
      }
    });

    test('release inputs', () => { for (const t of [a, b, m, long]) t.release(); });
  });
}
