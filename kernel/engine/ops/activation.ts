// Activation functions of torch.nn.functional: gelu (exact and tanh), elu, silu, softplus, hardtanh (relu6),
// logsigmoid, leaky_relu. Most have PyTorch's two-level nodes: XBackward0 whose gradient is the op
// `x_backward(grad, self)` (node XBackwardBackward0), whose own gradients use f'' written with public ops.
// float32 values (gelu, elu/selu/celu, softplus, logsigmoid, silu, mish) and the backward kernels of those come from
// the wasm kernel (wasm/assembly/activation.ts), rounded as PyTorch 1.13.1's CPU kernels round them; the others,
// and float64, are computed per element in float64 on the host and stored in the input's dtype.
import { BackwardContext } from '../autograd/node';
import { bf16BitsToF32, f32ToBf16Bits, isFloating } from '../dtype';
import { TorchError } from '../errors';
import { Tensor } from '../tensor';
import { apply, applyInplace, definePointwise, OpDef, scalarTypeName } from './apply';
import { fromValues } from './creation';
import {
  add, addScalar, exp, gt, logicalAnd, lt, mul, neg, sub, mulScalar, pow, rsubScalar, sigmoid, tanh, where, zerosLikeT,
} from './pointwise';
import { erf, erfc } from './special';
import * as K from '../kernels';
import { iteratorStrides } from '../shape';
import { isGradEnabled } from '../autograd/grad_mode';

type Attrs = Record<string, unknown>;
const num = (a: Attrs, k: string): number => a[k] as number;

interface Activation {
  name: string; node: string; kernel: string;
  f: (x: number, a: Attrs) => number;
  df: (x: number, a: Attrs) => number;
  /** f''(x) with public tensor ops (for the gradient of XBackwardBackward0 with respect to self). */
  d2: (x: Tensor, a: Attrs) => Tensor;
  /** float32 forward in the wasm kernel, as PyTorch's float kernel rounds (null: no such kernel for these attrs). */
  f32?: (x: Tensor, a: Attrs) => Tensor | null;
  /** float32 backward (grad_output, input) in the wasm kernel as PyTorch's backward kernel rounds, or null. */
  b32?: (g: Tensor, x: Tensor, a: Attrs) => Tensor | null;
  /** PyTorch's backward selects (`cond ? 0 : grad·f'`) rather than multiplies: a blocked gradient is +0, never -0. */
  select?: true;
  /** ATen allocates the result row-major whatever the input's layout (log_sigmoid). */
  contiguous?: true;
}

/** x through the float32 wasm activation `op` (p0, p1 rounded to float as PyTorch's Scalar.to<float>()). */
const f32Kernel = (op: K.UnaryOpName, x: Tensor, p0 = NaN, p1 = NaN): Tensor =>
  K.unary(op, x, Math.fround(p0), Math.fround(p1), 'float32', iteratorStrides(x.shape, [x]));

const SQRT1_2 = Math.SQRT1_2, INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const K_BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5, K_KAPPA = 0.044715;
const cdf = (x: number): number => (x < 0 ? 0.5 * erfc(-x * SQRT1_2) : 1 - 0.5 * erfc(x * SQRT1_2));
const sig = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

