// The SVD as LAPACK's gesdd computes it for the matrices tnb meets (min(m, n) ≤ 25, where dbdsdc hands the
// bidiagonal problem to dlasdq / dbdsqr), so singular vectors come out with PyTorch's signs: gesdd's paths (a QR or
// LQ factorization first when one side is over 11/6 of the other, then dgebd2's bidiagonalization), dbdsqr's
// implicit zero-shift / shifted QR sweeps with dlasv2 on 2×2 blocks, and the reflectors applied back as dormbr does.
// float32 rounds every step to float as sgesdd does. Larger matrices run the same steps (LAPACK divides and conquers
// there, so their singular vectors' signs can differ).
import type { DType } from '../dtype';
import { fsign, larfg, lartg } from './eigh';
import { geqr2, org2r } from './qr';

type Round = (v: number) => number;
type Mat = number[][];
const roundFor = (d: DType): Round => (d === 'float32' ? Math.fround : (v) => v);
const zerosM = (m: number, n: number): Mat => Array.from({ length: m }, () => new Array<number>(n).fill(0));
const eyeM = (n: number): Mat => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? 1 : 0)));

/** H = I − tau·v·vᵀ applied from the left to rows i0.. (v's length) of columns c0..c1-1 of C (dlarf). */
function larfLeft(C: Mat, i0: number, v: number[], tau: number, c0: number, c1: number, r: Round): void {
  if (tau === 0) return;
  for (let j = c0; j < c1; j++) {
    let w = 0;
    for (let l = 0; l < v.length; l++) w = r(w + r(C[i0 + l][j] * v[l]));
    if (w === 0) continue;
    const t = r(-tau * w);
    for (let l = 0; l < v.length; l++) C[i0 + l][j] = r(C[i0 + l][j] + r(v[l] * t));
  }
}
/** H applied from the right to columns j0.. (v's length) of rows r0..r1-1 of C. */
function larfRight(C: Mat, j0: number, v: number[], tau: number, r0: number, r1: number, r: Round): void {
  if (tau === 0) return;
  for (let i = r0; i < r1; i++) {
    let w = 0;
    for (let l = 0; l < v.length; l++) w = r(w + r(C[i][j0 + l] * v[l]));
    if (w === 0) continue;
    for (let l = 0; l < v.length; l++) C[i][j0 + l] = r(C[i][j0 + l] + r(w * r(-tau * v[l])));
  }
}

interface Reflector { at: number; v: number[]; tau: number }
/** dgebd2: B = Qᵀ A P (upper bidiagonal for m ≥ n, lower otherwise), with Q's and P's reflectors. */
function gebd2(A: Mat, m: number, n: number, r: Round): { d: number[]; e: number[]; Q: Reflector[]; P: Reflector[] } {
  const d: number[] = [], e: number[] = [], Q: Reflector[] = [], P: Reflector[] = [];
  if (m >= n) {
    for (let i = 0; i < n; i++) {
      const x: number[] = [];
      for (let l = i + 1; l < m; l++) x.push(A[l][i]);
      const h = larfg(A[i][i], x, r), v = [1, ...x];
      d.push(h.beta);
      Q.push({ at: i, v, tau: h.tau });
      larfLeft(A, i, v, h.tau, i + 1, n, r);
      if (i < n - 1) {
        const y: number[] = [];
        for (let l = i + 2; l < n; l++) y.push(A[i][l]);
        const g = larfg(A[i][i + 1], y, r), u = [1, ...y];
        e.push(g.beta);
        P.push({ at: i + 1, v: u, tau: g.tau });
        larfRight(A, i + 1, u, g.tau, i + 1, m, r);
      }
    }
  } else {
    for (let i = 0; i < m; i++) {
      const y: number[] = [];
      for (let l = i + 1; l < n; l++) y.push(A[i][l]);
      const g = larfg(A[i][i], y, r), u = [1, ...y];
      d.push(g.beta);
      P.push({ at: i, v: u, tau: g.tau });
      larfRight(A, i, u, g.tau, i + 1, m, r);
      if (i < m - 1) {
        const x: number[] = [];
        for (let l = i + 2; l < m; l++) x.push(A[l][i]);
        const h = larfg(A[i + 1][i], x, r), v = [1, ...x];
        e.push(h.beta);
        Q.push({ at: i + 1, v, tau: h.tau });
        larfLeft(A, i + 1, v, h.tau, i + 1, n, r);
      }
    }
  }
  return { d, e, Q, P };
}
/** C := Q·C for Q = H(0)…H(k-1) (dormqr 'L', 'N'). */
function applyQ(C: Mat, Q: Reflector[], r: Round): void {
  const cols = C[0]?.length ?? 0;
  for (let i = Q.length - 1; i >= 0; i--) larfLeft(C, Q[i].at, Q[i].v, Q[i].tau, 0, cols, r);
}
/** C := C·Pᵀ for P = G(0)…G(k-1) (dormbr 'P', 'R', 'T'). */
function applyPt(C: Mat, P: Reflector[], r: Round): void {
  for (let i = P.length - 1; i >= 0; i--) larfRight(C, P[i].at, P[i].v, P[i].tau, 0, C.length, r);
}

