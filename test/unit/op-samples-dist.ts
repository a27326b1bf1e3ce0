// Samples of the samplers torch.distributions uses (kernel/engine/ops/distributions.ts) for the generic op test.
// Random outputs are checked against real PyTorch 1.13.1's numbers for the same seeded generator, the gradient
// formulas against PyTorch's values at fixed points; StandardGammaBackward0 is gradchecked over samples that are gamma
// quantiles at fixed CDF values (its gradient is the derivative of the sample at a fixed CDF value), computed here by
// bisection on the regularized incomplete gamma function.
import * as torch from '../../kernel/engine';
import type { Arr, InputSpec, OpSample } from './op-samples';

export interface DistHelpers {
  add: (key: string, desc: string, inputs: InputSpec[], run: OpSample['run'], ref: OpSample['ref'], opts?: Partial<OpSample>) => void;
}

const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
function lgamma(x: number): number {
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** P(a, x), the regularized lower incomplete gamma function: its series below a + 1, else 1 - Lentz's continued fraction. */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - lgamma(a));
  if (x < a + 1) {
    let term = 1 / a, sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-17; n++) { term *= x / (a + n); sum += term; }
    return sum * front;
  }
  let b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b; if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c; if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return 1 - front * h;
}
/** The Gamma(a, 1) quantile at u, by bisection to the last bit. */
function gammaQuantile(a: number, u: number): number {
  let lo = 0, hi = a + 20 * Math.sqrt(a) + 20;
  for (let i = 0; i < 2000 && hi - lo > 0; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (gammaP(a, mid) < u) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
}

const fixed = (shape: number[], values: number[], extra: Partial<InputSpec> = {}): InputSpec => ({ shape, values, ...extra });
const arr = (shape: number[], data: number[]): Arr => ({ shape, data });

export function registerDistSamples({ add }: DistHelpers): void {
  const U = [0.2, 0.55, 0.9, 0.35, 0.7, 0.05];
  const quantiles = (a: Arr): number[] => a.data.map((v, i) => gammaQuantile(v, U[i]));
  add('StandardGammaBackward0', '_standard_gamma over gamma quantiles at fixed CDF values',
    [fixed([2, 3], [0.7, 1.5, 2.5, 4.0, 6.5, 3.0])],
    ([a]) => torch.standardGammaOf(a, Float64Array.from(quantiles({ shape: [...a.shape], data: [...a.toArray()] }))),
    ([a]) => arr(a.shape, quantiles(a)));
  const gradMsg = "the derivative for '_standard_gamma_grad' is not implemented.";
  add('StandardGammaGradBackward0', '_standard_gamma_grad at points of its three branches',
    [fixed([2, 3], [0.5, 2.0, 9.0, 30.0, 3.0, 1.2]), fixed([2, 3], [0.3, 2.5, 9.5, 20.0, 0.9, 1.7])],
    ([a, x]) => torch.standardGammaGrad(a, x),
    () => arr([2, 3], [1.0098019827369256, 1.212264894927679, 1.0464304218725455, 0.8154193264259489, 0.5434140533698438, 1.357562446952655]),
    { refusesGrad: gradMsg });
  add('NotImplemented', '_dirichlet_grad at points of its four branches',
    [fixed([6], [0.2, 0.7, 0.5, 0.45, 0.9, 0.3]), fixed([6], [0.5, 2.0, 8.0, 7.0, 3.0, 1.5]), fixed([6], [2.0, 2.5, 17.0, 15.0, 3.4, 6.0])],
    ([x, a, t]) => torch.dirichletGrad(x, a, t),
    () => arr([6], [0.6860440361483507, 0.46304646537484173, 0.06312599383746417, 0.06850237140876811, 0.3473119881878022, 0.2156741590421879]));
  add('PoissonBackward0', 'poisson with a seeded generator (PyTorch\'s numbers)', [fixed([2, 3], [0.5, 4.0, 12.5, 30.0, 2.0, 0.1])],
    ([r]) => torch.poisson(r, new torch.Generator(3)), () => arr([2, 3], [0, 4, 9, 28, 1, 0]));
  add('NotImplemented', 'binomial with a seeded generator (PyTorch\'s numbers)', [fixed([1, 3], [5, 8, 3]), fixed([1, 3], [0.3, 0.6, 0.1])],
    ([c, p]) => torch.binomial(c, p, new torch.Generator(4)), () => arr([1, 3], [2, 3, 0]));
  add('NotImplemented', '_sample_dirichlet with a seeded generator (PyTorch\'s numbers)', [fixed([2, 3], [0.5, 2.0, 1.0, 3.0, 0.7, 1.5])],
    ([a]) => torch.sampleDirichlet(a, new torch.Generator(5)),
    () => arr([2, 3], [0.02901659767889398, 0.657086965190195, 0.313896437130911, 0.34634630829520874, 0.09246966086787188, 0.5611840308369194]));
  // torch.normal with tensor operands: the drawn sample as the output, a zero gradient for mean and std
  const sample = [0.25, -1.5, 0.75, 2.0, -0.125, 1.0];
  const drawn = (dtype: string): torch.Tensor => torch.tensor(sample as never, { dtype: dtype as never }).reshape([2, 3]);
  add('NormalBackward1', 'normal(mean tensor, float std)', [fixed([2, 3], [0, 1, 2, 3, 4, 5])],
    ([m]) => torch.normalOf(drawn(m.dtype), m, null), () => arr([2, 3], sample));
  add('NormalBackward2', 'normal(float mean, std tensor)', [fixed([3], [0.5, 1, 2])],
    ([s]) => torch.normalOf(drawn(s.dtype), null, s), () => arr([2, 3], sample));
  add('NormalBackward3', 'normal(mean, std) broadcast', [fixed([2, 1], [0, 1]), fixed([3], [0.5, 1, 2])],
    ([m, s]) => torch.normalOf(drawn(m.dtype), m, s), () => arr([2, 3], sample));
}
