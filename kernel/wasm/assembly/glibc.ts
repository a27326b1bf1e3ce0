// Scalar float32 functions as glibc 2.36 computes them on x86-64 (the std::exp / std::tanh / std::log1p that
// PyTorch's scalar kernel lambdas call for the last n % 16 elements of a run, or every element of a strided one).
//  - expf: the algorithm of ARM's optimized-routines (MIT; glibc sysdeps/ieee754/flt-32/e_expf.c): x·32/ln2 = k + r,
//    2^(k/32) from a 32-entry table, a cubic in r, in double. glibc picks its FMA build on CPUs with FMA (e_expf-fma),
//    whose three multiply-adds are fused: fused here too when the relaxed build's relaxed_madd is (else mul + add,
//    which can differ in the last bit for rare inputs).
//  - expm1f, tanhf, log1pf: fdlibm's float algorithms (Copyright (C) 1993 by Sun Microsystems, Inc. "Permission to
//    use, copy, modify, and distribute this software is freely granted, provided that this notice is preserved."),
//    every step in float arithmetic (glibc builds them without FMA).
import { fmaIsFused } from './sleef';

// 2^(i/32) rounded to double, minus i << 47 (so that adding k << 47 for k ≡ i mod 32 scales by 2^(k/32))
const EXPF_T: usize = memory.data<u64>([
  0x3FF0000000000000, 0x3FEFD9B0D3158574, 0x3FEFB5586CF9890F, 0x3FEF9301D0125B51, 0x3FEF72B83C7D517B, 0x3FEF54873168B9AA,
  0x3FEF387A6E756238, 0x3FEF1E9DF51FDEE1, 0x3FEF06FE0A31B715, 0x3FEEF1A7373AA9CB, 0x3FEEDEA64C123422, 0x3FEECE086061892D,
  0x3FEEBFDAD5362A27, 0x3FEEB42B569D4F82, 0x3FEEAB07DD485429, 0x3FEEA47EB03A5585, 0x3FEEA09E667F3BCD, 0x3FEE9F75E8EC5F74,
  0x3FEEA11473EB0187, 0x3FEEA589994CCE13, 0x3FEEACE5422AA0DB, 0x3FEEB737B0CDC5E5, 0x3FEEC49182A3F090, 0x3FEED503B23E255D,
  0x3FEEE89F995AD3AD, 0x3FEEFF76F2FB5E47, 0x3FEF199BDD85529C, 0x3FEF3720DCEF9069, 0x3FEF5818DCFBA487, 0x3FEF7C97337B9B5F,
  0x3FEFA4AFA2A490DA, 0x3FEFD0765B6E4540,
]);

// @ts-ignore: decorator
@inline function fmaD(a: f64, b: f64, c: f64, fused: bool): f64 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (fused) return f64x2.extract_lane(f64x2.relaxed_madd(f64x2.splat(a), f64x2.splat(b), f64x2.splat(c)), 0);
  }
  return a * b + c;
}

/** glibc's expf (FMA build). */
export function expfG(x: f32): f32 {
  const ix = reinterpret<u32>(x);
  const abstop = (ix >> 20) & 0x7ff;
  if (abstop >= 0x42b) {                                   // |x| ≥ 88 or NaN
    if (ix == 0xff800000) return 0;
    if (abstop >= 0x7f8) return x + x;
    if (x > reinterpret<f32>(0x42b17217)) return Infinity;   // > log(2^128)
    if (x < reinterpret<f32>(0xc2cff1b4)) return 0;          // < log(2^-150)
  }
  const fused = fmaIsFused();
  const z = 46.16624130844683 * <f64>x;                    // 32/ln2
  const shift = 6755399441055744.0;                         // 1.5·2^52
  let kd = z + shift;
  const ki = reinterpret<u64>(kd);
  kd -= shift;
  const r = z - kd;
  const t = load<u64>(EXPF_T + ((<usize>ki & 31) << 3)) + (ki << 47);
  const s = reinterpret<f64>(t);
  const zz = fmaD(1.6938359250920212e-06, r, 0.00023459809789509004, fused);   // C0·r + C1 (the cubic's coefficients / 32^k)
  const r2 = r * r;
  let y = fmaD(0.021660849396613134, r, 1, fused);
  y = fmaD(zz, r2, y, fused);
  return <f32>(y * s);
}