// gelu's forward follows PyTorch's kernel step by step (rounded to float32 after each step for float32 inputs), so
// the cancellation in 1 + erf(x/√2) for negative x gives the same digits: x·½·(1 + erf(x·√½)), or with
// approximate='tanh': ½·x·(1 + tanh(β(x + κx³))).
const GELU: Activation = {
  name: 'gelu', node: 'GeluBackward0', kernel: 'GeluKernelImpl',
  // 'none' on a contiguous tensor of 2+ elements goes to oneDNN's gelu_erf (every element alike); else GeluKernel
  f32: (x, a) => (a.approximate === 'tanh' ? f32Kernel('geluTanh', x)
    : f32Kernel(x.is_contiguous() && x.numel() > 1 ? 'geluOneDnn' : 'gelu', x)),
  b32: (g, x, a) => K.activationBackward(a.approximate === 'tanh' ? 'geluTanh'
    : x.is_contiguous() && x.numel() > 1 ? 'geluOneDnn' : 'gelu', g, x),
  f: (x, a) => {
    const r = a.f32 ? Math.fround : (v: number): number => v;
    if (a.approximate !== 'tanh') return r(r(x * 0.5) * r(1 + r(erf(r(x * r(SQRT1_2))))));
    const inner = r(r(K_BETA) * r(x + r(r(K_KAPPA) * r(r(x * x) * x))));
    return r(r(0.5 * x) * r(1 + r(Math.tanh(inner))));
  },
  df: (x, a) => {
    if (a.approximate !== 'tanh') return cdf(x) + x * Math.exp(-0.5 * x * x) * INV_SQRT_2PI;
    const t = Math.tanh(K_BETA * (x + K_KAPPA * x * x * x));
    return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * K_BETA * (1 + 3 * K_KAPPA * x * x);
  },
  d2: (x, a) => {
    const x2 = pow(x, 2);
    // 2φ(x) + x·φ'(x) with φ' = -xφ (summed in this order, so an underflowed φ gives +0 as PyTorch's does)
    if (a.approximate !== 'tanh') { const pdf = mulScalar(exp(mulScalar(x2, -0.5)), INV_SQRT_2PI); return add(mulScalar(pdf, 2), mul(x, mul(neg(x), pdf))); }
    // u = β(x + κx³), t = tanh u, g = 1 - t², h = u' = β(1 + 3κx²): f'' = g·h + (x/2)·h·g' + (x/2)·g·h' with
    // g' = -2t·g·h, h' = 6βκx (a sum of terms as PyTorch's gelu_double_backward, so saturated t gives +0)
    const t = tanh(mulScalar(add(x, mulScalar(pow(x, 3), K_KAPPA)), K_BETA));
    const g = rsubScalar(pow(t, 2), 1), h = mulScalar(addScalar(mulScalar(x2, 3 * K_KAPPA), 1), K_BETA);
    const f = mulScalar(x, 0.5), gPrime = mul(mulScalar(t, -2), mul(g, h)), hPrime = mulScalar(x, 6 * K_BETA * K_KAPPA);
    return add(mul(g, h), add(mul(mul(f, h), gPrime), mul(mul(f, g), hPrime)));
  },
};
// elu with PyTorch's scale and input_scale (selu and celu are elus): f = scale·(x > 0 ? x : α(e^{x·is} - 1)).
const ELU: Activation = {
  name: 'elu', node: 'EluBackward0', kernel: 'elu_cpu',
  f32: (x, a) => {
    const alpha = Math.fround(num(a, 'alpha')), scale = Math.fround(num(a, 'scale')), is = Math.fround(num(a, 'input_scale'));
    const negcoef = Math.fround(alpha * scale);
    return is === 1 ? f32Kernel('eluScale', x, negcoef, scale) : scale === 1 ? f32Kernel('eluInputScale', x, negcoef, is) : null;
  },
  b32: (g, x, a) => {
    const alpha = Math.fround(num(a, 'alpha')), scale = Math.fround(num(a, 'scale')), is = Math.fround(num(a, 'input_scale'));
    const negcoef = Math.fround(alpha * scale);
    return is === 1 ? K.activationBackward('eluScale', g, x, negcoef, scale)
      : scale === 1 ? K.activationBackward('eluInputScale', g, x, negcoef, is) : null;
  },
  f: (x, a) => num(a, 'scale') * (x > 0 ? x : num(a, 'alpha') * Math.expm1(x * num(a, 'input_scale'))),
  df: (x, a) => num(a, 'scale') * (x > 0 ? 1 : num(a, 'alpha') * num(a, 'input_scale') * Math.exp(x * num(a, 'input_scale'))),
  d2: (x, a) => {   // (x < 0) as elu_double_backward
    const is = num(a, 'input_scale');
    return where(lt(x, 0), mulScalar(exp(mulScalar(x, is)), num(a, 'scale') * num(a, 'alpha') * is * is), zerosLikeT(x));
  },
};
// softplus: x·β above the threshold is treated as linear (PyTorch's softplus kernel).
const SOFTPLUS: Activation = {
  name: 'softplus', node: 'SoftplusBackward0', kernel: 'softplus_cpu',
  f32: (x, a) => f32Kernel('softplus', x, num(a, 'beta'), num(a, 'threshold')),
  b32: (g, x, a) => K.activationBackward('softplus', g, x, Math.fround(num(a, 'beta')), Math.fround(num(a, 'threshold'))),
  f: (x, a) => { const b = num(a, 'beta'); return x * b > num(a, 'threshold') ? x : Math.log1p(Math.exp(x * b)) / b; },
  df: (x, a) => { const b = num(a, 'beta'); return x * b > num(a, 'threshold') ? 1 : sig(x * b); },
  d2: (x, a) => {
    const b = num(a, 'beta'), s = sigmoid(mulScalar(x, b));
    return where(gt(mulScalar(x, b), num(a, 'threshold')), zerosLikeT(x), mulScalar(mul(s, rsubScalar(s, 1)), b));
  },
};
// hardtanh: the gradient passes strictly inside (min, max); 0 at the bounds (PyTorch's hardtanh_backward).
const HARDTANH: Activation = {
  name: 'hardtanh', node: 'HardtanhBackward0', kernel: 'hardtanh_cpu', select: true,
  f: (x, a) => Math.min(Math.max(x, num(a, 'min')), num(a, 'max')),
  df: (x, a) => (x > num(a, 'min') && x < num(a, 'max') ? 1 : 0),
  d2: (x) => zerosLikeT(x),
};
const LOGSIGMOID: Activation = {
  name: 'log_sigmoid', node: 'LogSigmoidBackward0', kernel: 'log_sigmoid_cpu', contiguous: true,
  f32: (x) => f32Kernel('logSigmoid', x),
  b32: (g, x) => K.activationBackward('logSigmoid', g, x),
  f: (x) => (x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x))),
  df: (x) => sig(-x),
  d2: (x) => { const s = sigmoid(x); return mul(addScalar(s, -1), s); },   // (σ - 1)·σ as log_sigmoid_double_backward
};
const LEAKY: Activation = {
  name: 'leaky_relu', node: 'LeakyReluBackward0', kernel: 'leaky_relu_cpu',
  f: (x, a) => (x > 0 ? x : x * num(a, 'slope')),
  df: (x, a) => (x > 0 ? 1 : num(a, 'slope')),
  d2: (x) => zerosLikeT(x),
};

