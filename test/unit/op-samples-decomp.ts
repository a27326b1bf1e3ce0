// Samples of the decompositions (engine/ops/eigh.ts, svd.ts, lu.ts) for the generic op test, with float64
// references written as plain loops: Jacobi eigenvalue sweeps, the normal equations, Doolittle LU with partial
// pivoting, the Taylor series of exp. Eigen- and singular vectors are unique only up to sign, so the samples scale
// each by the sign of its first entry (in the run and in the reference alike).
import * as torch from '../../kernel/engine';
import type { Tensor } from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface DecompHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref'], opts?: Partial<OpSample>) => void;
  inp: (shape: number[], lo?: number, hi?: number, extra?: Partial<InputSpec>) => InputSpec;
}

type M = number[][];
const mat = (a: Arr, n: number, m: number, k = 0): M => Array.from({ length: n }, (_, i) => a.data.slice(k * n * m + i * m, k * n * m + (i + 1) * m));
const mm = (A: M, B: M): M => A.map((r) => B[0].map((_, j) => r.reduce((s, v, k) => s + v * B[k][j], 0)));
const tr = (A: M): M => A[0].map((_, j) => A.map((r) => r[j]));
const flat = (A: M): Arr => ({ shape: [A.length, A[0].length], data: A.flat() });
function invOf(A0: M): M {
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
/** Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix by cyclic Jacobi rotations. */
function jacobiEig(S0: M): { w: number[]; V: M } {
  const n = S0.length, S = S0.map((r) => [...r]);
  let V: M = S.map((_, i) => S.map((__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += S[p][q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) {
      if (S[p][q] === 0) continue;
      const th = (S[q][q] - S[p][p]) / (2 * S[p][q]);
      const t = Math.sign(th || 1) / (Math.abs(th) + Math.sqrt(th * th + 1)), c = 1 / Math.sqrt(t * t + 1), s = t * c;
      const J: M = S.map((_, i) => S.map((__, j) => (i === j ? 1 : 0)));
      J[p][p] = c; J[q][q] = c; J[p][q] = s; J[q][p] = -s;
      const Sn = mm(tr(J), mm(S, J));
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) S[i][j] = Sn[i][j];
      V = mm(V, J);
    }
  }
  const order = S.map((_, i) => i).sort((a, b) => S[a][a] - S[b][b]);
  return { w: order.map((i) => S[i][i]), V: V.map((r) => order.map((i) => r[i])) };
}
/** LAPACK's dlaev2: eigenvalues rt1 (larger in magnitude), rt2 of [[a, b], [b, c]] and rt1's eigenvector (cs, sn). */
function laev2(a: number, b: number, c: number): { rt1: number; rt2: number; cs: number; sn: number } {
  const sm = a + c, df = a - c, adf = Math.abs(df), tb = 2 * b, ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  const rt = adf > ab ? adf * Math.sqrt(1 + (ab / adf) ** 2) : adf < ab ? ab * Math.sqrt(1 + (adf / ab) ** 2) : ab * Math.SQRT2;
  const rt1 = sm < 0 ? 0.5 * (sm - rt) : sm > 0 ? 0.5 * (sm + rt) : 0.5 * rt, sgn1 = sm < 0 ? -1 : 1;
  const rt2 = sm === 0 ? -0.5 * rt : (acmx / rt1) * acmn - (b / rt1) * b;
  const cs = df >= 0 ? df + rt : df - rt, sgn2 = df >= 0 ? 1 : -1;
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) { const ct = -tb / cs; sn1 = 1 / Math.sqrt(1 + ct * ct); cs1 = ct * sn1; }
  else if (ab === 0) { cs1 = 1; sn1 = 0; }
  else { const tn = -cs / tb; cs1 = 1 / Math.sqrt(1 + tn * tn); sn1 = tn * cs1; }
  if (sgn1 === sgn2) { const tn = cs1; cs1 = -sn1; sn1 = tn; }
  return { rt1, rt2, cs: cs1, sn: sn1 };
}

/** Partial-pivoting LU of a square or rectangular matrix: P (as row order), L (m×k), U (k×n), 1-based pivots. */
function luOf(A0: M): { P: M; L: M; U: M; piv: number[]; LU: M } {
  const m = A0.length, n = A0[0].length, k = Math.min(m, n), A = A0.map((r) => [...r]), piv: number[] = [];
  const perm = A.map((_, i) => i);
  for (let j = 0; j < k; j++) {
    let p = j;
    for (let i = j + 1; i < m; i++) if (Math.abs(A[i][j]) > Math.abs(A[p][j])) p = i;
    piv.push(p + 1);
    [A[p], A[j]] = [A[j], A[p]];
    [perm[p], perm[j]] = [perm[j], perm[p]];
    for (let i = j + 1; i < m; i++) { A[i][j] /= A[j][j]; for (let c = j + 1; c < n; c++) A[i][c] -= A[i][j] * A[j][c]; }
  }
  const L = A.map((r, i) => Array.from({ length: k }, (_, j) => (j < i ? r[j] : i === j ? 1 : 0)));
  const U = A.slice(0, k).map((r, i) => r.map((v, j) => (j >= i ? v : 0)));
  const P = A.map((_, i) => A.map((__, j) => (perm[j] === i ? 1 : 0)));
  return { P, L, U, piv, LU: A };
}
/** P from 1-based pivots (A = P L U). */
function permOf(piv: number[], m: number): M {
  const perm = Array.from({ length: m }, (_, i) => i);
  piv.forEach((p, i) => { [perm[i], perm[p - 1]] = [perm[p - 1], perm[i]]; });
  return perm.map((_, i) => perm.map((__, j) => (perm[j] === i ? 1 : 0)));
}
function expmOf(A: M): M {
  const n = A.length;
  let term: M = A.map((_, i) => A.map((__, j) => (i === j ? 1 : 0)));
  const sum = term.map((r) => [...r]);
  for (let k = 1; k < 40; k++) {
    term = mm(term, A).map((r) => r.map((v) => v / k));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum[i][j] += term[i][j];
  }
  return sum;
}
const eye3 = (x: Tensor): Tensor => torch.mulScalar(torch.eye(x.shape[x.ndim - 1], x.shape[x.ndim - 1], { dtype: x.dtype }), 3);
const plus3I = (A: M): M => A.map((r, i) => r.map((v, j) => v + (i === j ? 3 : 0)));

export function registerDecompSamples({ add, inp }: DecompHelpers): void {
  const sym = (x: Tensor): Tensor => torch.add(x, torch.transpose(x, -2, -1));
  const symRef = (x: Arr, n: number): M => { const A = mat(x, n, n); return A.map((r, i) => r.map((v, j) => v + A[j][i])); };
  // 2×2: syevd's QL step is dlaev2's rotation, V = [[cs, −sn], [sn, cs]] for (rt1, rt2), columns sorted ascending
  add('LinalgEighBackward0', 'linalg.eigh of x + xᵀ, a batch [2,2,2]', [inp([2, 2, 2])],
    ([x]) => torch.linalg_eigh(sym(x)),
    ([x]) => {
      const L: number[] = [], V: number[] = [];
      for (let k = 0; k < 2; k++) {
        const A = mat(x, 2, 2, k), e = laev2(2 * A[0][0], A[0][1] + A[1][0], 2 * A[1][1]);
        const cols = [[e.cs, e.sn], [-e.sn, e.cs]], w = [e.rt1, e.rt2], o = w[0] <= w[1] ? [0, 1] : [1, 0];
        L.push(w[o[0]], w[o[1]]);
        V.push(cols[o[0]][0], cols[o[1]][0], cols[o[0]][1], cols[o[1]][1]);
      }
      return [{ shape: [2, 2], data: L }, { shape: [2, 2, 2], data: V }];
    }, { multiOutput: 2 });
  add('LinalgEighBackward0', "linalg.eigh(UPLO='U') of a transposed [4,4], eigenvalues", [inp([4, 4], -2, 2, { layout: 'transposed' })],
    ([x]) => torch.linalg_eigh(sym(x), 'U')[0], ([x]) => ({ shape: [4], data: jacobiEig(symRef(x, 4)).w }));
  // a diagonally dominant input (x + diag(6, 3) on top): its singular vectors are near ±e_i, and gesdd's Householder
  // reflections (beta = −sign(alpha)·‖x‖) give U and V negative diagonals there
  const dominant = (x: Tensor): Tensor => torch.add(x, torch.tensor([[6, 0], [0, 3], [0, 0]], { dtype: x.dtype }));
  add('LinalgSvdBackward0', 'linalg.svd of a diagonally dominant tall [3,2]', [inp([3, 2], -1, 1)],
    ([x]) => torch.linalg_svd(dominant(x), false),
    ([x]) => {
      const A = mat(x, 3, 2).map((r, i) => r.map((v, j) => v + (i === j ? [6, 3][i] : 0)));
      const { w, V } = jacobiEig(mm(tr(A), A)), order = [1, 0];
      const S = order.map((i) => Math.sqrt(w[i])), big = (i: number): number => V.reduce((b, r) => (Math.abs(r[i]) > Math.abs(b) ? r[i] : b), 0);
      const Vd = V.map((r) => order.map((i) => -r[i] * Math.sign(big(i))));
      const U = mm(A, Vd).map((r) => r.map((v, j) => v / S[j]));
      return [flat(U), { shape: [2], data: S }, flat(tr(Vd))];
    }, { multiOutput: 3 });
  add('LinalgPinvBackward0', 'linalg.pinv of a tall [4,2]', [inp([4, 2])], ([x]) => torch.linalg_pinv(x, null, null, false),
    ([x]) => { const A = mat(x, 4, 2); return flat(mm(invOf(mm(tr(A), A)), tr(A))); });
  add('LinalgPinvBackward0', 'linalg.pinv(hermitian=True) of x·xᵀ + 3I [3,3]', [inp([3, 3])],
    ([x]) => torch.linalg_pinv(torch.add(torch.matmul(x, torch.transpose(x, -2, -1)), eye3(x)), null, null, true),
    ([x]) => { const A = mat(x, 3, 3); return flat(invOf(plus3I(mm(A, tr(A))))); });
  add('LinalgLstsqBackward0', 'linalg.lstsq of [4,2] and [4,3]', [inp([4, 2]), inp([4, 3])], ([a, b]) => torch.linalg_lstsq(a, b, null, null)[0],
    ([a, b]) => { const A = mat(a, 4, 2); return flat(mm(mm(invOf(mm(tr(A), A)), tr(A)), mat(b, 4, 3))); });
  add('LinalgLuFactorExBackward0', 'linalg.lu_factor of [3,3]', [inp([3, 3])], ([x]) => torch.linalg_lu_factor_ex(x)[0],
    ([x]) => flat(luOf(mat(x, 3, 3)).LU));
  add('LinalgLuFactorExBackward0', 'linalg.lu_factor of a wide [2,3]', [inp([2, 3])], ([x]) => torch.linalg_lu_factor_ex(x)[0],
    ([x]) => flat(luOf(mat(x, 2, 3)).LU));
  add('LinalgLuBackward0', 'linalg.lu of [3,3] (L, U)', [inp([3, 3])], ([x]) => torch.linalg_lu(x).slice(1),
    ([x]) => { const r = luOf(mat(x, 3, 3)); return [flat(r.L), flat(r.U)]; }, { multiOutput: 2 });
  add('LinalgLuBackward0', 'linalg.lu of a tall [3,2] (L, U)', [inp([3, 2])], ([x]) => torch.linalg_lu(x).slice(1),
    ([x]) => { const r = luOf(mat(x, 3, 2)); return [flat(r.L), flat(r.U)]; }, { multiOutput: 2 });
  add('LinalgLuBackward0', 'linalg.lu of a wide [2,4] (L, U)', [inp([2, 4])], ([x]) => torch.linalg_lu(x).slice(1),
    ([x]) => { const r = luOf(mat(x, 2, 4)); return [flat(r.L), flat(r.U)]; }, { multiOutput: 2 });
  const piv = (): Tensor => torch.tensor([2, 3, 3], { dtype: 'int32' });
  add('LuUnpackBackward0', 'lu_unpack of [3,3] (L, U)', [inp([3, 3])], ([x]) => torch.lu_unpack(x, piv()).slice(1),
    ([x]) => { const A = mat(x, 3, 3); return [flat(A.map((r, i) => r.map((v, j) => (j < i ? v : i === j ? 1 : 0)))), flat(A.map((r, i) => r.map((v, j) => (j >= i ? v : 0))))]; },
    { multiOutput: 2 });
  add('LinalgLuSolveBackward0', 'linalg.lu_solve with LU = x + 3I [3,3], B [3,2]', [inp([3, 3]), inp([3, 2])],
    ([x, b]) => torch.linalg_lu_solve(torch.add(x, eye3(x)), piv(), b),
    ([x, b]) => {
      const LU = plus3I(mat(x, 3, 3)), L = LU.map((r, i) => r.map((v, j) => (j < i ? v : i === j ? 1 : 0))), U = LU.map((r, i) => r.map((v, j) => (j >= i ? v : 0)));
      return flat(mm(invOf(mm(permOf([2, 3, 3], 3), mm(L, U))), mat(b, 3, 2)));
    });
  add('LinalgLuSolveBackward0', 'linalg.lu_solve(left=False, adjoint=True) with LU = x + 3I [3,3], B [2,3]', [inp([3, 3]), inp([2, 3])],
    ([x, b]) => torch.linalg_lu_solve(torch.add(x, eye3(x)), piv(), b, false, true),
    ([x, b]) => {
      const LU = plus3I(mat(x, 3, 3)), L = LU.map((r, i) => r.map((v, j) => (j < i ? v : i === j ? 1 : 0))), U = LU.map((r, i) => r.map((v, j) => (j >= i ? v : 0)));
      return flat(mm(mat(b, 2, 3), invOf(tr(mm(permOf([2, 3, 3], 3), mm(L, U))))));
    });
  add('LinalgMatrixExpBackward0', 'linalg.matrix_exp of [3,3]', [inp([3, 3], -1, 1)], ([x]) => torch.linalg_matrix_exp(x),
    ([x]) => flat(expmOf(mat(x, 3, 3))));
}
