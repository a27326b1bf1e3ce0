// Pointwise ops: the op-table entries (backward node names as PyTorch 1.13 shows them) and their public functions.
import { DType, isFloating, overflowError, scalarName, typeMetaName } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { canCast, promoteTypes, resultType, toFloating } from '../promote';
import { Tensor } from '../tensor';
import { wasm } from '../wasm';
import { apply, applyInplace, definePointwise, notImplementedFor, OpDef, overlapsOther } from './apply';
import { isGradEnabled } from '../autograd/grad_mode';
import { broadcastShapes, isRowMajor, iteratorStrides, sameShape } from '../shape';
import { Scalar, scalarKind, scalarValue, TensorLike, toTensor, wrapScalar } from './scalar';
import { fromValues } from './creation';
import { erf as erfValue, erfc as erfcValue } from './special';

// --- helpers for formulas ------------------------------------------------------------------------------------------

function binaryKernel(op: K.BinaryOpName, dtypeOf: (a: Tensor, b: Tensor) => DType) {
  return ([a, b]: Tensor[]): Tensor => {
    const dt = dtypeOf(a, b);
    // bool arithmetic is logical: + is or, * is and.
    const kop: K.BinaryOpName = dt === 'bool' ? (op === 'add' ? 'maximum' : op === 'mul' ? 'minimum' : op) : op;
    return K.binary(kop, a, b, dt, layoutOf(a, b));
  };
}
const promoted = (a: Tensor, b: Tensor): DType => resultType(a, b);
/** The output layout of a binary pointwise op (TensorIterator's), null for row-major: decided without allocating when both are. */
function layoutOf(a: Tensor, b: Tensor): number[] | null {
  if (isRowMajor(a.shape, a.strides) && isRowMajor(b.shape, b.strides)) return null;
  return iteratorStrides(K.broadcastOut(a, b), [a, b]);
}

/**
 * In-place fast path of a binary op (OpDef.into): self (op)= other written straight into self, when the result
 * has self's shape and dtype (a float or int64 op) and other does not overlap self in another way.
 */
function binaryIntoSelf(op: K.BinaryOpName, dtypeOf: (a: Tensor, b: Tensor) => DType) {
  return ([self, other]: Tensor[], attrs: Record<string, unknown>): boolean => {
    const alpha = (attrs.alpha as number | undefined) ?? 1;
    if (self.dtype === 'bool' || dtypeOf(self, other) !== self.dtype || overlapsOther(self, other)) return false;
    if (!sameShape(K.broadcastOut(self, other), self.shape)) return false;
    if (alpha !== 1 && (op === 'add' || op === 'sub') && fusedAlpha(self.dtype)) K.addScaledInto(self, other, op === 'sub' ? -alpha : alpha, self);
    else K.binaryInto(op, self, alpha === 1 ? other : scaled(other, alpha), self);
    return true;
  };
}
const promotedFloat = (a: Tensor, b: Tensor): DType => toFloating(resultType(a, b));

function unaryKernel(op: K.UnaryOpName, floating: boolean) {
  return ([x]: Tensor[], attrs: Record<string, unknown>): Tensor =>
    K.unary(op, x, (attrs.p0 as number) ?? NaN, (attrs.p1 as number) ?? NaN, floating ? toFloating(x.dtype) : x.dtype, iteratorStrides(x.shape, [x]));
}

