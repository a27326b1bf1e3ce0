// linalg.qr: Householder QR as LAPACK computes it (dgeqr2: a reflector per column, dlarfg's sign choice
// beta = -sign(alpha)·‖x‖; dorg2r: Q accumulated from the last reflector back), so Q and R have PyTorch's signs and
// values. float32 rounds every step to float as sgeqr2 does. One node, LinalgQrBackward0, for both outputs; its
// gradient is PyTorch's linalg_qr_backward (arXiv:2009.10071): for m >= n
//   gA = (gQ + Q·syminvadj(triu(gR·Rᵀ − Qᵀ·gQ)))·R⁻ᵀ,   syminvadj(X) = X + Xᵀ with X's diagonal,
// and for m < n, with M = gR·Rᵀ − Qᵀ·gQ and U the leading m×m block of R,
//   gA = [Q·tril(−M + Mᵀ)·U⁻ᵀ | 0] + Q·gR.
import { BackwardContext } from '../autograd/node';
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import { numel } from '../shape';
import { Tensor } from '../tensor';
import { applyOp, defineOp, scalarTypeName } from './apply';
import { fromValues, zeros } from './creation';
import { cat } from './join';
import { linalg_solve_triangular } from './linalg_dense';
import { matmul } from './linalg';
import { add, mul, sub } from './pointwise';
import { tril, triu } from './triangular';
import { slice, transpose } from './views';

type Round = (v: number) => number;
const roundFor = (dtype: Tensor['dtype']): Round => (dtype === 'float32' ? Math.fround : (v) => v);

/** Euclidean norm of n elements from a[off] (step 1), summed in double and rounded once (dnrm2 / OpenBLAS snrm2). */
function nrm2(a: Float64Array, off: number, n: number, r: Round): number {
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(a[off + i]));
  if (scale === 0) return 0;
  let ssq = 0;
  for (let i = 0; i < n; i++) { const v = a[off + i] / scale; ssq += v * v; }
  return r(scale * Math.sqrt(ssq));
}

/** sqrt(x² + y²) without overflow, as dlapy2 / slapy2. */
function lapy2(x: number, y: number, r: Round): number {
  const xa = Math.abs(x), ya = Math.abs(y), w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0) return w;
  const q = r(z / w);
  return r(w * r(Math.sqrt(r(1 + r(q * q)))));
}

/** Fortran SIGN(a, b): |a| with b's sign (negative zero counts as negative, as gfortran's). */
const fsign = (a: number, b: number): number => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));

/**
 * dlarf('Left'): applies H = I − tau·v·vᵀ to the columns c0..c1-1 of rows i..m-1 of the column-major m-row matrix a,
 * v being column `vc` from row i (its first entry taken as 1).
 */
function larfLeft(a: Float64Array, m: number, i: number, vc: number, tau: number, c0: number, c1: number, r: Round): void {
  if (tau === 0) return;
  const v = (l: number): number => (l === i ? 1 : a[vc * m + l]);
  for (let j = c0; j < c1; j++) {
    let w = 0;   // dgemv: w_j = Σ_l C[l, j]·v[l]
    for (let l = i; l < m; l++) w = r(w + a[j * m + l] * v(l));
    if (w === 0) continue;
    const t = r(-tau * w);   // dger: C[l, j] += v[l]·(−tau·w_j)
    for (let l = i; l < m; l++) a[j * m + l] = r(a[j * m + l] + v(l) * t);
  }
}

/** dgeqr2 on the column-major m×n matrix a (in place): R on and above the diagonal, reflectors below, and tau. */
export function geqr2(a: Float64Array, m: number, n: number, r: Round): Float64Array {
  const k = Math.min(m, n), tau = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    // dlarfg on (a[i, i], a[i+1:, i])
    const alpha = a[i * m + i];
    const xnorm = m - i > 1 ? nrm2(a, i * m + i + 1, m - i - 1, r) : 0;
    if (xnorm !== 0) {
      const beta = -fsign(lapy2(alpha, xnorm, r), alpha);
      tau[i] = r((beta - alpha) / beta);
      const scale = r(1 / r(alpha - beta));
      for (let l = i + 1; l < m; l++) a[i * m + l] = r(a[i * m + l] * scale);
      a[i * m + i] = beta;
    }
    if (i < n - 1) larfLeft(a, m, i, i, tau[i], i + 1, n, r);
  }
  return tau;
}

/** dorg2r: the first `cols` columns of Q = H(0)…H(k-1) from the reflectors in the first k columns of q (m rows). */
export function org2r(q: Float64Array, m: number, cols: number, k: number, tau: Float64Array, r: Round): void {
  for (let j = k; j < cols; j++) {
    for (let l = 0; l < m; l++) q[j * m + l] = 0;
    q[j * m + j] = 1;
  }
  for (let i = k - 1; i >= 0; i--) {
    if (i < cols - 1) larfLeft(q, m, i, i, tau[i], i + 1, cols, r);
    // dscal by −tau (a zero factor stores zeros, not −0, as OpenBLAS's scal does)
    for (let l = i + 1; l < m; l++) q[i * m + l] = tau[i] === 0 ? 0 : r(q[i * m + l] * -tau[i]);
    q[i * m + i] = r(1 - tau[i]);
    for (let l = 0; l < i; l++) q[i * m + l] = 0;
  }
}

