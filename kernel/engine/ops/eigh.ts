// linalg.eigh / eigvalsh: the symmetric eigendecomposition as LAPACK's syevd computes it for the matrices tnb meets
// (n ≤ 25: dsyevd = dsytd2 tridiagonal reduction of the UPLO triangle, dorgtr, then dsteqr's implicit QL/QR with
// Wilkinson shifts; dstedc hands such sizes to dsteqr), so eigenvectors come out with LAPACK's signs. Larger
// matrices run the same steps (LAPACK divides and conquers there, so their eigenvectors' signs can differ).
// float32 rounds every step to float as ssyevd does. One node, LinalgEighBackward0, for both outputs; its gradient
// is 1.13.1's linalg_eig_backward for Hermitian input:
//   gA = V (skew(Vᵀ gV)/E + diag(gL)) Vᵀ,  skew(X) = (X − Xᵀ)/2,  E_ij = λ_j − λ_i (1 on the diagonal);
// without gV (eigvalsh): gA = V diag(gL) Vᵀ.
import { BackwardContext } from '../autograd/node';
import { isFloating, type DType } from '../dtype';
import { TorchError } from '../errors';
import { numel } from '../shape';
import { Tensor } from '../tensor';
import { applyOp, defineOp, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { matmul } from './linalg';
import { add, div, mul, sub } from './pointwise';
import { diag_embed } from './rearrange';
import { transpose, unsqueeze } from './views';
import { org2r } from './qr';

type Round = (v: number) => number;
const roundFor = (d: DType): Round => (d === 'float32' ? Math.fround : (v) => v);
export const fsign = (a: number, b: number): number => (b < 0 || Object.is(b, -0) ? -Math.abs(a) : Math.abs(a));

/** Machine constants as dlamch / slamch: eps (relative, rounding), safe minimum. */
function machine(d: DType): { eps: number; safmin: number } {
  return d === 'float32' ? { eps: 2 ** -24, safmin: 2 ** -126 } : { eps: 2 ** -53, safmin: 2 ** -1022 };
}

export function lapy2(x: number, y: number, r: Round): number {
  const xa = Math.abs(x), ya = Math.abs(y), w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > Number.MAX_VALUE) return w;
  const q = r(z / w);
  return r(w * r(Math.sqrt(r(1 + r(q * q)))));
}

function nrm2(v: number[], r: Round): number {
  let scale = 0;
  for (const x of v) scale = Math.max(scale, Math.abs(x));
  if (scale === 0) return 0;
  let ssq = 0;
  for (const x of v) { const q = x / scale; ssq += q * q; }
  return r(scale * Math.sqrt(ssq));
}

/** dlarfg on (alpha, x): beta, tau and x scaled in place (beta = −sign(alpha)·‖(alpha, x)‖). */
export function larfg(alpha: number, x: number[], r: Round): { beta: number; tau: number } {
  const xnorm = x.length ? nrm2(x, r) : 0;
  if (xnorm === 0) return { beta: alpha, tau: 0 };
  const beta = -fsign(lapy2(alpha, xnorm, r), alpha);
  const tau = r((beta - alpha) / beta), scale = r(1 / r(alpha - beta));
  for (let i = 0; i < x.length; i++) x[i] = r(x[i] * scale);
  return { beta, tau };
}

/**
 * dsytd2 + dorgtr on the symmetric n×n matrix a (column-major, only the `upper` or lower triangle read): the
 * tridiagonal's diagonal d and off-diagonal e, and Q (column-major) with A = Q T Qᵀ.
 */