/** dlas2: the singular values of [[f, g], [0, h]]. */
function las2(f: number, g: number, h: number, r: Round): { ssmin: number; ssmax: number } {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h), fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    const ssmax = fhmx === 0 ? ga : r(Math.max(fhmx, ga) * r(Math.sqrt(r(1 + r(r(Math.min(fhmx, ga) / Math.max(fhmx, ga)) ** 2)))));
    return { ssmin: 0, ssmax };
  }
  if (ga < fhmx) {
    const as = r(1 + r(fhmn / fhmx)), at = r(r(fhmx - fhmn) / fhmx), au = r(r(ga / fhmx) ** 2);
    const c = r(2 / r(r(Math.sqrt(r(r(as * as) + au))) + r(Math.sqrt(r(r(at * at) + au)))));
    return { ssmin: r(fhmn * c), ssmax: r(fhmx / c) };
  }
  const au = r(fhmx / ga);
  if (au === 0) return { ssmin: r(r(fhmn * fhmx) / ga), ssmax: ga };
  const as = r(1 + r(fhmn / fhmx)), at = r(r(fhmx - fhmn) / fhmx);
  const c = r(1 / r(r(Math.sqrt(r(1 + r(r(as * au) ** 2)))) + r(Math.sqrt(r(1 + r(r(at * au) ** 2))))));
  const ssmin = r(r(fhmn * c) * au);
  return { ssmin: r(ssmin + ssmin), ssmax: r(ga / r(c + c)) };
}

/** dlasv2: the SVD of [[f, g], [0, h]]: signed ssmin, ssmax and the rotations (csl, snl), (csr, snr). */
function lasv2(f: number, g: number, h: number, eps: number, r: Round) {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) { pmax = 3; [ft, ht] = [ht, ft]; [fa, ha] = [ha, fa]; }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0;
  } else {
    let gasmal = true;
    ssmin = 0; ssmax = 0; clt = 1; crt = 1; slt = 0; srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (r(fa / ga) < eps) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? r(fa / r(ga / ha)) : r(r(fa / ga) * ha);
        clt = 1; slt = r(ht / gt); srt = 1; crt = r(ft / gt);
      }
    }
    if (gasmal) {
      const dd = r(fa - ha);
      let l = dd === fa ? 1 : r(dd / fa);
      const m = r(gt / ft);
      let t = r(2 - l);
      const mm = r(m * m), tt = r(t * t), s = r(Math.sqrt(r(tt + mm)));
      const rr = l === 0 ? Math.abs(m) : r(Math.sqrt(r(r(l * l) + mm)));
      const a = r(0.5 * r(s + rr));
      ssmin = r(ha / a); ssmax = r(fa * a);
      if (mm === 0) {
        t = l === 0 ? fsign(2, ft) * fsign(1, gt) : r(r(gt / fsign(dd, ft)) + r(m / t));
      } else {
        t = r(r(r(m / r(s + t)) + r(m / r(rr + l))) * r(1 + a));
      }
      l = r(Math.sqrt(r(r(t * t) + 4)));
      crt = r(2 / l); srt = r(t / l);
      clt = r(r(crt + r(srt * m)) / a);
      slt = r(r(r(ht / ft) * srt) / a);
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swap) { csl = srt; snl = crt; csr = slt; snr = clt; } else { csl = clt; snl = slt; csr = crt; snr = srt; }
  let tsign = 1;
  if (pmax === 1) tsign = fsign(1, csr) * fsign(1, csl) * fsign(1, f);
  if (pmax === 2) tsign = fsign(1, snr) * fsign(1, csl) * fsign(1, g);
  if (pmax === 3) tsign = fsign(1, snr) * fsign(1, snl) * fsign(1, h);
  ssmax = fsign(ssmax, tsign);
  ssmin = fsign(ssmin, tsign * fsign(1, f) * fsign(1, h));
  return { ssmin, ssmax, csl, snl, csr, snr };
}

