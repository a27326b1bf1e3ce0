// linalg.svd / torch.svd, linalg.pinv and linalg.lstsq of PyTorch 1.13.1: values, grad_fn names (LinalgSvdBackward0,
// LinalgPinvBackward0, LinalgLstsqBackward0), gradient formulas (FunctionsManual.cpp: svd_backward, pinv_backward,
// linalg_lstsq_backward) and error texts. The decomposition is gesdd.ts' port of LAPACK's gesdd, so singular vectors
// (unique only up to a simultaneous sign flip of U's and V's columns) have PyTorch's signs. lstsq runs through a
// one-sided Jacobi SVD (linalg_dense.ts' jacobiSvd): its solutions are unique, and its rank is counted from the
// singular values (gelsy's QR with column pivoting agrees but on nearly rank-deficient input).
import { isGradEnabled } from '../autograd/grad_mode';
import { BackwardContext } from '../autograd/node';
import { isFloating, type DType } from '../dtype';
import { TorchError } from '../errors';
import { broadcastBatchIndex, broadcastShapes, numel } from '../shape';
import { Tensor } from '../tensor';
import { applyOp, defineOp, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { eighValues } from './eigh';
import { gesdd } from './gesdd';
import { matmul } from './linalg';
import { jacobiSvd } from './linalg_dense';
import { add, div, mul, neg, sub } from './pointwise';
import { diag_embed } from './rearrange';
import { slice, transpose, unsqueeze, squeeze, viewOf } from './views';

const mT = (x: Tensor): Tensor => transpose(x, -2, -1);
const dot = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * b[i], 0);

/** `have` orthonormal vectors of length d completed to d by Gram-Schmidt against the standard basis. */
function complete(vs: number[][], d: number): number[][] {
  const out = vs.map((v) => [...v]);
  for (let e = 0; e < d && out.length < d; e++) {
    const v: number[] = Array.from({ length: d }, (_, i) => (i === e ? 1 : 0));
    for (let pass = 0; pass < 2; pass++) for (const u of out) { const c = dot(v, u); for (let i = 0; i < d; i++) v[i] -= c * u[i]; }
    const nv = Math.sqrt(dot(v, v));
    if (nv > 1e-6) out.push(v.map((x) => x / nv));
  }
  return out;
}

interface Svd { s: number[]; U: number[][]; V: number[][] }
/** The SVD of each m×n matrix of A (row-major values): U's and V's columns as arrays (k of them, or all with full). */
function svdEach(A: Tensor, full: boolean, what: string): Svd[] {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], v = A.toArray(), count = numel(A.shape.slice(0, -2));
  const out: Svd[] = [];
  for (let b = 0; b < count; b++) {
    let inf = false;
    for (let i = 0; i < m * n; i++) {
      const x = v[b * m * n + i];
      if (Number.isNaN(x)) {
        throw new TorchError('LinAlgError', `${what}: ${A.ndim > 2 ? `(Batch element ${b}): ` : ''}The algorithm failed to converge because the input matrix contained non-finite values.`);
      }
      if (!Number.isFinite(x)) inf = true;
    }
    if (inf && m > 0 && n > 0) {
      // gesdd scales a matrix with infinities by 0 (they become NaN, the rest 0) and its singular values back: NaN
      const scaled = Array.from(v.subarray(b * m * n, (b + 1) * m * n), (x) => x * 0);
      const g = gesdd(scaled, 0, m, n, full, A.dtype);
      if (g.info > 0) {
        throw new TorchError('LinAlgError', `${what}: ${A.ndim > 2 ? `(Batch element ${b}): ` : ''}The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated singular values (error code: ${g.info}).`);
      }
      out.push({ s: g.s.map(() => NaN), U: g.U[0].map((_, j) => g.U.map((row) => row[j])), V: g.VT });
      continue;
    }
    if (m === 0 || n === 0) {
      const r = { s: [], U: [], V: [] };
      out.push(full ? { s: r.s, U: complete(r.U, m), V: complete(r.V, n) } : r);
      continue;
    }
    const g = gesdd(v, b * m * n, m, n, full, A.dtype);
    if (g.info > 0) {
      throw new TorchError('LinAlgError', `${what}: ${A.ndim > 2 ? `(Batch element ${b}): ` : ''}The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated singular values (error code: ${g.info}).`);
    }
    out.push({ s: g.s, U: g.U[0].map((_, j) => g.U.map((row) => row[j])), V: g.VT });
  }
  return out;
}