function tridiagonalize(a: Float64Array, n: number, upper: boolean, r: Round): { d: Float64Array; e: Float64Array; q: Float64Array } {
  const A = (i: number, j: number): number => a[i + j * n];
  const set = (i: number, j: number, v: number): void => { a[i + j * n] = v; };
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 0)), tau = new Float64Array(Math.max(n - 1, 0));
  // the rank-2 update A := A − v wᵀ − w vᵀ of the block `rows` (indices), taui·A·v etc. as dsymv / dsyr2
  const update = (rows: number[], v: number[], taui: number): void => {
    const k = rows.length, w = new Array<number>(k).fill(0);
    const S = (p: number, q: number): number => (upper ? (p <= q ? A(rows[p], rows[q]) : A(rows[q], rows[p])) : (p >= q ? A(rows[p], rows[q]) : A(rows[q], rows[p])));
    for (let p = 0; p < k; p++) { let s = 0; for (let q = 0; q < k; q++) s = r(s + r(S(p, q) * v[q])); w[p] = r(taui * s); }
    let dot = 0;
    for (let p = 0; p < k; p++) dot = r(dot + r(w[p] * v[p]));
    const alpha = r(r(-0.5 * taui) * dot);
    for (let p = 0; p < k; p++) w[p] = r(w[p] + r(alpha * v[p]));
    for (let q = 0; q < k; q++) {
      for (let p = 0; p < k; p++) {
        if (upper ? p > q : p < q) continue;
        set(rows[p], rows[q], r(A(rows[p], rows[q]) - r(r(v[p] * w[q]) + r(w[p] * v[q]))));
      }
    }
  };
  if (!upper) {
    for (let i = 0; i < n - 1; i++) {
      const x: number[] = [];
      for (let l = i + 2; l < n; l++) x.push(A(l, i));
      const { beta, tau: taui } = larfg(A(i + 1, i), x, r);
      for (let l = i + 2; l < n; l++) set(l, i, x[l - i - 2]);
      e[i] = beta;
      if (taui !== 0) {
        const rows: number[] = [], v: number[] = [1, ...x];
        for (let l = i + 1; l < n; l++) rows.push(l);
        update(rows, v, taui);
      }
      set(i + 1, i, beta);
      d[i] = A(i, i);
      tau[i] = taui;
    }
    if (n > 0) d[n - 1] = A(n - 1, n - 1);
    // dorgtr('L'): Q = diag(1, Q') with Q' from dorg2r on the reflectors shifted one column right
    const q = new Float64Array(n * n);
    if (n === 0) return { d, e, q };
    q[0] = 1;
    const m = n - 1, sub = new Float64Array(m * m);
    for (let j = 0; j < m; j++) for (let l = j + 1; l < m; l++) sub[j * m + l] = A(l + 1, j);
    org2r(sub, m, m, m, tau, r);
    for (let j = 0; j < m; j++) for (let l = 0; l < m; l++) q[(l + 1) + (j + 1) * n] = sub[j * m + l];
    return { d, e, q };
  }
  for (let i = n - 2; i >= 0; i--) {
    // reflector H(i) annihilates A(0:i-1, i+1); v = (x, 1) with its 1 at row i
    const x: number[] = [];
    for (let l = 0; l < i; l++) x.push(A(l, i + 1));
    const { beta, tau: taui } = larfg(A(i, i + 1), x, r);
    for (let l = 0; l < i; l++) set(l, i + 1, x[l]);
    e[i] = beta;
    if (taui !== 0) {
      const rows: number[] = [], v: number[] = [...x, 1];
      for (let l = 0; l <= i; l++) rows.push(l);
      update(rows, v, taui);
    }
    set(i, i + 1, beta);
    d[i + 1] = A(i + 1, i + 1);
    tau[i] = taui;
  }
  if (n > 0) d[0] = A(0, 0);
  // dorgtr('U'): Q = diag(Q', 1) with Q' from dorg2l on the reflectors shifted one column left
  const q = new Float64Array(n * n);
  if (n === 0) return { d, e, q };
  q[(n - 1) + (n - 1) * n] = 1;
  const m = n - 1, s = new Float64Array(m * m);
  for (let j = 0; j < m; j++) for (let l = 0; l < j; l++) s[j * m + l] = A(l, j + 1);
  // dorg2l(m, m, m): for each reflector i (its vector in column i, rows 0..i-1, 1 at row i) from the first
  for (let i = 0; i < m; i++) {
    s[i * m + i] = 1;
    const t = tau[i];
    if (t !== 0) {
      for (let j = 0; j < i; j++) {   // dlarf('Left') on rows 0..i of columns 0..i-1
        let w = 0;
        for (let l = 0; l <= i; l++) w = r(w + s[j * m + l] * s[i * m + l]);
        if (w === 0) continue;
        const f = r(-t * w);
        for (let l = 0; l <= i; l++) s[j * m + l] = r(s[j * m + l] + s[i * m + l] * f);
      }
    }
    for (let l = 0; l < i; l++) s[i * m + l] = t === 0 ? 0 : r(s[i * m + l] * -t);
    s[i * m + i] = r(1 - t);
    for (let l = i + 1; l < m; l++) s[i * m + l] = 0;
  }
  for (let j = 0; j < m; j++) for (let l = 0; l < m; l++) q[l + j * n] = s[j * m + l];
  return { d, e, q };
}