/**
 * dbdsqr('U') on the n×n upper bidiagonal (d, e) with VT (rows rotated) and U (columns rotated) starting as given;
 * d ends non-negative and descending. Returns LAPACK's info (0: converged).
 */
function bdsqr(d0: number[], e0: number[], VT: Mat, U: Mat, dtype: DType): number {
  const r = roundFor(dtype), n = d0.length;
  const eps = dtype === 'float32' ? 2 ** -24 : 2 ** -53, unfl = dtype === 'float32' ? 2 ** -126 : 2 ** -1022;
  const d = [0, ...d0], e = [0, ...e0, 0];   // 1-based
  const nv = VT[0]?.length ?? 0, nu = U.length;
  // dlasr('L', 'V', dir) on rows ll.. of VT; dlasr('R', 'V', dir) on columns ll.. of U
  const rotRows = (ll: number, cnt: number, c: number[], s: number[], forward: boolean): void => {
    const step = (j: number): void => {
      const ct = c[j], st = s[j];
      if (ct === 1 && st === 0) return;
      const a = VT[ll + j - 2], b = VT[ll + j - 1];
      for (let i = 0; i < nv; i++) { const t = b[i]; b[i] = r(r(ct * t) - r(st * a[i])); a[i] = r(r(st * t) + r(ct * a[i])); }
    };
    if (forward) for (let j = 1; j < cnt; j++) step(j); else for (let j = cnt - 1; j >= 1; j--) step(j);
  };
  const rotCols = (ll: number, cnt: number, c: number[], s: number[], forward: boolean): void => {
    const step = (j: number): void => {
      const ct = c[j], st = s[j];
      if (ct === 1 && st === 0) return;
      const ca = ll + j - 2, cb = ll + j - 1;
      for (let i = 0; i < nu; i++) { const t = U[i][cb]; U[i][cb] = r(r(ct * t) - r(st * U[i][ca])); U[i][ca] = r(r(st * t) + r(ct * U[i][ca])); }
    };
    if (forward) for (let j = 1; j < cnt; j++) step(j); else for (let j = cnt - 1; j >= 1; j--) step(j);
  };
  let info = 0;
  if (n > 1) {
    const tolmul = Math.max(10, Math.min(100, eps ** -0.125)), tol = r(tolmul * eps);
    let smax = 0;
    for (let i = 1; i <= n; i++) smax = Math.max(smax, Math.abs(d[i]));
    for (let i = 1; i < n; i++) smax = Math.max(smax, Math.abs(e[i]));
    let sminoa = Math.abs(d[1]);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 2; i <= n; i++) {
        mu = r(Math.abs(d[i]) * r(mu / r(mu + Math.abs(e[i - 1]))));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = r(sminoa / r(Math.sqrt(n)));
    const thresh = Math.max(r(tol * sminoa), r(6 * r(n * r(n * unfl))));
    const maxit = 6 * n * n;
    let iter = 0, oldll = -1, oldm = -1, m = n, idir = 0, smin = 0;
    const w1: number[] = new Array(n + 1).fill(0), w2 = [...w1], w3 = [...w1], w4 = [...w1];
    main: for (;;) {
      if (m <= 1) break;
      if (iter > maxit) { for (let i = 1; i < n; i++) if (e[i] !== 0) info++; return info; }
      smax = Math.abs(d[m]);
      let ll = 0, split = false;
      for (let lll = 1; lll <= m - 1; lll++) {
        ll = m - lll;
        const abss = Math.abs(d[ll]), abse = Math.abs(e[ll]);
        if (abse <= thresh) { split = true; break; }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll] = 0;
        if (ll === m - 1) { m--; continue; }
      } else ll = 0;
      ll++;
      if (ll === m - 1) {
        const v = lasv2(d[m - 1], e[m - 1], d[m], eps, r);
        d[m - 1] = v.ssmax; e[m - 1] = 0; d[m] = v.ssmin;
        // drot on rows m-1, m of VT and columns m-1, m of U
        const a = VT[m - 2], b = VT[m - 1];
        for (let i = 0; i < nv; i++) { const x = a[i], y = b[i]; a[i] = r(r(v.csr * x) + r(v.snr * y)); b[i] = r(r(v.csr * y) - r(v.snr * x)); }
        for (let i = 0; i < nu; i++) { const x = U[i][m - 2], y = U[i][m - 1]; U[i][m - 2] = r(r(v.csl * x) + r(v.snl * y)); U[i][m - 1] = r(r(v.csl * y) - r(v.snl * x)); }
        m -= 2;
        continue;
      }
      if (ll > oldm || m < oldll) idir = Math.abs(d[ll]) >= Math.abs(d[m]) ? 1 : 2;
      if (idir === 1) {
        if (Math.abs(e[m - 1]) <= r(Math.abs(tol) * Math.abs(d[m]))) { e[m - 1] = 0; continue; }
        let mu = Math.abs(d[ll]);
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(e[lll]) <= r(tol * mu)) { e[lll] = 0; continue main; }
          mu = r(Math.abs(d[lll + 1]) * r(mu / r(mu + Math.abs(e[lll]))));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(e[ll]) <= r(Math.abs(tol) * Math.abs(d[ll]))) { e[ll] = 0; continue; }
        let mu = Math.abs(d[m]);
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(e[lll]) <= r(tol * mu)) { e[lll] = 0; continue main; }
          mu = r(Math.abs(d[lll]) * r(mu / r(mu + Math.abs(e[lll]))));
          smin = Math.min(smin, mu);
        }
      }
      oldll = ll; oldm = m;
      let shift: number;
      if (r(r(n * tol) * r(smin / smax)) <= Math.max(eps, r(0.01 * tol))) {
        shift = 0;
      } else {
        let sll: number;
        if (idir === 1) { sll = Math.abs(d[ll]); shift = las2(d[m - 1], e[m - 1], d[m], r).ssmin; }
        else { sll = Math.abs(d[m]); shift = las2(d[ll], e[ll], d[ll + 1], r).ssmin; }
        if (sll > 0 && r(r(shift / sll) ** 2) < eps) shift = 0;
      }
      iter += m - ll;
      const cnt = m - ll + 1;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0;
          for (let i = ll; i <= m - 1; i++) {
            const g1 = lartg(r(d[i] * cs), e[i], r);
            cs = g1.c; sn = g1.s;
            if (i > ll) e[i - 1] = r(oldsn * g1.rr);
            const g2 = lartg(r(oldcs * g1.rr), r(d[i + 1] * sn), r);
            oldcs = g2.c; oldsn = g2.s; d[i] = g2.rr;
            w1[i - ll + 1] = cs; w2[i - ll + 1] = sn; w3[i - ll + 1] = oldcs; w4[i - ll + 1] = oldsn;
          }
          const h = r(d[m] * cs);
          d[m] = r(h * oldcs); e[m - 1] = r(h * oldsn);
          rotRows(ll, cnt, w1, w2, true);
          rotCols(ll, cnt, w3, w4, true);
          if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0;
          for (let i = m; i >= ll + 1; i--) {
            const g1 = lartg(r(d[i] * cs), e[i - 1], r);
            cs = g1.c; sn = g1.s;
            if (i < m) e[i] = r(oldsn * g1.rr);
            const g2 = lartg(r(oldcs * g1.rr), r(d[i - 1] * sn), r);
            oldcs = g2.c; oldsn = g2.s; d[i] = g2.rr;
            w1[i - ll] = cs; w2[i - ll] = -sn; w3[i - ll] = oldcs; w4[i - ll] = -oldsn;
          }
          const h = r(d[ll] * cs);
          d[ll] = r(h * oldcs); e[ll] = r(h * oldsn);
          rotRows(ll, cnt, w3, w4, false);
          rotCols(ll, cnt, w1, w2, false);
          if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
        }
      } else if (idir === 1) {
        let f = r(r(Math.abs(d[ll]) - shift) * r(fsign(1, d[ll]) + r(shift / d[ll])));
        let g = e[ll];
        for (let i = ll; i <= m - 1; i++) {
          const gr = lartg(f, g, r);
          if (i > ll) e[i - 1] = gr.rr;
          f = r(r(gr.c * d[i]) + r(gr.s * e[i]));
          e[i] = r(r(gr.c * e[i]) - r(gr.s * d[i]));
          g = r(gr.s * d[i + 1]);
          d[i + 1] = r(gr.c * d[i + 1]);
          const gl = lartg(f, g, r);
          d[i] = gl.rr;
          f = r(r(gl.c * e[i]) + r(gl.s * d[i + 1]));
          d[i + 1] = r(r(gl.c * d[i + 1]) - r(gl.s * e[i]));
          if (i < m - 1) { g = r(gl.s * e[i + 1]); e[i + 1] = r(gl.c * e[i + 1]); }
          w1[i - ll + 1] = gr.c; w2[i - ll + 1] = gr.s; w3[i - ll + 1] = gl.c; w4[i - ll + 1] = gl.s;
        }
        e[m - 1] = f;
        rotRows(ll, cnt, w1, w2, true);
        rotCols(ll, cnt, w3, w4, true);
        if (Math.abs(e[m - 1]) <= thresh) e[m - 1] = 0;
      } else {
        let f = r(r(Math.abs(d[m]) - shift) * r(fsign(1, d[m]) + r(shift / d[m])));
        let g = e[m - 1];
        for (let i = m; i >= ll + 1; i--) {
          const gr = lartg(f, g, r);
          if (i < m) e[i] = gr.rr;
          f = r(r(gr.c * d[i]) + r(gr.s * e[i - 1]));
          e[i - 1] = r(r(gr.c * e[i - 1]) - r(gr.s * d[i]));
          g = r(gr.s * d[i - 1]);
          d[i - 1] = r(gr.c * d[i - 1]);
          const gl = lartg(f, g, r);
          d[i] = gl.rr;
          f = r(r(gl.c * e[i - 1]) + r(gl.s * d[i - 1]));
          d[i - 1] = r(r(gl.c * d[i - 1]) - r(gl.s * e[i - 1]));
          if (i > ll + 1) { g = r(gl.s * e[i - 2]); e[i - 2] = r(gl.c * e[i - 2]); }
          w1[i - ll] = gr.c; w2[i - ll] = -gr.s; w3[i - ll] = gl.c; w4[i - ll] = -gl.s;
        }
        e[ll] = f;
        if (Math.abs(e[ll]) <= thresh) e[ll] = 0;
        rotRows(ll, cnt, w3, w4, false);
        rotCols(ll, cnt, w1, w2, false);
      }
    }
  }
  // make the singular values positive (flipping VT's rows), then sort them descending
  for (let i = 1; i <= n; i++) {
    if (d[i] === 0) d[i] = 0;
    if (d[i] < 0) { d[i] = -d[i]; for (let j = 0; j < nv; j++) VT[i - 1][j] = -VT[i - 1][j]; }
  }
  for (let i = 1; i <= n - 1; i++) {
    let isub = 1, smin = d[1];
    for (let j = 2; j <= n + 1 - i; j++) if (d[j] <= smin) { isub = j; smin = d[j]; }
    const last = n + 1 - i;
    if (isub !== last) {
      d[isub] = d[last]; d[last] = smin;
      [VT[isub - 1], VT[last - 1]] = [VT[last - 1], VT[isub - 1]];
      for (let t = 0; t < nu; t++) { const x = U[t][isub - 1]; U[t][isub - 1] = U[t][last - 1]; U[t][last - 1] = x; }
    }
  }
  for (let i = 0; i < n; i++) d0[i] = d[i + 1];
  return info;
}

