// Activations with a weight, a split or random noise: prelu (PreluBackward0), glu (GluBackward0) and rrelu
// (RreluWithNoiseBackward0/1), each with PyTorch 1.13's backward node whose own gradient is differentiable again.
// PreluBackwardBackward0 is one node with two outputs in PyTorch; here it is two entries of that name (one per
// output), so the printed names agree.
import { TorchError } from '../errors';
import { isFloating } from '../dtype';
import { defaultGenerator } from '../random';
import { Tensor } from '../tensor';
import { apply, applyInplace, defineOp, definePointwise, followsChannelsLast, notImplementedFor, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { cat } from './join';
import { add, gt, mul, mulScalar, rsubScalar, sigmoid, where, zerosLikeT } from './pointwise';
import { sum } from './reduce';
import { reshape, slice } from './views';

// --- prelu ----------------------------------------------------------------------------------------------------------
// y = x > 0 ? x : w[c]·x with c the channel (dim 1) when the weight has more than one element.
/** The weight shaped to broadcast against x: [1, C, 1, ...] per channel, or 0-d for one weight. */
function weightView(w: Tensor, x: Tensor): Tensor {
  if (w.numel() === 1) return reshape(w, []);
  return reshape(w, x.shape.map((s, i) => (i === 1 ? s : 1)));
}
/** Sums t (x's shape) to the weight's shape: over every dim but the channel, or over all of them. */
function toWeightShape(t: Tensor, wShape: readonly number[]): Tensor {
  if (wShape.reduce((p, q) => p * q, 1) === 1) return reshape(sum(t), wShape);
  const dims = t.shape.map((_, i) => i).filter((i) => i !== 1);
  return reshape(dims.length ? sum(t, dims) : t, wShape);
}
const negPart = (x: Tensor, t: Tensor): Tensor => where(gt(x, 0), zerosLikeT(t), t);

/** x > 0 ? g : w[c]·g elementwise (g of x's shape), or with xAsFactor: x > 0 ? 0 : x·g (the weight's terms). */
function preluValues(g: Tensor, x: Tensor, w: Float64Array | null): Float64Array {
  const gv = g.toArray(), xv = x.toArray(), inner = x.ndim > 2 ? x.shape.slice(2).reduce((p, q) => p * q, 1) : 1;
  for (let i = 0; i < gv.length; i++) {
    if (w === null) gv[i] = xv[i] > 0 ? 0 : xv[i] * gv[i];
    else if (!(xv[i] > 0)) gv[i] *= w[w.length === 1 ? 0 : Math.floor(i / inner) % w.length];
  }
  return gv;
}
// (forwards compute on arrays: a view of an input made inside a forward could free an input nobody retained)
// grad_x = x > 0 ? g : w·g (inputs grad_output, self, weight)
const PRELU_BACK_INPUT: ReturnType<typeof defineOp> = defineOp({
  name: 'prelu_backward', node: 'PreluBackwardBackward0', args: ['grad_output', 'self', 'weight'],
  forward: ([g, x, w]) => fromValues(x.shape, preluValues(g, x, w.toArray()), g.dtype),
  grads: {
    grad_output: { saves: ['self', 'weight'], fn: (G, c) => apply(PRELU_BACK_INPUT, [G, c.saved('self'), c.saved('weight')]) },
    self: { saves: ['self'], fn: (G, c) => zerosLikeT(c.saved('self')) },
    weight: { saves: ['grad_output', 'self', 'weight'], fn: (G, c) => toWeightShape(negPart(c.saved('self'), mul(G, c.saved('grad_output'))), c.saved('weight').shape) },
  },
});
// grad_w = Σ (x > 0 ? 0 : x·g) to the weight's shape (inputs grad_output, self; the weight's shape as an attribute)
const PRELU_BACK_WEIGHT: ReturnType<typeof defineOp> = defineOp({
  name: 'prelu_backward', node: 'PreluBackwardBackward0', args: ['grad_output', 'self'],
  forward: ([g, x], a) => toWeightShape(fromValues(x.shape, preluValues(g, x, null), g.dtype), a.weightShape as number[]),
  grads: {
    grad_output: { saves: ['self'], fn: (G, c) => negPart(c.saved('self'), mul(c.saved('self'), weightView(G, c.saved('self')))) },
    self: { saves: ['grad_output', 'self'], fn: (G, c) => negPart(c.saved('self'), mul(c.saved('grad_output'), weightView(G, c.saved('self')))) },
  },
});
const PRELU = defineOp({
  name: 'prelu', node: 'PreluBackward0', args: ['self', 'weight'], format: followsChannelsLast,
  forward: ([x, w]) => fromValues(x.shape, preluValues(x, x, w.toArray()), x.dtype),
  grads: {
    self: { saves: ['self', 'weight'], fn: (g, c) => apply(PRELU_BACK_INPUT, [g, c.saved('self'), c.saved('weight')]) },
    weight: { saves: ['self', 'weight'], fn: (g, c) => apply(PRELU_BACK_WEIGHT, [g, c.saved('self')], { weightShape: [...c.saved('weight').shape] }) },
  },
});

export function prelu(x: Tensor, w: Tensor): Tensor {
  if (!isFloating(x.dtype)) throw notImplementedFor('prelu_cpu', x.dtype);
  if (w.ndim > 1) throw new TorchError('RuntimeError', `prelu: Expected \`weight\` to be a scalar or 1D tensor, but got ndim = ${w.ndim}`);
  const channels = x.ndim >= 2 ? x.shape[1] : 1;
  if (w.numel() !== 1 && w.numel() !== channels) {
    throw new TorchError('RuntimeError', `Mismatch of parameter numbers and input channel size. Found parameter numbers = ${w.numel()} and channel size = ${channels}.`);
  }
  if (w.dtype !== x.dtype) throw new TorchError('RuntimeError', `Found dtype ${scalarTypeName(w.dtype)} but expected ${scalarTypeName(x.dtype)}`);
  return apply(PRELU, [x, w]);
}

// --- glu ------------------------------------------------------------------------------------------------------------
// glu(x) = a·σ(b) with a, b the halves of x along dim; its gradient is the op glu_backward(grad, self).
const sig = (v: number): number => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v)));
const halves = (x: Tensor, dim: number): [Tensor, Tensor] => {
  const h = x.shape[dim] / 2;
  return [slice(x, dim, 0, h), slice(x, dim, h, 2 * h)];
};
/** The values of x's two halves along dim, each in row-major order of the half's shape. */
function halfValues(x: Tensor, dim: number): { a: Float64Array; b: Float64Array; shape: number[] } {
  const v = x.toArray(), h = x.shape[dim] / 2, inner = x.shape.slice(dim + 1).reduce((p, q) => p * q, 1);
  const a = new Float64Array(v.length / 2), b = new Float64Array(v.length / 2);
  for (let i = 0; i < a.length; i++) {
    const outer = Math.floor(i / (h * inner)), rest = i % (h * inner), src = outer * 2 * h * inner + rest;
    a[i] = v[src];
    b[i] = v[src + h * inner];
  }
  const shape = [...x.shape];
  shape[dim] = h;
  return { a, b, shape };
}
const GLU_BACK: ReturnType<typeof defineOp> = defineOp({
  name: 'glu_backward', node: 'GluBackwardBackward0', args: ['grad_output', 'self'],
  // [g·σ(b), g·a·σ(b)(1 - σ(b))]
  forward: ([g, x], attr) => {
    const dim = attr.dim as number, { a, b, shape } = halfValues(x, dim), gv = g.toArray();
    const ga = new Float64Array(a.length), gb = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) { const s = sig(b[i]); ga[i] = gv[i] * s; gb[i] = gv[i] * a[i] * s * (1 - s); }
    return cat([fromValues(shape, ga, g.dtype), fromValues(shape, gb, g.dtype)], dim);
  },
  grads: {
    // the adjoint of the map g ↦ [g·σ(b), g·a·σ'(b)]: Ga·σ(b) + Gb·a·σ'(b)
    grad_output: {
      saves: ['self'], fn: (G, c) => {
        const dim = c.attrs.dim as number, [a, b] = halves(c.saved('self'), dim), [Ga, Gb] = halves(G, dim);
        const s = sigmoid(b);
        return add(mul(Ga, s), mul(Gb, mul(a, mul(s, rsubScalar(s, 1)))));
      },
    },
    // with G = [Ga, Gb]: d/da = Gb·g·σ'(b), d/db = Ga·g·σ'(b) + Gb·g·a·σ'(b)(1 - 2σ(b))
    self: {
      saves: ['grad_output', 'self'], fn: (G, c) => {
        const dim = c.attrs.dim as number, g = c.saved('grad_output'), [a, b] = halves(c.saved('self'), dim), [Ga, Gb] = halves(G, dim);
        const s = sigmoid(b), ds = mul(s, rsubScalar(s, 1)), gds = mul(g, ds);
        return cat([mul(Gb, gds), add(mul(Ga, gds), mul(mul(Gb, mul(a, gds)), rsubScalar(mulScalar(s, 2), 1)))], dim);
      },
    },
  },
});
const GLU = defineOp({
  name: 'glu', node: 'GluBackward0', args: ['self'], format: followsChannelsLast,
  // PyTorch's kernel: a · (1 / (1 + exp(-b))), each step rounded in the input's type
  forward: ([x], attr) => {
    const dim = attr.dim as number, { a, b, shape } = halfValues(x, dim);
    const r = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
    for (let i = 0; i < a.length; i++) a[i] = r(a[i] * r(1 / r(1 + r(Math.exp(-b[i])))));
    return fromValues(shape, a, x.dtype);
  },
  grads: { self: { saves: ['self'], fn: (g, c) => apply(GLU_BACK, [g, c.saved('self')], c.attrs) } },
});