function svdForward(A: Tensor, full: boolean, what: string): { U: Tensor; S: Tensor; Vh: Tensor } {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], k = Math.min(m, n), batch = A.shape.slice(0, -2);
  const uc = full ? m : k, vr = full ? n : k, all = svdEach(A, full, what);
  const U = new Float64Array(all.length * m * uc), S = new Float64Array(all.length * k), Vh = new Float64Array(all.length * vr * n);
  all.forEach((r, b) => {
    for (let i = 0; i < m; i++) for (let j = 0; j < uc; j++) U[(b * m + i) * uc + j] = r.U[j][i];
    for (let j = 0; j < k; j++) S[b * k + j] = r.s[j];
    for (let i = 0; i < vr; i++) for (let j = 0; j < n; j++) Vh[(b * vr + i) * n + j] = r.V[i][j];
  });
  return {
    U: fromValues([...batch, m, uc], U, A.dtype), S: fromValues([...batch, k], S, A.dtype), Vh: fromValues([...batch, vr, n], Vh, A.dtype),
  };
}

/** The n×n matrix with ones on its diagonal (a mask). */
function eyeMask(n: number, dtype: DType): Tensor {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  return fromValues([n, n], v, dtype);
}
const narrowLast = (x: Tensor, len: number): Tensor => slice(x, -1, 0, len);
const narrowRows = (x: Tensor, len: number): Tensor => slice(x, -2, 0, len);

/** FunctionsManual's svd_backward (real case), with full_matrices' U and Vh narrowed to their first k columns/rows. */
export function svdBackward(gU: Tensor | null, gS: Tensor | null, gVh: Tensor | null, U: Tensor, S: Tensor, Vh: Tensor, full: boolean): Tensor | null {
  if (!gU && !gS && !gVh) return null;
  const m = U.shape[U.ndim - 2], n = Vh.shape[Vh.ndim - 1], k = S.shape[S.ndim - 1];
  if (full) {
    U = narrowLast(U, k); Vh = narrowRows(Vh, k);
    if (gU) gU = narrowLast(gU, k);
    if (gVh) gVh = narrowRows(gVh, k);
  }
  if (!gU && !gVh) {
    const D = diag_embed(gS as Tensor);
    return m >= n ? matmul(U, matmul(D, Vh)) : matmul(matmul(U, D), Vh);
  }
  const skew = (X: Tensor): Tensor => sub(X, mT(X));
  const UhgU = gU ? skew(matmul(mT(U), gU)) : null;
  const VhgV = gVh ? skew(matmul(Vh, mT(gVh))) : null;
  const S2 = mul(S, S), I = eyeMask(k, S.dtype);
  const E = add(mul(sub(unsqueeze(S2, -2), unsqueeze(S2, -1)), sub(1, I)), I);
  let gA: Tensor;
  if (UhgU && VhgV) gA = div(add(mul(UhgU, unsqueeze(S, -2)), mul(unsqueeze(S, -1), VhgV)), E);
  else if (VhgV) gA = mul(unsqueeze(S, -1), div(VhgV, E));
  else gA = mul(div(UhgU as Tensor, E), unsqueeze(S, -2));
  if (gS) gA = add(gA, diag_embed(gS));
  if (m > n && gU) {
    gA = matmul(U, gA);
    const gUSinv = div(gU, unsqueeze(S, -2));
    gA = sub(add(gA, gUSinv), matmul(U, matmul(mT(U), gUSinv)));
    return matmul(gA, Vh);
  }
  if (m < n && gVh) {
    gA = matmul(gA, Vh);
    const SinvgVh = div(gVh, unsqueeze(S, -1));
    gA = sub(add(gA, SinvgVh), matmul(matmul(SinvgVh, mT(Vh)), Vh));
    return matmul(U, gA);
  }
  return m >= n ? matmul(U, matmul(gA, Vh)) : matmul(matmul(U, gA), Vh);
}

