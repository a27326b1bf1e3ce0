// The float sum kernel (wasm sum.ts, driven by cascade-sum.ts) against a JavaScript model of PyTorch 1.13's order
// written from ATen's cascade_sum (SumKernel.cpp) and TensorIterator's serial_for_each / two_pass_reduction /
// parallel_dim_reduction, with Math.fround for every float32 addition: bit for bit, over 1-d lengths around every
// boundary of the kernel's blocks, 2-d and 3-d sums over each dim and several dims, transposed and strided inputs,
// keepdim, nansum, float64, and 1, 2 and 3 threads. The layout (reductionLayout) is checked against real PyTorch by
// the parity snippets (test/golden/parity/sum_order_*.py); here it feeds both sides. Registered by kernels.test.ts
// and kernels-simd.test.ts for each wasm build.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { GRAIN_SIZE, reductionLayout, type ReductionLayout } from '../../kernel/engine/cascade-sum';
import { setThreadLimit } from '../../kernel/engine/threads';
import { mem } from '../../kernel/engine/wasm';

type Round = (v: number) => number;

/** The model: x's storage values `data` (element offsets from the layout's strides), added into out (numel zeros). */
class Model {
  constructor(readonly r: Round, readonly lanes: number, readonly nan: boolean) {}
  load(data: ArrayLike<number>, i: number): number { const v = data[i]; return this.nan && Number.isNaN(v) ? 0 : v; }
  /** multi_row_sum of nrows scalars: element k of row i at base + i·rs + k·cs. */
  multiRow(data: ArrayLike<number>, base: number, rs: number, cs: number, size: number, nrows: number): number[] {
    const r = this.r;
    const cl = size <= 2 ? 1 : Math.ceil(Math.log2(size));
    const power = Math.max(4, Math.floor(cl / 4)), step = 2 ** power;
    const acc = [0, 1, 2, 3].map(() => new Array<number>(nrows).fill(0));
    let i = 0;
    for (; i + step <= size;) {
      for (let j = 0; j < step; j++, i++) for (let k = 0; k < nrows; k++) acc[0][k] = r(acc[0][k] + this.load(data, base + i * rs + k * cs));
      for (let j = 1; j < 4; j++) {
        for (let k = 0; k < nrows; k++) { acc[j][k] = r(acc[j][k] + acc[j - 1][k]); acc[j - 1][k] = 0; }
        if (Math.floor(i / 2 ** (j * power)) % step !== 0) break;
      }
    }
    for (; i < size; i++) for (let k = 0; k < nrows; k++) acc[0][k] = r(acc[0][k] + this.load(data, base + i * rs + k * cs));
    for (let j = 1; j < 4; j++) for (let k = 0; k < nrows; k++) acc[0][k] = r(acc[0][k] + acc[j][k]);
    return acc[0];
  }
  /** row_sum: `size` items of `width` lanes each (a Vec when width > 1) at base + i·stride. */
  rowSum(data: ArrayLike<number>, base: number, stride: number, size: number, width: number): number[] {
    const ilp = Math.floor(size / 4);
    // multi_row_sum of 4 items per row, lane by lane (Vec adds are lane-wise)
    const part: number[][] = [];
    for (let k = 0; k < 4; k++) part.push(new Array<number>(width).fill(0));
    const perLane: number[][] = [];
    for (let l = 0; l < width; l++) perLane.push(this.multiRow(data, base + l, 4 * stride, stride, ilp, 4));
    for (let k = 0; k < 4; k++) for (let l = 0; l < width; l++) part[k][l] = perLane[l][k];
    for (let i = ilp * 4; i < size; i++) for (let l = 0; l < width; l++) part[0][l] = this.r(part[0][l] + this.load(data, base + i * stride + l));
    for (let k = 1; k < 4; k++) for (let l = 0; l < width; l++) part[0][l] = this.r(part[0][l] + part[k][l]);
    return part[0];
  }
  /** cascade_sum's 2-d loop (element strides). */
  loop(data: ArrayLike<number>, out: Float64Array, po: number, pi: number, os0: number, is0: number, os1: number, is1: number, size0: number, size1: number): void {
    const r = this.r, L = this.lanes;
    if (os0 !== 0 && os1 === 0) { [os0, os1] = [os1, os0]; [is0, is1] = [is1, is0]; [size0, size1] = [size1, size0]; }
    const add = (o: number, v: number): void => { out[o] = r(out[o] + v); };
    if (os0 !== 0 && os1 !== 0) {
      for (let j = 0; j < size1; j++) for (let i = 0; i < size0; i++) {
        const o = po + j * os1 + i * os0, a = out[o], b = data[pi + j * is1 + i * is0];
        out[o] = this.nan ? r((Number.isNaN(a) ? 0 : a) + (Number.isNaN(b) ? 0 : b)) : r(a + b);
      }
      return;
    }
    if (is0 === 1 && size0 >= L) {
      const vecs = Math.floor(size0 / L);
      for (let j = 0; j < size1; j++) {
        const row = pi + j * is1;
        const v = this.rowSum(data, row, L, vecs, L);
        let f = 0;
        for (let k = vecs * L; k < size0; k++) f = r(f + this.load(data, row + k));
        for (const lane of v) f = r(f + lane);
        add(po + j * os1, f);
      }
    } else if (is1 === 1 && size1 >= L) {
      let j = 0;
      for (; j + 4 * L <= size1; j += 4 * L) {
        for (let l = 0; l < L; l++) {
          const s = this.multiRow(data, pi + j + l, is0, L, size0, 4);
          for (let k = 0; k < 4; k++) add(po + (j + k * L + l) * os1, s[k]);
        }
      }
      for (; j + L <= size1; j += L) {
        const s = this.rowSum(data, pi + j, is0, size0, L);
        for (let l = 0; l < L; l++) add(po + (j + l) * os1, s[l]);
      }
      for (; j < size1; j++) add(po + j * os1, this.rowSum(data, pi + j, is0, size0, 1)[0]);
    } else if (is0 < is1) {
      for (let j = 0; j < size1; j++) add(po + j * os1, this.rowSum(data, pi + j * is1, is0, size0, 1)[0]);
    } else {
      let j = 0;
      for (; j + 3 < size1; j += 4) {
        const s = this.multiRow(data, pi + j * is1, is0, is1, size0, 4);
        for (let k = 0; k < 4; k++) add(po + (j + k) * os1, s[k]);
      }
      for (; j < size1; j++) add(po + j * os1, this.rowSum(data, pi + j * is1, is0, size0, 1)[0]);
    }
  }
  /** serial_for_each over [begin, end) of the layout, from element offsets po / pi. */
  range(data: ArrayLike<number>, out: Float64Array, l: ReductionLayout, po: number, pi: number, shape: number[], begin: number, end: number): void {
    const nd = shape.length;
    if (nd === 0) { this.loop(data, out, po, pi, 0, 0, 0, 0, 1, 1); return; }
    if (nd === 1) { this.loop(data, out, po + begin * l.out[0], pi + begin * l.inp[0], l.out[0], l.inp[0], 0, 0, end - begin, 1); return; }
    const v = shape.map(() => 0);
    let lin = begin;
    for (let d = 0; d < nd; d++) { v[d] = lin % shape[d]; lin = Math.floor(lin / shape[d]); }
    for (let off = begin; off < end;) {
      let o = po, q = pi;
      for (let d = 0; d < nd; d++) { o += v[d] * l.out[d]; q += v[d] * l.inp[d]; }
      const s0 = Math.min(shape[0] - v[0], end - off);
      const s1 = s0 === shape[0] ? Math.min(shape[1] - v[1], Math.floor((end - off) / shape[0])) : 1;
      this.loop(data, out, o, q, l.out[0], l.inp[0], l.out[1], l.inp[1], s0, s1);
      off += s0 * s1;
      let carry = s1 !== 1 ? s1 : s0;
      for (let d = s1 !== 1 ? 1 : 0; d < nd && carry > 0; d++) {
        v[d] += carry;
        if (v[d] >= shape[d]) { v[d] -= shape[d]; carry = 1; } else carry = 0;
      }
    }
  }
}

