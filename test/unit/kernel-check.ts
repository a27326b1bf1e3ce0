// Kernel-level checks of the SIMD paths against float64 JavaScript references: the packed gemm (odd sizes and
// edge tiles, K beyond one slice, transposed / strided / batch-broadcast operands, float64), contiguous vs strided
// vs broadcast elementwise walks, reductions along every dim, softmax. Imported by kernels.test.ts (relaxed build)
// and kernels-simd.test.ts (plain SIMD build) after they choose the build (TNB_WASM_BUILD).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';

type Float = 'float32' | 'float64';

/** Deterministic values in [-1, 1) (no generator state shared with other tests). */
function values(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; out.push(s / 2 ** 31 - 1); }
  return out;
}
export function make(shape: number[], seed: number, dtype: Float = 'float32'): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const t = torch.tensor(values(n, seed) as never, { dtype });
  return torch.reshape(t, shape);
}
/** Element (index list) of a tensor read through its strides, as float64. */
function reader(t: Tensor): (idx: number[]) => number {
  const data = torch.contiguous(t).toArray();
  const shape = t.shape;
  return (idx) => { let o = 0; for (let d = 0; d < shape.length; d++) o = o * shape[d] + idx[d]; return data[o]; };
}
export function assertClose(actual: Tensor, expected: ArrayLike<number>, rtol: number, atol: number, what: string): void {
  const a = actual.toArray();
  assert.equal(a.length, expected.length, `${what}: numel`);
  let bad = 0, first = '';
  for (let i = 0; i < a.length; i++) {
    const e = expected[i], v = a[i];
    const ok = Number.isNaN(e) ? Number.isNaN(v) : Math.abs(v - e) <= atol + rtol * Math.abs(e);
    if (!ok && bad++ === 0) first = `[${i}] got ${v}, expected ${e}`;
  }
  assert.equal(bad, 0, `${what}: ${bad}/${a.length} elements differ, first ${first}`);
}

/** float64 reference of a (possibly batched) matmul of 3-d operands. */
function refBmm(a: Tensor, b: Tensor): Float64Array {
  const [B, M, K] = a.shape, N = b.shape[2];
  const ra = reader(a), rb = reader(b);
  const out = new Float64Array(B * M * N);
  for (let bt = 0; bt < B; bt++) for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) {
    let s = 0;
    for (let k = 0; k < K; k++) s += ra([bt, i, k]) * rb([bt, k, j]);
    out[(bt * M + i) * N + j] = s;
  }
  return out;
}
/** float32 accumulation over K terms of size ≤ 1: error grows like K·eps. */
const gemmTol = (dtype: Float, K: number) => dtype === 'float64' ? { rtol: 1e-12, atol: 1e-12 * K } : { rtol: 1e-5, atol: 2e-7 * K };