/** dbdsdc(uplo, 'I') for n ≤ 25: U and VT (n×n) of the bidiagonal, d descending. */
function bdsdc(lower: boolean, d: number[], e: number[], dtype: DType): { U: Mat; VT: Mat; info: number } {
  const r = roundFor(dtype), n = d.length;
  if (n === 1) {
    const U = [[fsign(1, d[0])]];
    d[0] = Math.abs(d[0]);
    return { U, VT: [[1]], info: 0 };
  }
  const cs: number[] = [0], sn: number[] = [0];
  if (lower) {
    for (let i = 0; i < n - 1; i++) {
      const g = lartg(d[i], e[i], r);
      d[i] = g.rr;
      e[i] = r(g.s * d[i + 1]);
      d[i + 1] = r(g.c * d[i + 1]);
      cs.push(g.c); sn.push(-g.s);
    }
  }
  const U = eyeM(n), VT = eyeM(n);
  const info = bdsqr(d, e, VT, U, dtype);
  // (dbdsdc's own selection sort: already descending)
  if (lower) {
    // dlasr('L', 'V', 'B', n, n, cs, sn, U)
    for (let j = n - 1; j >= 1; j--) {
      const c = cs[j], s = sn[j];
      if (c === 1 && s === 0) continue;
      const a = U[j - 1], b = U[j];
      for (let i = 0; i < n; i++) { const t = b[i]; b[i] = r(r(c * t) - r(s * a[i])); a[i] = r(r(s * t) + r(c * a[i])); }
    }
  }
  return { U, VT, info };
}

