// The optimizers' fused float32 update (kernel/python/torch/optim/_pointwise.py): x <- float32(x + p * q), the
// product and the sum taken in float64. That is PyTorch's CPU fma rounding for float32 (the product of two float32
// values is exact in a double; the sum is rounded once to double and once to float32), the same numbers the
// Python fallback gets from x.double() + p.double() * q then .float() and copy_, in one engine call instead of six.
import { isGradEnabled } from '../autograd/grad_mode';
import { Tensor } from '../tensor';
import { mem, wasm } from '../wasm';
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

/**
 * The part of one Adam/AdamW step (torch.optim.adam's _single_tensor_adam, amsgrad off) that follows the step
 * count, for one float32 parameter, in one pass and one engine call instead of about ten:
 *
 *     exp_avg.mul_(beta1);  exp_avg.add_(grad, alpha=1-beta1)                  (the add_ fused: fma32_)
 *     exp_avg_sq.mul_(beta2);  exp_avg_sq.addcmul_(grad, grad, value=1-beta2)  (grad*value, then fma32_)
 *     denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
 *     param.add_(exp_avg * -step_size / denom)                                 (addcdiv_)
 *
 * in one SIMD pass of the wasm kernel (kernel/wasm/assembly/optim.ts), with every float32 operation rounded as that
 * sequence of engine ops rounds it: a Python float operand is cast to float32 first, +, *, / and sqrt are IEEE
 * float32 operations, and the two fused adds round once to float64 and once to float32, as fma32_. So the result is bit-identical to the unfused path, which
 * the optimizers take when this returns false: not all float32, not contiguous, shapes differ, two operands share
 * storage, or a graph would be recorded. Versions move as the unfused in-place ops move them (exp_avg and
 * exp_avg_sq by 2, param by 1). The scalars are the optimizer's Python doubles (oneMinusBeta1 = 1 - beta1 there).
 */
export function adamUpdate_(param: Tensor, grad: Tensor, expAvg: Tensor, expAvgSq: Tensor, beta1: number, oneMinusBeta1: number,
  beta2: number, oneMinusBeta2: number, biasCorrection2Sqrt: number, eps: number, negStepSize: number): boolean {
  const ts = [param, grad, expAvg, expAvgSq];
  for (const t of ts) {
    if (t.dtype !== 'float32' || !t.is_contiguous() || t.shape.length !== param.shape.length || t.shape.some((s, i) => s !== param.shape[i])) return false;
  }
  for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) if (ts[i].storage === ts[j].storage) return false;   // any sharing
  if (isGradEnabled() && ts.some((t) => t.requires_grad)) return false;
  for (const t of ts) t.assertAlive();
  const fr = Math.fround, at = (t: Tensor): number => t.storage.ptr + t.offset * 4;
  wasm().adamUpdate(param.numel(), at(param), at(grad), at(expAvg), at(expAvgSq), fr(beta1), fr(oneMinusBeta1), fr(beta2), fr(oneMinusBeta2),
    fr(biasCorrection2Sqrt), fr(eps), fr(negStepSize));
  expAvg.version.bump(); expAvg.version.bump();
  expAvgSq.version.bump(); expAvgSq.version.bump();
  param.version.bump();
  return true;
}