export function registerKernelTests(build: 'relaxed' | 'simd'): void {
  describe(`kernels (${build} build)`, () => {
    test('the intended build is loaded', () => assert.equal(torch.kernelBuild(), build));

    describe('gemm', () => {
      const sizes = [1, 3, 7, 17, 65, 129];
      for (const dtype of ['float32', 'float64'] as const) {
        test(`${dtype}: odd sizes M, N, K in {1, 3, 7, 17, 65, 129} (edge tiles)`, () => {
          let seed = 1;
          for (const M of sizes) for (const N of sizes) for (const K of [1, 7, 129]) {
            torch.tidy(() => {
              const a = make([M, K], seed++, dtype), b = make([K, N], seed++, dtype);
              const { rtol, atol } = gemmTol(dtype, K);
              assertClose(torch.mm(a, b), refBmm(torch.unsqueeze(a, 0), torch.unsqueeze(b, 0)), rtol, atol, `${M}x${K} @ ${K}x${N}`);
            });
          }
        });
        test(`${dtype}: K larger than one slice (K = 300, 600) and N beyond one column block (2100)`, () => torch.tidy(() => {
          for (const [M, N, K] of [[33, 41, 300], [9, 18, 600], [5, 2100, 260]]) {
            const a = make([M, K], M, dtype), b = make([K, N], N, dtype);
            const { rtol, atol } = gemmTol(dtype, K);
            assertClose(torch.mm(a, b), refBmm(torch.unsqueeze(a, 0), torch.unsqueeze(b, 0)), rtol, atol, `${M}x${K} @ ${K}x${N}`);
          }
        }));
        test(`${dtype}: transposed and strided operands are read in place`, () => torch.tidy(() => {
          const M = 37, N = 23, K = 270;
          const at = torch.transpose(make([K, M], 11, dtype), 0, 1);          // Aᵀ·G
          const bt = torch.transpose(make([N, K], 12, dtype), 0, 1);          // G·Bᵀ
          const as = torch.slice(make([M, 2 * K], 13, dtype), 1, 0, null, 2); // every other column
          const bs = torch.slice(make([K, 3 * N], 14, dtype), 1, 1, null, 3);
          const { rtol, atol } = gemmTol(dtype, K);
          for (const [a, b, what] of [[at, bt, 'Aᵀ·Bᵀ'], [at, bs, 'Aᵀ·B strided'], [as, bt, 'A strided·Bᵀ'], [as, bs, 'strided·strided']] as const) {
            assert.ok(!a.is_contiguous() && !b.is_contiguous());
            assertClose(torch.mm(a, b), refBmm(torch.unsqueeze(a, 0), torch.unsqueeze(b, 0)), rtol, atol, what);
          }
        }));
        test(`${dtype}: batched, with a broadcast (batch stride 0) operand on either side, and matrix · vector`, () => torch.tidy(() => {
          const { rtol, atol } = gemmTol(dtype, 19);
          const a = make([5, 13, 19], 21, dtype), b = make([5, 19, 11], 22, dtype);
          assertClose(torch.bmm(a, b), refBmm(a, b), rtol, atol, 'bmm');
          const w = make([19, 11], 23, dtype);
          assertClose(torch.matmul(a, w), refBmm(a, torch.expand(torch.unsqueeze(w, 0), [5, 19, 11])), rtol, atol, '[5,13,19] @ [19,11]');
          const a2 = torch.expand(torch.unsqueeze(make([13, 19], 24, dtype), 0), [5, 13, 19]);
          assertClose(torch.bmm(a2, b), refBmm(a2, b), rtol, atol, 'broadcast A');
          const bb = torch.expand(torch.unsqueeze(w, 0), [5, 19, 11]);
          const at = torch.transpose(make([5, 19, 13], 25, dtype), 1, 2);
          assertClose(torch.bmm(at, bb), refBmm(at, bb), rtol, atol, 'transposed A, broadcast B');
          const v = make([19], 26, dtype);
          const m = make([13, 19], 27, dtype);
          assertClose(torch.mv(m, v), refBmm(torch.unsqueeze(m, 0), torch.reshape(v, [1, 19, 1])), rtol, atol, 'mv');
          assertClose(torch.dot(v, v), refBmm(torch.reshape(v, [1, 1, 19]), torch.reshape(v, [1, 19, 1])), rtol, atol, 'dot');
          assertClose(torch.mv(torch.transpose(make([19, 13], 28, dtype), 0, 1), v),
            refBmm(torch.unsqueeze(torch.transpose(make([19, 13], 28, dtype), 0, 1), 0), torch.reshape(v, [1, 19, 1])), rtol, atol, 'mv transposed');
        }));
      }
      test('int64 matmul stays exact', () => torch.tidy(() => {
        const a = torch.reshape(torch.arange(0, 12, 1, { dtype: 'int64' }), [3, 4]), b = torch.reshape(torch.arange(0, 8, 1, { dtype: 'int64' }), [4, 2]);
        assert.deepEqual(Array.from(torch.mm(a, b).toArray()), [28, 34, 76, 98, 124, 162]);
      }));
    });

    describe('elementwise', () => {
      const binOps = { add: (x: number, y: number) => x + y, sub: (x: number, y: number) => x - y, mul: (x: number, y: number) => x * y,
        div: (x: number, y: number) => x / y, maximum: (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y)),
        minimum: (x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y)) } as const;
      const round = (dtype: Float) => (dtype === 'float32' ? Math.fround : (x: number) => x);
      /** [shape of out, a view, b view] cases: contiguous, scalar on either side, strided, row/column broadcast. */
      function binaryCases(dtype: Float): [string, Tensor, Tensor][] {
        const n = 1000 + 7;
        const withNaN = (t: Tensor) => torch.where(torch.gt(t, 0.95), torch.tensor(NaN, { dtype }), t);
        return [
          ['contiguous', withNaN(make([n], 1, dtype)), make([n], 2, dtype)],
          ['tensor-scalar', make([3, 339], 3, dtype), torch.tensor(0.37, { dtype })],
          ['scalar-tensor', torch.tensor(-1.5, { dtype }), make([3, 339], 4, dtype)],
          ['strided', torch.slice(make([37, 62], 5, dtype), 1, 0, null, 2), torch.transpose(make([31, 37], 6, dtype), 0, 1)],
          ['row broadcast', make([9, 45], 7, dtype), make([45], 8, dtype)],
          ['column broadcast', make([9, 45], 9, dtype), make([9, 1], 10, dtype)],
          ['expanded both ways', make([17, 1], 11, dtype), make([1, 19], 12, dtype)],
          // both operands broadcast along the whole walk (mean's backward: grad.expand(shape) / n): one value
          ['expanded scalar op scalar', torch.expand(torch.tensor(-2.75, { dtype }), [13, 77]), torch.tensor(0.3, { dtype })],
          ['expanded scalar op NaN', torch.expand(torch.tensor(1.5, { dtype }), [1031]), torch.tensor(NaN, { dtype })],
        ];
      }
      for (const dtype of ['float32', 'float64'] as const) {
        test(`${dtype}: binary ops are exact on contiguous, scalar, strided and broadcast operands`, () => torch.tidy(() => {
          const r = round(dtype);
          for (const [what, a, b] of binaryCases(dtype)) {
            const ea = torch.contiguous(torch.expand(a, torch.add(a, b).shape)).toArray();
            const eb = torch.contiguous(torch.expand(b, torch.add(a, b).shape)).toArray();
            for (const [name, f] of Object.entries(binOps)) {
              const out = (torch as unknown as Record<string, (x: Tensor, y: Tensor) => Tensor>)[name](a, b);
              assertClose(out, Array.from(ea, (x, i) => r(f(x, eb[i]))), 0, 0, `${name} ${what}`);
            }
          }
        }));
        test(`${dtype}: unary ops on contiguous rows (lengths around the vector width) and strided views`, () => torch.tidy(() => {
          const r = round(dtype);
          const un = { neg: (x: number) => -x, abs: Math.abs, sqrt: Math.sqrt, relu: (x: number) => (x > 0 || Number.isNaN(x) ? x : 0),
            floor: Math.floor, ceil: Math.ceil, trunc: Math.trunc, square: (x: number) => x * x } as const;
          for (const n of [1, 7, 8, 9, 33, 1001]) {
            for (const x of [make([n], n, dtype), torch.slice(make([2 * n], n + 1, dtype), 0, 0, null, 2)]) {
              const scaled = torch.mul(x, 3.5), v = scaled.toArray();
              for (const [name, f] of Object.entries(un)) {
                const out = (torch as unknown as Record<string, (x: Tensor) => Tensor>)[name](scaled);
                assertClose(out, Array.from(v, (u) => r(f(u))), 0, 0, `${name} n=${n}`);
              }
              assertClose(torch.round(scaled), Array.from(v, (u) => { const f = Math.floor(u), d = u - f; return d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f; }), 0, 0, `round n=${n}`);
            }
          }
        }));
        test(`${dtype}: exp over the whole range, including overflow, underflow, subnormals, ±inf and NaN`, () => torch.tidy(() => {
          const r = round(dtype);
          const xs = [...values(997, 5).map((v) => v * 100), 88.7, 88.73, 89, -87.5, -100, -104, -110, Infinity, -Infinity, NaN, 0, -0, 1e-30];
          const out = torch.exp(torch.tensor(xs, { dtype }));
          const want = xs.map((x) => r(Math.exp(r(x))));
          const tol = dtype === 'float32' ? 3e-7 : 1e-15;
          const got = out.toArray();
          want.forEach((w, i) => {
            const g = got[i];
            const ok = Number.isNaN(w) ? Number.isNaN(g) : (g === w || Math.abs(g - w) <= tol * Math.abs(w) || (dtype === 'float32' && Math.abs(g - w) < 2e-45));
            assert.ok(ok, `exp(${xs[i]}) = ${g}, expected ${w}`);
          });
        }));
      }
      test('copy, fill and casts through coalesced walks', () => torch.tidy(() => {
        const x = torch.transpose(make([5, 7, 3], 31), 0, 2);
        const c = torch.contiguous(x);
        const rx = reader(x);
        const want: number[] = [];
        for (let i = 0; i < 3; i++) for (let j = 0; j < 7; j++) for (let k = 0; k < 5; k++) want.push(rx([i, j, k]));
        assertClose(c, want, 0, 0, 'contiguous of a transposed view');
        const z = torch.zeros([4, 9]);
        torch.slice(z, 1, 1, null, 2).fill_(2.5);
        assert.deepEqual(Array.from(z.toArray()).slice(0, 9), [0, 2.5, 0, 2.5, 0, 2.5, 0, 2.5, 0]);
        assertClose(torch.full([37], 1.25, { dtype: 'float64' }), new Array(37).fill(1.25), 0, 0, 'fill');
        assert.deepEqual(Array.from(torch.full([19], 1, { dtype: 'bool' }).toArray()), new Array(19).fill(1));
        assertClose(torch.toDtype(c, 'float64'), want.map(Math.fround), 0, 0, 'cast');
      }));
    });

    describe('reductions and softmax', () => {
      /** float64 reference of a reduction over `dims` of t (keepdim shape handled by the caller). */
      function refReduce(t: Tensor, dims: number[], f: (xs: number[]) => number): number[] {
        const shape = t.shape, rd = reader(t), out: number[] = [];
        const keptDims = shape.map((_, i) => i).filter((i) => !dims.includes(i));
        const keptShape = keptDims.map((i) => shape[i]), redShape = dims.map((i) => shape[i]);
        const count = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
        const unravel = (k: number, s: readonly number[]) => { const idx: number[] = []; for (let d = s.length - 1; d >= 0; d--) { idx.unshift(k % s[d]); k = Math.floor(k / s[d]); } return idx; };
        for (let o = 0; o < count(keptShape); o++) {
          const ko = unravel(o, keptShape), xs: number[] = [];
          for (let r = 0; r < count(redShape); r++) {
            const kr = unravel(r, redShape), idx = new Array<number>(shape.length);
            keptDims.forEach((d, i) => { idx[d] = ko[i]; }); dims.forEach((d, i) => { idx[d] = kr[i]; });
            xs.push(rd(idx));
          }
          out.push(f(xs));
        }
        return out;
      }
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const nanMax = (xs: number[]) => (xs.some(Number.isNaN) ? NaN : Math.max(...xs));
      const nanMin = (xs: number[]) => (xs.some(Number.isNaN) ? NaN : Math.min(...xs));
      const variance = (xs: number[]) => { const m = sum(xs) / xs.length; return sum(xs.map((x) => (x - m) ** 2)) / (xs.length - 1); };
      for (const dtype of ['float32', 'float64'] as const) {
        test(`${dtype}: sum, mean, max, min, var, argmax along every dim, dim sets, all, keepdim; contiguous and strided`, () => torch.tidy(() => {
          const r = dtype === 'float32' ? Math.fround : (x: number) => x;
          const tol = dtype === 'float32' ? { rtol: 2e-6, atol: 1e-6 } : { rtol: 1e-12, atol: 1e-12 };
          const base = make([6, 37, 21], 41, dtype);
          const withNaN = torch.where(torch.gt(make([6, 37, 21], 42, dtype), 0.999), torch.tensor(NaN, { dtype }), base);
          for (const [what, x] of [['contiguous', base], ['with NaN', withNaN], ['transposed', torch.transpose(base, 0, 2)], ['sliced', torch.slice(base, 1, 1, null, 3)]] as const) {
            const nd = x.ndim;
            const dimSets: number[][] = [[0], [1], [2], [0, 1], [1, 2], [0, 2], [0, 1, 2]];
            for (const dims of dimSets) {
              for (const keepdim of [false, true]) {
                const tag = `${what} dims=${dims} keepdim=${keepdim}`;
                const s = torch.sum(x, dims, keepdim);
                const wantShape = keepdim ? x.shape.map((n, i) => (dims.includes(i) ? 1 : n)) : x.shape.filter((_, i) => !dims.includes(i));
                assert.deepEqual([...s.shape], wantShape, `${tag}: shape`);
                assertClose(s, refReduce(x, dims, sum), tol.rtol, tol.atol * 800, `sum ${tag}`);
                assertClose(torch.mean(x, dims, keepdim), refReduce(x, dims, (xs) => sum(xs) / xs.length), tol.rtol, tol.atol, `mean ${tag}`);
                assertClose(torch.var_(x, dims, true, keepdim), refReduce(x, dims, variance), tol.rtol * 10, tol.atol, `var ${tag}`);
              }
            }
            for (let d = 0; d < nd; d++) {
              const [mx, ix] = torch.max(x, d, true);
              assertClose(mx, refReduce(x, [d], nanMax).map(r), 0, 0, `max ${what} dim ${d}`);
              const [mn] = torch.min(x, d);
              assertClose(mn, refReduce(x, [d], nanMin).map(r), 0, 0, `min ${what} dim ${d}`);
              const rd = refReduce(x, [d], (xs) => { const m = nanMax(xs); return Number.isNaN(m) ? xs.findIndex(Number.isNaN) : xs.indexOf(m); });
              assert.deepEqual(Array.from(ix.toArray()), rd, `argmax ${what} dim ${d}`);
            }
            assertClose(torch.max(x), [nanMax(Array.from(torch.contiguous(x).toArray()))].map(r), 0, 0, `max all ${what}`);
            assertClose(torch.sum(x), [sum(Array.from(torch.contiguous(x).toArray()))], tol.rtol, tol.atol * 5000, `sum all ${what}`);
          }
        }));
        test(`${dtype}: softmax and log_softmax along each dim (fused last-dim kernel and the composed path)`, () => torch.tidy(() => {
          const x = torch.mul(make([5, 3, 67], 51, dtype), 20);
          const tol = dtype === 'float32' ? 2e-6 : 1e-12;
          for (let d = 0; d < 3; d++) {
            const ref = (log: boolean) => {
              // reduce along d with the softmax formula, then place values back in x's order
              const xs = torch.contiguous(torch.transpose(x, d, -1));
              const n = xs.shape[2], v = Array.from(xs.toArray()), out: number[] = [];
              for (let i = 0; i < v.length; i += n) {
                const row = v.slice(i, i + n), m = Math.max(...row), s = sum(row.map((u) => Math.exp(u - m)));
                out.push(...row.map((u) => (log ? u - m - Math.log(s) : Math.exp(u - m) / s)));
              }
              return { values: out, shape: xs.shape };
            };
            for (const log of [false, true]) {
              const got = log ? torch.log_softmax(x, d) : torch.softmax(x, d);
              const g = torch.contiguous(torch.transpose(got, d, -1));
              const want = ref(log);
              assertClose(g, want.values, tol, tol, `${log ? 'log_' : ''}softmax dim ${d}`);
            }
          }
          const inf = torch.tensor([[0, -Infinity, 1], [-Infinity, -Infinity, -Infinity]], { dtype });
          const sm = Array.from(torch.softmax(inf, 1).toArray());
          assert.equal(sm[1], 0);
          assert.ok(sm.slice(3).every(Number.isNaN), 'a row of -inf gives NaN, as in PyTorch');
        }));
      }
    });
  });
}