// hardswish: x·relu6(x + 3)/6; its backward takes (2x + 3)/6 on [-3, 3] (PyTorch's bounds), f'' = 1/3 inside.
const HARDSWISH: Activation = {
  name: 'hardswish', node: 'HardswishBackward0', kernel: 'hardswish_cpu', select: true,
  // float32: hardswish_kernel's x·min(max(x + 3, 0), 6)/6 and hardswish_backward_kernel's grad·(x/3 + 0.5), each
  // step rounded to float
  f32: (x) => mapValues(x, (v) => { const r = Math.fround; return r(r(v * Math.min(Math.max(r(v + 3), 0), 6)) / 6); }),
  b32: (g, x) => {
    const r = Math.fround, gv = g.toArray(), xv = x.toArray();
    for (let i = 0; i < gv.length; i++) { const v = xv[i]; gv[i] = v < -3 ? 0 : v <= 3 ? r(gv[i] * r(r(v / 3) + 0.5)) : gv[i]; }
    return fromValues(g.shape, gv, 'float32');
  },
  f: (x) => x * Math.min(Math.max(x + 3, 0), 6) / 6,
  df: (x) => (x < -3 ? 0 : x <= 3 ? x / 3 + 0.5 : 1),
  d2: (x) => where(logicalAnd(gt(x, -3), lt(x, 3)), K.full(x.shape, 1 / 3, x.dtype), zerosLikeT(x)),
};
// hardshrink / softshrink / threshold: the gradient passes outside [-λ, λ] (above the threshold); f'' = 0.
const HARDSHRINK: Activation = {
  name: 'hardshrink', node: 'HardshrinkBackward0', kernel: 'hardshrink_cpu', select: true,
  f: (x, a) => (x >= -num(a, 'lambd') && x <= num(a, 'lambd') ? 0 : x),
  df: (x, a) => (x >= -num(a, 'lambd') && x <= num(a, 'lambd') ? 0 : 1),
  d2: (x) => zerosLikeT(x),
};
const SOFTSHRINK: Activation = {
  name: 'softshrink', node: 'SoftshrinkBackward0', kernel: 'softshrink_cpu', select: true,
  f: (x, a) => { const l = num(a, 'lambd'); return x > l ? x - l : x < -l ? x + l : 0; },
  df: (x, a) => (x >= -num(a, 'lambd') && x <= num(a, 'lambd') ? 0 : 1),
  d2: (x) => zerosLikeT(x),
};
const THRESHOLD: Activation = {
  name: 'threshold', node: 'ThresholdBackward0', kernel: 'threshold_cpu', select: true,
  f: (x, a) => (x <= num(a, 'threshold') ? num(a, 'value') : x),
  df: (x, a) => (x <= num(a, 'threshold') ? 0 : 1),
  d2: (x) => zerosLikeT(x),
};

