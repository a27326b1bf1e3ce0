// The LU family of PyTorch 1.13.1: linalg.lu_factor(_ex), linalg.lu, lu_unpack, linalg.lu_solve, and matrix_exp.
// The factorization is getf2's partial pivoting (the first row of largest |value|, the column below the pivot scaled
// by its reciprocal) on m×n matrices, float32 rounded at every step; pivots are 1-based int32 as LAPACK's ipiv.
// Gradients are FunctionsManual's: linalg_lu_backward (LinalgLuBackward0, and LinalgLuFactorExBackward0 through the
// unpacked factors), lu_unpack_backward (LuUnpackBackward0), linalg_lu_solve's (LinalgLuSolveBackward0), and
// linalg_matrix_exp_differential (LinalgMatrixExpBackward0: exp of the block matrix [[Aᵀ, G], [0, Aᵀ]]).
// matrix_exp itself is ATen's mexp (optimized Taylor polynomials, scaling and squaring).
import { BackwardContext } from '../autograd/node';
import { isFloating, type DType } from '../dtype';
import { TorchError } from '../errors';
import { broadcastBatchIndex, broadcastShapes, numel } from '../shape';
import { Tensor } from '../tensor';
import { applyOp, defineOp, scalarTypeName } from './apply';
import { fromValues, zeros } from './creation';
import { cat } from './join';
import { matmul } from './linalg';
import { linalg_solve_triangular, luSolve } from './linalg_dense';
import { add, neg, sub } from './pointwise';
import { tril, triu } from './triangular';
import { slice, transpose, viewOf } from './views';
import * as K from '../kernels';

type Round = (v: number) => number;
const roundOf = (d: DType): Round => (d === 'float32' ? Math.fround : (v: number) => v);
const mT = (x: Tensor): Tensor => transpose(x, -2, -1);
/** A plain transposed view (no autograd; for forwards). */
function rawMT(x: Tensor): Tensor {
  const n = x.ndim, shape = [...x.shape], strides = [...x.strides];
  [shape[n - 2], shape[n - 1]] = [shape[n - 1], shape[n - 2]];
  [strides[n - 2], strides[n - 1]] = [strides[n - 1], strides[n - 2]];
  return viewOf(x, shape, strides);
}

interface Factored { lu: Float64Array; piv: Int32Array; info: Int32Array; m: number; n: number; k: number; batch: number[] }

/** getf2 on each m×n matrix of A: LU (row-major, L's unit diagonal implied), 1-based pivots, infos. */
function factorEach(A: Tensor): Factored {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], k = Math.min(m, n), batch = A.shape.slice(0, -2);
  const count = numel(batch), r = roundOf(A.dtype), lu = A.toArray().slice();
  const piv = new Int32Array(count * k), info = new Int32Array(count);
  for (let b = 0; b < count; b++) {
    const o = b * m * n;
    for (let j = 0; j < k; j++) {
      let p = j, best = Math.abs(lu[o + j * n + j]);
      for (let i = j + 1; i < m; i++) { const v = Math.abs(lu[o + i * n + j]); if (v > best || (Number.isNaN(v) && !Number.isNaN(best) && false)) { best = v; p = i; } }
      piv[b * k + j] = p + 1;
      if (lu[o + p * n + j] !== 0) {
        if (p !== j) for (let c = 0; c < n; c++) { const t = lu[o + j * n + c]; lu[o + j * n + c] = lu[o + p * n + c]; lu[o + p * n + c] = t; }
        const rcp = r(1 / lu[o + j * n + j]);
        for (let i = j + 1; i < m; i++) lu[o + i * n + j] = r(lu[o + i * n + j] * rcp);
      } else if (info[b] === 0) {
        info[b] = j + 1;
      }
      for (let i = j + 1; i < m; i++) {
        const l = lu[o + i * n + j];
        if (l !== 0) for (let c = j + 1; c < n; c++) lu[o + i * n + c] = r(lu[o + i * n + c] - r(l * lu[o + j * n + c]));
      }
    }
  }
  return { lu, piv, info, m, n, k, batch };
}