/** fdlibm's expm1f. */
export function expm1fG(x0: f32): f32 {
  let x = x0;
  let hx = reinterpret<u32>(x);
  const neg = (hx & 0x80000000) != 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4195b844) {                                   // |x| ≥ 27·ln2
    if (hx >= 0x42b17218) {                                 // |x| ≥ 88.721...
      if (hx > 0x7f800000) return x + x;
      if (hx == 0x7f800000) return neg ? -1 : x;
      if (x > <f32>8.8721679688e+01) return Infinity;
    }
    if (neg) return -1;
  }
  let hi: f32 = 0, lo: f32 = 0, c: f32 = 0, k: i32 = 0;
  if (hx > 0x3eb17218) {                                    // |x| > ln2/2
    if (hx < 0x3F851592) {                                  // and < 1.5·ln2
      if (!neg) { hi = x - <f32>6.9313812256e-01; lo = <f32>9.0580006145e-06; k = 1; }
      else { hi = x + <f32>6.9313812256e-01; lo = <f32>-9.0580006145e-06; k = -1; }
    } else {
      k = <i32>(<f32>1.4426950216 * x + (neg ? <f32>-0.5 : <f32>0.5));
      const t = <f32>k;
      hi = x - t * <f32>6.9313812256e-01;
      lo = t * <f32>9.0580006145e-06;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x33000000) {                             // |x| < 2^-25
    return x;
  }
  const hfx: f32 = <f32>0.5 * x;
  const hxs: f32 = x * hfx;
  const r1: f32 = <f32>1 + hxs * (<f32>-3.3333335072e-02 + hxs * (<f32>1.5873016091e-03 + hxs * (<f32>-7.9365076090e-05
    + hxs * (<f32>4.0082177293e-06 + hxs * <f32>-2.0109921195e-07))));
  let t: f32 = <f32>3.0 - r1 * hfx;
  let e: f32 = hxs * ((r1 - t) / (<f32>6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k == -1) return <f32>0.5 * (x - e) - <f32>0.5;
  if (k == 1) return x < <f32>-0.25 ? <f32>-2.0 * (e - (x + <f32>0.5)) : <f32>1 + <f32>2.0 * (x - e);
  let y: f32;
  if (k <= -2 || k > 56) {
    y = <f32>1 - (e - x);
    y = reinterpret<f32>(reinterpret<i32>(y) + (k << 23));
    return y - <f32>1;
  }
  if (k < 23) {
    t = reinterpret<f32>(0x3f800000 - (0x1000000 >> k));    // 1 - 2^-k
    y = t - (e - x);
  } else {
    t = reinterpret<f32>((0x7f - k) << 23);                 // 2^-k
    y = x - (e + t);
    y += <f32>1;
  }
  return reinterpret<f32>(reinterpret<i32>(y) + (k << 23));
}

/** fdlibm's tanhf (over expm1fG). */
export function tanhfG(x: f32): f32 {
  const jx = reinterpret<i32>(x), ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return jx >= 0 ? <f32>1 / x + <f32>1 : <f32>1 / x - <f32>1;
  let z: f32;
  if (ix < 0x41b00000) {                                    // |x| < 22
    if (ix == 0) return x;
    if (ix < 0x24000000) return x * (<f32>1 + x);
    if (ix >= 0x3f800000) {
      const t = expm1fG(<f32>2 * Mathf.abs(x));
      z = <f32>1 - <f32>2 / (t + <f32>2);
    } else {
      const t = expm1fG(<f32>-2 * Mathf.abs(x));
      z = -t / (t + <f32>2);
    }
  } else {
    z = <f32>1;
  }
  return jx >= 0 ? z : -z;
}

/** fdlibm's log1pf. */
export function log1pfG(x: f32): f32 {
  const hx = reinterpret<i32>(x), ax = hx & 0x7fffffff;
  let k: i32 = 1, f: f32 = 0, hu: i32 = 0, c: f32 = 0;
  if (hx < 0x3ed413d7) {                                    // x < 0.41422
    if (ax >= 0x3f800000) return x == <f32>-1 ? -Infinity : NaN;
    if (ax < 0x31000000) return ax < 0x24800000 ? x : x - x * x * <f32>0.5;
    if (hx > 0 || hx <= <i32>0xbe95f61f) { k = 0; f = x; hu = 1; }   // -0.2929 < x < 0.41422
  }
  if (hx >= 0x7f800000) return x + x;
  if (k != 0) {
    let u: f32;
    if (hx < 0x5a000000) {
      u = <f32>1 + x; hu = reinterpret<i32>(u); k = (hu >> 23) - 127;
      c = (k > 0 ? <f32>1 - (u - x) : x - (u - <f32>1)) / u;
    } else { u = x; hu = reinterpret<i32>(u); k = (hu >> 23) - 127; c = 0; }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) u = reinterpret<f32>(hu | 0x3f800000);
    else { k += 1; u = reinterpret<f32>(hu | 0x3f000000); hu = (0x00800000 - hu) >> 2; }
    f = u - <f32>1;
  }
  const ln2hi = <f32>6.9313812256e-01, ln2lo = <f32>9.0580006145e-06;
  const hfsq: f32 = <f32>0.5 * f * f;
  const kf = <f32>k;
  if (hu == 0) {
    if (f == 0) return k == 0 ? <f32>0 : kf * ln2hi + (c + kf * ln2lo);
    const R: f32 = hfsq * (<f32>1 - <f32>0.66666666666666666 * f);
    return k == 0 ? f - R : kf * ln2hi - ((R - (kf * ln2lo + c)) - f);
  }
  const s: f32 = f / (<f32>2 + f), z: f32 = s * s;
  const R: f32 = z * (<f32>6.6666668653e-01 + z * (<f32>4.0000000596e-01 + z * (<f32>2.8571429849e-01 + z * (<f32>2.2222198546e-01
    + z * (<f32>1.8183572590e-01 + z * (<f32>1.5313838422e-01 + z * <f32>1.4798198640e-01))))));
  if (k == 0) return f - (hfsq - s * (hfsq + R));
  return kf * ln2hi - ((hfsq - (s * (hfsq + R) + (kf * ln2lo + c))) - f);
}