function mapValues(x: Tensor, f: (v: number) => number): Tensor {
  const v = x.toArray();
  for (let i = 0; i < v.length; i++) v[i] = f(v[i]);
  return fromValues(x.shape, v, x.dtype);
}

interface ActOps { fwd: OpDef; back: OpDef }
function defineActivation(act: Activation): ActOps {
  const back = definePointwise({
    name: `${act.name}_backward`, node: act.node.replace('Backward0', 'BackwardBackward0'), args: ['grad_output', 'self'],
    forward: ([g, x], a) => {
      const fast = g.dtype === 'float32' && x.dtype === 'float32' ? act.b32?.(g, x, a) : null;
      if (fast) return fast;
      const gv = g.toArray(), xv = x.toArray();
      if (act.select) for (let i = 0; i < gv.length; i++) { const d = act.df(xv[i], a); gv[i] = d === 0 ? 0 : gv[i] * d; }
      else for (let i = 0; i < gv.length; i++) gv[i] *= act.df(xv[i], a);
      return fromValues(g.shape, gv, g.dtype);
    },
    grads: {
      grad_output: { saves: ['self'], fn: (G, c) => apply(back, [G, c.saved('self')], c.attrs) },
      self: { saves: ['grad_output', 'self'], fn: (G, c) => mul(mul(G, c.saved('grad_output')), act.d2(c.saved('self'), c.attrs)) },
    },
  });
  const fwd = definePointwise({
    name: act.name, node: act.node, args: ['self'], format: act.contiguous ? () => 'contiguous' : undefined,
    forward: ([x], a) => (x.dtype === 'float32' && act.f32?.(x, a)) || mapValues(x, (v) => act.f(v, a)),
    grads: { self: { saves: ['self'], fn: (g, c) => apply(back, [g, c.saved('self')], c.attrs) } },
  });
  return { fwd, back };
}
const OPS = {
  gelu: defineActivation(GELU), elu: defineActivation(ELU), softplus: defineActivation(SOFTPLUS),
  hardtanh: defineActivation(HARDTANH), logsigmoid: defineActivation(LOGSIGMOID), leaky_relu: defineActivation(LEAKY),
  hardswish: defineActivation(HARDSWISH), hardshrink: defineActivation(HARDSHRINK), softshrink: defineActivation(SOFTSHRINK),
  threshold: defineActivation(THRESHOLD),
};
// celu is elu with input_scale 1/α but its own node (CeluBackward0) over elu's backward.
const CELU = definePointwise({
  name: 'celu', node: 'CeluBackward0', args: ['self'], forward: OPS.elu.fwd.forward,
  grads: { self: { saves: ['self'], fn: (g, c) => apply(OPS.elu.back, [g, c.saved('self')], c.attrs) } },
});