// --- binary ----------------------------------------------------------------------------------------------------------
/** add/sub with alpha ≠ 1 into a float32/float64 result: one fused a + alpha·b (ufunc::add's vec::fmadd). */
const fusedAlpha = (d: DType): boolean => d === 'float32' || d === 'float64';
/** a + alpha·b (alpha ≠ 1) into a new tensor of a and b's promoted dtype. */
function addAlpha(a: Tensor, b: Tensor, alpha: number, op: 'add' | 'sub'): Tensor {
  const out = K.empty(K.broadcastOut(a, b), promoted(a, b));
  if (fusedAlpha(out.dtype)) return K.addScaledInto(a, b, alpha, out);
  return K.binaryInto(op, a, scaled(b, op === 'sub' ? -alpha : alpha), out);
}
export const ADD = definePointwise({
  name: 'add', node: 'AddBackward0', args: ['self', 'other'],
  forward: ([a, b], { alpha }) => (alpha === 1 ? binaryKernel('add', promoted)([a, b]) : addAlpha(a, b, alpha as number, 'add')),
  into: binaryIntoSelf('add', promoted),
  grads: {
    self: { saves: [], fn: (g) => g },
    other: { saves: [], fn: (g, c) => (c.attrs.alpha === 1 ? g : mulScalar(g, c.attrs.alpha as number)) },
  },
});
export const SUB = definePointwise({
  name: 'sub', node: 'SubBackward0', args: ['self', 'other'],
  forward: ([a, b], { alpha }) => (alpha === 1 ? K.binaryInto('sub', a, b, K.empty(K.broadcastOut(a, b), promoted(a, b))) : addAlpha(a, b, -(alpha as number), 'sub')),
  into: binaryIntoSelf('sub', promoted),
  grads: {
    self: { saves: [], fn: (g) => g },
    other: { saves: [], fn: (g, c) => (c.attrs.alpha === 1 ? neg(g) : mulScalar(g, -(c.attrs.alpha as number))) },
  },
});
// torch.rsub(input, other, alpha) with a tensor other: other - alpha·input (RsubBackward0)
export const RSUB_TENSOR = definePointwise({
  name: 'rsub', node: 'RsubBackward0', args: ['self', 'other'],
  forward: ([x, o], { alpha }) => (alpha === 1 ? K.binaryInto('sub', o, x, K.empty(K.broadcastOut(o, x), promoted(o, x))) : addAlpha(o, x, -(alpha as number), 'sub')),
  grads: {
    self: { saves: [], fn: (g, c) => (c.attrs.alpha === 1 ? neg(g) : mulScalar(g, -(c.attrs.alpha as number))) },
    other: { saves: [], fn: (g) => g },
  },
});
export const RSUB = definePointwise({
  name: 'rsub', node: 'RsubBackward1', args: ['self'],
  forward: ([x], { other, alpha }) => {
    const o = wrapScalar(other as Scalar), out = K.empty(x.shape, resultType(x, o));
    if (alpha !== 1 && fusedAlpha(out.dtype)) return K.addScaledInto(o, x, -(alpha as number), out);   // other - alpha·x, fused
    return K.binaryInto('sub', o, alpha === 1 ? x : scaled(x, alpha as number), out);
  },
  grads: { self: { saves: [], fn: (g, c) => (c.attrs.alpha === 1 ? neg(g) : mulScalar(g, -(c.attrs.alpha as number))) } },
});
export const MUL = definePointwise({
  name: 'mul', node: 'MulBackward0', args: ['self', 'other'],
  forward: binaryKernel('mul', promoted),
  into: binaryIntoSelf('mul', promoted),
  grads: {
    self: { saves: ['other'], fn: (g, c) => mul(g, c.saved('other')) },
    other: { saves: ['self'], fn: (g, c) => mul(g, c.saved('self')) },
  },
});
export const DIV = definePointwise({
  name: 'div', node: 'DivBackward0', args: ['self', 'other'],
  forward: binaryKernel('div', promotedFloat),
  into: binaryIntoSelf('div', promotedFloat),
  grads: {
    self: { saves: ['other'], fn: (g, c) => div(g, c.saved('other')) },
    // div_tensor_other_backward: -grad * ((self / other) / other)
    other: { saves: ['self', 'other'], fn: (g, c) => { const o = c.saved('other'); return mul(neg(g), div(div(c.saved('self'), o), o)); } },
  },
});
// pow(self, exponent: Scalar). d/dx x^e = e * x^(e-1); the gradient is 0 for e == 0 (as PyTorch's pow_backward).
export const POW_SCALAR = definePointwise({
  name: 'pow', node: 'PowBackward0', args: ['self'],
  forward: ([x], { exponent }) => K.unary('powScalar', x, scalarValue(exponent as Scalar), NaN,
    scalarKind(exponent as Scalar) === 'float' ? toFloating(x.dtype) : x.dtype, iteratorStrides(x.shape, [x])),
  grads: {
    self: {
      saves: ['self'], fn: (g, c) => {
        const e = scalarValue(c.attrs.exponent as Scalar);
        if (e === 0) return zerosLikeT(g);
        return mul(g, mulScalar(pow(c.saved('self'), e - 1), e));
      },
    },
  },
});
function scalarOp(name: string, node: string, op: K.BinaryOpName, floating: boolean,
  fn: (g: Tensor, s: Scalar) => Tensor): OpDef {
  return definePointwise({
    name, node, args: ['self'],
    forward: ([x], a) => { const w = wrapScalar(a.other as Scalar); const dt = resultType(x, w); return K.binary(op, x, w, floating ? toFloating(dt) : dt, iteratorStrides(x.shape, [x])); },
    grads: { self: { saves: [], fn: (g, c) => fn(g, c.attrs.other as Scalar) } },
  });
}
export const ADD_SCALAR = scalarOp('add', 'AddBackward1', 'add', false, (g) => g);
export const SUB_SCALAR = scalarOp('sub', 'SubBackward1', 'sub', false, (g) => g);
// (their gradients multiply by the number as a tensor, at::scalar_to_tensor: MulBackward0 / DivBackward0 under create_graph)
export const MUL_SCALAR = scalarOp('mul', 'MulBackward1', 'mul', false, (g, s) => mul(g, wrapScalar(s)));
export const DIV_SCALAR = scalarOp('div', 'DivBackward1', 'div', true, (g, s) => div(g, wrapScalar(s)));
// pow(Scalar self, Tensor exponent): d/de s^e = s^e · log(s), 0 where s == 0 and e >= 0.
export const POW_SCALAR_BASE = definePointwise({
  name: 'pow', node: 'PowBackward2', args: ['exponent'],
  format: () => 'contiguous',   // ATen's pow(Scalar, Tensor) result is row-major whatever the exponent's layout
  forward: ([e], a) => { const b = wrapScalar(a.self as Scalar); return K.binary('pow', b, e, resultType(b, e), null); },
  grads: {
    exponent: {
      saves: ['exponent', 'result'], fn: (g, c) => {
        const base = scalarValue(c.attrs.self as Scalar);
        const r = mul(g, mulScalar(c.saved('result'), Math.log(base)));
        return base === 0 ? where(ge(c.saved('exponent'), 0), zerosLikeT(r), r) : r;
      },
    },
  },
});
export const POW_TENSOR = definePointwise({
  name: 'pow', node: 'PowBackward1', args: ['self', 'exponent'],
  forward: binaryKernel('pow', promoted),
  grads: {
    // 0 where exponent == 0 (also at self == 0, where the formula would give 0 · inf).
    self: { saves: ['self', 'exponent'], fn: (g, c) => { const e = c.saved('exponent'); const r = mul(g, mul(e, pow(c.saved('self'), subScalar(e, 1)))); return where(eq(e, 0), zerosLikeT(r), r); } },
    // 0 where self == 0 and exponent >= 0 (the limit), else grad * result * log(self).
    exponent: {
      saves: ['self', 'exponent', 'result'], fn: (g, c) => {
        const x = c.saved('self');
        const cond = logicalAnd(eq(x, 0), ge(c.saved('exponent'), 0));
        return where(cond, zerosLikeT(g), mul(g, mul(c.saved('result'), log(x))));
      },
    },
  },
});
export const MAXIMUM = definePointwise({
  name: 'maximum', node: 'MaximumBackward0', args: ['self', 'other'],
  forward: binaryKernel('maximum', promoted),
  grads: {
    self: { saves: ['self', 'other'], fn: (g, c) => splitTies(g, c.saved('self'), c.saved('other'), 'lt') },
    other: { saves: ['self', 'other'], fn: (g, c) => splitTies(g, c.saved('self'), c.saved('other'), 'gt') },
  },
});
export const MINIMUM = definePointwise({
  name: 'minimum', node: 'MinimumBackward0', args: ['self', 'other'],
  forward: binaryKernel('minimum', promoted),
  grads: {
    self: { saves: ['self', 'other'], fn: (g, c) => splitTies(g, c.saved('self'), c.saved('other'), 'gt') },
    other: { saves: ['self', 'other'], fn: (g, c) => splitTies(g, c.saved('self'), c.saved('other'), 'lt') },
  },
});
/** Gradient of max/min: ties share the gradient equally; where `loses` holds, the input gets 0. */
function splitTies(g: Tensor, a: Tensor, b: Tensor, loses: 'lt' | 'gt'): Tensor {
  const shared = where(eq(a, b), divScalar(g, 2), g);
  return where(loses === 'lt' ? lt(a, b) : gt(a, b), zerosLikeT(shared), shared);
}
// The condition is not differentiable, so it is no input of the node (PyTorch shows two next_functions).
export const WHERE = definePointwise({
  name: 'where', node: 'WhereBackward0', args: ['self', 'other'],
  pointwise: ([a, b], { condition }) => [condition as Tensor, a, b],
  forward: ([a, b], { condition }) => {
    const c = condition as Tensor;
    return K.where(c, a, b, resultType(a, b), iteratorStrides(broadcastShapes(broadcastShapes(c.shape, a.shape), b.shape), [c, a, b]));
  },
  grads: {
    self: { saves: [], fn: (g, c) => where(c.attrs.condition as Tensor, g, zerosLikeT(g)) },
    other: { saves: [], fn: (g, c) => where(c.attrs.condition as Tensor, zerosLikeT(g), g) },
  },
});

