// The optimizers' fused float32 update (kernel/python/torch/optim/_pointwise.py): x <- float32(x + p * q), the
// product and the sum taken in float64. That is PyTorch's CPU fma rounding for float32 (the product of two float32
// values is exact in a double; the sum is rounded once to double and once to float32), the same numbers the
// Python fallback gets from x.double() + p.double() * q then .float() and copy_, in one engine call instead of six
// (a SIMD pass of the wasm kernel, kernel/wasm/assembly/optim.ts). adamUpdate_ fuses a whole Adam step likewise.
import { isGradEnabled } from '../autograd/grad_mode';
import { fma64 } from '../fma64';
import { Tensor } from '../tensor';
import { mem, wasm } from '../wasm';
import { overlapsOther } from './apply';

/** A contiguous float32 tensor of `shape`. */
function f32Of(t: Tensor, shape: readonly number[]): boolean {
  return t.dtype === 'float32' && t.is_contiguous() && t.shape.length === shape.length && t.shape.every((s, i) => s === shape[i]);
}
/** Whether an in-place update of these would record a graph (grad mode on, one of them requires grad). */
const recording = (ts: Tensor[]): boolean => isGradEnabled() && ts.some((t) => t.requires_grad);
/** Byte address of a contiguous float32 tensor's first element. */
const at = (t: Tensor): number => t.storage.ptr + t.offset * 4;

/**
 * x <- float32(float64(x) + float64(p) * float64(q)) in place (q a tensor of x's shape, or a number already
 * rounded to float32). Returns false and changes nothing when the fused loop does not apply: not all float32,
 * not contiguous, shapes differ, p or q overlap x other than as x itself, or a graph would be recorded (grad mode
 * on and an operand requires grad); the caller then takes the unfused path.
 */
export function fma32_(x: Tensor, p: Tensor, q: Tensor | number): boolean {
  const qt = q instanceof Tensor ? q : null;
  const ts = qt === null ? [x, p] : [x, p, qt];
  if (!ts.every((t) => f32Of(t, x.shape)) || ts.some((t) => overlapsOther(x, t)) || recording(ts)) return false;
  for (const t of ts) t.assertAlive();
  wasm().fma32(x.numel(), at(x), at(p), qt === null ? 0 : at(qt), qt === null ? q as number : 0);
  x.version.bump();
  return true;
}

/** A contiguous float64 tensor of `shape`. */
function f64Of(t: Tensor, shape: readonly number[]): boolean {
  return t.dtype === 'float64' && t.is_contiguous() && t.shape.length === shape.length && t.shape.every((s, i) => s === shape[i]);
}

/**
 * x <- fma(p, q, x) in place for float64 tensors (q a tensor of x's shape or a number): PyTorch's rounding of
 * x.add_(p, alpha=q) and of addcmul_ for double (vfmadd), computed exactly in JavaScript (fma64). Returns false and
 * changes nothing when it does not apply (as fma32_).
 */
export function fma64_(x: Tensor, p: Tensor, q: Tensor | number): boolean {
  const qt = q instanceof Tensor ? q : null;
  const ts = qt === null ? [x, p] : [x, p, qt];
  if (!ts.every((t) => f64Of(t, x.shape)) || ts.some((t) => overlapsOther(x, t)) || recording(ts)) return false;
  for (const t of ts) t.assertAlive();
  const m = mem().f64, n = x.numel();
  const ix = x.storage.ptr / 8 + x.offset, ip = p.storage.ptr / 8 + p.offset;
  if (qt === null) {
    const qv = q as number;
    for (let i = 0; i < n; i++) m[ix + i] = fma64(m[ip + i], qv, m[ix + i]);
  } else {
    const iq = qt.storage.ptr / 8 + qt.offset;
    for (let i = 0; i < n; i++) m[ix + i] = fma64(m[ip + i], m[iq + i], m[ix + i]);
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
 * float32 operations, and the two fused adds round once to float64 and once to float32, as fma32_. So the result
 * is bit-identical to the unfused path, which the optimizers take when this returns false: not all float32, not
 * contiguous, shapes differ, two operands share storage, or a graph would be recorded. Versions move as the unfused in-place ops move them (exp_avg and
 * exp_avg_sq by 2, param by 1). The scalars are the optimizer's Python doubles (oneMinusBeta1 = 1 - beta1 there).
 */
export function adamUpdate_(param: Tensor, grad: Tensor, expAvg: Tensor, expAvgSq: Tensor, beta1: number, oneMinusBeta1: number,
  beta2: number, oneMinusBeta2: number, biasCorrection2Sqrt: number, eps: number, negStepSize: number): boolean {
  if (!fusable([param, grad, expAvg, expAvgSq])) return false;
  // the scalars become float32 as wasm f32 arguments (round to nearest even, as the engine's cast)
  wasm().adamUpdate(param.numel(), at(param), at(grad), at(expAvg), at(expAvgSq), beta1, oneMinusBeta1, beta2, oneMinusBeta2,
    biasCorrection2Sqrt, eps, negStepSize);
  expAvg.version.bump(); expAvg.version.bump();
  expAvgSq.version.bump(); expAvgSq.version.bump();
  param.version.bump();
  return true;
}

/** Contiguous float32 tensors of one shape, no two sharing storage: what the fused updates need. */
function fusable(ts: Tensor[]): boolean {
  if (!ts.every((t) => f32Of(t, ts[0].shape)) || recording(ts)) return false;
  for (let i = 0; i < ts.length; i++) for (let j = i + 1; j < ts.length; j++) if (ts[i].storage === ts[j].storage) return false;
  for (const t of ts) t.assertAlive();
  return true;
}

/**
 * One step of SGD with momentum (torch.optim.sgd's _single_tensor_sgd once the buffer exists, Nesterov off) for one
 * float32 parameter, in one engine call instead of three:
 *
 *     buf.mul_(momentum).add_(d_p, alpha=1-dampening);  param.add_(buf, alpha=-lr)      (both add_ as fma32_)
 *
 * rounded as those ops round it (kernel/wasm/assembly/optim.ts, sgdUpdate), so bit-identical to them; false,
 * changing nothing, when it does not apply (as adamUpdate_). Versions: buf by 2, param by 1.
 */
export function sgdMomentumUpdate_(param: Tensor, dp: Tensor, buf: Tensor, momentum: number, oneMinusDampening: number, negLr: number): boolean {
  if (!fusable([param, dp, buf])) return false;
  wasm().sgdUpdate(param.numel(), at(param), at(dp), at(buf), momentum, oneMinusDampening, negLr);
  buf.version.bump(); buf.version.bump();
  param.version.bump();
  return true;
}