/** The square/tall or wide core: gebd2, bdsdc, and Q, P applied back (gesdd's paths 5 / 5t) for k or all columns. */
function bidiagSvd(A: Mat, m: number, n: number, full: boolean, dtype: DType): { s: number[]; U: Mat; VT: Mat; info: number } {
  const r = roundFor(dtype), k = Math.min(m, n);
  const { d, e, Q, P } = gebd2(A, m, n, r);
  const b = bdsdc(m < n, d, e, dtype);
  const uc = m >= n ? (full ? m : n) : m, vr = m >= n ? n : (full ? n : m);
  const U = zerosM(m, uc), VT = zerosM(vr, n);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) { U[i][j] = b.U[i][j]; VT[i][j] = b.VT[i][j]; }
  for (let i = k; i < uc; i++) U[i][i] = 1;
  for (let i = k; i < vr; i++) VT[i][i] = 1;
  applyQ(U, Q, r);
  applyPt(VT, P, r);
  return { s: d, U, VT, info: b.info };
}

const matmulM = (A: Mat, B: Mat, r: Round): Mat => A.map((row) => B[0].map((_, j) => {
  let s = 0;
  for (let t = 0; t < row.length; t++) s = r(s + r(row[t] * B[t][j]));
  return s;
}));

/** QR of the m×n A (m ≥ n) as dgeqrf + dorgqr: R (n×n) and Q's first qc columns (m×qc). */
function qrOf(A: Mat, m: number, n: number, qc: number, r: Round): { R: Mat; Q: Mat } {
  const a = new Float64Array(m * Math.max(n, qc));
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) a[j * m + i] = A[i][j];
  const tau = geqr2(a, m, n, r);
  const R = zerosM(n, n);
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) R[i][j] = a[j * m + i];
  org2r(a, m, qc, n, tau, r);
  const Q = zerosM(m, qc);
  for (let i = 0; i < m; i++) for (let j = 0; j < qc; j++) Q[i][j] = a[j * m + i];
  return { R, Q };
}
const transposeM = (A: Mat): Mat => (A.length ? A[0].map((_, j) => A.map((row) => row[j])) : []);

