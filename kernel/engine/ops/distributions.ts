// The ATen ops torch.distributions samples with (PyTorch 1.13.1): _standard_gamma (StandardGammaBackward0, the
// implicit reparameterisation gradient), _standard_gamma_grad, _sample_dirichlet, _dirichlet_grad, poisson
// (PoissonBackward0, a zero gradient), binomial. The numbers come from random_dist.ts, drawn before the op runs
// (`values` in the attributes) in the order ATen's serial kernels draw them; the forward only lays them out.
// Where PyTorch has no derivative its node is NotImplemented, which raises when backward reaches it.
import { TorchError } from '../errors';
import { defaultGenerator, Generator } from '../random';
import * as RD from '../random_dist';
import { broadcastShapes } from '../shape';
import { Tensor } from '../tensor';
import { apply, defineOp, notImplementedFor, OpDef } from './apply';
import { fromValues } from './creation';
import { broadcastValues } from './math';
import { mul, zerosLikeT } from './pointwise';
import { sum } from './reduce';

function requireFloat(kernel: string, t: Tensor): void {
  if (t.dtype !== 'float32' && t.dtype !== 'float64') throw notImplementedFor(kernel, t.dtype);
}

const raises = (type: 'RuntimeError' | 'NotImplementedError', message: string) => ({
  saves: [] as string[], fn: (): Tensor => { throw new TorchError(type, message); },
});
const notImplemented = (op: string) => raises('RuntimeError', `derivative for aten::${op} is not implemented`);

/** Runs `def` on `inputs` with the drawn values (dropped from the node's attributes afterwards). */
function applyDrawn(def: OpDef, inputs: Tensor[], values: Float64Array): Tensor {
  const attrs: { values?: Float64Array } = { values };
  const out = apply(def, inputs, attrs);
  delete attrs.values;
  return out;
}
const laidOut = ([x]: Tensor[], a: Record<string, unknown>): Tensor => fromValues(x.shape, a.values as Float64Array, x.dtype);

/** Row-major values of t broadcast to `shape` (TensorIterator's inputs). */
const valuesAs = (t: Tensor, shape: readonly number[]): Float64Array => broadcastValues(t, shape);

export const STANDARD_GAMMA_GRAD = defineOp({
  name: '_standard_gamma_grad', node: 'StandardGammaGradBackward0', args: ['self', 'output'],
  forward: ([alpha, x]) => {
    const a = alpha.toArray(), v = valuesAs(x, alpha.shape), single = alpha.dtype === 'float32';
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = RD.standardGammaGradOne(a[i], v[i], single);
    return fromValues(alpha.shape, out, alpha.dtype);
  },
  grads: {
    self: raises('NotImplementedError', "the derivative for '_standard_gamma_grad' is not implemented."),
    output: raises('NotImplementedError', "the derivative for '_standard_gamma_grad' is not implemented."),
  },
});
/** torch._standard_gamma_grad(alpha, sample): d(sample)/d(alpha) at a fixed CDF value. */
export function standardGammaGrad(alpha: Tensor, x: Tensor): Tensor {
  requireFloat('_standard_gamma_grad_cpu', alpha);
  checkOperands(alpha, [x]);
  return apply(STANDARD_GAMMA_GRAD, [alpha, x]);
}
const typeWord = (t: Tensor): string => (t.dtype === 'float32' ? 'Float' : t.dtype === 'float64' ? 'Double' : t.dtype);
/**
 * TensorIterator's checks on the other inputs of these kernels (their output has the first input's shape): one
 * dtype, shapes that broadcast. Operands that broadcast to a larger shape (where ATen resizes the output, with a
 * deprecation warning) are refused.
 */
function checkOperands(first: Tensor, others: Tensor[]): void {
  for (const t of others) {
    if (t.dtype !== first.dtype) throw new TorchError('RuntimeError', `Found dtype ${typeWord(t)} but expected ${typeWord(first)}`);
  }
  for (const t of others) {
    const shape = broadcastShapes(first.shape, t.shape);
    if (shape.length !== first.ndim || shape.some((s, i) => s !== first.shape[i])) {
      throw new TorchError('NotImplementedError', `tnb: operands of shapes [${first.shape.join(', ')}] and [${t.shape.join(', ')}] broadcast past the first one's shape (PyTorch resizes its output there, with a deprecation warning); expand the first operand`);
    }
  }
}

export const STANDARD_GAMMA = defineOp({
  name: '_standard_gamma', node: 'StandardGammaBackward0', args: ['self'], forward: laidOut,
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => mul(g, standardGammaGrad(c.saved('self'), c.saved('result'))) } },
});
/** torch._standard_gamma(alpha): a Gamma(alpha, 1) sample per element (_s_gamma_cpu). */
export function standardGamma(alpha: Tensor, gen: Generator = defaultGenerator): Tensor {
  requireFloat('gamma_cpu', alpha);
  return standardGammaOf(alpha, RD.standardGamma(gen, alpha.toArray(), alpha.dtype === 'float32'));
}
/** The _standard_gamma node over samples already drawn (row-major, alpha's shape): what standardGamma records. */
export function standardGammaOf(alpha: Tensor, samples: Float64Array): Tensor {
  requireFloat('gamma_cpu', alpha);
  return applyDrawn(STANDARD_GAMMA, [alpha], samples);
}