/** PyTorch's sum of x over `dims` for `threads` threads, by the model (result in row-major order of the output). */
function modelSum(x: Tensor, dims: number[] | null, keepdim: boolean, threads: number, nan: boolean): number[] {
  const f32 = x.dtype === 'float32';
  const m = new Model(f32 ? Math.fround : (v) => v, f32 ? 8 : 4, nan);
  const base = x.storage.ptr / x.itemsize;
  const data = (f32 ? mem().f32 : mem().f64).slice(base, base + x.storage.numel);
  const reduced = x.shape.map((_, d) => dims === null || dims.includes(d));
  const l = reductionLayout(x.shape, x.strides, reduced, keepdim);
  const outN = x.shape.reduce((p, s, d) => p * (reduced[d] ? 1 : s), 1);
  const out = new Float64Array(outN);
  const n = l.shape.reduce((p, s) => p * s, 1);
  if (n === 0) return Array.from(out);
  if (n < GRAIN_SIZE || threads === 1) m.range(data, out, l, 0, x.offset, l.shape, 0, n);
  else if (outN === 1) {
    const nt = n > GRAIN_SIZE ? Math.min(threads, Math.ceil(n / GRAIN_SIZE)) : 1, chunk = Math.ceil(n / nt);
    const buf = new Float64Array(threads);
    for (let t = 0; t < nt && t * chunk < n; t++) m.range(data, buf, l, t, x.offset, l.shape, t * chunk, Math.min(n, (t + 1) * chunk));
    m.range(buf, out, { shape: [threads], out: [0], inp: [1] }, 0, 0, [threads], 0, threads);
  } else {
    const nd = l.shape.length;
    let best = nd - 1, dim = -1;
    for (let d = nd - 1; d >= 0 && !(l.out[d] === 0 && l.shape[d] > 1); d--) {
      if (l.shape[d] >= threads) { dim = d; break; }
      if (l.shape[d] > l.shape[best]) best = d;
    }
    if (dim < 0) dim = best;
    const cols = l.shape[dim], round = l.inp[dim] === 1 ? 128 / (f32 ? 4 : 8) : 1;
    const nt = cols > 1 ? Math.min(threads, cols) : 1, chunk = Math.ceil(cols / nt);
    for (let t = 0; t < nt && t * chunk < cols; t++) {
      let b = t * chunk, e = Math.min(cols, b + chunk);
      b -= b % round;
      if (e !== cols) e -= e % round;
      if (b === e) continue;
      const sub = l.shape.slice();
      sub[dim] = e - b;
      m.range(data, out, l, b * l.out[dim], x.offset + b * l.inp[dim], sub, 0, sub.reduce((p, s) => p * s, 1));
    }
  }
  return Array.from(out);
}