// @ts-ignore: decorator
@inline function c(bits: u32): f32 { return reinterpret<f32>(bits); }
/** fdlibm's erff (its rational approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35), [1/0.35, 6)). */
export function erffG(x0: f32): f32 {
  let x = x0;
  const hx = reinterpret<i32>(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7f800000) return <f32>(<i32>1 - ((hx >>> 31) << 1)) + <f32>1 / x;
  if (ix < 0x3f580000) {                                    // |x| < 0.84375
    if (ix < 0x31800000) {                                  // |x| < 2^-28
      if (ix < 0x04000000) return <f32>0.0625 * (<f32>16 * x + (<f32>16 * c(0x3e0375d4)) * x);
      return x + c(0x3e0375d4) * x;
    }
    const z: f32 = x * x;
    const r: f32 = c(0x3e0375d4) + z * (c(0xbea66beb) + z * (c(0xbce9528f) + z * (c(0xbbbd1489) + z * c(0xb7c756b1))));
    const s: f32 = <f32>1 + z * (c(0x3ecbbbce) + z * (c(0x3d852a63) + z * (c(0x3ba68116) + z * (c(0x390aee49) + z * c(0xb684e21a)))));
    return x + x * (r / s);
  }
  if (ix < 0x3fa00000) {                                    // 0.84375 ≤ |x| < 1.25
    const s: f32 = Mathf.abs(x) - <f32>1;
    const P: f32 = c(0xbb1acdc6) + s * (c(0x3ed46805) + s * (c(0xbebe9208) + s * (c(0x3ea2fe54) + s * (c(0xbde31cc2)
      + s * (c(0x3d1151b3) + s * c(0xbb0df9c0))))));
    const Q: f32 = <f32>1 + s * (c(0x3dd9f331) + s * (c(0x3f0a5785) + s * (c(0x3d931ae7) + s * (c(0x3e013307)
      + s * (c(0x3c5f6e13) + s * c(0x3c445aa3))))));
    return hx >= 0 ? c(0x3f58560b) + P / Q : -c(0x3f58560b) - P / Q;
  }
  if (ix >= 0x40c00000) return hx >= 0 ? <f32>1 : <f32>-1;   // |x| ≥ 6 (1 ∓ tiny rounds to ±1)
  x = Mathf.abs(x);
  const s: f32 = <f32>1 / (x * x);
  let R: f32, S: f32;
  if (ix < 0x4036DB6E) {                                    // |x| < 1/0.35
    R = c(0xbc21a093) + s * (c(0xbf31a0b7) + s * (c(0xc128f022) + s * (c(0xc2798057) + s * (c(0xc322658c)
      + s * (c(0xc3389ae7) + s * (c(0xc2a2932b) + s * c(0xc11d077e)))))));
    S = <f32>1 + s * (c(0x419d35ce) + s * (c(0x4309a863) + s * (c(0x43d9486f) + s * (c(0x442158c9)
      + s * (c(0x43d6810b) + s * (c(0x42d9451f) + s * (c(0x40d23f7c) + s * c(0xbd777f97))))))));
  } else {
    R = c(0xbc21a092) + s * (c(0xbf4c9dd4) + s * (c(0xc18e104b) + s * (c(0xc320a2ea) + s * (c(0xc41f6441)
      + s * (c(0xc480230b) + s * c(0xc3f1c275))))));
    S = <f32>1 + s * (c(0x41f2b459) + s * (c(0x43a2e571) + s * (c(0x44c01759) + s * (c(0x4547fdbb)
      + s * (c(0x451f90ce) + s * (c(0x43ed43a7) + s * c(0xc1b38712)))))));
  }
  const z = reinterpret<f32>(reinterpret<u32>(x) & 0xfffff000);
  const r: f32 = expfG(-z * z - <f32>0.5625) * expfG((z - x) * (z + x) + R / S);
  return hx >= 0 ? <f32>1 - r / x : r / x - <f32>1;
}

