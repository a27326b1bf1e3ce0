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
  });
}