export const LINALG_SVD = defineOp({
  name: 'linalg_svd', node: 'LinalgSvdBackward0', args: ['A'],
  forward: ([A], a) => { const r = svdForward(A, a.full as boolean, a.what as string); return { out: r.U, more: [r.S, r.Vh] }; },
  outputNames: ['U', 'S', 'Vh'],
  grads: {
    A: {
      saves: ['U', 'S', 'Vh'], fn: (_g: Tensor, c: BackwardContext) => {
        const [gU, gS, gVh] = c.grads;
        return svdBackward(gU, gS, gVh, c.saved('U'), c.saved('S'), c.saved('Vh'), c.attrs.full as boolean);
      },
    },
  },
  savedValues: (a) => ({ full_matrices: a.full }),
});

/**
 * torch.linalg.svdvals: with a gradient to record, linalg.svd's S (output 1 of LinalgSvdBackward0, as PyTorch's
 * _linalg_svd(compute_uv=True)); otherwise the singular values alone (one-sided Jacobi), recording nothing.
 */
export function linalg_svdvals(A: Tensor): Tensor {
  checkSvdInput(A, 'linalg.svd');
  if (isGradEnabled() && A.requires_grad) return (applyOp(LINALG_SVD, [A], { full: false, what: 'linalg.svd' }).more as Tensor[])[0];
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], k = Math.min(m, n), v = A.toArray();
  const count = numel(A.shape.slice(0, -2)), out = new Float64Array(count * k);
  for (let b = 0; b < count; b++) {
    let inf = false;
    for (let i = 0; i < m * n; i++) {
      const x = v[b * m * n + i];
      if (Number.isNaN(x)) {
        throw new TorchError('LinAlgError', `linalg.svd: ${A.ndim > 2 ? `(Batch element ${b}): ` : ''}The algorithm failed to converge because the input matrix contained non-finite values.`);
      }
      if (!Number.isFinite(x)) inf = true;
    }
    if (inf) { out.fill(NaN, b * k, (b + 1) * k); continue; }
    if (k > 0) jacobiSvd(v, b * m * n, m, n).s.forEach((x, i) => { out[b * k + i] = x; });
  }
  return fromValues([...A.shape.slice(0, -2), k], out, A.dtype);
}