/** The permutation matrices P (…, m, m) with A = P L U, from 1-based pivots (k per matrix). */
function permutation(piv: ArrayLike<number>, m: number, k: number, batch: number[], dtype: DType): Tensor {
  const count = numel(batch), out = new Float64Array(count * m * m);
  for (let b = 0; b < count; b++) {
    const perm = Array.from({ length: m }, (_, i) => i);
    for (let i = 0; i < k; i++) { const p = piv[b * k + i] - 1; const t = perm[i]; perm[i] = perm[p]; perm[p] = t; }
    for (let j = 0; j < m; j++) out[b * m * m + perm[j] * m + j] = 1;
  }
  return fromValues([...batch, m, m], out, dtype);
}

/** L (…, m, k, unit lower) and U (…, k, n) of packed LU, by differentiable ops. */
function unpack(LU: Tensor, m: number, n: number): { L: Tensor; U: Tensor } {
  const k = Math.min(m, n);
  const eye = new Float64Array(m * k);
  for (let i = 0; i < k; i++) eye[i * k + i] = 1;
  const L = add(tril(slice(LU, -1, 0, k), -1), fromValues([m, k], eye, LU.dtype));
  const U = triu(slice(LU, -2, 0, k));
  return { L, U };
}

/** FunctionsManual's linalg_lu_backward (real case): square, wide and tall. */
function luBackward(gL: Tensor | null, gU: Tensor | null, P: Tensor, L: Tensor, U: Tensor): Tensor | null {
  if (!gL && !gU) return null;
  const m = L.shape[L.ndim - 2], n = U.shape[U.ndim - 1], k = Math.min(m, n);
  const solve = linalg_solve_triangular;
  let gA: Tensor;
  if (m === n) {
    let phi: Tensor | null = gL ? tril(matmul(mT(L), gL), -1) : null;
    if (gU) { const t = triu(matmul(gU, mT(U))); phi = phi ? add(phi, t) : t; }
    gA = solve(mT(L), phi as Tensor, true, true, true);
    gA = solve(mT(U), gA, false, false);
  } else if (m < n) {
    const U1 = slice(U, -1, 0, k), U2 = (x: Tensor): Tensor => slice(x, -1, k, n);
    let t: Tensor | null = gL ? matmul(mT(L), gL) : null;
    if (gU) { const u = matmul(triu(gU), mT(U)); t = t ? sub(t, u) : neg(u); }
    gA = solve(mT(U1), tril(t as Tensor, -1), false, false);
    if (gU) gA = cat([add(gA, triu(slice(gU, -1, 0, k))), U2(gU)], -1);
    gA = solve(mT(L), gA, true, true, true);
    if (!gU) gA = cat([gA, zeros([...U.shape.slice(0, -2), k, n - k], { dtype: U.dtype })], -1);
  } else {
    const L1 = slice(L, -2, 0, k), L2 = (x: Tensor): Tensor => slice(x, -2, k, m);
    let t: Tensor | null = gU ? matmul(gU, mT(U)) : null;
    if (gL) { const u = matmul(mT(L), tril(gL, -1)); t = t ? sub(t, u) : neg(u); }
    gA = solve(mT(L1), triu(t as Tensor), true, true, true);
    if (gL) gA = cat([add(gA, tril(slice(gL, -2, 0, k), -1)), L2(gL)], -2);
    gA = solve(mT(U), gA, false, false);
    if (!gL) gA = cat([gA, zeros([...L.shape.slice(0, -2), m - k, k], { dtype: L.dtype })], -2);
  }
  return matmul(P, gA);
}

function checkLuInput(A: Tensor, what: string): void {
  if (A.ndim < 2) throw new TorchError('RuntimeError', `torch.lu_factor: Expected tensor with 2 or more dimensions. Got size: [${A.shape.join(', ')}] instead`);
  if (!isFloating(A.dtype) || A.dtype === 'float16' || A.dtype === 'bfloat16') {
    throw new TorchError('RuntimeError', `"lu_cpu" not implemented for '${scalarTypeName(A.dtype)}'`);
  }
  void what;
}
function noPivotError(pivot: boolean, what: string): void {
  if (!pivot) throw new TorchError('RuntimeError', `${what}: LU without pivoting is not implemented on the CPU`);
}