export type QrMode = 'reduced' | 'complete' | 'r';

/** Q (m×qc, or empty for mode 'r') and R (rr×n) of each matrix of A, row-major. */
function qrValues(A: Tensor, mode: QrMode): { Q: Tensor; R: Tensor } {
  const m = A.shape[A.ndim - 2], n = A.shape[A.ndim - 1], k = Math.min(m, n), batch = A.shape.slice(0, -2);
  const count = numel(batch), r = roundFor(A.dtype), src = A.toArray();
  const qc = mode === 'complete' ? m : k, rr = mode === 'complete' ? m : k;
  const qOut = new Float64Array(mode === 'r' ? 0 : count * m * qc), rOut = new Float64Array(count * rr * n);
  for (let b = 0; b < count; b++) {
    const a = new Float64Array(m * Math.max(n, qc));   // column-major, wide enough to hold Q's columns
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[j * m + i] = src[b * m * n + i * n + j];
    const tau = geqr2(a, m, n, r);
    for (let i = 0; i < rr; i++) for (let j = i; j < n; j++) rOut[(b * rr + i) * n + j] = a[j * m + i];
    if (mode === 'r') continue;
    org2r(a, m, qc, k, tau, r);
    for (let i = 0; i < m; i++) for (let j = 0; j < qc; j++) qOut[(b * m + i) * qc + j] = a[j * m + i];
  }
  const Q = fromValues(mode === 'r' ? [0] : [...batch, m, qc], qOut, A.dtype);
  return { Q, R: fromValues([...batch, rr, n], rOut, A.dtype) };
}

const mT = (x: Tensor): Tensor => transpose(x, -2, -1);

/** syminvadj(triu(M)) for real M: the symmetric matrix with M's upper triangle (its diagonal counted once). */
function symFromUpper(M: Tensor): Tensor {
  return add(triu(M), mT(triu(M, 1)));
}
const narrow = (x: Tensor, start: number, len: number): Tensor => slice(x, -1, start, start + len);

/** gR·Rᵀ − Qᵀ·gQ, from whichever of the two gradients arrived. */
function mixed(gQ: Tensor | null, gR: Tensor | null, Q: Tensor, R: Tensor): Tensor {
  const fromR = gR ? matmul(gR, mT(R)) : null;
  if (!gQ) return fromR as Tensor;
  const QgQ = matmul(mT(Q), gQ);
  return fromR ? sub(fromR, QgQ) : mul(QgQ, -1);
}

function qrGrad(_g: Tensor, c: BackwardContext): Tensor {
  const mode = c.attrs.mode as QrMode;
  if (mode === 'r') {
    throw new TorchError('RuntimeError', "The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please use linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.");
  }
  const shape = c.inputs[0].shape, m = shape[shape.length - 2], n = shape[shape.length - 1];
  if (mode === 'complete' && m > n) throw new TorchError('RuntimeError', "The QR decomposition is not differentiable when mode='complete' and nrows > ncols.");
  const [gQ, gR] = c.grads;
  const Q = c.saved('Q'), R = c.saved('R');
  const M = mixed(gQ, gR, Q, R);
  if (m >= n) {
    // (gQ + Q·syminvadj(triu(M)))·R⁻ᵀ
    let B = matmul(Q, symFromUpper(M));
    if (gQ) B = add(B, gQ);
    return linalg_solve_triangular(mT(R), B, false, false);
  }
  // wide: (Q·tril(X − Xᵀ))·U⁻ᵀ for X = −M and U = R's leading m×m block, zeros for the trailing columns, plus Q·gR
  const X = mul(M, -1);
  const lead = linalg_solve_triangular(mT(narrow(R, 0, m)), matmul(Q, tril(sub(X, mT(X)))), false, false);
  let gA = cat([lead, zeros([...shape.slice(0, -2), m, n - m], { dtype: lead.dtype })], -1);
  if (gR) gA = add(gA, matmul(Q, gR));
  return gA;
}

export const LINALG_QR = defineOp({
  name: 'linalg_qr', node: 'LinalgQrBackward0', args: ['A'],
  forward: ([A], a) => { const { Q, R } = qrValues(A, a.mode as QrMode); return { out: Q, more: [R] }; },
  outputNames: ['Q', 'R'],
  grads: { A: { saves: ['Q', 'R'], fn: qrGrad } },
  savedValues: (a) => ({ mode: a.mode }),
});

/** torch.linalg.qr(A, mode) → [Q, R] with PyTorch's checks. */
export function linalg_qr(A: Tensor, mode: string = 'reduced'): [Tensor, Tensor] {
  if (A.ndim < 2) throw new TorchError('RuntimeError', 'linalg.qr: The input tensor A must have at least 2 dimensions.');
  if (!isFloating(A.dtype)) throw new TorchError('RuntimeError', `linalg.qr: Expected a floating point or complex tensor as input. Got ${scalarTypeName(A.dtype)}`);
  if (mode !== 'reduced' && mode !== 'complete' && mode !== 'r') {
    throw new TorchError('RuntimeError', `qr received unrecognized mode '${mode}' but expected one of 'reduced' (default), 'r', or 'complete'`);
  }
  const r = applyOp(LINALG_QR, [A], { mode });
  return [r.out, (r.more as Tensor[])[0]];
}