export function glu(x: Tensor, dim: number): Tensor {
  if (!isFloating(x.dtype)) throw notImplementedFor('glu_cpu', x.dtype);
  if (x.shape[dim] % 2 !== 0) throw new TorchError('RuntimeError', `Halving dimension must be even, but dimension ${dim} is size ${x.shape[dim]}`);
  return apply(GLU, [x], { dim });
}

// --- rrelu ----------------------------------------------------------------------------------------------------------
// Training: each element x ≤ 0 (row-major order) draws r ~ U(lower, upper) from the default generator
// (uniform_real_distribution<double>, one random64() each), y = x·r, noise = r; other elements keep noise 1.
// Evaluation: leaky_relu with slope (lower + upper) / 2. Both record RreluWithNoiseBackward0, whose gradient is
// grad·noise (training with upper - lower > 1e-6) or leaky_relu's.
interface RreluAttrs { lower: number; upper: number; training: boolean }
const rreluNoiseGrad = (a: Record<string, unknown>): boolean => (a.training as boolean) && (a.upper as number) - (a.lower as number) > 1e-6;
const slopeOf = (a: Record<string, unknown>, x: Tensor): number => {
  const s = ((a.lower as number) + (a.upper as number)) / 2;
  return x.dtype === 'float32' ? Math.fround(s) : s;
};
/** rrelu_with_noise_backward(grad, self, noise): grad·noise, or leaky_relu_backward(grad, self, slope). */
function rreluBackward(g: Tensor, x: Tensor, noise: Tensor, a: Record<string, unknown>): Tensor {
  return apply(RRELU_BACK, [g, x, noise], a);
}
// (noise never requires grad: it has no formula)
const RRELU_BACK: ReturnType<typeof defineOp> = definePointwise({
  name: 'rrelu_with_noise_backward', node: 'RreluWithNoiseBackwardBackward0', args: ['grad_output', 'self', 'noise'],
  forward: ([g, x, noise], a) => {
    const gv = g.toArray(), xv = x.toArray(), nv = noise.toArray(), useNoise = rreluNoiseGrad(a), s = slopeOf(a, x);
    for (let i = 0; i < gv.length; i++) gv[i] *= useNoise ? nv[i] : xv[i] > 0 ? 1 : s;
    return fromValues(g.shape, gv, g.dtype);
  },
  grads: {
    grad_output: { saves: ['self', 'noise'], fn: (G, c) => rreluBackward(G, c.saved('self'), c.saved('noise'), c.attrs) },
    self: { saves: ['self'], fn: (G, c) => zerosLikeT(c.saved('self')) },
  },
});
function rreluForward([x]: Tensor[], a: Record<string, unknown>): { out: Tensor; extra: Record<string, Tensor> } {
  const xv = x.toArray(), noise = new Float64Array(xv.length).fill(1);
  const r = x.dtype === 'float32' ? Math.fround : (v: number): number => v;
  if (a.training) {
    for (let i = 0; i < xv.length; i++) {
      if (xv[i] <= 0) { noise[i] = r(defaultGenerator.uniformDouble(a.lower as number, a.upper as number)); xv[i] *= noise[i]; }
    }
  } else {
    const s = slopeOf(a, x);
    for (let i = 0; i < xv.length; i++) if (!(xv[i] > 0)) xv[i] *= s;
  }
  return { out: fromValues(x.shape, xv, x.dtype), extra: { noise: fromValues(x.shape, noise, x.dtype) } };
}
const RRELU = definePointwise({
  name: 'rrelu_with_noise', node: 'RreluWithNoiseBackward0', args: ['self'], forward: rreluForward,
  format: () => 'contiguous',   // ATen's rrelu_with_noise writes a LEGACY_CONTIGUOUS empty_like
  grads: { self: { saves: ['self', 'noise'], fn: (g, c) => rreluBackward(g, c.saved('self'), c.saved('noise'), c.attrs) } },
});
// In place the input is overwritten: the gradient comes from the result (result > 0 ⇔ x > 0).
const RRELU_INPLACE = definePointwise({
  name: 'rrelu_with_noise_', node: 'RreluWithNoiseBackward1', args: ['self'], forward: rreluForward,
  grads: { self: { saves: ['result', 'noise'], fn: (g, c) => rreluBackward(g, c.saved('result'), c.saved('noise'), c.attrs) } },
});

export function rrelu(x: Tensor, lower: number, upper: number, training: boolean, inplace = false): Tensor {
  if (!(lower <= upper)) throw new TorchError('RuntimeError', 'Lower bound should be less than or equal to the upper bound');
  if (!isFloating(x.dtype)) throw notImplementedFor(training ? 'rrelu_with_noise_out_cpu' : 'leaky_relu_cpu', x.dtype);
  const attrs: RreluAttrs = { lower, upper, training };
  return inplace ? applyInplace(RRELU_INPLACE, [x], { ...attrs }) : apply(RRELU, [x], { ...attrs });
}