const LINALG_LU_FACTOR = defineOp({
  name: 'linalg_lu_factor_ex', node: 'LinalgLuFactorExBackward0', args: ['A'],
  forward: ([A], a) => fromValues(A.shape, (a.f as Factored).lu, A.dtype),
  grads: {
    A: {
      saves: ['result'], fn: (g, c) => {
        const f = c.attrs.f as Factored, LU = c.saved('result');
        const { L, U } = unpack(LU, f.m, f.n);
        return luBackward(slice(g, -1, 0, f.k), slice(g, -2, 0, f.k), permutation(f.piv, f.m, f.k, f.batch, LU.dtype), L, U);
      },
    },
  },
  savedValues: () => ({ pivot: true }),
});

/** torch.linalg.lu_factor_ex(A) → [LU, pivots, info]; `check`: lu_factor's error on a zero pivot. */
export function linalg_lu_factor_ex(A: Tensor, pivot = true, check = false, what = 'torch.linalg.lu_factor'): Tensor[] {
  checkLuInput(A, what);
  noPivotError(pivot, 'linalg.lu_factor');
  const f = factorEach(A);
  if (check) {
    for (let b = 0; b < f.info.length; b++) {
      if (f.info[b] > 0) {
        const i = f.info[b];
        throw new TorchError('RuntimeError', `${what}: ${A.ndim > 2 ? `(Batch element ${b}): ` : ''}U[${i},${i}] is zero and using it on lu_solve would result in a division by zero. If you still want to perform the factorization, consider calling linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)`);
      }
    }
  }
  const LU = applyOp(LINALG_LU_FACTOR, [A], { f }).out;
  return [LU, fromValues([...f.batch, f.k], Float64Array.from(f.piv), 'int32'), fromValues(f.batch, Float64Array.from(f.info), 'int32')];
}

const LINALG_LU = defineOp({
  name: 'linalg_lu', node: 'LinalgLuBackward0', args: ['A'],
  forward: ([A], a) => {
    const f = a.f as Factored, LU = fromValues(A.shape, f.lu, A.dtype);
    const { L, U } = unpack(LU, f.m, f.n);
    return { out: L, more: [U] };
  },
  outputNames: ['L', 'U'],
  grads: {
    A: {
      saves: ['L', 'U'], fn: (_g: Tensor, c: BackwardContext) => {
        const f = c.attrs.f as Factored, [gL, gU] = c.grads, L = c.saved('L');
        return luBackward(gL, gU, permutation(f.piv, f.m, f.k, f.batch, L.dtype), L, c.saved('U'));
      },
    },
  },
  savedValues: () => ({ pivot: true }),
});

/** torch.linalg.lu(A) → [P, L, U]. */
export function linalg_lu(A: Tensor, pivot = true): Tensor[] {
  checkLuInput(A, 'linalg.lu');
  noPivotError(pivot, 'linalg.lu_factor');
  const f = factorEach(A);
  const r = applyOp(LINALG_LU, [A], { f });
  return [permutation(f.piv, f.m, f.k, f.batch, A.dtype), r.out, (r.more as Tensor[])[0]];
}

/** FunctionsManual's lu_unpack_backward. */
function luUnpackBackward(gL: Tensor | null, gU: Tensor | null, m: number, n: number): Tensor | null {
  if (!gL && !gU) return null;
  const k = Math.min(m, n);
  if (m === n) {
    if (gL && gU) return add(tril(gL, -1), triu(gU));
    return gL ? tril(gL, -1) : triu(gU as Tensor);
  }
  if (m < n) {   // LU = [L\U1 | U2]
    const lpart = gL ? tril(gL, -1) : null;
    if (!gU) return cat([lpart as Tensor, zeros([...(lpart as Tensor).shape.slice(0, -2), m, n - k], { dtype: (lpart as Tensor).dtype })], -1);
    const ut = triu(gU);
    return lpart ? cat([add(slice(ut, -1, 0, k), lpart), slice(ut, -1, k, n)], -1) : ut;
  }
  const lt = gL ? tril(gL, -1) : null;   // tall: LU = [L1\U ; L2]
  if (!lt) { const u = triu(gU as Tensor); return cat([u, zeros([...u.shape.slice(0, -2), m - k, n], { dtype: u.dtype })], -2); }
  return gU ? cat([add(slice(lt, -2, 0, k), triu(gU)), slice(lt, -2, k, m)], -2) : lt;
}

