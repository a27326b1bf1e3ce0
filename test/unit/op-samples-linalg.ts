// Samples of the torch.linalg ops (engine/ops/linalg_dense.ts, linalg_products.ts) for the generic op test, with
// float64 references written as plain loops (Gauss-Jordan elimination, Cholesky–Banachiewicz). Registered by
// op-samples.ts, which passes its helpers in. Matrices are made well conditioned inside the sample (x + 3·I,
// x·xᵀ + 3·I for Cholesky) so that central differences are valid and the reference agrees to float32 tolerance.
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface LinalgHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref']) => void;
  inp: (shape: number[], lo?: number, hi?: number, extra?: Partial<InputSpec>) => InputSpec;
}

const numel = (s: readonly number[]): number => s.reduce((a, b) => a * b, 1);

// --- references ---------------------------------------------------------------------------------------------------
/** Norms over dims (null: all) of a row-major array. */
function normRef(a: Arr, ord: number, dims: number[] | null, keepdim: boolean): Arr {
  const nd = a.shape.length, ds = dims === null ? a.shape.map((_, d) => d) : dims.map((d) => (d + nd) % nd);
  const kept = a.shape.map((s, d) => (ds.includes(d) ? 1 : s));
  const groups: number[][] = Array.from({ length: numel(kept) }, () => []);
  const st = a.shape.map((_, d) => numel(a.shape.slice(d + 1))), kst = kept.map((_, d) => numel(kept.slice(d + 1)));
  a.data.forEach((v, i) => {
    let o = 0;
    a.shape.forEach((s, d) => { const idx = Math.floor(i / st[d]) % s; if (!ds.includes(d)) o += idx * kst[d]; });
    groups[o].push(v);
  });
  const f = (v: number[]): number => {
    if (ord === Infinity) return Math.max(...v.map(Math.abs));
    if (ord === -Infinity) return Math.min(...v.map(Math.abs));
    return v.reduce((s, x) => s + Math.abs(x) ** ord, 0) ** (1 / ord);
  };
  return { shape: keepdim ? kept : a.shape.filter((_, d) => !ds.includes(d)), data: groups.map(f) };
}
/** Matrix k of a batch as rows. */
function mat(a: Arr, k: number, n: number, m = n): number[][] {
  return Array.from({ length: n }, (_, i) => a.data.slice(k * n * m + i * m, k * n * m + (i + 1) * m));
}
const plus3I = (A: number[][]): number[][] => A.map((r, i) => r.map((v, j) => v + (i === j ? 3 : 0)));
function detOf(A0: number[][]): number {
  const A = A0.map((r) => [...r]), n = A.length;
  let det = 1;
  for (let j = 0; j < n; j++) {
    let p = j;
    for (let i = j + 1; i < n; i++) if (Math.abs(A[i][j]) > Math.abs(A[p][j])) p = i;
    if (p !== j) { [A[p], A[j]] = [A[j], A[p]]; det = -det; }
    det *= A[j][j];
    for (let i = j + 1; i < n; i++) { const l = A[i][j] / A[j][j]; for (let k = j; k < n; k++) A[i][k] -= l * A[j][k]; }
  }
  return det;
}
function invOf(A0: number[][]): number[][] {
  const n = A0.length, A = A0.map((r, i) => [...r, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let j = 0; j < n; j++) {
    let p = j;
    for (let i = j + 1; i < n; i++) if (Math.abs(A[i][j]) > Math.abs(A[p][j])) p = i;
    [A[p], A[j]] = [A[j], A[p]];
    const d = A[j][j];
    for (let k = 0; k < 2 * n; k++) A[j][k] /= d;
    for (let i = 0; i < n; i++) if (i !== j) { const l = A[i][j]; for (let k = 0; k < 2 * n; k++) A[i][k] -= l * A[j][k]; }
  }
  return A.map((r) => r.slice(n));
}
const mm = (A: number[][], B: number[][]): number[][] => A.map((r) => B[0].map((_, j) => r.reduce((s, v, k) => s + v * B[k][j], 0)));
const tr = (A: number[][]): number[][] => A[0].map((_, j) => A.map((r) => r[j]));
function cholOf(A: number[][]): number[][] {
  const n = A.length, L = A.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = A[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] ** 2;
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) { let s = A[i][j]; for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k]; L[i][j] = s / L[j][j]; }
  }
  return L;
}
const flat = (shape: number[], ms: number[][][]): Arr => ({ shape, data: ms.flat(2) });
const spd = (x: number[][]): number[][] => plus3I(mm(x, tr(x)));

