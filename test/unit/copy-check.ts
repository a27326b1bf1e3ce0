// The copy kernel (wasm index.ts copyRows / copyTiles, driven by kernels.ts copyRun) against values read straight
// from storage through the strides: transposes and permutes made contiguous (the tiled path: tile edges, sizes
// that are not multiples of 4 or 16, batch dims, a source narrowed with an offset), copy_ into a transposed
// destination, dtype conversions on the way (float32 <-> float64 four at a time, rounding to nearest even and
// NaN/inf/subnormal values; float -> int64), and broadcasting sources. Registered by kernels.test.ts and
// kernels-simd.test.ts for each wasm build.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { mem } from '../../kernel/engine/wasm';

/** t's values in row-major order of its shape, read through its strides from the wasm memory (no kernel involved). */
function raw(t: Tensor): number[] {
  const m = mem();
  const view = t.dtype === 'float32' ? m.f32 : t.dtype === 'float64' ? m.f64 : null;
  const base = t.storage.ptr / t.itemsize + t.offset;
  const out: number[] = [];
  const idx = t.shape.map(() => 0);
  const n = t.shape.reduce((a, b) => a * b, 1);
  for (let k = 0; k < n; k++) {
    let o = base;
    for (let d = 0; d < idx.length; d++) o += idx[d] * t.strides[d];
    out.push(view ? view[o] : Number(m.i64[o]));
    for (let d = idx.length - 1; d >= 0; d--) { if (++idx[d] < t.shape[d]) break; idx[d] = 0; }
  }
  return out;
}

/** Math.fround, with -0 kept apart from 0 and NaN equal to NaN by Object.is in the comparisons below. */
function same(got: number[], want: number[], what: string): void {
  assert.equal(got.length, want.length, what);
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) assert.fail(`${what}: element ${i}: ${got[i]} vs ${want[i]}`);
}

export function registerCopyTests(build: string): void {
  describe(`copy kernel (${build} build)`, () => {
    test('transposes and permutes made contiguous, float32 and float64, many shapes', () => torch.tidy(() => {
      torch.manual_seed(3);
      for (const dtype of ['float32', 'float64'] as const) {
        for (const [r, c] of [[8, 8], [9, 13], [16, 16], [17, 33], [64, 5], [5, 64], [100, 37], [512, 512]]) {
          const x = torch.randn([r, c], { dtype });
          const y = x.t().contiguous();
          assert.ok(y.is_contiguous());
          same(raw(y), raw(x.t()), `${dtype} [${r}, ${c}].t()`);
        }
        const z = torch.randn([3, 20, 24, 7], { dtype });
        for (const p of [[0, 2, 3, 1], [0, 3, 1, 2], [3, 2, 1, 0], [1, 0, 3, 2], [2, 0, 1, 3]]) {
          const v = z.permute(p);
          same(raw(v.contiguous()), raw(v), `${dtype} permute ${p}`);
        }
        // a source that starts at an offset and has a row stride wider than its rows
        const big = torch.randn([40, 50], { dtype });
        const part = big.narrow(0, 3, 30).narrow(1, 5, 41).t();
        same(raw(part.contiguous()), raw(part), `${dtype} narrowed transpose`);
      }
    }));

    test('copy_ into a transposed destination, and dtype conversions while transposing', () => torch.tidy(() => {
      torch.manual_seed(4);
      const x = torch.randn([37, 45]);
      const dst = torch.zeros([45, 37]).t();
      dst.copy_(x);
      same(raw(dst), raw(x), 'copy_ into .t()');
      const d64 = x.t().to('float64');
      same(raw(d64), raw(x.t()), 'float32 -> float64 of a transpose');
      const back = d64.t().to('float32');
      same(raw(back), raw(x), 'float64 -> float32 of a transpose');
      const i = x.mul(100).t().to('int64');
      same(raw(i), raw(x.mul(100).t()).map((v) => Math.trunc(v) + 0), 'float32 -> int64 of a transpose');
    }));

    test('float32 <-> float64 of contiguous runs: exact widening, narrowing rounds to nearest even', () => torch.tidy(() => {
      const specials = [0, -0, 1, -1, Infinity, -Infinity, NaN, 1e-45, -1e-45, 1.1754942e-38, 3.4028234663852886e38,
        3.4028235677973366e38, 3.4028235677973362e38, 1e39, -1e39, 1e-46, 7e-46, 1 + 2 ** -24, 1 + 3 * 2 ** -24,
        1 + 2 ** -24 + 2 ** -60, Math.PI, -Math.E, 2 ** -126 * (1 - 2 ** -23), 0.1, 1 / 3];
      for (const n of [1, 3, 4, 5, 8, 31, 1000]) {
        const vals = Array.from({ length: n }, (_, k) => specials[k % specials.length] * (k >= specials.length ? 1.000001 : 1));
        const d = torch.tensor(vals, { dtype: 'float64' });
        const f = d.to('float32');
        same(raw(f), vals.map((v) => Math.fround(v)), `float64 -> float32, n=${n}`);
        const w = f.to('float64');
        same(raw(w), vals.map((v) => Math.fround(v)), `float32 -> float64, n=${n}`);
      }
    }));

    test('broadcast sources and small transposes keep the plain walk', () => torch.tidy(() => {
      const row = torch.arange(0, 20, 1, { dtype: 'float32' });
      const e = row.expand([12, 20]).t().contiguous();
      same(raw(e), raw(row.expand([12, 20]).t()), 'expanded row, transposed');
      const small = torch.randn([5, 7]);
      same(raw(small.t().contiguous()), raw(small.t()), '5x7 (under the tile size)');
      const col = torch.randn([30, 1]).expand([30, 40]);
      same(raw(col.contiguous()), raw(col), 'expanded column');
    }));
  });
}