const LU_UNPACK = defineOp({
  name: 'lu_unpack', node: 'LuUnpackBackward0', args: ['LU_data'],
  forward: ([LU]) => {
    const m = LU.shape[LU.ndim - 2], n = LU.shape[LU.ndim - 1], { L, U } = unpack(K.copyOf(LU, LU.dtype), m, n);
    return { out: L, more: [U] };
  },
  outputNames: ['L', 'U'],
  grads: {
    LU_data: {
      saves: [], fn: (_g: Tensor, c: BackwardContext) => {
        const [gL, gU] = c.grads, s = c.inputs[0].shape;
        return luUnpackBackward(gL, gU, s[s.length - 2], s[s.length - 1]);
      },
    },
  },
});

/** torch.lu_unpack(LU, pivots, unpack_data, unpack_pivots) → [P, L, U] (empty tensors for what is not unpacked). */
export function lu_unpack(LU: Tensor, pivots: Tensor, unpackData = true, unpackPivots = true): Tensor[] {
  if (LU.ndim < 2) throw new TorchError('RuntimeError', `torch.lu_unpack: Expected tensor with 2 or more dimensions. Got size: [${LU.shape.join(', ')}] instead`);
  const m = LU.shape[LU.ndim - 2], n = LU.shape[LU.ndim - 1], k = Math.min(m, n);
  if (unpackPivots && pivots.dtype !== 'int32') {
    throw new TorchError('RuntimeError', 'torch.lu_unpack: LU_pivots is expected to be a contiguous tensor of torch.int32 dtype.\nNote: this function is intended to be used with the output produced by torch.linalg.lu_factor');
  }
  const empty = (): Tensor => fromValues([0], new Float64Array(0), LU.dtype);
  let L = empty(), U = empty();
  if (unpackData) { const r = applyOp(LU_UNPACK, [LU]); L = r.out; U = (r.more as Tensor[])[0]; }
  // as many swaps as there are pivots (at most k), as ATen's unpack_pivots
  const kp = Math.min(k, pivots.ndim ? pivots.shape[pivots.ndim - 1] : 0), pv = pivots.toArray(), pk = pivots.ndim ? pivots.shape[pivots.ndim - 1] : 0;
  const batchP = LU.shape.slice(0, -2), cnt = numel(batchP), sel = new Float64Array(cnt * kp);
  for (let b = 0; b < cnt; b++) for (let i = 0; i < kp; i++) sel[b * kp + i] = pv[b * pk + i];
  const P = unpackPivots ? permutation(sel, m, kp, batchP, LU.dtype) : empty();
  return [P, L, U];
}

// --- lu_solve ---------------------------------------------------------------------------------------------------------
function luSolveValues(LU: Tensor, piv: Int32Array, B: Tensor, left: boolean, adjoint: boolean): Tensor {
  const n = LU.shape[LU.ndim - 1], batch = broadcastShapes(LU.shape.slice(0, -2), B.shape.slice(0, -2));
  const r = roundOf(LU.dtype), count = numel(batch);
  const luB = LU.shape.slice(0, -2), bB = B.shape.slice(0, -2);
  const src = (shape: number[], b: number): number => broadcastBatchIndex(batch, shape, b);

  // XA = B ⇔ Aᵀ Xᵀ = Bᵀ: solve with the columns of Bᵀ
  const Bm = left ? B : rawMT(B), k = Bm.shape[Bm.ndim - 1];
  const lv = LU.toArray(), bv = Bm.toArray(), out = new Float64Array(count * n * k);
  for (let b = 0; b < count; b++) {
    const lo = src(luB, b), bo = src(bB, b);
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = piv[lo * n + i] - 1;
    const rhs = bv.slice(bo * n * k, bo * n * k + n * k);
    luSolve({ lu: lv.subarray(lo * n * n, lo * n * n + n * n) as Float64Array, piv: p, info: 0, swaps: 0 }, n, rhs, 0, k, r, left ? adjoint : !adjoint);
    out.set(rhs, b * n * k);
  }
  const X = fromValues([...batch, n, k], out, LU.dtype);
  return left ? X : K.copyOf(rawMT(X), LU.dtype);
}