/** dlaev2: eigenvalues rt1 (larger in magnitude), rt2 of [[a, b], [b, c]] and (cs, sn), rt1's unit eigenvector. */
function laev2(a: number, b: number, c: number, r: Round): { rt1: number; rt2: number; cs: number; sn: number } {
  const sm = r(a + c), df = r(a - c), adf = Math.abs(df), tb = r(b + b), ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  let rt: number;
  if (adf > ab) { const q = r(ab / adf); rt = r(adf * r(Math.sqrt(r(1 + r(q * q))))); }
  else if (adf < ab) { const q = r(adf / ab); rt = r(ab * r(Math.sqrt(r(1 + r(q * q))))); }
  else rt = r(ab * r(Math.SQRT2));
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) { rt1 = r(0.5 * r(sm - rt)); sgn1 = -1; rt2 = r(r(r(acmx / rt1) * acmn) - r(r(b / rt1) * b)); }
  else if (sm > 0) { rt1 = r(0.5 * r(sm + rt)); sgn1 = 1; rt2 = r(r(r(acmx / rt1) * acmn) - r(r(b / rt1) * b)); }
  else { rt1 = r(0.5 * rt); rt2 = r(-0.5 * rt); sgn1 = 1; }
  let cs: number, sgn2: number;
  if (df >= 0) { cs = r(df + rt); sgn2 = 1; } else { cs = r(df - rt); sgn2 = -1; }
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = r(-tb / cs);
    sn1 = r(1 / r(Math.sqrt(r(1 + r(ct * ct)))));
    cs1 = r(ct * sn1);
  } else if (ab === 0) {
    cs1 = 1; sn1 = 0;
  } else {
    const tn = r(-cs / tb);
    cs1 = r(1 / r(Math.sqrt(r(1 + r(tn * tn)))));
    sn1 = r(tn * cs1);
  }
  if (sgn1 === sgn2) { const tn = cs1; cs1 = -sn1; sn1 = tn; }
  return { rt1, rt2, cs: cs1, sn: sn1 };
}

/** dlartg (LAPACK ≥ 3.10): c ≥ 0, r with f's sign, s = g / r. */
export function lartg(f: number, g: number, r: Round): { c: number; s: number; rr: number } {
  if (g === 0) return { c: 1, s: 0, rr: f };
  if (f === 0) return { c: 0, s: fsign(1, g), rr: Math.abs(g) };
  const d = r(Math.sqrt(r(r(f * f) + r(g * g))));
  const c = r(Math.abs(f) / d), rr = fsign(d, f);
  return { c, s: r(g / rr), rr };
}

/**
 * dsteqr(compz='V'): eigenvalues (ascending, in d) and eigenvectors (z's columns, z column-major n×n holding Q on
 * entry) of the symmetric tridiagonal (d, e). 1-based indices as LAPACK's; false when it did not converge.
 */
