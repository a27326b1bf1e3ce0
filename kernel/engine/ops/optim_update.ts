// The optimizers' fused float32 update (kernel/python/torch/optim/_pointwise.py): x <- float32(x + p * q), the
// product and the sum taken in float64. That is PyTorch's CPU fma rounding for float32 (the product of two float32
// values is exact in a double; the sum is rounded once to double and once to float32), the same numbers the
// Python fallback gets from x.double() + p.double() * q then .float() and copy_, in one engine call instead of six.
import { isGradEnabled } from '../autograd/grad_mode';
import { Tensor } from '../tensor';
import { mem } from '../wasm';
import { overlapsOther } from './apply';

function fits(x: Tensor, t: Tensor): boolean {
  return t.dtype === 'float32' && t.is_contiguous() && t.shape.length === x.shape.length
    && t.shape.every((s, i) => s === x.shape[i]) && !overlapsOther(x, t);
}

/**
 * x <- float32(float64(x) + float64(p) * float64(q)) in place (q a tensor of x's shape, or a number already
 * rounded to float32). Returns false and changes nothing when the fused loop does not apply: not all float32,
 * not contiguous, shapes differ, p or q overlap x other than as x itself, or a graph would be recorded (grad mode
 * on and an operand requires grad); the caller then takes the unfused path.
 */
export function fma32_(x: Tensor, p: Tensor, q: Tensor | number): boolean {
  const qt = q instanceof Tensor ? q : null;
  if (x.dtype !== 'float32' || !x.is_contiguous() || !fits(x, p) || (qt !== null && !fits(x, qt))) return false;
  if (isGradEnabled() && (x.requires_grad || p.requires_grad || (qt !== null && qt.requires_grad))) return false;
  for (const t of [x, p]) t.assertAlive();
  qt?.assertAlive();
  const f32 = mem().f32;
  const n = x.numel();
  const xi = (x.storage.ptr >> 2) + x.offset, pi = (p.storage.ptr >> 2) + p.offset;
  if (qt === null) {
    const qv = q as number;
    for (let i = 0; i < n; i++) f32[xi + i] = f32[xi + i] + f32[pi + i] * qv;
  } else {
    const qi = (qt.storage.ptr >> 2) + qt.offset;
    for (let i = 0; i < n; i++) f32[xi + i] = f32[xi + i] + f32[pi + i] * f32[qi + i];
  }
  x.version.bump();
  return true;
}