function luSolveLUGrad(gX: Tensor, LU: Tensor, piv: Int32Array, X: Tensor, left: boolean, adjoint: boolean): Tensor {
  const n = LU.shape[LU.ndim - 1];
  const gB = linalg_lu_solve(LU, piv, gX, left, !adjoint);
  const gA = left ? (adjoint ? neg(matmul(X, mT(gB))) : neg(matmul(gB, mT(X)))) : (adjoint ? neg(matmul(mT(gB), X)) : neg(matmul(mT(X), gB)));
  const P = permutation(piv, n, n, LU.shape.slice(0, -2), LU.dtype);
  const { L, U } = unpack(LU, n, n);
  const PtgA = matmul(mT(P), gA);
  return add(tril(matmul(PtgA, mT(U)), -1), triu(matmul(mT(L), PtgA)));
}

const LINALG_LU_SOLVE = defineOp({
  name: 'linalg_lu_solve', node: 'LinalgLuSolveBackward0', args: ['LU', 'B'],
  forward: ([LU, B], a) => luSolveValues(LU, a.piv as Int32Array, B, a.left as boolean, a.adjoint as boolean),
  grads: {
    LU: {
      saves: ['LU', 'result'], fn: (g, c) => luSolveLUGrad(g, c.saved('LU'), c.attrs.piv as Int32Array, c.saved('result'), c.attrs.left as boolean, c.attrs.adjoint as boolean),
    },
    B: { saves: ['LU'], fn: (g, c) => linalg_lu_solve(c.saved('LU'), c.attrs.piv as Int32Array, g, c.attrs.left as boolean, !(c.attrs.adjoint as boolean)) },
  },
  savedValues: (a) => ({ left: a.left, adjoint: a.adjoint }),
});

/** torch.linalg.lu_solve(LU, pivots, B, left, adjoint). */
export function linalg_lu_solve(LU: Tensor, pivots: Tensor | Int32Array, B: Tensor, left = true, adjoint = false): Tensor {
  const what = 'linalg.lu_solve';
  if (LU.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor LU must have at least 2 dimensions.`);
  if (B.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor B must have at least 2 dimensions.`);
  const n = LU.shape[LU.ndim - 1];
  if (LU.shape[LU.ndim - 2] !== n) throw new TorchError('RuntimeError', `torch.${what}: A must be batches of square matrices, but they are ${LU.shape[LU.ndim - 2]} by ${n} matrices`);
  if (n !== (left ? B.shape[B.ndim - 2] : B.shape[B.ndim - 1])) {
    throw new TorchError('RuntimeError', `${what}: Incompatible shapes of A and B for the equation ${left ? 'AX = B' : 'XA = B'} (${n}x${n} and ${B.shape[B.ndim - 2]}x${B.shape[B.ndim - 1]})`);
  }
  if (LU.dtype !== B.dtype) {
    throw new TorchError('RuntimeError', `${what}: Expected LU and B to have the same dtype, but found LU of type ${scalarTypeName(LU.dtype)} and B of type ${scalarTypeName(B.dtype)} instead`);
  }
  let piv: Int32Array;
  if (pivots instanceof Tensor) {
    if (pivots.dtype !== 'int32') throw new TorchError('RuntimeError', `${what}: pivots should be a Tensor of scalar type torch.int32`);
    if (pivots.ndim === 0 || pivots.shape[pivots.ndim - 1] !== n) {
      throw new TorchError('RuntimeError', `${what}: Number of pivots per batch should be same as the dimension of the matrix`);
    }
    const pb = numel(pivots.shape.slice(0, -1)), lb = numel(LU.shape.slice(0, -2));
    if (pb !== lb) {
      throw new TorchError('RuntimeError', `${what}: Expected LU.shape[:-1] and pivots.shape to be the same, but got pivots with shape [${pivots.shape.join(', ')}] instead`);
    }
    piv = Int32Array.from(pivots.toArray());
  } else piv = pivots;
  return applyOp(LINALG_LU_SOLVE, [LU, B], { piv, left, adjoint }).out;
}