function steqr(d0: Float64Array, e0: Float64Array, z: Float64Array, n: number, dtype: DType): boolean {
  const r = roundFor(dtype);
  if (n <= 1) return true;
  const d = new Float64Array(n + 1), e = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) d[i] = d0[i - 1];
  for (let i = 1; i < n; i++) e[i] = e0[i - 1];
  const { eps, safmin } = machine(dtype), eps2 = eps * eps, safmax = 1 / safmin;
  const ssfmax = Math.sqrt(safmax) / 3, ssfmin = Math.sqrt(safmin) / eps2;
  const wc = new Float64Array(n + 1), ws = new Float64Array(n + 1);
  // dlasr('R', 'V', dir) on columns from..from+mm-1 of z with the rotations wc/ws[from..]
  const lasr = (forward: boolean, from: number, mm: number): void => {
    const rot = (j: number): void => {
      const c = wc[from + j - 1], s = ws[from + j - 1];
      if (c === 1 && s === 0) return;
      const cj = (from + j - 2) * n, cj1 = (from + j - 1) * n;
      for (let i = 0; i < n; i++) {
        const t = z[cj1 + i];
        z[cj1 + i] = r(r(c * t) - r(s * z[cj + i]));
        z[cj + i] = r(r(s * t) + r(c * z[cj + i]));
      }
    };
    if (forward) for (let j = 1; j < mm; j++) rot(j);
    else for (let j = mm - 1; j >= 1; j--) rot(j);
  };
  const nmaxit = n * 30;
  let jtot = 0, l1 = 1;
  for (;;) {
    if (l1 > n) break;
    if (l1 > 1) e[l1 - 1] = 0;
    let m = n;
    for (let mm = l1; mm <= n - 1; mm++) {
      const tst = Math.abs(e[mm]);
      if (tst === 0) { m = mm; break; }
      if (tst <= r(r(Math.sqrt(Math.abs(d[mm])) * Math.sqrt(Math.abs(d[mm + 1]))) * eps)) { e[mm] = 0; m = mm; break; }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    // scale the block l..lend when its largest entry is out of range
    let anorm = 0;
    for (let i = l; i <= lend; i++) anorm = Math.max(anorm, Math.abs(d[i]));
    for (let i = l; i < lend; i++) anorm = Math.max(anorm, Math.abs(e[i]));
    let iscale = 0;
    if (anorm === 0) continue;
    const scaleBlock = (from: number, to: number): void => {
      for (let i = lsv; i <= lendsv; i++) d[i] = r(d[i] * (to / from));
      for (let i = lsv; i < lendsv; i++) e[i] = r(e[i] * (to / from));
    };
    if (anorm > ssfmax) { iscale = 1; scaleBlock(anorm, ssfmax); }
    else if (anorm < ssfmin) { iscale = 2; scaleBlock(anorm, ssfmin); }
    if (Math.abs(d[lend]) < Math.abs(d[l])) { lend = lsv; l = lendsv; }
    if (lend > l) {
      // QL iteration
      for (;;) {
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k <= lend - 1; k++) {
            const tst = r(Math.abs(e[k]) ** 2);
            if (tst <= r(r(r(eps2 * Math.abs(d[k])) * Math.abs(d[k + 1])) + safmin)) { mm = k; break; }
          }
        }
        m = mm;
        if (m < lend) e[m] = 0;
        let p = d[l];
        if (m === l) {   // eigenvalue found
          d[l] = p; l++;
          if (l <= lend) continue;
          break;
        }
        if (m === l + 1) {
          const v = laev2(d[l], e[l], d[l + 1], r);
          wc[l] = v.cs; ws[l] = v.sn;
          lasr(false, l, 2);
          d[l] = v.rt1; d[l + 1] = v.rt2; e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = r(r(d[l + 1] - p) / r(2 * e[l]));
        let rr = lapy2(g, 1, r);
        g = r(r(d[m] - p) + r(e[l] / r(g + fsign(rr, g))));
        let s = 1, c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = r(s * e[i]), b = r(c * e[i]);
          const rot = lartg(g, f, r);
          c = rot.c; s = rot.s; rr = rot.rr;
          if (i !== m - 1) e[i + 1] = rr;
          g = r(d[i + 1] - p);
          rr = r(r(r(d[i] - g) * s) + r(r(2 * c) * b));
          p = r(s * rr);
          d[i + 1] = r(g + p);
          g = r(r(c * rr) - b);
          wc[i] = c; ws[i] = -s;
        }
        lasr(false, l, m - l + 1);
        d[l] = r(d[l] - p);
        e[l] = g;
      }
    } else {
      // QR iteration
      for (;;) {
        let mm = lend;
        if (l !== lend) {
          for (let k = l; k >= lend + 1; k--) {
            const tst = r(Math.abs(e[k - 1]) ** 2);
            if (tst <= r(r(r(eps2 * Math.abs(d[k])) * Math.abs(d[k - 1])) + safmin)) { mm = k; break; }
          }
        }
        m = mm;
        if (m > lend) e[m - 1] = 0;
        let p = d[l];
        if (m === l) {
          d[l] = p; l--;
          if (l >= lend) continue;
          break;
        }
        if (m === l - 1) {
          const v = laev2(d[l - 1], e[l - 1], d[l], r);
          wc[m] = v.cs; ws[m] = v.sn;
          lasr(true, l - 1, 2);
          d[l - 1] = v.rt1; d[l] = v.rt2; e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = r(r(d[l - 1] - p) / r(2 * e[l - 1]));
        let rr = lapy2(g, 1, r);
        g = r(r(d[m] - p) + r(e[l - 1] / r(g + fsign(rr, g))));
        let s = 1, c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = r(s * e[i]), b = r(c * e[i]);
          const rot = lartg(g, f, r);
          c = rot.c; s = rot.s; rr = rot.rr;
          if (i !== m) e[i - 1] = rr;
          g = r(d[i] - p);
          rr = r(r(r(d[i + 1] - g) * s) + r(r(2 * c) * b));
          p = r(s * rr);
          d[i] = r(g + p);
          g = r(r(c * rr) - b);
          wc[i] = c; ws[i] = s;
        }
        lasr(true, m, l - m + 1);
        d[l] = r(d[l] - p);
        e[l - 1] = g;
      }
    }
    if (iscale === 1) scaleBlock(ssfmax, anorm);
    else if (iscale === 2) scaleBlock(ssfmin, anorm);
    if (jtot >= nmaxit) {
      for (let i = 1; i < n; i++) if (e[i] !== 0) return false;
      break;
    }
  }
  // selection sort, ascending, swapping eigenvectors
  for (let ii = 2; ii <= n; ii++) {
    const i = ii - 1;
    let k = i, p = d[i];
    for (let j = ii; j <= n; j++) if (d[j] < p) { k = j; p = d[j]; }
    if (k !== i) {
      d[k] = d[i]; d[i] = p;
      for (let t = 0; t < n; t++) { const a = z[(i - 1) * n + t]; z[(i - 1) * n + t] = z[(k - 1) * n + t]; z[(k - 1) * n + t] = a; }
    }
  }
  for (let i = 1; i <= n; i++) d0[i - 1] = d[i];
  return true;
}

