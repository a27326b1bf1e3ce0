// gemm's packing and edge paths against a float64 reference, for every layout of the operands: row-major A (packed
// through a 4x4 register transpose, K not a multiple of 4 left to the scalar tail), column-major A (Aᵀ·G), row-major
// B, transposed B (G·Bᵀ, packed through register transposes too), strided (neither); K cut in equal slices
// (784 = 4 x 196; 513 = 3 x 171; 257 = 2 slices, so C tiles are accumulated into); row edges (M not a multiple of
// 4: stored straight from the micro-kernel) and column edges (N not a multiple of 8 / 4: through the edge tile).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';

const SHAPES = [[8, 7, 9], [12, 5, 3], [64, 784, 256], [9, 300, 17], [4, 2, 8], [16, 513, 10], [76, 257, 12],
  [1, 9, 8], [2, 258, 16], [3, 3, 5], [5, 1, 7], [7, 262, 4], [73, 259, 33], [6, 11, 2]];

/** A [rows, cols] operand with the given layout: row-major, column-major (a transposed view), or strided. */
function operand(rows: number, cols: number, layout: 'row' | 'col' | 'strided', dtype: 'float32' | 'float64'): Tensor {
  if (layout === 'row') return torch.randn([rows, cols]).to(dtype);
  if (layout === 'col') return torch.transpose(torch.randn([cols, rows]).to(dtype), 0, 1);
  return torch.slice(torch.randn([rows, 2 * cols]).to(dtype), 1, 0, null, 2);
}

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