function scaled(t: Tensor, alpha: number): Tensor {
  return K.binary('mul', t, wrapScalar(alpha), resultType(t, wrapScalar(alpha)));
}

// --- unary -----------------------------------------------------------------------------------------------------------
function unaryOp(name: string, node: string, op: K.UnaryOpName, floating: boolean, saves: string[],
  fn: (g: Tensor, c: import('../autograd/node').BackwardContext) => Tensor): OpDef {
  return definePointwise({ name, node, args: ['self'], forward: unaryKernel(op, floating), grads: { self: { saves, fn } } });
}
export const NEG = unaryOp('neg', 'NegBackward0', 'neg', false, [], (g) => neg(g));
export const EXP = unaryOp('exp', 'ExpBackward0', 'exp', true, ['result'], (g, c) => mul(g, c.saved('result')));
export const LOG = unaryOp('log', 'LogBackward0', 'log', true, ['self'], (g, c) => div(g, c.saved('self')));
export const SQRT = unaryOp('sqrt', 'SqrtBackward0', 'sqrt', true, ['result'], (g, c) => div(g, mulScalar(c.saved('result'), 2)));
export const ABS = unaryOp('abs', 'AbsBackward0', 'abs', false, ['self'], (g, c) => mul(g, sign(c.saved('self'))));
export const SIN = unaryOp('sin', 'SinBackward0', 'sin', true, ['self'], (g, c) => mul(g, cos(c.saved('self'))));
export const COS = unaryOp('cos', 'CosBackward0', 'cos', true, ['self'], (g, c) => mul(g, neg(sin(c.saved('self')))));
export const TAN = unaryOp('tan', 'TanBackward0', 'tan', true, ['result'], (g, c) => mul(g, addScalar(pow(c.saved('result'), 2), 1)));
// PyTorch's tanh_backward is g * (1 - y * y) with 1 - y * y one fused multiply-subtract (one rounding, the FMA its
// CPU build contracts it to); for float32 that is 1 - y * y in double (exact product) rounded once. Without
// create_graph only: the differentiable formula below rounds twice.
// The gradients of tanh and sigmoid are PyTorch's ops tanh_backward / sigmoid_backward (their nodes, under
// create_graph, TanhBackwardBackward0 / SigmoidBackwardBackward0), one kernel pass for float32 and float64 (the
// same roundings), with their own gradients as derivatives.yaml writes them.
/** One pass of tanhGrad / sigmoidGrad, or the composed formula for other dtypes. */
function activationGrad(op: 'tanhGrad' | 'sigmoidGrad', g: Tensor, y: Tensor): Tensor {
  if (g.dtype === y.dtype && (g.dtype === 'float32' || g.dtype === 'float64')) return K.binary(op, g, y, g.dtype);   // float32 tanh: g * (float32)(1 - (double)y²)
  return op === 'tanhGrad' ? mul(g, rsubScalar(pow(y, 2), 1)) : mul(mul(g, rsubScalar(y, 1)), y);
}
export const TANH_BACKWARD: OpDef = definePointwise({
  name: 'tanh_backward', node: 'TanhBackwardBackward0', args: ['grad_output', 'output'],
  forward: ([g, y]) => activationGrad('tanhGrad', g, y),
  grads: {
    grad_output: { saves: ['output'], fn: (G, c) => apply(TANH_BACKWARD, [G, c.saved('output')]) },
    // grad * (-2 * output * grad_output)
    output: { saves: ['grad_output', 'output'], fn: (G, c) => mul(G, mul(mulScalar(c.saved('output'), -2), c.saved('grad_output'))) },
  },
});
// PyTorch's sigmoid_backward: (g * (1 - y)) * y, in that order.
export const SIGMOID_BACKWARD: OpDef = definePointwise({
  name: 'sigmoid_backward', node: 'SigmoidBackwardBackward0', args: ['grad_output', 'output'],
  forward: ([g, y]) => activationGrad('sigmoidGrad', g, y),
  grads: {
    grad_output: { saves: ['output'], fn: (G, c) => apply(SIGMOID_BACKWARD, [G, c.saved('output')]) },
    // grad * grad_output * (-2 * output + 1)
    output: { saves: ['grad_output', 'output'], fn: (G, c) => mul(mul(G, c.saved('grad_output')), addScalar(mulScalar(c.saved('output'), -2), 1)) },
  },
});
export const TANH = unaryOp('tanh', 'TanhBackward0', 'tanh', true, ['result'], (g, c) => apply(TANH_BACKWARD, [g, c.saved('result')]));
export const SIGMOID = unaryOp('sigmoid', 'SigmoidBackward0', 'sigmoid', true, ['result'], (g, c) => apply(SIGMOID_BACKWARD, [g, c.saved('result')]));
// Without create_graph the gradient is one fused pass (threshold_backward); with it, the differentiable formula.
export const RELU = unaryOp('relu', 'ReluBackward0', 'relu', false, ['result'], (g, c) => {
  const r = c.saved('result');
  return isGradEnabled() || g.dtype !== r.dtype ? mul(g, gt(r, 0)) : K.binary('reluGrad', g, r, g.dtype);
});
export const SIGN = unaryOp('sign', 'SignBackward0', 'sign', false, [], (g) => zerosLikeT(g));
export const RECIPROCAL = unaryOp('reciprocal', 'ReciprocalBackward0', 'reciprocal', true, ['result'],
  (g, c) => { const y = c.saved('result'); return mul(neg(g), mul(y, y)); });
