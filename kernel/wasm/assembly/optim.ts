// The fused Adam/AdamW update (kernel/engine/ops/optim_update.ts, adamUpdate_): one pass over a float32 parameter,
// its gradient and the two moment buffers, rounding every step as the unfused sequence of engine ops rounds it:
//   m = f32(f32(m * b1) + g * a1)            exp_avg.mul_(beta1); add_(grad, alpha=1-beta1) as an fma (in f64)
//   v = f32(f32(v * b2) + f32(g * a2) * g)   exp_avg_sq.mul_(beta2); addcmul_(grad, grad, value=1-beta2), fma in f64
//   d = f32(f32(sqrt(v)) / c2) + eps         (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
//   p = p + f32(f32(m * ss) / d)             addcdiv_(exp_avg, denom, value=-step_size)
// float32 SIMD lanes are IEEE single operations (+, *, /, sqrt correctly rounded), and the two fused adds are done
// in float64 lanes, where the product of two float32 values is exact: the same bits as the scalar loop below and as
// the unfused ops. No relaxed instruction is used, so both builds give the same results.

/** float32(x + p * q) per lane, the product and the sum in float64 (PyTorch's float32 fma; see optim_update.ts). */
// @ts-ignore: decorator
@inline function fma32x4(x: v128, p: v128, q: v128): v128 {
  const lo = f64x2.add(f64x2.promote_low_f32x4(x), f64x2.mul(f64x2.promote_low_f32x4(p), f64x2.promote_low_f32x4(q)));
  const xh = i8x16.shuffle(x, x, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7);
  const ph = i8x16.shuffle(p, p, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7);
  const qh = i8x16.shuffle(q, q, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7);
  const hi = f64x2.add(f64x2.promote_low_f32x4(xh), f64x2.mul(f64x2.promote_low_f32x4(ph), f64x2.promote_low_f32x4(qh)));
  return i8x16.shuffle(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23);
}

/**
 * x = float32(x + p * q) over n float32 elements, the product and the sum in float64 (fma32_ in optim_update.ts);
 * q is the tensor at q, or the float32 scalar qs when q is 0. x may be p or q itself (the same elements).
 */
export function fma32(n: i32, x: usize, p: usize, q: usize, qs: f32): void {
  const QS = f32x4.splat(qs);
  const n4 = n & ~3;
  let i = 0;
  if (q == 0) {
    for (; i < n4; i += 4) { const o = <usize>i << 2; v128.store(x + o, fma32x4(v128.load(x + o), v128.load(p + o), QS)); }
    for (; i < n; i++) { const o = <usize>i << 2; store<f32>(x + o, <f32>(<f64>load<f32>(x + o) + <f64>load<f32>(p + o) * <f64>qs)); }
  } else {
    for (; i < n4; i += 4) { const o = <usize>i << 2; v128.store(x + o, fma32x4(v128.load(x + o), v128.load(p + o), v128.load(q + o))); }
    for (; i < n; i++) { const o = <usize>i << 2; store<f32>(x + o, <f32>(<f64>load<f32>(x + o) + <f64>load<f32>(p + o) * <f64>load<f32>(q + o))); }
  }
}

/** The update above over n float32 elements at p (parameter), g (gradient), m (exp_avg), v (exp_avg_sq). */
export function adamUpdate(n: i32, p: usize, g: usize, m: usize, v: usize, b1: f32, a1: f32, b2: f32, a2: f32, c2: f32, eps: f32, ss: f32): void {
  const B1 = f32x4.splat(b1), A1 = f32x4.splat(a1), B2 = f32x4.splat(b2), A2 = f32x4.splat(a2);
  const C2 = f32x4.splat(c2), EPS = f32x4.splat(eps), SS = f32x4.splat(ss);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const o = <usize>i << 2;
    const G = v128.load(g + o);
    const M = fma32x4(f32x4.mul(v128.load(m + o), B1), G, A1);
    const V = fma32x4(f32x4.mul(v128.load(v + o), B2), f32x4.mul(G, A2), G);
    const D = f32x4.add(f32x4.div(f32x4.sqrt(V), C2), EPS);
    v128.store(p + o, f32x4.add(v128.load(p + o), f32x4.div(f32x4.mul(M, SS), D)));
    v128.store(m + o, M);
    v128.store(v + o, V);
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const gs = load<f32>(g + o);
    const ms = <f32>(<f64>(load<f32>(m + o) * b1) + <f64>gs * <f64>a1);
    const vs = <f32>(<f64>(load<f32>(v + o) * b2) + <f64>(gs * a2) * <f64>gs);
    const d = sqrt<f32>(vs) / c2 + eps;
    store<f32>(p + o, load<f32>(p + o) + ms * ss / d);
    store<f32>(m + o, ms);
    store<f32>(v + o, vs);
  }
}

/**
 * One SGD-with-momentum step (torch.optim.sgd, buffer already made, no Nesterov) over n float32 elements at p
 * (parameter), d (gradient after weight decay) and b (momentum buffer), as the unfused ops round it:
 *   b = float32(float32(b * mom) + d * a)    buf.mul_(momentum); add_(d_p, alpha=1-dampening) as an fma (float64)
 *   p = float32(p + b * lr)                  param.add_(buf, alpha=-lr) as an fma (float64)
 * (with a = 1 the unfused add_ is a plain float32 add, which the float64 sum rounds the same way: float64 has more
 * than twice float32's precision plus two bits).
 */
export function sgdUpdate(n: i32, p: usize, d: usize, b: usize, mom: f32, a: f32, lr: f32): void {
  const MOM = f32x4.splat(mom), A = f32x4.splat(a), LR = f32x4.splat(lr);
  const n4 = n & ~3;
  let i = 0;
  for (; i < n4; i += 4) {
    const o = <usize>i << 2;
    const B = fma32x4(f32x4.mul(v128.load(b + o), MOM), v128.load(d + o), A);
    v128.store(b + o, B);
    v128.store(p + o, fma32x4(v128.load(p + o), B, LR));
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const bs = <f32>(<f64>(load<f32>(b + o) * mom) + <f64>load<f32>(d + o) * <f64>a);
    store<f32>(b + o, bs);
    store<f32>(p + o, <f32>(<f64>load<f32>(p + o) + <f64>bs * <f64>lr));
  }
}