/** Eigenvalues (…, n) and eigenvectors (…, n, n, row-major) of each symmetric matrix of A. */
export function eighValues(A: Tensor, upper: boolean, what: string): { L: Tensor; V: Tensor } {
  const n = A.shape[A.ndim - 1], batch = A.shape.slice(0, -2), count = numel(batch), src = A.toArray();
  const r = roundFor(A.dtype);
  const L = new Float64Array(count * n), V = new Float64Array(count * n * n);
  for (let b = 0; b < count; b++) {
    const a = new Float64Array(n * n);   // column-major
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i + j * n] = src[b * n * n + i * n + j];
    // dsyevd's scaling: a largest |entry| (of the UPLO triangle) out of range scales the matrix (an infinite one by
    // 0, making its infinities NaN) and the eigenvalues back
    const { eps, safmin } = machine(A.dtype), smlnum = safmin / eps, rmin = Math.sqrt(smlnum), rmax = Math.sqrt(1 / smlnum);
    let anrm = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (upper ? i <= j : i >= j) { const v = Math.abs(a[i + j * n]); if (Number.isNaN(v) || v > anrm) anrm = Number.isNaN(anrm) ? anrm : v; }
    let sigma = 1;
    if (anrm > 0 && anrm < rmin) sigma = rmin / anrm;
    else if (anrm > rmax) sigma = rmax / anrm;
    if (sigma !== 1) for (let i = 0; i < n * n; i++) a[i] = r(a[i] * sigma);
    const { d, e, q } = tridiagonalize(a, n, upper, r);
    const ok = steqr(d, e, q, n, A.dtype);
    if (sigma !== 1) for (let i = 0; i < n; i++) d[i] = r(d[i] * r(1 / sigma));
    if (!ok) {
      const batched = A.ndim > 2;
      throw new TorchError('LinAlgError', `${what}: ${batched ? `(Batch element ${b}): ` : ''}The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated eigenvalues (error code: ${n - 1}).`);
    }
    L.set(d, b * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) V[b * n * n + i * n + j] = q[i + j * n];
  }
  return { L: fromValues([...batch, n], L, A.dtype), V: fromValues([...batch, n, n], V, A.dtype) };
}