export const RSQRT = unaryOp('rsqrt', 'RsqrtBackward0', 'rsqrt', true, ['result'], (g, c) => mul(g, mulScalar(pow(c.saved('result'), 3), -0.5)));
export const LOG1P = unaryOp('log1p', 'Log1PBackward0', 'log1p', true, ['self'], (g, c) => div(g, addScalar(c.saved('self'), 1)));
export const EXPM1 = unaryOp('expm1', 'Expm1Backward0', 'expm1', true, ['result'], (g, c) => mul(g, addScalar(c.saved('result'), 1)));
export const LOG2 = unaryOp('log2', 'Log2Backward0', 'log2', true, ['self'], (g, c) => div(g, mulScalar(c.saved('self'), Math.LN2)));
// (derivatives.yaml's literal 2.3025850929940456 is one ulp above Math.LN10)
export const LOG10 = unaryOp('log10', 'Log10Backward0', 'log10', true, ['self'], (g, c) => div(g, mulScalar(c.saved('self'), 2.3025850929940456)));
export const ASIN = unaryOp('asin', 'AsinBackward0', 'asin', true, ['self'], (g, c) => mul(g, rsqrt(rsubScalar(pow(c.saved('self'), 2), 1))));
export const ACOS = unaryOp('acos', 'AcosBackward0', 'acos', true, ['self'], (g, c) => mul(neg(g), rsqrt(rsubScalar(pow(c.saved('self'), 2), 1))));
export const ATAN = unaryOp('atan', 'AtanBackward0', 'atan', true, ['self'], (g, c) => div(g, addScalar(pow(c.saved('self'), 2), 1)));
export const SINH = unaryOp('sinh', 'SinhBackward0', 'sinh', true, ['self'], (g, c) => mul(g, cosh(c.saved('self'))));
export const COSH = unaryOp('cosh', 'CoshBackward0', 'cosh', true, ['self'], (g, c) => mul(g, sinh(c.saved('self'))));
// Piecewise-constant ops: gradient 0 everywhere it is defined.
export const FLOOR = unaryOp('floor', 'FloorBackward0', 'floor', false, [], (g) => zerosLikeT(g));
export const CEIL = unaryOp('ceil', 'CeilBackward0', 'ceil', false, [], (g) => zerosLikeT(g));
export const ROUND = unaryOp('round', 'RoundBackward0', 'round', false, [], (g) => zerosLikeT(g));
export const TRUNC = unaryOp('trunc', 'TruncBackward0', 'trunc', false, [], (g) => zerosLikeT(g));
// clamp: the gradient passes where min ≤ x ≤ max. At the boundaries PyTorch passes it too (subgradient 1).
export const CLAMP = definePointwise({
  name: 'clamp', node: 'ClampBackward1', args: ['self'],
  forward: unaryKernel('clamp', false),
  grads: {
    self: {
      saves: ['self'], fn: (g, c) => {
        const x = c.saved('self'), lo = c.attrs.p0 as number, hi = c.attrs.p1 as number;
        let keep: Tensor | null = null;
        if (!Number.isNaN(lo)) keep = ge(x, lo);
        if (!Number.isNaN(hi)) keep = keep ? logicalAnd(keep, le(x, hi)) : le(x, hi);
        return keep ? where(keep, g, zerosLikeT(g)) : g;
      },
    },
  },
});
// --- comparisons (not differentiable) ------------------------------------------------------------------------------
function compareOp(op: K.CompareOpName): OpDef {
  return definePointwise({ name: op, node: null, args: ['self', 'other'], forward: ([a, b]) => K.compare(op, a, b, resultType(a, b), layoutOf(a, b)) });
}
const CMP = { eq: compareOp('eq'), ne: compareOp('ne'), lt: compareOp('lt'), le: compareOp('le'), gt: compareOp('gt'), ge: compareOp('ge') };

// --- public functions ------------------------------------------------------------------------------------------------
function checkBoolArith(a: Tensor, b: Tensor, op: 'sub'): void {
  if (op === 'sub' && a.dtype === 'bool' && b.dtype === 'bool') {
    throw new TorchError('RuntimeError', 'Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.');
  }
}