/**
 * gesdd(jobz = full ? 'A' : 'S') of the row-major m×n matrix at a[off..]: singular values (descending), U (m×k or
 * m×m) and Vᵀ (k×n or n×n) as rows; info > 0 when dbdsqr did not converge.
 */
export function gesdd(a: ArrayLike<number>, off: number, m: number, n: number, full: boolean, dtype: DType): { s: number[]; U: Mat; VT: Mat; info: number } {
  const r = roundFor(dtype), k = Math.min(m, n);
  const A: Mat = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (__, j) => r(a[off + i * n + j])));
  const mnthr = Math.floor(k * 11 / 6);
  if (m >= n && m >= mnthr && m > n) {
    // paths 3 / 4: A = Q R, the SVD of R, U = Q·U_R
    const { R, Q } = qrOf(A, m, n, full ? m : n, r);
    const core = bidiagSvd(R, n, n, false, dtype);
    const UR = matmulM(Q.map((row) => row.slice(0, n)), core.U, r);
    const U = full ? UR.map((row, i) => [...row, ...Q[i].slice(n)]) : UR;
    return { s: core.s, U, VT: core.VT, info: core.info };
  }
  if (m < n && n >= mnthr) {
    // paths 3t / 4t: A = L Q (dgelqf ≡ dgeqrf of Aᵀ), the SVD of L, Vᵀ = VT_L·Q
    const { R, Q } = qrOf(transposeM(A), n, m, full ? n : m, r);
    const core = bidiagSvd(transposeM(R), m, m, false, dtype);
    const Qlq = transposeM(Q);
    const VL = matmulM(core.VT, Qlq.slice(0, m), r);
    const VT = full ? [...VL, ...Qlq.slice(m)] : VL;
    return { s: core.s, U: core.U, VT, info: core.info };
  }
  return bidiagSvd(A, m, n, full, dtype);
}