const mT = (x: Tensor): Tensor => transpose(x, -2, -1);

function eighGrad(_g: Tensor, c: BackwardContext): Tensor {
  const [gL, gV] = c.grads;
  const L = c.saved('eigenvalues'), V = c.saved('eigenvectors');
  if (!gV) return matmul(mul(V, unsqueeze(gL as Tensor, -2)), mT(V));
  let VhgV = matmul(mT(V), gV);
  VhgV = mul(sub(VhgV, mT(VhgV)), 0.5);
  const n = L.shape[L.ndim - 1];
  const E = sub(unsqueeze(L, -2), unsqueeze(L, -1));
  const ones = fromValues([n, n], Float64Array.from({ length: n * n }, (_, k) => (k % (n + 1) === 0 ? 1 : 0)), L.dtype);
  const Ed = add(mul(E, sub(1, ones)), ones);   // E with ones on its diagonal
  let gA = div(VhgV, Ed);
  if (gL) gA = add(mul(gA, sub(1, ones)), diag_embed(gL));
  return matmul(V, matmul(gA, mT(V)));
}

export const LINALG_EIGH = defineOp({
  name: 'linalg_eigh', node: 'LinalgEighBackward0', args: ['A'],
  forward: ([A], a) => { const { L, V } = eighValues(A, a.upper as boolean, a.what as string); return { out: L, more: [V] }; },
  outputNames: ['eigenvalues', 'eigenvectors'],
  grads: { A: { saves: ['eigenvalues', 'eigenvectors'], fn: eighGrad } },
});

/** torch.linalg.eigh(A, UPLO) → [eigenvalues, eigenvectors] with PyTorch's checks. */
export function linalg_eigh(A: Tensor, uplo = 'L', what = 'linalg.eigh'): [Tensor, Tensor] {
  if (A.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor A must have at least 2 dimensions.`);
  const n = A.shape[A.ndim - 2], m = A.shape[A.ndim - 1];
  if (n !== m) throw new TorchError('RuntimeError', `${what}: A must be batches of square matrices, but they are ${n} by ${m} matrices`);
  if (!isFloating(A.dtype) || A.dtype === 'float16' || A.dtype === 'bfloat16') {
    throw new TorchError('RuntimeError', `"linalg_eigh_cpu" not implemented for '${scalarTypeName(A.dtype)}'`);
  }
  const u = uplo.toUpperCase();
  if (uplo.length !== 1 || (u !== 'U' && u !== 'L')) {
    throw new TorchError('RuntimeError', `Expected UPLO argument to be 'L' or 'U', but got ${uplo}`);
  }
  const r = applyOp(LINALG_EIGH, [A], { upper: u === 'U', what });
  return [r.out, (r.more as Tensor[])[0]];
}
