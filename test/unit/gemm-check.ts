// gemm's packing and edge paths against a float64 reference, for every layout of the operands: row-major A (packed
// through a 4x4 register transpose, K not a multiple of 4 left to the scalar tail), column-major A (Aᵀ·G), row-major
// B, transposed B (G·Bᵀ, packed through register transposes too), strided (neither); K cut in equal slices
// (784 = 4 x 196; 513 = 3 x 171; 257 = 2 slices, so C tiles are accumulated into); row edges (M not a multiple of
// 4: stored straight from the micro-kernel) and column edges (N not a multiple of 8 / 4: through the edge tile).
// And fmaPeak (kernel/wasm/assembly/peak.ts), the bench's FMA ceiling row, really runs its chains: its result
// matches a float32 evaluation of the same 12 chains (c = c·a + b, `iters` times, 4 lanes each), so a loop the
// optimizer folded away or cut short would fail. Registered by gemm.test.ts (relaxed build) and gemm-simd.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import { kernelBuild, wasm } from '../../kernel/engine/wasm';

const SHAPES = [[8, 7, 9], [12, 5, 3], [64, 784, 256], [9, 300, 17], [4, 2, 8], [16, 513, 10], [76, 257, 12],
  [1, 9, 8], [2, 258, 16], [3, 3, 5], [5, 1, 7], [7, 262, 4], [73, 259, 33], [6, 11, 2]];

/** A [rows, cols] operand with the given layout: row-major, column-major (a transposed view), or strided. */
function operand(rows: number, cols: number, layout: 'row' | 'col' | 'strided', dtype: 'float32' | 'float64'): Tensor {
  if (layout === 'row') return torch.randn([rows, cols]).to(dtype);
  if (layout === 'col') return torch.transpose(torch.randn([cols, rows]).to(dtype), 0, 1);
  return torch.slice(torch.randn([rows, 2 * cols]).to(dtype), 1, 0, null, 2);
}

/** `fused`: one rounding per step (an FMA; c·a is exact in float64, so only the sum rounds, twice at worst). */
function reference(iters: number, fused: boolean): number {
  const f = Math.fround;
  const s = f(f(iters & 1) * f(1e-9));
  const a = f(f(0.999999) + s), b = f(1e-7);
  const init = [f(f(0.1) + s), 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2].map(f);
  let total = 0;
  for (const c0 of init) {
    let c = c0;
    for (let i = 0; i < iters; i++) c = fused ? f(c * a + b) : f(f(c * a) + b);
    total += 4 * c;
  }
  return total;
}

export function registerGemmTests(build: 'relaxed' | 'simd'): void {
  describe(`gemm (${build} build)`, () => {
    test('the build asked for is loaded', () => assert.equal(kernelBuild(), build));

    for (const dtype of ['float32', 'float64'] as const) {
      for (const la of ['row', 'col', 'strided'] as const) {
        for (const lb of ['row', 'col', 'strided'] as const) {
          test(`mm of ${la} A and ${lb} B matches a float64 reference (${dtype})`, () => torch.tidy(() => {
            torch.manual_seed(3);
            const tol = dtype === 'float32' ? 1e-4 : 1e-12;
            for (const [M, K, N] of SHAPES) {
              const a = operand(M, K, la, dtype), b = operand(K, N, lb, dtype);
              const c = torch.mm(a, b).toArray(), A = torch.contiguous(a).toArray(), B = torch.contiguous(b).toArray();
              for (let i = 0; i < M; i++) {
                for (let j = 0; j < N; j++) {
                  let s = 0;
                  for (let k = 0; k < K; k++) s += A[i * K + k] * B[k * N + j];
                  assert.ok(Math.abs(s - c[i * N + j]) <= tol * (1 + Math.abs(s)), `${M}x${K}x${N} [${i},${j}]: ${c[i * N + j]} vs ${s}`);
                }
              }
            }
          }));
        }
      }
    }

    test('fmaPeak computes its 12 madd chains', () => {
      const k = wasm();
      for (const iters of [0, 1, 1000, 100001]) {
        const got = k.fmaPeak(iters), want = reference(iters, kernelBuild() === 'relaxed');
        assert.ok(Math.abs(got - want) <= 1e-5 * Math.abs(want), `fmaPeak(${iters}) = ${got}, want ${want}`);
      }
    });
  });
}