export const SAMPLE_DIRICHLET = defineOp({
  name: '_sample_dirichlet', node: 'NotImplemented', args: ['self'], forward: laidOut,
  grads: { self: notImplemented('_sample_dirichlet') },
});
/**
 * torch._sample_dirichlet(alpha) (_s_dirichlet_cpu): double gamma samples, divided by their sums over the last dim
 * (ATen's sum), cast to the dtype and kept inside [smallest normal, the float before 1].
 */
export function sampleDirichlet(alpha: Tensor, gen: Generator = defaultGenerator): Tensor {
  requireFloat('dirichlet', alpha);
  const gammas = RD.dirichletGammas(gen, alpha.toArray());
  const g = fromValues(alpha.shape, gammas, 'float64');
  const s = sum(g, alpha.ndim === 0 ? [] : [-1], true);
  const sums = valuesAs(s, alpha.shape);
  g.free();
  s.free();
  const single = alpha.dtype === 'float32';
  const min = single ? 1.1754943508222875e-38 : 2.2250738585072014e-308;
  const max = single ? 1 - 2 ** -24 : 1 - 2 ** -53;
  const out = new Float64Array(gammas.length);
  for (let i = 0; i < out.length; i++) {
    const v = single ? Math.fround(gammas[i] / sums[i]) : gammas[i] / sums[i];
    out[i] = RD.stdMin(max, RD.stdMax(min, v));
  }
  return applyDrawn(SAMPLE_DIRICHLET, [alpha], out);
}

export const DIRICHLET_GRAD = defineOp({
  name: '_dirichlet_grad', node: 'NotImplemented', args: ['x', 'alpha', 'total'],
  forward: ([x, alpha, total]) => {
    const xv = x.toArray(), av = valuesAs(alpha, x.shape), tv = valuesAs(total, x.shape), single = x.dtype === 'float32';
    const out = new Float64Array(xv.length);
    for (let i = 0; i < out.length; i++) out[i] = RD.dirichletGradOne(xv[i], av[i], tv[i], single);
    return fromValues(x.shape, out, x.dtype);
  },
  grads: { x: notImplemented('_dirichlet_grad'), alpha: notImplemented('_dirichlet_grad'), total: notImplemented('_dirichlet_grad') },
});
/** torch._dirichlet_grad(x, alpha, total): d(x)/d(alpha) of Beta(alpha, total - alpha) samples x. */
export function dirichletGrad(x: Tensor, alpha: Tensor, total: Tensor): Tensor {
  requireFloat('_dirichlet_grad_cpu', x);
  checkOperands(x, [alpha, total]);
  return apply(DIRICHLET_GRAD, [x, alpha, total]);
}

export const POISSON = defineOp({
  name: 'poisson', node: 'PoissonBackward0', args: ['self'], forward: laidOut,
  grads: { self: { saves: [], fn: (g) => zerosLikeT(g) } },
});
/** torch.poisson(rates) (_s_poisson_cpu). */
export function poisson(rates: Tensor, gen: Generator = defaultGenerator): Tensor {
  requireFloat('poisson_cpu', rates);
  let values: Float64Array;
  try {
    values = RD.poisson(gen, rates.toArray());
  } catch (e) {
    if (e instanceof RangeError) throw new TorchError('RuntimeError', e.message);
    throw e;
  }
  return applyDrawn(POISSON, [rates], values);
}

export const BINOMIAL = defineOp({
  name: 'binomial', node: 'NotImplemented', args: ['count', 'prob'], forward: laidOut,
  grads: { count: notImplemented('binomial'), prob: notImplemented('binomial') },
});
/** torch.binomial(count, prob) (_s_binomial_cpu): prob broadcast to count's shape. */
export function binomial(count: Tensor, prob: Tensor, gen: Generator = defaultGenerator): Tensor {
  requireFloat('binomial_cpu', count);
  checkOperands(count, [prob]);
  const values = RD.binomial(gen, count.toArray(), valuesAs(prob, count.shape), count.dtype === 'float32');
  return applyDrawn(BINOMIAL, [count, prob], values);
}

// torch.normal(mean, std) with a tensor mean and/or std: the values are drawn as PyTorch draws them (normal_ of the
// output, times std, plus mean: torch/_creation.py); these nodes give the result PyTorch's grad_fn, whose gradient
// is zero for both (derivatives.yaml: normal is not reparameterised; torch.distributions' rsample is).
const normalNode = (node: string, args: string[]): OpDef => defineOp({
  name: 'normal', node, args,
  forward: (_inputs, a) => fromValues(a.shape as number[], a.values as Float64Array, a.dtype as Tensor['dtype']),
  grads: Object.fromEntries(args.map((k) => [k, { saves: [] as string[], fn: (g: Tensor) => zerosLikeT(g) }])),
});
const NORMAL_TENSOR_FLOAT = normalNode('NormalBackward1', ['mean']);
const NORMAL_FLOAT_TENSOR = normalNode('NormalBackward2', ['std']);
const NORMAL_TENSOR_TENSOR = normalNode('NormalBackward3', ['mean', 'std']);
/** The drawn `sample` as the output of normal(mean, std) (a null operand was a Python number). */
export function normalOf(sample: Tensor, mean: Tensor | null, std: Tensor | null): Tensor {
  const attrs: Record<string, unknown> = { values: sample.toArray(), shape: [...sample.shape], dtype: sample.dtype };
  const out = mean && std ? apply(NORMAL_TENSOR_TENSOR, [mean, std], attrs)
    : mean ? apply(NORMAL_TENSOR_FLOAT, [mean], attrs) : apply(NORMAL_FLOAT_TENSOR, [std as Tensor], attrs);
  delete attrs.values;
  return out;
}