function checkSvdInput(A: Tensor, what: string): void {
  if (A.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor A must have at least 2 dimensions.`);
  if (!isFloating(A.dtype) || A.dtype === 'float16' || A.dtype === 'bfloat16') {
    throw new TorchError('RuntimeError', `${what}: Expected a floating point or complex tensor as input. Got ${scalarTypeName(A.dtype)}`);
  }
}

/** torch.linalg.svd(A, full_matrices) → [U, S, Vh]. */
export function linalg_svd(A: Tensor, fullMatrices = true): [Tensor, Tensor, Tensor] {
  checkSvdInput(A, 'linalg.svd');
  const r = applyOp(LINALG_SVD, [A], { full: fullMatrices, what: 'linalg.svd' });
  const [S, Vh] = r.more as Tensor[];
  return [r.out, S, Vh];
}

// --- pinv ---------------------------------------------------------------------------------------------------------
/** The pseudo-inverse values: Vh.mH · diag(1/σ over the tolerance) · U.mH, or through eigh when hermitian. */
function pinvValues(A: Tensor, atol: number, rtol: number, hermitian: boolean): Tensor {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], batch = A.shape.slice(0, -2), count = numel(batch);
  const out = new Float64Array(count * n * m);
  const put = (b: number, s: number[], left: (q: number, i: number) => number, right: (q: number, j: number) => number): void => {
    const maxS = s.reduce((acc, x) => Math.max(acc, Math.abs(x)), 0);
    const tol = Math.max(atol, rtol * maxS);
    const keep = s.map((x) => Math.abs(x) > tol);
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
      let acc = 0;
      for (let q = 0; q < s.length; q++) if (keep[q]) acc += left(q, i) * (1 / s[q]) * right(q, j);
      out[(b * n + i) * m + j] = acc;
    }
  };
  if (hermitian) {
    const { L, V } = eighValues(A, false, 'linalg.eigh'), lv = L.toArray(), vv = V.toArray();
    for (let b = 0; b < count; b++) {
      const s = Array.from(lv.subarray(b * n, b * n + n));
      put(b, s, (q, i) => vv[b * n * n + i * n + q], (q, j) => vv[b * n * n + j * n + q]);
    }
    L.free(); V.free();
  } else {
    svdEach(A, false, 'linalg.svd').forEach((r, b) => put(b, r.s, (q, i) => r.V[q][i], (q, j) => r.U[q][j]));
  }
  return fromValues([...batch, n, m], out, A.dtype);
}

/** FunctionsManual's pinv_backward. */
function pinvBackward(grad: Tensor, pinvA: Tensor, A: Tensor): Tensor {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1];
  const pinvAh = mT(pinvA), gradh = mT(grad);
  if (m <= n) {
    const K = matmul(gradh, pinvA), KpinvAh = matmul(K, pinvAh);
    return add(sub(add(neg(mT(matmul(pinvA, K))), KpinvAh), matmul(matmul(A, pinvA), KpinvAh)),
      matmul(matmul(pinvAh, pinvA), sub(gradh, matmul(K, A))));
  }
  const K = matmul(pinvA, gradh), pinvAhK = matmul(pinvAh, K);
  return sub(add(add(neg(mT(matmul(K, pinvA))), matmul(matmul(sub(gradh, matmul(A, K)), pinvA), pinvAh)), pinvAhK),
    matmul(matmul(pinvAhK, pinvA), A));
}

const LINALG_PINV = defineOp({
  name: 'linalg_pinv', node: 'LinalgPinvBackward0', args: ['self'],
  forward: ([A], a) => pinvValues(A, a.atol as number, a.rtol as number, a.hermitian as boolean),
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => pinvBackward(g, c.saved('result'), c.saved('self')) } },
});

/** torch.linalg.pinv with float tolerances (null: PyTorch's defaults). */
export function linalg_pinv(A: Tensor, atol: number | null, rtol: number | null, hermitian: boolean): Tensor {
  if (A.ndim < 2 || !isFloating(A.dtype) || A.dtype === 'float16' || A.dtype === 'bfloat16') {
    throw new TorchError('RuntimeError', `linalg.pinv(${A.dtype === 'float32' ? 'Float' : A.dtype === 'float64' ? 'Double' : scalarTypeName(A.dtype)}{[${A.shape.join(', ')}]}): expected a tensor with 2 or more dimensions of float, double, cfloat or cdouble types`);
  }
  if (hermitian) {
    const n = A.shape[A.ndim - 2], m = A.shape[A.ndim - 1];
    if (n !== m) throw new TorchError('RuntimeError', `linalg.eigh: A must be batches of square matrices, but they are ${n} by ${m} matrices`);
  }
  const eps = A.dtype === 'float32' ? 2 ** -23 : 2 ** -52;
  const dflt = eps * Math.max(A.shape[A.ndim - 1], A.shape[A.ndim - 2]);
  const a = atol ?? 0, r = rtol ?? (atol !== null && atol > 0 ? 0 : dflt);
  return applyOp(LINALG_PINV, [A], { atol: a, rtol: r, hermitian }).out;
}

// --- lstsq --------------------------------------------------------------------------------------------------------
/**
 * The minimum-norm least-squares solutions of A X = B (B broadcast over the batch), through the SVD with singular
 * values ≤ rcond·σ_max dropped; per matrix its rank and singular values.
 */
function lstsqValues(A: Tensor, B: Tensor, rcond: number): { X: Tensor; rank: number[]; sv: number[][]; batch: number[] } {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], k = B.shape[B.ndim - 1];
  const batch = broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2)), count = numel(batch);
  const Ab = A.toArray(), Bb = B.toArray(), aBatch = A.shape.slice(0, -2), bBatch = B.shape.slice(0, -2);
  const idx = (shape: number[], b: number): number => broadcastBatchIndex(batch, shape, b);

  const X = new Float64Array(count * n * k), rank: number[] = [], sv: number[][] = [];
  for (let b = 0; b < count; b++) {
    const ao = idx(aBatch, b) * m * n, bo = idx(bBatch, b) * m * k;
    let finite = true;
    for (let i = 0; i < m * n; i++) if (!Number.isFinite(Ab[ao + i])) finite = false;
    const r = m === 0 || n === 0 || !finite ? { s: new Array<number>(Math.min(m, n)).fill(NaN), U: [], V: [] } : jacobiSvd(Ab, ao, m, n);
    const tol = rcond * (r.s[0] ?? 0);
    let rk = 0;
    for (const s of r.s) if (s > tol) rk++;
    // gelsy on non-finite A: NaN keeps its first column (rank 1, NaN solution); infinities scale A by 0 (rank 0)
    let nan = false, inf = false;
    for (let i = 0; i < m * n; i++) { const v = Ab[ao + i]; if (Number.isNaN(v)) nan = true; else if (!Number.isFinite(v)) inf = true; }
    if (nan || inf) {
      rank.push(nan ? Math.min(1, m, n) : 0);
      sv.push(r.s);
      X.fill(nan ? NaN : 0, b * n * k, (b + 1) * n * k);
      continue;
    }
    rank.push(rk);
    sv.push(r.s);
    for (let c = 0; c < k; c++) {
      const coef: number[] = [];
      for (let q = 0; q < rk; q++) { let acc = 0; for (let i = 0; i < m; i++) acc += r.U[q][i] * Bb[bo + i * k + c]; coef.push(acc / r.s[q]); }
      for (let j = 0; j < n; j++) { let acc = 0; for (let q = 0; q < rk; q++) acc += r.V[q][j] * coef[q]; X[(b * n + j) * k + c] = acc; }
    }
  }
  return { X: fromValues([...batch, n, k], X, A.dtype), rank, sv, batch };
}

/** FunctionsManual's linalg_lstsq_backward: through pinv(A) (itself differentiable: LinalgPinvBackward0). */
/**
 * 1.13.1's linalg_lstsq_backward treats a vector b and the solution's gradient as matrices: A's gradient then fails
 * (IndexError for a 1-d b, a shape error for a batch of vectors), and so does b's for a batch of vectors.
 */
function vectorGradError(g: Tensor, A: Tensor, forA: boolean): never {
  if (g.ndim === 1) throw new TorchError('IndexError', 'Dimension out of range (expected to be in range of [-1, 0], but got -2)');
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], b0 = g.shape[0];
  if (g.ndim === 2 && A.ndim === 3) {
    throw new TorchError('RuntimeError', forA ? `mat1 and mat2 shapes cannot be multiplied (${b0}x${n} and ${m}x${b0})`
      : `Expected size for first two dimensions of batch2 tensor to be: [${b0}, ${n}] but got: [${b0}, ${b0}].`);
  }
  throw new TorchError('RuntimeError', 'tnb: PyTorch 1.13.1 cannot differentiate linalg.lstsq with a batch of vectors as b either (its backward treats b as matrices); pass b.unsqueeze(-1)');
}

// vector: B is a (batch of) vector(s), solved as one-column matrices and returned as vectors inside the op
const LINALG_LSTSQ = defineOp({
  name: 'linalg_lstsq', node: 'LinalgLstsqBackward0', args: ['self', 'b'],
  forward: ([A, B], a) => {
    const Bm = a.vector ? viewOf(B, [...B.shape, 1], [...B.strides, 0]) : B;
    const X = lstsqValues(A, Bm, a.rcond as number).X;
    return a.vector ? viewOf(X, X.shape.slice(0, -1), X.strides.slice(0, -1)) : X;
  },
  grads: {
    self: {
      saves: ['self', 'b'], fn: (g, c) => {
        const A = c.saved('self'), v = c.attrs.vector as boolean;
        if (v) vectorGradError(g, A, true);
        const B = c.saved('b');
        const pinvA = linalg_pinv(A, null, null, false);
        return pinvBackward(matmul(g, mT(B)), pinvA, A);
      },
    },
    b: {
      saves: ['self'], fn: (g, c) => {
        const v = c.attrs.vector as boolean, A = c.saved('self');
        if (v && g.ndim > 1) vectorGradError(g, A, false);
        return matmul(mT(linalg_pinv(A, null, null, false)), g);
      },
    },
  },
});

/**
 * torch.linalg.lstsq(A, B, rcond, driver) → [solution, residuals, rank, singular_values] as 1.13.1 fills them per
 * driver (rank for all but gels; singular values for gelsd/gelss; residuals when m > n, for gelsd/gelss only if
 * every matrix has full rank, never for gelsy).
 */
export function linalg_lstsq(A: Tensor, B: Tensor, rcond: number | null, driver: string | null): Tensor[] {
  if (A.ndim < 2) throw new TorchError('RuntimeError', 'torch.linalg.lstsq: input must have at least 2 dimensions.');
  if (B.ndim < 1) throw new TorchError('RuntimeError', 'torch.linalg.lstsq: other must have at least 1 dimension.');
  if (A.dtype !== B.dtype) {
    throw new TorchError('RuntimeError', `torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype ${scalarTypeName(A.dtype)} and other's dtype ${scalarTypeName(B.dtype)}`);
  }
  if (!isFloating(A.dtype) || A.dtype === 'float16' || A.dtype === 'bfloat16') {
    throw new TorchError('RuntimeError', `torch.linalg.lstsq: Expected input to be of floating point or complex dtype but got ${scalarTypeName(A.dtype)}`);
  }
  const dimDiff = A.ndim - B.ndim;
  if (!(dimDiff === 0 || dimDiff === 1)) {
    throw new TorchError('RuntimeError', 'torch.linalg.lstsq: input.dim() must be greater or equal to other.dim() and (input.dim() - other.dim()) <= 1');
  }
  const vector = dimDiff === 1;
  const Bm = vector ? unsqueeze(B, -1) : B;
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1];
  if (m !== Bm.shape[Bm.ndim - 2]) {
    throw new TorchError('RuntimeError', vector ? 'torch.linalg.lstsq: input.size(-2) should match other.size(-1)' : 'torch.linalg.lstsq: input.size(-2) should match other.size(-2)');
  }
  const drv = driver ?? 'gelsy';
  if (!['gels', 'gelsy', 'gelsd', 'gelss'].includes(drv)) {
    throw new TorchError('RuntimeError', 'torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, gelsd, gelss)');
  }
  const eps = A.dtype === 'float32' ? 2 ** -23 : 2 ** -52;
  const rc = rcond === null || rcond <= 0 ? eps * Math.max(m, n) : rcond;
  const info = lstsqValues(A, Bm, drv === 'gels' ? 0 : rc);
  info.X.free();
  if (drv === 'gels' && info.rank.some((rk) => rk < Math.min(m, n))) {
    throw new TorchError('LinAlgError', `torch.linalg.lstsq: The least squares solution could not be computed because the input matrix does not have full rank (error code: ${Math.min(m, n)}).`);
  }
  const X = applyOp(LINALG_LSTSQ, [A, B], { rcond: drv === 'gels' ? 0 : rc, vector }).out;
  const Xv = X.toArray();   // (…, n, k), or (…, n) = (…, n, 1) for a vector
  const k = Bm.shape[Bm.ndim - 1], batch = info.batch;
  let residuals = fromValues([0], new Float64Array(0), A.dtype);
  const full = info.rank.every((rk) => rk === n);
  if (m > n && drv !== 'gelsy' && (drv === 'gels' || full)) {
    // ‖A X − B‖² per column, from the solution's values (not differentiable, as in 1.13.1)
    const xv = Xv, av = A.toArray(), bv = Bm.toArray(), count = numel(batch), res = new Float64Array(count * k);
    const aN = numel(A.shape.slice(0, -2)), bN = numel(Bm.shape.slice(0, -2));
    for (let b = 0; b < count; b++) {
      const ao = (aN === count ? b : 0) * m * n, bo = (bN === count ? b : 0) * m * k;
      for (let c = 0; c < k; c++) {
        let acc = 0;
        for (let i = 0; i < m; i++) { let v = -bv[bo + i * k + c]; for (let j = 0; j < n; j++) v += av[ao + i * n + j] * xv[(b * n + j) * k + c]; acc += v * v; }
        res[b * k + c] = acc;
      }
    }
    residuals = fromValues([...batch, k], res, A.dtype);
  }
  const rank = drv === 'gels' ? fromValues([0], new Float64Array(0), 'int64') : fromValues(batch, Float64Array.from(info.rank), 'int64');
  const kk = Math.min(m, n);
  const sv = drv === 'gelsd' || drv === 'gelss'
    ? fromValues([...batch, kk], Float64Array.from(info.sv.flatMap((s) => s)), A.dtype) : fromValues([0], new Float64Array(0), A.dtype);
  return [X, residuals, rank, sv];
}