/** Deterministic values of mixed magnitudes (so that the order of additions shows in the result). */
function values(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; out.push(((s / 2 ** 32) - 0.3) * 10 ** ((s >>> 7) % 5)); }
  return out;
}
const make = (shape: number[], seed: number, dtype: 'float32' | 'float64' = 'float32'): Tensor =>
  torch.reshape(torch.tensor(values(shape.reduce((a, b) => a * b, 1), seed) as never, { dtype }), shape);

export function registerSumOrderTests(build: 'relaxed' | 'simd'): void {
  describe(`float sums in PyTorch's order (${build} build)`, () => {
    const check = (what: string, x: Tensor, dims: number[] | null, keepdim: boolean, threads: number, nan = false): void => {
      setThreadLimit(threads);
      try {
        const got = Array.from((nan ? torch.nansum(x, dims ?? undefined, keepdim) : torch.sum(x, dims ?? undefined, keepdim)).toArray() as ArrayLike<number>);
        const want = modelSum(x, dims, keepdim, threads, nan);
        assert.deepEqual(got, want, `${what} dims=${JSON.stringify(dims)} keepdim=${keepdim} threads=${threads}`);
      } finally {
        setThreadLimit(null);
      }
    };

    test('1-d lengths around the Vec, row, level and thread-chunk boundaries (float32 and float64)', () => torch.tidy(() => {
      const lens = [0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 511, 512, 513, 2047, 2048, 2049,
        8191, 8192, 8193, 32767, 32768, 32769, 65537, 262143, 262144, 262145];
      for (const n of lens) for (const dt of ['float32', 'float64'] as const) {
        const x = make([n], n + 1, dt);
        for (const th of n >= GRAIN_SIZE ? [1, 2, 3] : [1]) check(`[${n}] ${dt}`, x, null, false, th);
      }
      // long runs: the kernel sums level-2 groups four at a time (from 8 groups of 4096 rows of 32 floats)
      for (const n of [1 << 20, 1700003]) check(`[${n}]`, make([n], n), null, false, 1);
    }));

    test('2-d and 3-d over each dim and several dims, transposed, strided, keepdim, 1-3 threads', () => torch.tidy(() => {
      const shapes = [[5, 7], [33, 40], [130, 17], [4, 300], [64, 5], [3, 9, 40], [40, 3, 9], [9, 40, 3], [2, 1, 70]];
      let seed = 1;
      for (const shape of shapes) for (const dt of ['float32', 'float64'] as const) {
        const x = make(shape, seed++, dt);
        const views: [string, Tensor][] = [['contiguous', x], ['transposed', x.ndim === 2 ? x.t() : torch.permute(x, [2, 0, 1])],
          ['strided', x.narrow(x.ndim - 1, 1, x.shape[x.ndim - 1] - 1)]];
        for (const [name, v] of views) {
          const subsets: number[][] = [];
          for (let mask = 1; mask < 1 << v.ndim; mask++) subsets.push([...Array(v.ndim).keys()].filter((d) => mask & (1 << d)));
          for (const dims of subsets) for (const kd of [false, true]) check(`${name} ${JSON.stringify(shape)} ${dt}`, v, dims, kd, 1);
          check(`${name} ${JSON.stringify(shape)} ${dt} all`, v, null, false, 1);
        }
      }
      // big enough to split across threads: every split (two passes, along a kept dim, rounded to 128 bytes)
      const big = make([300, 301], 99);
      for (const th of [2, 3]) {
        for (const v of [big, big.t(), big.narrow(1, 3, 290)]) {
          for (const dims of [[0], [1], null]) check(`big threads`, v, dims, false, th);
        }
      }
      const cube = make([40, 30, 50], 7);
      for (const th of [2, 3]) for (const dims of [[0, 2], [1], [0, 1]]) check('cube threads', cube, dims, true, th);
    }));

    test('nansum reads NaN as 0 in the same order', () => torch.tidy(() => {
      const vals = values(70 * 130, 5).map((v, i) => (i % 11 === 3 ? NaN : v));
      const x = torch.reshape(torch.tensor(vals as never), [70, 130]);
      for (const dims of [null, [0], [1]]) check('nansum', x, dims, false, 1, true);
      check('nansum transposed', x.t(), [1], false, 1, true);
    }));
  });
}
