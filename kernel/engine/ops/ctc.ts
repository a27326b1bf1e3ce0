// ctc_loss's primitive _ctc_loss (CtcLossBackward0): per batch element the negative log likelihood of its target
// under the connectionist temporal classification alignment model, by ATen's CPU recursion (log_alpha forward,
// log_beta backward, in log space with the max subtracted). The gradient is ATen's, exp(lp) - exp(lαβ + nll - lp):
// the gradient with respect to log_softmax's input folded in, so it is exact for normalised log_probs (what
// ctc_loss expects); PyTorch cannot differentiate it again (a NotImplemented node). Values are computed in float64.
import { Tensor } from '../tensor';
import { apply, defineOp } from './apply';
import { fromValues } from './creation';
import { notDifferentiable } from './loss_margin';

interface CtcProblem { T: number; N: number; C: number; lp: Float64Array; il: number[]; tl: number[]; targets: number[][]; blank: number }

const NEG_INF = -Infinity;
/** log(e^a + e^b + e^c) with ATen's guard: the max is taken as 0 when every term is -inf. */
function lse3(a: number, b: number, c: number): number {
  let m = Math.max(a, b, c);
  if (m === NEG_INF) m = 0;
  return Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m)) + m;
}
const prime = (tg: number[], s: number, blank: number): number => (s % 2 === 0 ? blank : tg[(s - 1) / 2]);

/** log_alpha [T][2L+1] and the negative log likelihood of batch element b. */
function alpha(p: CtcProblem, b: number): { la: Float64Array[]; nll: number } {
  const { C, N, lp, blank } = p, tg = p.targets[b], L = p.tl[b], S = 2 * L + 1, il = p.il[b];
  const at = (t: number, c: number): number => lp[(t * N + b) * C + c];
  const la = Array.from({ length: Math.max(il, 1) }, () => new Float64Array(S).fill(NEG_INF));
  if (il > 0) {
    la[0][0] = at(0, blank);
    if (L > 0) la[0][1] = at(0, tg[0]);
  }
  for (let t = 1; t < il; t++) {
    for (let s = 0; s < S; s++) {
      const cur = prime(tg, s, blank);
      const l2 = s > 0 ? la[t - 1][s - 1] : NEG_INF, l3 = s > 1 && prime(tg, s - 2, blank) !== cur ? la[t - 1][s - 2] : NEG_INF;
      la[t][s] = lse3(la[t - 1][s], l2, l3) + at(t, cur);
    }
  }
  if (il === 0) return { la, nll: L === 0 ? -0 : Infinity };
  const last = la[il - 1];
  const nll = L === 0 ? -last[0] : -lse3(last[S - 1], last[S - 2], NEG_INF);
  return { la, nll };
}

function beta(p: CtcProblem, b: number): Float64Array[] {
  const { C, N, lp, blank } = p, tg = p.targets[b], L = p.tl[b], S = 2 * L + 1, il = p.il[b];
  const at = (t: number, c: number): number => lp[(t * N + b) * C + c];
  const lb = Array.from({ length: Math.max(il, 1) }, () => new Float64Array(S).fill(NEG_INF));
  if (il === 0) return lb;
  lb[il - 1][S - 1] = at(il - 1, blank);
  if (L > 0) lb[il - 1][S - 2] = at(il - 1, tg[L - 1]);
  for (let t = il - 2; t >= 0; t--) {
    for (let s = S - 1; s >= 0; s--) {
      const cur = prime(tg, s, blank);
      const l2 = s < S - 1 ? lb[t + 1][s + 1] : NEG_INF, l3 = s < S - 2 && prime(tg, s + 2, blank) !== cur ? lb[t + 1][s + 2] : NEG_INF;
      lb[t][s] = lse3(lb[t + 1][s], l2, l3) + at(t, cur);
    }
  }
  return lb;
}

function problemOf(x: Tensor, a: Record<string, unknown>): CtcProblem {
  const [T, N, C] = x.shape;
  return { T, N, C, lp: x.toArray(), il: a.il as number[], tl: a.tl as number[], targets: a.targets as number[][], blank: a.blank as number };
}

function ctcGrad(g: Tensor, x: Tensor, a: Record<string, unknown>): Tensor {
  const p = problemOf(x, a), { T, N, C, lp, blank } = p, gv = g.toArray(), out = new Float64Array(lp.length);
  for (let b = 0; b < N; b++) {
    const { la, nll } = alpha(p, b), lb = beta(p, b), tg = p.targets[b], S = 2 * p.tl[b] + 1;
    if (a.zero_infinity && nll === Infinity) continue;
    for (let t = 0; t < Math.min(p.il[b], T); t++) {
      const lcab = new Float64Array(C).fill(NEG_INF);
      for (let s = 0; s < S; s++) {
        const c = prime(tg, s, blank), v = la[t][s] + lb[t][s];
        lcab[c] = lcab[c] === NEG_INF ? v : lse3(lcab[c], v, NEG_INF);
      }
      for (let c = 0; c < C; c++) {
        const l = lp[(t * N + b) * C + c];
        out[(t * N + b) * C + c] = (Math.exp(l) - Math.exp(lcab[c] + nll - l)) * gv[b];
      }
    }
  }
  return notDifferentiable('_ctc_loss_backward', fromValues(x.shape, out, x.dtype), [g, x]);
}

const CTC = defineOp({
  name: '_ctc_loss', node: 'CtcLossBackward0', args: ['log_probs'],
  forward: ([x], a) => {
    const p = problemOf(x, a);
    return fromValues([p.N], Array.from({ length: p.N }, (_, b) => alpha(p, b).nll), x.dtype);
  },
  grads: { log_probs: { saves: ['log_probs'], fn: (g, c) => ctcGrad(g, c.saved('log_probs'), c.attrs) } },
});

/** _ctc_loss(log_probs [T, N, C], targets, input_lengths, target_lengths, blank, zero_infinity)[0]; the facade
 *  checks the arguments and gives the targets as one list per batch element. */
export function ctc_loss_raw(logProbs: Tensor, targets: number[][], inputLengths: number[], targetLengths: number[], blank: number, zeroInfinity: boolean): Tensor {
  return apply(CTC, [logProbs], { targets, il: inputLengths, tl: targetLengths, blank, zero_infinity: zeroInfinity });
}