// In-place elu_/leaky_relu_ save the result (the input is overwritten): EluBackward1 / LeakyReluBackward1.
const fromResult = (d: (y: Tensor, g: Tensor, c: BackwardContext) => Tensor) => ({ saves: ['result'], fn: (g: Tensor, c: BackwardContext) => d(c.saved('result'), g, c) });
const ELU_INPLACE = definePointwise({
  name: 'elu_', node: 'EluBackward1', args: ['self'], forward: OPS.elu.fwd.forward,
  // from the result: x ≤ 0 ⇒ f' = input_scale·(y + scale·α)
  grads: {
    self: fromResult((y, g, c) => where(gt(y, 0), mulScalar(g, num(c.attrs, 'scale')),
      mul(g, mulScalar(addScalar(y, num(c.attrs, 'scale') * num(c.attrs, 'alpha')), num(c.attrs, 'input_scale'))))),
  },
});
const LEAKY_INPLACE = definePointwise({
  name: 'leaky_relu_', node: 'LeakyReluBackward1', args: ['self'], forward: OPS.leaky_relu.fwd.forward,
  grads: { self: fromResult((y, g, c) => where(gt(y, 0), g, mulScalar(g, num(c.attrs, 'slope')))) },
});
// threshold_ saves the result: the gradient is 0 where result ≤ threshold (threshold_backward on the result).
const THRESHOLD_INPLACE = definePointwise({
  name: 'threshold_', node: 'ThresholdBackward1', args: ['self'], forward: OPS.threshold.fwd.forward,
  grads: { self: fromResult((y, g, c) => where(gt(y, num(c.attrs, 'threshold')), g, zerosLikeT(g))) },
});
// silu's gradient is composite in PyTorch too (its double backward shows MulBackward0).
const SILU = definePointwise({
  name: 'silu', node: 'SiluBackward0', args: ['self'],
  forward: ([x]) => {
    if (x.dtype === 'float32') return f32Kernel('silu', x);
    if (x.dtype !== 'bfloat16') return mapValues(x, (v) => v * sig(v));
    // PyTorch 1.13's bfloat16 kernel, x / (1 + exp(-x)) on Vectorized<BFloat16>, rounds after each step.
    const r = (v: number): number => bf16BitsToF32(f32ToBf16Bits(Math.fround(v)));
    return mapValues(x, (v) => r(v / r(1 + r(Math.exp(-v)))));
  },
  // (without create_graph PyTorch calls the fused silu_backward kernel; float32 runs it in the wasm kernel)
  grads: {
    self: {
      saves: ['self'], fn: (g, c) => {
        const x = c.saved('self');
        const fast = isGradEnabled() ? null : K.activationBackward('silu', g, x);
        if (fast) return fast;
        const s = sigmoid(x);
        return mul(g, mul(s, addScalar(mul(x, rsubScalar(s, 1)), 1)));
      },
    },
  },
});

// hardsigmoid: relu6(x + 3)/6, gradient 1/6 strictly inside (-3, 3). (PyTorch has no double backward for it.)
const HARDSIGMOID = definePointwise({
  name: 'hardsigmoid', node: 'HardsigmoidBackward0', args: ['self'],
  // (float32: x + 3 and the division each rounded to float, as hardsigmoid_kernel)
  forward: ([x]) => mapValues(x, x.dtype === 'float32' ? (v) => Math.fround(Math.min(Math.max(Math.fround(v + 3), 0), 6) / 6)
    : (v) => Math.min(Math.max(v + 3, 0), 6) / 6),
  // (grad · one_sixth, which the kernel declares as scalar_t(1.0f / 6.0f): the float 1/6 for double tensors too)
  grads: { self: { saves: ['self'], fn: (g, c) => { const x = c.saved('self'); return where(logicalAnd(gt(x, -3), lt(x, 3)), mulScalar(g, Math.fround(1 / 6)), zerosLikeT(g)); } } },
});
// mish: x·tanh(softplus(x)); its gradient is composite in PyTorch too: tanh(sp) + x·σ(x)·(1 - tanh²(sp)).
const softplusValue = (v: number): number => (v > 20 ? v : Math.log1p(Math.exp(v)));
const MISH = definePointwise({
  name: 'mish', node: 'MishBackward0', args: ['self'],
  forward: ([x]) => (x.dtype === 'float32' ? f32Kernel('mish', x) : mapValues(x, (v) => v * Math.tanh(softplusValue(v)))),
  grads: {
    self: {
      saves: ['self'], fn: (g, c) => {
        const fast = isGradEnabled() ? null : K.activationBackward('mish', g, c.saved('self'));   // mish_backward
        if (fast) return fast;
        const x = c.saved('self'), t = tanh(softplus(x, 1, 20));
        return mul(g, add(t, mul(mul(x, sigmoid(x)), rsubScalar(mul(t, t), 1))));
      },
    },
  },
});

