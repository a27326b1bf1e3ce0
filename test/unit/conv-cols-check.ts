// im2col / col2im (wasm nn.ts) against plain loops, bit for bit: im2col is a copy, and col2im must add each
// column entry into its pixel in the order of the kernel's loops (channel, kernel position, output position), so
// that the whole runs of unit-stride windows (copied with memory.copy, summed back four or two lanes at a time)
// give the bits of the scalar walk. Geometries: paddings smaller than, equal to and past the kernel, strides 1-3,
// dilation, rows shorter than a vector, 1-d (height 1) and 3-d windows; float32 and float64; one thread, and two
// (a thread limit of two, with a helper thread started by conv-cols.test.ts: the kernels are not split today, and
// a split must keep these bits).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { DType } from '../../kernel/engine';
import { col2im, im2col, type Window3d } from '../../kernel/engine/kernels_nn';
import { activeThreads, setThreadLimit } from '../../kernel/engine/threads';

interface Case { N: number; C: number; D: number; H: number; W: number; k: number[]; s: number[]; p: number[]; d: number[] }
const out = (n: number, k: number, s: number, p: number, d: number): number => Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;
function windowOf(c: Case): Window3d {
  return { kd: c.k[0], kh: c.k[1], kw: c.k[2], sd: c.s[0], sh: c.s[1], sw: c.s[2], pd: c.p[0], ph: c.p[1], pw: c.p[2],
    dd: c.d[0], dh: c.d[1], dw: c.d[2], Do: out(c.D, c.k[0], c.s[0], c.p[0], c.d[0]), Ho: out(c.H, c.k[1], c.s[1], c.p[1], c.d[1]),
    Wo: out(c.W, c.k[2], c.s[2], c.p[2], c.d[2]) };
}
/** Calls fn(index into x, index into cols) for every column entry that reads x (in the kernels' loop order). */
function walk(c: Case, w: Window3d, fn: (xi: number, ci: number) => void): void {
  const K = w.kd * w.kh * w.kw, L = w.Do * w.Ho * w.Wo;
  for (let n = 0; n < c.N; n++) {
    for (let ch = 0; ch < c.C; ch++) {
      for (let a = 0; a < w.kd; a++) for (let i = 0; i < w.kh; i++) for (let j = 0; j < w.kw; j++) {
        const r = (a * w.kh + i) * w.kw + j;
        for (let od = 0; od < w.Do; od++) for (let oh = 0; oh < w.Ho; oh++) for (let ow = 0; ow < w.Wo; ow++) {
          const id = od * w.sd - w.pd + a * w.dd, ih = oh * w.sh - w.ph + i * w.dh, iw = ow * w.sw - w.pw + j * w.dw;
          if (id < 0 || id >= c.D || ih < 0 || ih >= c.H || iw < 0 || iw >= c.W) continue;
          fn(((n * c.C + ch) * c.D + id) * c.H * c.W + ih * c.W + iw, ((ch * K + r) * c.N + n) * L + (od * w.Ho + oh) * w.Wo + ow);
        }
      }
    }
  }
}

const CASES: Case[] = [
  { N: 2, C: 3, D: 1, H: 7, W: 9, k: [1, 3, 3], s: [1, 1, 1], p: [0, 1, 1], d: [1, 1, 1] },
  { N: 2, C: 2, D: 1, H: 6, W: 13, k: [1, 3, 3], s: [1, 1, 1], p: [0, 0, 0], d: [1, 1, 1] },
  { N: 1, C: 2, D: 1, H: 5, W: 11, k: [1, 2, 5], s: [1, 1, 1], p: [0, 3, 6], d: [1, 1, 1] },
  { N: 3, C: 1, D: 1, H: 8, W: 17, k: [1, 3, 3], s: [1, 2, 2], p: [0, 1, 1], d: [1, 1, 1] },
  { N: 2, C: 2, D: 1, H: 6, W: 41, k: [1, 3, 3], s: [1, 2, 2], p: [0, 1, 1], d: [1, 1, 1] },
  { N: 1, C: 2, D: 1, H: 5, W: 40, k: [1, 2, 4], s: [1, 1, 2], p: [0, 0, 0], d: [1, 1, 1] },
  { N: 2, C: 2, D: 1, H: 9, W: 12, k: [1, 3, 2], s: [1, 1, 3], p: [0, 2, 1], d: [1, 2, 2] },
  { N: 2, C: 2, D: 1, H: 1, W: 37, k: [1, 1, 5], s: [1, 1, 1], p: [0, 0, 2], d: [1, 1, 1] },
  { N: 2, C: 3, D: 1, H: 4, W: 3, k: [1, 1, 1], s: [1, 1, 1], p: [0, 0, 0], d: [1, 1, 1] },
  { N: 2, C: 2, D: 4, H: 5, W: 6, k: [2, 3, 3], s: [1, 1, 1], p: [1, 1, 1], d: [1, 1, 1] },
  { N: 1, C: 2, D: 5, H: 6, W: 7, k: [3, 2, 3], s: [2, 1, 2], p: [1, 0, 2], d: [1, 2, 1] },
];

// a bigger one (past the size where elementwise ops split across threads)
CASES.push({ N: 4, C: 8, D: 1, H: 30, W: 31, k: [1, 3, 3], s: [1, 1, 1], p: [0, 1, 1], d: [1, 1, 1] });

export function registerConvColsTests(): void {
for (const [dtype, threads] of [['float32', 1], ['float64', 1], ['float32', 2], ['float64', 2]] as [DType, number][]) {
  const round = dtype === 'float32' ? Math.fround : (v: number): number => v;
  test(`im2col and col2im give the scalar loops' bits (${dtype}, ${threads} thread(s))`, async () => {
    torch.ones([1]);   // starts the kernel, then its helper
    for (let i = 0; i < 500 && activeThreads() < 2; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(activeThreads(), 2, 'helper thread started');
    setThreadLimit(threads);
    torch.manual_seed(0);
    for (const c of CASES) {
      const w = windowOf(c), K = w.kd * w.kh * w.kw, L = w.Do * w.Ho * w.Wo;
      torch.tidy(() => {
        const x = torch.randn([c.N, c.C, c.D, c.H, c.W], { dtype });
        const xs = Array.from(x.toArray() as ArrayLike<number>);
        const cols = Array.from(im2col(x, w).toArray() as ArrayLike<number>);
        const want = new Array<number>(c.C * K * c.N * L).fill(0);
        walk(c, w, (xi, ci) => { want[ci] = xs[xi]; });
        assert.deepEqual(cols, want, `im2col ${JSON.stringify(c)}`);
        const g = torch.randn([c.C * K, c.N, L], { dtype });
        const gs = Array.from(g.toArray() as ArrayLike<number>);
        const img = Array.from(col2im(g, [c.C, c.D, c.H, c.W], w).toArray() as ArrayLike<number>);
        const sum = new Array<number>(xs.length).fill(0);
        walk(c, w, (xi, ci) => { sum[xi] = round(sum[xi] + gs[ci]); });
        assert.deepEqual(img, sum, `col2im ${JSON.stringify(c)}`);
      });
    }
    setThreadLimit(null);
  });
}
}