/** fdlibm's sinhf (over expm1fG and expfG). */
export function sinhfG(x: f32): f32 {
  const jx = reinterpret<i32>(x), ix = jx & 0x7fffffff;
  if (ix >= 0x7f800000) return x + x;
  const h: f32 = jx < 0 ? -0.5 : 0.5;
  const a = Mathf.abs(x);
  if (ix < 0x41b00000) {                                    // |x| < 22
    if (ix < 0x31800000) return x;                          // |x| < 2^-28
    const t = expm1fG(a);
    if (ix < 0x3f800000) return h * (<f32>2.0 * t - t * t / (t + <f32>1));
    return h * (t + t / (t + <f32>1));
  }
  if (ix < 0x42b17180) return h * expfG(a);
  if (ix <= 0x42b2d4fc) { const w = expfG(<f32>0.5 * a), t = h * w; return t * w; }
  return x * <f32>1.0e37;
}

/** fdlibm's coshf (over expm1fG and expfG). */
export function coshfG(x: f32): f32 {
  const ix = reinterpret<i32>(x) & 0x7fffffff;
  const a = Mathf.abs(x);
  if (ix < 0x41b00000) {                                    // |x| < 22
    if (ix < 0x3eb17218) {                                  // |x| < ln2/2
      if (ix < 0x24000000) return 1;
      const t = expm1fG(a), w = <f32>1 + t;
      return <f32>1 + (t * t) / (w + w);
    }
    const t = expfG(a);
    return <f32>0.5 * t + <f32>0.5 / t;
  }
  if (ix < 0x42b17180) return <f32>0.5 * expfG(a);
  if (ix <= 0x42b2d4fc) { const w = expfG(<f32>0.5 * a), t = <f32>0.5 * w; return t * w; }
  if (ix >= 0x7f800000) return x * x;
  return Infinity;
}

/** fn(x) for tests: 0 expf, 1 expm1f, 2 tanhf, 3 log1pf, 4 erff, 5 sinhf, 6 coshf. */
export function glibcF32(fn: i32, x: f32): f32 {
  switch (fn) {
    case 5: return sinhfG(x);
    case 6: return coshfG(x);
    case 0: return expfG(x);
    case 1: return expm1fG(x);
    case 2: return tanhfG(x);
    case 3: return log1pfG(x);
    default: return erffG(x);
  }
}