// --- matrix_exp -------------------------------------------------------------------------------------------------------
// ATen's mexp (Bader, Blanes, Casas 2019: optimized Taylor polynomials of degree 1, 2, 4, 8, 12, 18, the last with
// scaling and squaring), ported with its coefficients (from aten/src/ATen/native/LinearAlgebra.cpp, BSD) and its
// order of operations; float32 rounds each step (matrix products accumulate in double, rounded once).
type Sq = Float64Array;
function mexp(a: ArrayLike<number>, off: number, n: number, dtype: DType): Sq {
  const r = roundOf(dtype), f32 = dtype === 'float32', c = (v: number): number => (f32 ? Math.fround(v) : v);
  const mm = (X: Sq, Y: Sq): Sq => {
    const Z = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { let t = 0; for (let k = 0; k < n; k++) t += X[i * n + k] * Y[k * n + j]; Z[i * n + j] = r(t); }
    return Z;
  };
  // _compute_linear_combination: out = Σ_j coef_j·M_j, accumulated in order from zero
  const lin = (Ms: Sq[], cs: number[]): Sq => {
    const Z = new Float64Array(n * n);
    cs.forEach((k, j) => { const kk = c(k); for (let i = 0; i < n * n; i++) Z[i] = r(Z[i] + r(kk * Ms[j][i])); });
    return Z;
  };
  const addTo = (X: Sq, Y: Sq): Sq => { for (let i = 0; i < n * n; i++) X[i] = r(X[i] + Y[i]); return X; };
  const I = new Float64Array(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  const A = new Float64Array(n * n);
  for (let i = 0; i < n * n; i++) A[i] = a[off + i];
  if (n === 1) return Float64Array.of(r(Math.exp(A[0])));   // 1×1: exp itself, as ATen
  const powers = (B: Sq, count: number): Sq[] => {   // I, B, B², B³, B⁶
    const out = [I, B];
    if (count > 2) out.push(mm(B, B));
    if (count > 3) out.push(mm(B, out[2]));
    if (count > 4) out.push(mm(out[3], out[3]));
    return out;
  };
  const T1 = (): Sq => lin(powers(A, 2), [1, 1]);
  const T2 = (): Sq => { const P = powers(A, 3); const h = P[2].map((v) => r(v / 2)); return addTo(addTo(new Float64Array(n * n), I), addTo(A.slice(), h)); };
  const T4 = (): Sq => {
    const P = powers(A, 3);
    const A4 = mm(P[2], lin(P, [1 / 2, 1 / 6, 1 / 24]));
    return lin([...P, A4], [1, 1, 0, 1]);
  };
  const T8 = (): Sq => {
    const s177 = c(0.1330413469565007072504e+2), x3 = c(2 / 3);
    const x1 = c(x3 * ((1 + s177) / 88)), x2 = c(x3 * ((1 + s177) / 352)), x4 = c((-271 + 29 * s177) / (315 * x3));
    const x5 = c((-11 + 11 * s177) / (1260 * x3)), x6 = c((-99 + 11 * s177) / (5040 * x3)), x7 = c((89 - s177) / (5040 * x3));
    const y2 = c((857 - 58 * s177) / 630);
    const P = powers(A, 3);
    const A4 = mm(P[2], lin([P[1], P[2]], [x1, x2]));
    const A8 = mm(lin([P[2], A4], [x3, 1]), lin([P[0], P[1], P[2], A4], [x4, x5, x6, x7]));
    return lin([P[0], P[1], P[2], A4, A8], [1, 1, y2, 0, 1]);
  };
  const T12 = (): Sq => {
    const b = [[9.0198e-16, 0.46932117595418237389, -0.20099424927047284052, -0.04623946134063071740],
      [5.31597895759871264183, 1.19926790417132231573, 0.01179296240992997031, 0.01108844528519167989],
      [0.18188869982170434744, 0.05502798439925399070, 0.09351590770535414968, 0.00610700528898058230],
      [-2.0861320e-13, -0.13181061013830184015, -0.02027855540589259079, -0.00675951846863086359]];
    const P = powers(A, 4), B = b.map((row) => lin(P, row));
    addTo(B[2], mm(B[3], B[3]));
    return addTo(B[0], mm(addTo(B[1], B[2]), B[2]));
  };
  const T18 = (X: Sq): Sq => {
    const b = [[0, -1.00365581030144618291e-01, -8.02924648241156932449e-03, -8.92138498045729985177e-04, 0],
      [0, 3.97849749499645077844e-01, 1.36783778460411720168e+00, 4.98289622525382669416e-01, -6.37898194594723280150e-04],
      [-1.09676396052962061844e+01, 1.68015813878906206114e+00, 5.71779846478865511061e-02, -6.98210122488052056106e-03, 3.34975017086070470649e-05],
      [-9.04316832390810593223e-02, -6.76404519071381882256e-02, 6.75961301770459654925e-02, 2.95552570429315521194e-02, -1.39180257516060693404e-05],
      [0, 0, -9.23364619367118555360e-02, -1.69364939002081722752e-02, -1.40086798182036094347e-05]];
    const P = powers(X, 5), B = b.map((row) => lin(P, row));
    addTo(B[3], mm(B[0], B[4]));
    return addTo(B[1], mm(addTo(B[2], B[3]), B[3]));
  };
  const thetas = (f32 ? [1.192092800768788e-07, 5.978858893805233e-04, 5.116619363445086e-02, 5.800524627688768e-01, 1.461661507209034e+00, 3.010066362817634e+00]
    : [2.220446049250313e-16, 2.580956802971767e-08, 3.397168839976962e-04, 4.991228871115323e-02, 2.996158913811580e-01, 1.090863719290036e+00]).map(c);
  let norm = 0;   // operator 1-norm: the largest column sum of |a|
  for (let j = 0; j < n; j++) { let t = 0; for (let i = 0; i < n; i++) t = r(t + Math.abs(A[i * n + j])); norm = Math.max(norm, t); }
  if (norm >= thetas[4]) {
    const s = Math.max(0, Math.ceil(r(Math.log2(r(norm / thetas[5])))));
    const p2 = 2 ** s;
    let X = T18(A.map((v) => r(v / p2)));
    for (let t = 0; t < s; t++) X = mm(X, X);
    return X;
  }
  const Ts = [T1, T2, T4, T8, T12];
  for (let i = 0; i < 5; i++) if ((i === 0 ? -1 : thetas[i - 1]) < norm && norm <= thetas[i]) return Ts[i]();
  return T1();   // a NaN norm: no interval holds it (ATen leaves such results uninitialised)
}

function matrixExpValues(A: Tensor): Tensor {
  const n = A.shape[A.ndim - 1], v = A.toArray(), count = n === 0 ? 0 : v.length / (n * n), out = new Float64Array(v.length);
  for (let b = 0; b < count; b++) out.set(mexp(v, b * n * n, n, A.dtype), b * n * n);
  return fromValues(A.shape, out, A.dtype);
}

const LINALG_MATRIX_EXP = defineOp({
  name: 'linalg_matrix_exp', node: 'LinalgMatrixExpBackward0', args: ['self'],
  forward: ([A]) => matrixExpValues(A),
  grads: {
    self: {
      // differential of exp at Aᵀ applied to G: the upper-right block of exp([[Aᵀ, G], [0, Aᵀ]])
      saves: ['self'], fn: (g, c) => {
        const A = c.saved('self'), n = A.shape[A.ndim - 1], At = mT(A);
        const top = cat([At, g], -1), bottom = cat([zeros(g.shape, { dtype: g.dtype }), At], -1);
        const E = linalg_matrix_exp(cat([top, bottom], -2));
        return slice(slice(E, -2, 0, n), -1, n, 2 * n);
      },
    },
  },
});

export function linalg_matrix_exp(A: Tensor, what = 'linalg.matrix_exp'): Tensor {
  if (A.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor A must have at least 2 dimensions.`);
  const n = A.shape[A.ndim - 2], m = A.shape[A.ndim - 1];
  if (n !== m) throw new TorchError('RuntimeError', `${what}: A must be batches of square matrices, but they are ${n} by ${m} matrices`);
  if (!isFloating(A.dtype) || A.dtype === 'float16' || A.dtype === 'bfloat16') {
    throw new TorchError('RuntimeError', `matrix_exp: Expected a floating point or complex tensor as input. Got ${scalarTypeName(A.dtype)}`);
  }
  return applyOp(LINALG_MATRIX_EXP, [A]).out;
}