// --- engine-side helpers ------------------------------------------------------------------------------------------
const eye3 = (x: Tensor): Tensor => torch.mulScalar(torch.eye(x.shape[x.ndim - 1], x.shape[x.ndim - 1], { dtype: x.dtype }), 3);
const wellConditioned = (x: Tensor): Tensor => torch.add(x, eye3(x));
const spdOf = (x: Tensor): Tensor => torch.add(torch.matmul(x, torch.transpose(x, -2, -1)), eye3(x));

export function registerLinalgSamples({ add, inp }: LinalgHelpers): void {
  // norms
  add('LinalgVectorNormBackward0', 'vector_norm 2 of [2,3]', [inp([2, 3])], ([x]) => torch.linalg_vector_norm(x), ([x]) => normRef(x, 2, null, false));
  add('LinalgVectorNormBackward0', 'vector_norm 3 dim 1', [inp([2, 3])], ([x]) => torch.linalg_vector_norm(x, 3, [1]), ([x]) => normRef(x, 3, [1], false));
  add('LinalgVectorNormBackward0', 'vector_norm 1.5 dim 0 keepdim, transposed', [inp([3, 2], -2, 2, { layout: 'transposed' })],
    ([x]) => torch.linalg_vector_norm(x, 1.5, [0], true), ([x]) => normRef(x, 1.5, [0], true));
  add('LinalgVectorNormBackward0', 'vector_norm inf dim -1', [inp([2, 4])], ([x]) => torch.linalg_vector_norm(x, Infinity, [-1]), ([x]) => normRef(x, Infinity, [1], false));
  add('LinalgVectorNormBackward0', 'vector_norm 0.5 dim (0, 2)', [inp([2, 2, 3], 0.3, 2)], ([x]) => torch.linalg_vector_norm(x, 0.5, [0, 2]), ([x]) => normRef(x, 0.5, [0, 2], false));
  add('NormBackward1', 'norm 2 dim 1', [inp([3, 4])], ([x]) => torch.norm_p(x, 2, [1]), ([x]) => normRef(x, 2, [1], false));
  add('NormBackward3', 'norm 3 with a dtype', [inp([3, 4])], ([x]) => torch.norm_p(x, 3, null, false, true), ([x]) => normRef(x, 3, null, false));
  add('DistBackward0', 'dist 2 with broadcasting', [inp([2, 3]), inp([3])], ([a, b]) => torch.dist(a, b),
    ([a, b]) => normRef({ shape: a.shape, data: a.data.map((v, i) => v - b.data[i % 3]) }, 2, null, false));
  add('DistBackward0', 'dist 3', [inp([4]), inp([4])], ([a, b]) => torch.dist(a, b, 3),
    ([a, b]) => normRef({ shape: a.shape, data: a.data.map((v, i) => v - b.data[i]) }, 3, null, false));
  const cdistRef = (p: number) => ([a, b]: Arr[]): Arr => {
    const B = a.shape.length === 3 ? a.shape[0] : 1, r1 = a.shape[a.shape.length - 2], r2 = b.shape[b.shape.length - 2], c = a.shape[a.shape.length - 1];
    const data: number[] = [];
    for (let q = 0; q < B; q++) for (let i = 0; i < r1; i++) for (let j = 0; j < r2; j++) {
      const d = Array.from({ length: c }, (_, k) => a.data[(q * r1 + i) * c + k] - b.data[((b.shape.length === 3 ? q : 0) * r2 + j) * c + k]);
      data.push(normRef({ shape: [c], data: d }, p, null, false).data[0]);
    }
    return { shape: [...a.shape.slice(0, -1), r2], data };
  };
  add('CdistBackward0', 'cdist p=2', [inp([3, 2]), inp([4, 2])], ([a, b]) => torch.cdist(a, b), cdistRef(2));
  add('CdistBackward0', 'cdist p=1', [inp([3, 2]), inp([4, 2])], ([a, b]) => torch.cdist(a, b, 1), cdistRef(1));
  add('CdistBackward0', 'cdist p=3 batched, x2 broadcast', [inp([2, 3, 2]), inp([4, 2])], ([a, b]) => torch.cdist(a, b, 3), cdistRef(3));
  add('EuclideanDistBackward0', '_euclidean_dist', [inp([3, 2]), inp([4, 2])], ([a, b]) => torch.euclidean_dist(a, b), cdistRef(2));
  add('AmaxBackward0', 'amax dim 1', [inp([3, 4])], ([x]) => torch.amax(x, [1]),
    ([x]) => ({ shape: [3], data: [0, 1, 2].map((i) => Math.max(...x.data.slice(i * 4, i * 4 + 4))) }));
  add('AminBackward0', 'amin all, keepdim', [inp([2, 3])], ([x]) => torch.amax(x, [], true, true), ([x]) => ({ shape: [1, 1], data: [Math.min(...x.data)] }));

  // LU / Cholesky family
  add('LinalgDetBackward0', 'det of x + 3I', [inp([3, 3])], ([x]) => torch.linalg_det(wellConditioned(x)), ([x]) => ({ shape: [], data: [detOf(plus3I(mat(x, 0, 3)))] }));
  add('LinalgDetBackward0', 'det of a batch, transposed', [inp([2, 2, 2], -2, 2, { layout: 'transposed' })], ([x]) => torch.linalg_det(x),
    ([x]) => ({ shape: [2], data: [detOf(mat(x, 0, 2)), detOf(mat(x, 1, 2))] }));
  add('LinalgSlogdetBackward0', 'slogdet logabsdet', [inp([3, 3])], ([x]) => torch.linalg_slogdet(wellConditioned(x))[1],
    ([x]) => ({ shape: [], data: [Math.log(Math.abs(detOf(plus3I(mat(x, 0, 3)))))] }));
  add('LinalgInvExBackward0', 'inv of x + 3I', [inp([3, 3])], ([x]) => torch.linalg_inv(wellConditioned(x)), ([x]) => flat([3, 3], [invOf(plus3I(mat(x, 0, 3)))]));
  add('LinalgInvExBackward0', 'inv of a transposed batch', [inp([2, 2, 2], 0.5, 2, { layout: 'transposed' })], ([x]) => torch.linalg_inv(wellConditioned(x)),
    ([x]) => flat([2, 2, 2], [invOf(plus3I(mat(x, 0, 2))), invOf(plus3I(mat(x, 1, 2)))]));
  add('LinalgSolveExBackward0', 'solve AX = B', [inp([3, 3]), inp([3, 2])], ([a, b]) => torch.linalg_solve(wellConditioned(a), b),
    ([a, b]) => flat([3, 2], [mm(invOf(plus3I(mat(a, 0, 3))), mat(b, 0, 3, 2))]));
  add('LinalgSolveExBackward0', 'solve with a vector', [inp([3, 3]), inp([3])], ([a, b]) => torch.linalg_solve(wellConditioned(a), b),
    ([a, b]) => ({ shape: [3], data: mm(invOf(plus3I(mat(a, 0, 3))), b.data.map((v) => [v])).flat() }));
  add('LinalgSolveExBackward0', 'solve XA = B (left=False)', [inp([3, 3]), inp([2, 3])], ([a, b]) => torch.linalg_solve(wellConditioned(a), b, false),
    ([a, b]) => flat([2, 3], [mm(mat(b, 0, 2, 3), invOf(plus3I(mat(a, 0, 3))))]));
  add('LinalgCholeskyExBackward0', 'cholesky of x·xᵀ + 3I', [inp([3, 3])], ([x]) => torch.linalg_cholesky(spdOf(x)), ([x]) => flat([3, 3], [cholOf(spd(mat(x, 0, 3)))]));
  add('LinalgCholeskyExBackward0', 'cholesky upper, batched', [inp([2, 2, 2])], ([x]) => torch.linalg_cholesky(spdOf(x), true),
    ([x]) => flat([2, 2, 2], [tr(cholOf(spd(mat(x, 0, 2)))), tr(cholOf(spd(mat(x, 1, 2))))]));
  add('CholeskyBackward0', 'torch.cholesky', [inp([3, 3])], ([x]) => torch.cholesky(spdOf(x)), ([x]) => flat([3, 3], [cholOf(spd(mat(x, 0, 3)))]));

  // products
  add('AddmvBackward0', 'addmv beta 0.5 alpha 2', [inp([2]), inp([2, 3]), inp([3])], ([s, m, v]) => torch.addmv(s, m, v, 0.5, 2),
    ([s, m, v]) => ({ shape: [2], data: [0, 1].map((i) => 0.5 * s.data[i] + 2 * [0, 1, 2].reduce((acc, k) => acc + m.data[i * 3 + k] * v.data[k], 0)) }));
  add('AddrBackward0', 'addr with a broadcast self', [inp([3]), inp([2]), inp([3])], ([s, a, b]) => torch.addr(s, a, b, 2, -1),
    ([s, a, b]) => ({ shape: [2, 3], data: [0, 1].flatMap((i) => [0, 1, 2].map((j) => 2 * s.data[j] - a.data[i] * b.data[j])) }));
  const bmmRef = (a: Arr, b: Arr, k: number): number[][] => mm(mat(a, k, a.shape[1], a.shape[2]), mat(b, k, b.shape[1], b.shape[2]));
  add('BaddbmmBackward0', 'baddbmm beta 0.5 alpha 2', [inp([2, 1, 4]), inp([2, 2, 3]), inp([2, 3, 4])], ([s, a, b]) => torch.baddbmm(s, a, b, 0.5, 2),
    ([s, a, b]) => flat([2, 2, 4], [0, 1].map((k) => bmmRef(a, b, k).map((r) => r.map((v, j) => 0.5 * s.data[k * 4 + j] + 2 * v)))));
  add('AddbmmBackward0', 'addbmm', [inp([2, 4]), inp([3, 2, 3]), inp([3, 3, 4])], ([s, a, b]) => torch.addbmm(s, a, b),
    ([s, a, b]) => flat([2, 4], [[0, 1].map((i) => [0, 1, 2, 3].map((j) => s.data[i * 4 + j] + [0, 1, 2].reduce((acc, k) => acc + bmmRef(a, b, k)[i][j], 0)))]));
  const crossRef = ([a, b]: Arr[]): Arr => {
    const n = a.data.length / 3, data: number[] = [];
    for (let q = 0; q < n; q++) {
      const u = a.data.slice(3 * q, 3 * q + 3), v = b.data.slice(3 * q, 3 * q + 3);
      data.push(u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]);
    }
    return { shape: a.shape, data };
  };
  add('LinalgCrossBackward0', 'cross of [2,3]', [inp([2, 3]), inp([2, 3])], ([a, b]) => torch.linalg_cross(a, b), crossRef);
  add('LinalgCrossBackward0', 'cross along dim 0 of a transposed pair', [inp([2, 3], -2, 2, { layout: 'transposed' }), inp([3, 2])],
    ([a, b]) => torch.linalg_cross(torch.transpose(a, 0, 1), b, 0),
    ([a, b]) => {
      const at = { shape: [2, 3], data: a.data };   // the lanes of aᵀ along dim 0 are the rows of a
      const bt = { shape: [2, 3], data: [0, 1].flatMap((j) => [0, 1, 2].map((i) => b.data[i * 2 + j])) };
      const r = crossRef([at, bt]);
      return { shape: [3, 2], data: [0, 1, 2].flatMap((i) => [0, 1].map((j) => r.data[j * 3 + i])) };
    });
  add('BlockDiagBackward0', 'block_diag of a matrix, a vector and a 0-d tensor', [inp([2, 2]), inp([3]), inp([])],
    ([a, v, x]) => torch.block_diag([a, v, x]),
    ([a, v, x]) => {
      const out = new Array<number>(4 * 6).fill(0);
      out[0] = a.data[0]; out[1] = a.data[1]; out[6] = a.data[2]; out[7] = a.data[3];
      v.data.forEach((e, j) => { out[2 * 6 + 2 + j] = e; });
      out[3 * 6 + 5] = x.data[0];
      return { shape: [4, 6], data: out };
    });
  const triRef = (upper: boolean, unit: boolean) => ([a, b]: Arr[]): Arr => {
    const T = mat(a, 0, 3).map((r, i) => r.map((v, j) => (i === j ? (unit ? 1 : v + 3) : (upper ? j > i : j < i) ? v : 0)));
    return flat([3, 2], [mm(invOf(T), mat(b, 0, 3, 2))]);
  };
  add('LinalgSolveTriangularBackward0', 'solve_triangular upper', [inp([3, 3]), inp([3, 2])],
    ([a, b]) => torch.linalg_solve_triangular(wellConditioned(a), b, true), triRef(true, false));
  add('LinalgSolveTriangularBackward0', 'solve_triangular lower, unitriangular', [inp([3, 3]), inp([3, 2])],
    ([a, b]) => torch.linalg_solve_triangular(a, b, false, true, true), triRef(false, true));
  add('LinalgSolveTriangularBackward0', 'solve_triangular upper, left=False', [inp([3, 3]), inp([2, 3])],
    ([a, b]) => torch.linalg_solve_triangular(wellConditioned(a), b, true, false),
    ([a, b]) => {
      const T = mat(a, 0, 3).map((r, i) => r.map((v, j) => (i === j ? v + 3 : j > i ? v : 0)));
      return flat([2, 3], [mm(mat(b, 0, 2, 3), invOf(T))]);
    });
  add('AddmmBackward0', 'addmm beta 2 alpha -0.5, self broadcast', [inp([3]), inp([2, 4]), inp([4, 3])], ([s, a, b]) => torch.addmm_scaled(s, a, b, 2, -0.5),
    ([s, a, b]) => flat([2, 3], [mm(mat(a, 0, 2, 4), mat(b, 0, 4, 3)).map((r) => r.map((v, j) => 2 * s.data[j] - 0.5 * v))]));
  // cholesky_solve / cholesky_inverse with a factor whose unused triangle is ignored: A = F Fᵀ from the lower part
  const lowerOf = (x: Arr, n: number): number[][] => mat(x, 0, n).map((r, i) => r.map((v, j) => (j > i ? 0 : i === j ? v + 3 : v)));
  const factorRun = (x: Tensor, upper: boolean): Tensor => {
    const L = torch.add(torch.tril(x), eye3(x));
    return upper ? torch.transpose(L, 0, 1) : L;
  };
  add('CholeskySolveBackward0', 'cholesky_solve lower', [inp([3, 3]), inp([3, 2])], ([x, b]) => torch.cholesky_solve(b, factorRun(x, false)),
    ([x, b]) => { const L = lowerOf(x, 3); return flat([3, 2], [mm(invOf(mm(L, tr(L))), mat(b, 0, 3, 2))]); });
  add('CholeskySolveBackward0', 'cholesky_solve upper', [inp([3, 3]), inp([3, 2])], ([x, b]) => torch.cholesky_solve(b, factorRun(x, true), true),
    ([x, b]) => { const L = lowerOf(x, 3); return flat([3, 2], [mm(invOf(mm(L, tr(L))), mat(b, 0, 3, 2))]); });
  add('CholeskyInverseBackward0', 'cholesky_inverse lower', [inp([3, 3])], ([x]) => torch.cholesky_inverse(factorRun(x, false)),
    ([x]) => { const L = lowerOf(x, 3); return flat([3, 3], [invOf(mm(L, tr(L)))]); });
  add('CholeskyInverseBackward0', 'cholesky_inverse upper', [inp([3, 3])], ([x]) => torch.cholesky_inverse(factorRun(x, true), true),
    ([x]) => { const L = lowerOf(x, 3); return flat([3, 3], [invOf(mm(L, tr(L)))]); });
  add('TriangularSolveBackward0', 'triangular_solve upper', [inp([3, 2]), inp([3, 3])], ([b, a]) => torch.triangular_solve(b, wellConditioned(a))[0],
    ([b, a]) => {
      const T = mat(a, 0, 3).map((r, i) => r.map((v, j) => (i === j ? v + 3 : j > i ? v : 0)));
      return flat([3, 2], [mm(invOf(T), mat(b, 0, 3, 2))]);
    });
  add('TriangularSolveBackward0', 'triangular_solve lower, transposed, unitriangular', [inp([3, 2]), inp([3, 3])],
    ([b, a]) => torch.triangular_solve(b, a, false, true, true)[0],
    ([b, a]) => {
      const T = mat(a, 0, 3).map((r, i) => r.map((v, j) => (i === j ? 1 : j < i ? v : 0)));
      return flat([3, 2], [mm(invOf(tr(T)), mat(b, 0, 3, 2))]);
    });
  add('TriangularSolveBackward0', 'triangular_solve cloned_coefficient', [inp([1, 3, 1]), inp([3, 3])],
    ([b, a]) => torch.triangular_solve(torch.expand(b, [2, 3, 1]), a)[1], ([, a]) => flat([2, 3, 3], [mat(a, 0, 3), mat(a, 0, 3)]));
  // singular values: the square roots of the eigenvalues of AᵀA (2 columns: a quadratic), descending
  const svals2 = (a: Arr, k: number, m: number): number[] => {
    const A = mat(a, k, m, 2), G = mm(tr(A), A), t = G[0][0] + G[1][1], d = G[0][0] * G[1][1] - G[0][1] * G[1][0];
    const disc = Math.sqrt(Math.max(t * t / 4 - d, 0));
    return [Math.sqrt(t / 2 + disc), Math.sqrt(Math.max(t / 2 - disc, 0))];
  };
  add('LinalgSvdBackward0', 'svdvals of [3,2]', [inp([3, 2])], ([x]) => torch.linalg_svdvals(x), ([x]) => ({ shape: [2], data: svals2(x, 0, 3) }));
  add('LinalgSvdBackward0', 'svdvals of a wide transposed batch', [inp([2, 2, 4], -2, 2, { layout: 'transposed' })],
    ([x]) => torch.linalg_svdvals(torch.transpose(x, 1, 2)),
    ([x]) => ({ shape: [2, 2], data: [0, 1].flatMap((k) => svals2({ shape: [2, 4, 2], data: x.data.slice(k * 8, k * 8 + 8).map((_, i, d) => d[(i % 2) * 4 + Math.floor(i / 2)]) }, 0, 4)) }));
  add('NanToNumBackward0', 'nan_to_num of finite values', [inp([2, 3])], ([x]) => torch.nanToNum(x), ([x]) => ({ shape: x.shape, data: [...x.data] }));
}