export function add(a: TensorLike, b: TensorLike, alpha = 1): Tensor { return apply(ADD, [toTensor(a), toTensor(b)], { alpha }); }
export function sub(a: TensorLike, b: TensorLike, alpha = 1): Tensor {
  const ta = toTensor(a), tb = toTensor(b);
  checkBoolArith(ta, tb, 'sub');
  return apply(SUB, [ta, tb], { alpha });
}
/** other - x for a Python number `other` (RsubBackward1). */
export function rsubScalar(x: Tensor, other: Scalar, alpha = 1): Tensor {
  if (x.dtype === 'bool') {
    throw new TorchError('RuntimeError', 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  }
  return apply(RSUB, [x], { other, alpha });
}
export function mul(a: TensorLike, b: TensorLike): Tensor { return apply(MUL, [toTensor(a), toTensor(b)]); }
export function div(a: TensorLike, b: TensorLike, roundingMode: 'trunc' | 'floor' | null = null): Tensor {
  const ta = toTensor(a), tb = toTensor(b);
  if (roundingMode !== null) return apply(roundingMode === 'floor' ? DIV_FLOOR : DIV_TRUNC, [ta, tb]);
  return apply(DIV, [ta, tb]);
}
export function div_(x: Tensor, other: TensorLike, roundingMode: 'trunc' | 'floor' | null = null): Tensor {
  if (roundingMode !== null) return applyInplace(roundingMode === 'floor' ? DIV_FLOOR : DIV_TRUNC, [x, toTensor(other)]);
  return applyInplace(DIV, [x, toTensor(other)]);
}

// --- integer-valued division and remainders (ATen's kernels: exact fmod, Python's floor division) ----------------
/** PyTorch raises for an integer division by zero (`ZeroDivisionError`, from its CPU kernels). */
function checkIntDivisor(dt: DType, b: Tensor): void {
  if (!isFloating(dt) && b.toArray().some((v) => v === 0)) throw new TorchError('RuntimeError', 'ZeroDivisionError');
}
const zeroGrad = { saves: [], fn: (g: Tensor) => zerosLikeT(g) };
/** An op on (self, other) computed by one integer-valued kernel in the promoted dtype. */
const DIVISION_KERNEL_NAMES: Partial<Record<K.BinaryOpName, string>> = {
  floorDivide: 'div_floor_cpu', divTrunc: 'div_trunc_cpu', remainder: 'remainder_cpu', fmod: 'fmod_cpu',
};
function divisionKernel(op: K.BinaryOpName) {
  return ([a, b]: Tensor[]): Tensor => {
    const dt = resultType(a, b);
    if (dt === 'bool') throw notImplementedFor(DIVISION_KERNEL_NAMES[op] ?? op, dt);   // PyTorch's kernels refuse bool
    checkIntDivisor(dt, b);
    return K.binary(op, a, b, dt, layoutOf(a, b));
  };
}
// div(rounding_mode='floor' | 'trunc'): DivBackward2, whose gradients are zeros (derivatives.yaml's div.Tensor_mode)
const DIV_FLOOR = definePointwise({ name: 'div', node: 'DivBackward2', args: ['self', 'other'], forward: divisionKernel('floorDivide'), grads: { self: zeroGrad, other: zeroGrad } });
const DIV_TRUNC = definePointwise({ name: 'div', node: 'DivBackward2', args: ['self', 'other'], forward: divisionKernel('divTrunc'), grads: { self: zeroGrad, other: zeroGrad } });
/** A node autograd records but cannot go through: PyTorch's `NotImplemented` (`derivative for aten::X is not implemented`). */
function notImplementedGrads(aten: string, args: string[]) {
  const g = { saves: [], fn: (): Tensor => { throw new TorchError('RuntimeError', `derivative for aten::${aten} is not implemented`); } };
  return Object.fromEntries(args.map((a) => [a, g]));
}
const FLOOR_DIVIDE = definePointwise({
  name: 'floor_divide', node: 'NotImplemented', args: ['self', 'other'], forward: divisionKernel('floorDivide'),
  grads: notImplementedGrads('floor_divide', ['self', 'other']),
});
export function floorDivide(a: TensorLike, b: TensorLike): Tensor { return apply(FLOOR_DIVIDE, [toTensor(a), toTensor(b)]); }
export function floorDivide_(x: Tensor, b: TensorLike): Tensor { return applyInplace(FLOOR_DIVIDE, [x, toTensor(b)]); }

// remainder / fmod with a tensor other: RemainderBackward1 / FmodBackward1, d/dother = -g·floor(self/other) (trunc
// for fmod); with a Python number: RemainderBackward0 / FmodBackward0 (the number is no input).
function moduloOps(name: string, kop: K.BinaryOpName, node: string, rounding: 'floor' | 'trunc') {
  const tensor = definePointwise({
    name, node: node + '1', args: ['self', 'other'], forward: divisionKernel(kop),
    grads: {
      self: { saves: [], fn: (g) => g },
      other: { saves: ['self', 'other'], fn: (g, c) => mul(neg(g), div(c.saved('self'), c.saved('other'), rounding)) },
    },
  });
  const scalar = definePointwise({
    name, node: node + '0', args: ['self'],
    forward: ([x], a) => divisionKernel(kop)([x, wrapScalar(a.other as Scalar)]),
    grads: { self: { saves: [], fn: (g) => g } },
  });
  return { tensor, scalar };
}
const REMAINDER = moduloOps('remainder', 'remainder', 'RemainderBackward', 'floor');
const FMOD = moduloOps('fmod', 'fmod', 'FmodBackward', 'trunc');
// remainder(Scalar self, Tensor other) (`2 % x`): not differentiable in PyTorch
const REMAINDER_SCALAR_SELF = definePointwise({
  name: 'remainder', node: 'NotImplemented', args: ['other'],
  forward: ([o], a) => divisionKernel('remainder')([wrapScalar(a.self as Scalar), o]),
  grads: notImplementedGrads('remainder', ['other']),
});
function modulo(ops: { tensor: OpDef; scalar: OpDef }, a: TensorLike, b: TensorLike, inplace: boolean): Tensor {
  if (!(a instanceof Tensor)) {
    if (inplace || !(b instanceof Tensor)) throw new TorchError('RuntimeError', 'remainder expects a tensor');
    return apply(REMAINDER_SCALAR_SELF, [b], { self: a });
  }
  if (b instanceof Tensor) return inplace ? applyInplace(ops.tensor, [a, b]) : apply(ops.tensor, [a, b]);
  return inplace ? applyInplace(ops.scalar, [a], { other: b }) : apply(ops.scalar, [a], { other: b });
}
export function remainder(a: TensorLike, b: TensorLike): Tensor { return modulo(REMAINDER, a, b, false); }
export function remainder_(a: Tensor, b: TensorLike): Tensor { return modulo(REMAINDER, a, b, true); }
export function fmod(a: Tensor, b: TensorLike): Tensor { return modulo(FMOD, a, b, false); }
export function fmod_(a: Tensor, b: TensorLike): Tensor { return modulo(FMOD, a, b, true); }
export function pow(a: TensorLike, e: TensorLike): Tensor {
  if (a instanceof Tensor && !(e instanceof Tensor)) {
    if (a.dtype === 'bool') a = K.cast(a, resultType(a, wrapScalar(e)));   // bool ** 2 is int64 in PyTorch
    if (!isFloating(a.dtype) && scalarKind(e) !== 'float' && scalarValue(e) < 0) {
      throw new TorchError('RuntimeError', 'Integers to negative integer powers are not allowed.');
    }
    return apply(POW_SCALAR, [a], { exponent: e });
  }
  if (!(a instanceof Tensor) && e instanceof Tensor) return apply(POW_SCALAR_BASE, [e], { self: a });
  const ta = toTensor(a), te = toTensor(e);
  if (resultType(ta, te) === 'bool') throw notImplementedFor('pow', 'bool');
  return apply(POW_TENSOR, [ta, te]);
}
// The operator forms with a Python number on the left (`2 - x`, `2 / x`, `2 ** x`), as Tensor's reflected dunders.
export function rsub(x: Tensor, other: Scalar | Tensor, alpha = 1): Tensor {
  if (!(other instanceof Tensor)) return rsubScalar(x, other, alpha);
  checkBoolArith(other, x, 'sub');
  return apply(RSUB_TENSOR, [x, other], { alpha });
}
export function rdiv(x: Tensor, other: Scalar): Tensor { return mul(reciprocal(x), other); }
export function rpow(x: Tensor, base: Scalar): Tensor { return apply(POW_TENSOR, [wrapScalar(base), x]); }
/** Tensor-Scalar overloads as C++ formulas call them (MulBackward1, AddBackward1, ...): the scalar is no input. */
export function mulScalar(x: Tensor, s: Scalar): Tensor { return apply(MUL_SCALAR, [x], { other: s }); }
export function addScalar(x: Tensor, s: Scalar): Tensor { return apply(ADD_SCALAR, [x], { other: s }); }
export function subScalar(x: Tensor, s: Scalar): Tensor { return apply(SUB_SCALAR, [x], { other: s }); }
export function divScalar(x: Tensor, s: Scalar): Tensor { return apply(DIV_SCALAR, [x], { other: s }); }
export function maximum(a: Tensor, b: Tensor): Tensor { return apply(MAXIMUM, [a, b]); }
export function minimum(a: Tensor, b: Tensor): Tensor { return apply(MINIMUM, [a, b]); }
/** Python numbers that become values of `d` (clamp bounds, where's branches): c10's overflow check. */
function checkScalarsFit(d: DType, ...values: (TensorLike | null)[]): void {
  for (const v of values) {
    if (v === null || v instanceof Tensor) continue;
    const overflow = overflowError(scalarValue(v), d, true);
    if (overflow) throw new TorchError('RuntimeError', overflow);
  }
}
export function where(cond: Tensor, a: TensorLike, b: TensorLike): Tensor {
  if (cond.dtype !== 'bool') throw new TorchError('RuntimeError', `where expected condition to be a boolean tensor, but got a tensor with dtype ${scalarName(cond.dtype)}`);
  const ta = toTensor(a), tb = toTensor(b);
  checkScalarsFit(resultType(ta, tb), a, b);
  return apply(WHERE, [ta, tb], { condition: cond });
}
export function neg(x: Tensor): Tensor {
  if (x.dtype === 'bool') throw new TorchError('RuntimeError', 'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  return apply(NEG, [x]);
}
export const exp = (x: Tensor): Tensor => apply(EXP, [x]);
export const log = (x: Tensor): Tensor => apply(LOG, [x]);
export const sqrt = (x: Tensor): Tensor => apply(SQRT, [x]);
export const abs = (x: Tensor): Tensor => apply(ABS, [x]);
export const sin = (x: Tensor): Tensor => apply(SIN, [x]);
export const cos = (x: Tensor): Tensor => apply(COS, [x]);
export const tan = (x: Tensor): Tensor => apply(TAN, [x]);
export const tanh = (x: Tensor): Tensor => apply(TANH, [x]);
export const sigmoid = (x: Tensor): Tensor => apply(SIGMOID, [x]);
export const relu = (x: Tensor): Tensor => {
  if (x.dtype === 'bool') throw new TorchError('RuntimeError', 'Boolean inputs not supported for relu');
  return apply(RELU, [x]);
};
export const sign = (x: Tensor): Tensor => apply(SIGN, [x]);
export const reciprocal = (x: Tensor): Tensor => apply(RECIPROCAL, [x]);
export const rsqrt = (x: Tensor): Tensor => apply(RSQRT, [x]);
export const log1p = (x: Tensor): Tensor => apply(LOG1P, [x]);
export const expm1 = (x: Tensor): Tensor => apply(EXPM1, [x]);
export const log2 = (x: Tensor): Tensor => apply(LOG2, [x]);
export const log10 = (x: Tensor): Tensor => apply(LOG10, [x]);
export const asin = (x: Tensor): Tensor => apply(ASIN, [x]);
export const acos = (x: Tensor): Tensor => apply(ACOS, [x]);
export const atan = (x: Tensor): Tensor => apply(ATAN, [x]);
export const sinh = (x: Tensor): Tensor => apply(SINH, [x]);
export const cosh = (x: Tensor): Tensor => apply(COSH, [x]);
export const floor = (x: Tensor): Tensor => apply(FLOOR, [x]);
export const ceil = (x: Tensor): Tensor => apply(CEIL, [x]);
export const round = (x: Tensor): Tensor => apply(ROUND, [x]);
export const trunc = (x: Tensor): Tensor => apply(TRUNC, [x]);
export const square = (x: Tensor): Tensor => pow(x, 2);
export function clamp(x: Tensor, min: Scalar | null = null, max: Scalar | null = null): Tensor {
  if (min === null && max === null) throw new TorchError('RuntimeError', "torch.clamp: At least one of 'min' or 'max' must not be None");
  checkScalarsFit(x.dtype, min, max);
  // the result has the promoted type of the tensor and the bounds (Python numbers): an integer tensor with a float
  // bound gives the default float dtype, a bool tensor the bounds' type
  const dt = clampType(x, min, max);
  if (dt !== x.dtype) x = K.cast(x, dt);
  return apply(CLAMP, [x], { p0: min === null ? NaN : scalarValue(min), p1: max === null ? NaN : scalarValue(max) });
}
function clampType(x: Tensor, min: Scalar | null, max: Scalar | null): DType {
  return resultType(x, ...[min, max].filter((v): v is Scalar => v !== null).map(wrapScalar));
}

// In place (x.lt_(y)): the comparison written into x in its dtype, recorded as <Op>Backward0 (a number) or
// <Op>Backward1 (a tensor), whose gradients are zeros (derivatives.yaml's eq_ .. ge_).
const zeroGrads = { saves: [] as string[], fn: (g: Tensor): Tensor => zerosLikeT(g) };
function compareInplaceOps(op: K.CompareOpName) {
  const node = op[0].toUpperCase() + op.slice(1) + 'Backward';
  return {
    tensor: definePointwise({ name: op + '_', node: node + '1', args: ['self', 'other'], forward: CMP[op].forward, grads: { self: zeroGrads, other: zeroGrads } }),
    scalar: definePointwise({
      name: op + '_', node: node + '0', args: ['self'],
      forward: ([a], at) => CMP[op].forward([a, wrapScalar(at.other as Scalar)], {}) as Tensor,
      grads: { self: zeroGrads },
    }),
  };
}
const CMP_INPLACE = Object.fromEntries((['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const).map((op) => [op, compareInplaceOps(op)]));
export function compare_(op: K.CompareOpName, x: Tensor, other: TensorLike): Tensor {
  const ops = CMP_INPLACE[op];
  return other instanceof Tensor ? applyInplace(ops.tensor, [x, other]) : applyInplace(ops.scalar, [x], { other });
}
export const eq = (a: TensorLike, b: TensorLike): Tensor => apply(CMP.eq, [toTensor(a), toTensor(b)]);
export const ne = (a: TensorLike, b: TensorLike): Tensor => apply(CMP.ne, [toTensor(a), toTensor(b)]);
export const lt = (a: TensorLike, b: TensorLike): Tensor => apply(CMP.lt, [toTensor(a), toTensor(b)]);
export const le = (a: TensorLike, b: TensorLike): Tensor => apply(CMP.le, [toTensor(a), toTensor(b)]);
export const gt = (a: TensorLike, b: TensorLike): Tensor => apply(CMP.gt, [toTensor(a), toTensor(b)]);
export const ge = (a: TensorLike, b: TensorLike): Tensor => apply(CMP.ge, [toTensor(a), toTensor(b)]);
// (laid out from the operands themselves: their bool casts are row-major temporaries)
export function logicalAnd(a: Tensor, b: Tensor): Tensor { return K.binary('minimum', K.cast(a, 'bool'), K.cast(b, 'bool'), 'bool', layoutOf(a, b)); }
export function logicalOr(a: Tensor, b: Tensor): Tensor { return K.binary('maximum', K.cast(a, 'bool'), K.cast(b, 'bool'), 'bool', layoutOf(a, b)); }
export function logicalNot(a: Tensor): Tensor { return K.unary('logicalNot', K.cast(a, 'bool'), NaN, NaN, 'bool', iteratorStrides(a.shape, [a])); }
export function logicalXor(a: Tensor, b: Tensor): Tensor { return ne(K.cast(a, 'bool'), K.cast(b, 'bool')); }

export function zerosLikeT(t: Tensor): Tensor { return K.full(t.shape, 0, t.dtype); }

// --- in-place variants ----------------------------------------------------------------------------------------------
export function add_(x: Tensor, other: TensorLike, alpha = 1): Tensor { return applyInplace(ADD, [x, toTensor(other)], { alpha }); }
export function sub_(x: Tensor, other: TensorLike, alpha = 1): Tensor { return applyInplace(SUB, [x, toTensor(other)], { alpha }); }
export function mul_(x: Tensor, other: TensorLike): Tensor { return applyInplace(MUL, [x, toTensor(other)]); }
export function pow_(x: Tensor, e: TensorLike): Tensor {
  return e instanceof Tensor ? applyInplace(POW_TENSOR, [x, e]) : applyInplace(POW_SCALAR, [x], { exponent: e });
}
export function clamp_(x: Tensor, min: Scalar | null = null, max: Scalar | null = null): Tensor {
  const dt = clampType(x, min, max);
  if (dt !== x.dtype && !canCast(dt, x.dtype)) {
    throw new TorchError('RuntimeError', `result type ${scalarName(dt)} can't be cast to the desired output type ${typeMetaName(x.dtype)}`);
  }
  return applyInplace(CLAMP, [x], { p0: min === null ? NaN : scalarValue(min), p1: max === null ? NaN : scalarValue(max) });
}
// clamp_min / clamp_max with a scalar bound have their own nodes (derivatives.yaml: where(self >= min, grad, 0)).
const CLAMP_MIN = definePointwise({
  name: 'clamp_min', node: 'ClampMinBackward0', args: ['self'], forward: unaryKernel('clamp', false),
  grads: { self: { saves: ['self'], fn: (g, c) => where(ge(c.saved('self'), c.attrs.p0 as number), g, zerosLikeT(g)) } },
});
const CLAMP_MAX = definePointwise({
  name: 'clamp_max', node: 'ClampMaxBackward0', args: ['self'], forward: unaryKernel('clamp', false),
  grads: { self: { saves: ['self'], fn: (g, c) => where(le(c.saved('self'), c.attrs.p1 as number), g, zerosLikeT(g)) } },
});
/** x.clamp_min(min) (max = null) or x.clamp_max(max) (min = null), in place with inplace. */
export function clampBound(x: Tensor, min: Scalar | null, max: Scalar | null, inplace = false): Tensor {
  const def = min !== null ? CLAMP_MIN : CLAMP_MAX;
  const attrs = { p0: min === null ? NaN : scalarValue(min), p1: max === null ? NaN : scalarValue(max) };
  return inplace ? applyInplace(def, [x], attrs) : apply(def, [x], attrs);
}
// --- atan2, erf, erfc, addcmul, addcdiv ----------------------------------------------------------------------------
// atan2_backward: recip = 1 / (self² + other²); self gets grad·other·recip, other grad·(-self)·recip.
export const ATAN2 = definePointwise({
  name: 'atan2', node: 'Atan2Backward0', args: ['self', 'other'],
  forward: binaryKernel('atan2', promotedFloat),
  grads: {
    self: { saves: ['self', 'other'], fn: (g, c) => mul(mul(g, c.saved('other')), atan2Recip(c.saved('self'), c.saved('other'))) },
    other: { saves: ['self', 'other'], fn: (g, c) => mul(mul(g, neg(c.saved('self'))), atan2Recip(c.saved('self'), c.saved('other'))) },
  },
});
function atan2Recip(s: Tensor, o: Tensor): Tensor { return reciprocal(add(mul(s, s), mul(o, o))); }
export function atan2(a: Tensor, b: Tensor): Tensor { return apply(ATAN2, [a, b]); }

/** An elementwise function computed in double and rounded to the (floating) result dtype. */
function mapFloating(x: Tensor, f: (v: number) => number): Tensor {
  const v = x.toArray();
  for (let i = 0; i < v.length; i++) v[i] = f(v[i]);
  return fromValues(x.shape, v, toFloating(x.dtype));
}
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
// d/dx erf = 2/√π · e^{-x²}, erfc the negative (derivatives.yaml's formulas, in its order of operations)
export const ERF = definePointwise({
  name: 'erf', node: 'ErfBackward0', args: ['self'],
  // float32 / float64: Sleef_erff8_u10 / erfd4_u10 for every element (PyTorch's vml erf), in the wasm kernel
  forward: ([x]) => (x.dtype === 'float32' || x.dtype === 'float64' ? K.unary('erf', x, NaN, NaN, x.dtype, iteratorStrides(x.shape, [x])) : mapFloating(x, erfValue)),
  grads: { self: { saves: ['self'], fn: (g, c) => mul(mulScalar(exp(neg(pow(c.saved('self'), 2))), TWO_OVER_SQRT_PI), g) } },
});
export const ERFC = definePointwise({
  name: 'erfc', node: 'ErfcBackward0', args: ['self'],
  forward: ([x]) => (x.dtype === 'float32' || x.dtype === 'float64' ? K.unary('erfc', x, NaN, NaN, x.dtype, iteratorStrides(x.shape, [x])) : mapFloating(x, erfcValue)),
  grads: { self: { saves: ['self'], fn: (g, c) => mul(mulScalar(exp(neg(pow(c.saved('self'), 2))), -TWO_OVER_SQRT_PI), g) } },
});
export const erf = (x: Tensor): Tensor => apply(ERF, [x]);
export const erfc = (x: Tensor): Tensor => apply(ERFC, [x]);

// self + value·tensor1·tensor2 (÷ for addcdiv), in that order of operations as ATen's kernels compute it; for float32
// and float64 addcmul's last multiply-add is one fused multiply-add, as the AVX2 build compiles both of its lambdas.
function addcKernel(op: 'mul' | 'div') {
  return ([s, t1, t2]: Tensor[], a: Record<string, unknown>): Tensor => {
    const dt = promoteTypes(promoteTypes(s.dtype, t1.dtype), t2.dtype);
    const scaled = K.binary('mul', t1, wrapScalar(a.value as Scalar), dt);
    if (op === 'mul' && (dt === 'float32' || dt === 'float64')) {
      const shape = broadcastShapes(broadcastShapes(s.shape, scaled.shape), t2.shape);
      const dense = (t: Tensor): Tensor => { const e = K.empty(shape, dt); K.copyInto(e, t); return e; };
      const out = dense(s), p = dense(scaled), q = dense(t2);
      scaled.free();
      const at = (t: Tensor): number => t.storage.ptr + t.offset * t.itemsize;
      if (dt === 'float32') wasm().fma32(out.numel(), at(out), at(p), at(q), 0);
      else wasm().fmaRunF64(out.numel(), at(out), at(p), at(q));
      p.free();
      q.free();
      return out;
    }
    const prod = K.binary(op, scaled, t2, dt);
    scaled.free();
    const out = K.binary('add', s, prod, dt);
    prod.free();
    return out;
  };
}
export const ADDCMUL = definePointwise({
  name: 'addcmul', node: 'AddcmulBackward0', args: ['self', 'tensor1', 'tensor2'],
  forward: addcKernel('mul'),
  grads: {
    self: { saves: [], fn: (g) => g },
    // grad * (tensor2 * value), grad * (tensor1 * value) (derivatives.yaml)
    tensor1: { saves: ['tensor2'], fn: (g, c) => mul(g, mulScalar(c.saved('tensor2'), c.attrs.value as Scalar)) },
    tensor2: { saves: ['tensor1'], fn: (g, c) => mul(g, mulScalar(c.saved('tensor1'), c.attrs.value as Scalar)) },
  },
});
export const ADDCDIV = definePointwise({
  name: 'addcdiv', node: 'AddcdivBackward0', args: ['self', 'tensor1', 'tensor2'],
  forward: addcKernel('div'),
  grads: {
    self: { saves: [], fn: (g) => g },
    // grad * (value / tensor2), -grad * (value * tensor1 / (tensor2 * tensor2)) (derivatives.yaml)
    tensor1: {
      saves: ['tensor2'],   // value / tensor2 is ATen's empty_like(tensor2).fill_(value).div_(tensor2)
      fn: (g, c) => { const t2 = c.saved('tensor2'); return mul(g, div(K.full(t2.shape, scalarValue(c.attrs.value as Scalar), t2.dtype), t2)); },
    },
    tensor2: {
      saves: ['tensor1', 'tensor2'],
      fn: (g, c) => mul(neg(g), div(mulScalar(c.saved('tensor1'), c.attrs.value as Scalar), mul(c.saved('tensor2'), c.saved('tensor2')))),
    },
  },
});
export function addcmul(s: Tensor, t1: Tensor, t2: Tensor, value: Scalar = 1): Tensor { return apply(ADDCMUL, [s, t1, t2], { value }); }
export function addcdiv(s: Tensor, t1: Tensor, t2: Tensor, value: Scalar = 1): Tensor {
  if (!isFloating(t1.dtype) && !isFloating(t2.dtype)) {
    throw new TorchError('RuntimeError', 'Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.');
  }
  return apply(ADDCDIV, [s, t1, t2], { value });
}

export function addcmul_(s: Tensor, t1: Tensor, t2: Tensor, value: Scalar = 1): Tensor { return applyInplace(ADDCMUL, [s, t1, t2], { value }); }
export function addcdiv_(s: Tensor, t1: Tensor, t2: Tensor, value: Scalar = 1): Tensor {
  addcdiv(s, t1, t2, value).free();   // (its checks: the integer-division error)
  return applyInplace(ADDCDIV, [s, t1, t2], { value });
}
export function atan2_(a: Tensor, b: Tensor): Tensor { return applyInplace(ATAN2, [a, b]); }

const UNARY_INPLACE: Record<string, OpDef> = {
  erf_: ERF, erfc_: ERFC,
  neg_: NEG, exp_: EXP, log_: LOG, sqrt_: SQRT, abs_: ABS, sin_: SIN, cos_: COS, tanh_: TANH, sigmoid_: SIGMOID,
  relu_: RELU, reciprocal_: RECIPROCAL, floor_: FLOOR, ceil_: CEIL, round_: ROUND, trunc_: TRUNC,
  tan_: TAN, asin_: ASIN, acos_: ACOS, atan_: ATAN, sinh_: SINH, cosh_: COSH, rsqrt_: RSQRT, log1p_: LOG1P,
  expm1_: EXPM1, log2_: LOG2, log10_: LOG10, sign_: SIGN,
};
export function unaryInplace(name: string, x: Tensor): Tensor {
  if (name === 'square_') return applyInplace(POW_SCALAR, [x], { exponent: 2 });   // x.pow_(2): PowBackward0
  const def = UNARY_INPLACE[name];
  if (!def) throw new TorchError('NotImplementedError', `${name} is not supported`);
  return applyInplace(def, [x]);
}
export const UNARY_INPLACE_NAMES = Object.keys(UNARY_INPLACE);