function checkFloat(x: Tensor, kernel: string): void {
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `"${kernel}" not implemented for '${scalarTypeName(x.dtype)}'`);
}
function run(name: keyof typeof OPS, act: Activation, x: Tensor, attrs0: Attrs, inplace: boolean, inplaceDef?: OpDef): Tensor {
  if (name !== 'hardtanh' && name !== 'threshold') checkFloat(x, act.kernel);
  // The kernels take their parameters in the input's type: a float32 input compares with float32(0.3), not 0.3.
  const attrs: Attrs = {};
  for (const [k, v] of Object.entries(attrs0)) attrs[k] = typeof v === 'number' && x.dtype === 'float32' ? Math.fround(v) : v;
  if (inplace) return applyInplace(inplaceDef ?? OPS[name].fwd, [x], attrs);
  return apply(OPS[name].fwd, [x], attrs);
}
export function gelu(x: Tensor, approximate = 'none'): Tensor {
  if (approximate !== 'none' && approximate !== 'tanh') throw new TorchError('RuntimeError', 'approximate argument must be either none or tanh.');
  return run('gelu', GELU, x, { approximate, f32: x.dtype === 'float32' }, false);
}
export function elu(x: Tensor, alpha = 1, inplace = false, scale = 1, inputScale = 1): Tensor {
  return run('elu', ELU, x, { alpha, scale, input_scale: inputScale }, inplace, ELU_INPLACE);
}
const SELU_ALPHA = 1.6732632423543772848170429916717, SELU_SCALE = 1.0507009873554804934193349852946;
export function selu(x: Tensor, inplace = false): Tensor { return elu(x, SELU_ALPHA, inplace, SELU_SCALE, 1); }
export function celu(x: Tensor, alpha = 1, inplace = false): Tensor {
  if (alpha === 0) throw new TorchError('RuntimeError', 'ZeroDivisionError');
  checkFloat(x, 'elu_cpu');
  const attrs = { alpha, scale: 1, input_scale: 1 / alpha };
  return inplace ? applyInplace(CELU, [x], attrs) : apply(CELU, [x], attrs);
}
export function hardswish(x: Tensor, inplace = false): Tensor { return run('hardswish', HARDSWISH, x, {}, inplace); }
export function hardshrink(x: Tensor, lambd = 0.5): Tensor { return run('hardshrink', HARDSHRINK, x, { lambd }, false); }
export function softshrink(x: Tensor, lambd = 0.5): Tensor {
  if (lambd < 0) throw new TorchError('RuntimeError', `lambda must be greater or equal to 0, but found to be ${lambd}.`);
  return run('softshrink', SOFTSHRINK, x, { lambd }, false);
}
export function threshold(x: Tensor, th: number, value: number, inplace = false): Tensor { return run('threshold', THRESHOLD, x, { threshold: th, value }, inplace, THRESHOLD_INPLACE); }
export function hardsigmoid(x: Tensor, inplace = false): Tensor {
  checkFloat(x, 'hardsigmoid_cpu');
  return inplace ? applyInplace(HARDSIGMOID, [x]) : apply(HARDSIGMOID, [x]);
}
export function mish(x: Tensor, inplace = false): Tensor {
  checkFloat(x, 'mish_cpu');
  return inplace ? applyInplace(MISH, [x]) : apply(MISH, [x]);
}
export function softplus(x: Tensor, beta = 1, threshold = 20): Tensor { return run('softplus', SOFTPLUS, x, { beta, threshold }, false); }
export function hardtanh(x: Tensor, min = -1, max = 1, inplace = false): Tensor { return run('hardtanh', HARDTANH, x, { min, max }, inplace); }
export function logsigmoid(x: Tensor): Tensor { return run('logsigmoid', LOGSIGMOID, x, {}, false); }
export function leaky_relu(x: Tensor, slope = 0.01, inplace = false): Tensor { return run('leaky_relu', LEAKY, x, { slope }, inplace, LEAKY_INPLACE); }
export function silu(x: Tensor, inplace = false): Tensor {
  checkFloat(x, 'silu_cpu');
  return inplace ? applyInplace(SILU, [x]) : apply(SILU, [x]);
}