// atanf and atan2f: fdlibm's float algorithms as glibc 2.36 builds them (s_atanf.c, e_atan2f.c; no FMA variant),
// every step in float arithmetic.
const ATANHI: StaticArray<f32> = [4.6364760399e-01, 7.8539812565e-01, 9.8279368877e-01, 1.5707962513e+00];
const ATANLO: StaticArray<f32> = [5.0121582440e-09, 3.7748947079e-08, 3.4473217170e-08, 7.5497894159e-08];
const AT: StaticArray<f32> = [3.3333334327e-01, -2.0000000298e-01, 1.4285714924e-01, -1.1111110449e-01, 9.0908870101e-02,
  -7.6918758452e-02, 6.6610731184e-02, -5.8335702866e-02, 4.9768779427e-02, -3.6531571299e-02, 1.6285819933e-02];
/** glibc's atanf. */
export function atanfG(x0: f32): f32 {
  let x = x0;
  const hx = reinterpret<i32>(x), ix = hx & 0x7fffffff;
  let id: i32;
  if (ix >= 0x4c000000) {
    if (ix > 0x7f800000) return x + x;
    return hx > 0 ? ATANHI[3] + ATANLO[3] : -ATANHI[3] - ATANLO[3];
  }
  if (ix < 0x3ee00000) {
    if (ix < 0x31000000) return x;
    id = -1;
  } else {
    x = Mathf.abs(x);
    if (ix < 0x3f980000) {
      if (ix < 0x3f300000) { id = 0; x = (<f32>2.0 * x - <f32>1) / (<f32>2.0 + x); } else { id = 1; x = (x - <f32>1) / (x + <f32>1); }
    } else if (ix < 0x401c0000) { id = 2; x = (x - <f32>1.5) / (<f32>1 + <f32>1.5 * x); } else { id = 3; x = <f32>-1.0 / x; }
  }
  const z = x * x, w = z * z;
  const s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
  const s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
  if (id < 0) return x - x * (s1 + s2);
  const r = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
  return hx < 0 ? -r : r;
}
/** glibc's atan2f(y, x). */
export function atan2fG(y: f32, x: f32): f32 {
  const tiny: f32 = 1.0e-30, pi_o_4: f32 = 7.8539818525e-01, pi_o_2: f32 = 1.5707963705e+00, pi: f32 = 3.1415927410e+00;
  const pi_lo: f32 = -8.7422776573e-08;
  const hx = reinterpret<i32>(x), ix = hx & 0x7fffffff, hy = reinterpret<i32>(y), iy = hy & 0x7fffffff;
  if (ix > 0x7f800000 || iy > 0x7f800000) return x + y;
  if (hx == 0x3f800000) return atanfG(y);
  const m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
  if (iy == 0) {
    if (m < 2) return y;
    return m == 2 ? pi + tiny : -pi - tiny;
  }
  if (ix == 0) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny;
  if (ix == 0x7f800000) {
    if (iy == 0x7f800000) {
      if (m == 0) return pi_o_4 + tiny;
      if (m == 1) return -pi_o_4 - tiny;
      if (m == 2) return <f32>3.0 * pi_o_4 + tiny;
      return <f32>-3.0 * pi_o_4 - tiny;
    }
    if (m == 0) return 0;
    if (m == 1) return -0.0;
    if (m == 2) return pi + tiny;
    return -pi - tiny;
  }
  if (iy == 0x7f800000) return hy < 0 ? -pi_o_2 - tiny : pi_o_2 + tiny;
  const k = (iy - ix) >> 23;
  let z: f32;
  if (k > 60) z = pi_o_2 + <f32>0.5 * pi_lo;
  else if (hx < 0 && k < -60) z = 0;
  else z = atanfG(Mathf.abs(y / x));
  if (m == 0) return z;
  if (m == 1) return reinterpret<f32>(reinterpret<u32>(z) ^ 0x80000000);
  if (m == 2) return pi - (z - pi_lo);
  return (z - pi_lo) - pi;
}
