// gemm's packing paths against a float64 reference: row-major A (packed through a 4x4 register transpose, K not a
// multiple of 4 left to the scalar tail), K cut in equal slices (784 = 4 x 196; 513 = 3 x 171), edge tiles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

const SHAPES = [[8, 7, 9], [12, 5, 3], [64, 784, 256], [9, 300, 17], [4, 2, 8], [16, 513, 10], [76, 257, 12]];

for (const dtype of ['float32', 'float64'] as const) {
  test(`mm of row-major operands matches a float64 reference (${dtype})`, () => torch.tidy(() => {
    torch.manual_seed(3);
    const tol = dtype === 'float32' ? 1e-4 : 1e-12;
    for (const [M, K, N] of SHAPES) {
      const a = torch.randn([M, K]).to(dtype), b = torch.randn([K, N]).to(dtype);
      const c = torch.mm(a, b).toArray(), A = a.toArray(), B = b.toArray();
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
