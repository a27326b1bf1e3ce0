// Scalar float32 functions as glibc 2.36 computes them on x86-64 (the std::exp / std::tanh / std::log1p that
// PyTorch's scalar kernel lambdas call for the last n % 16 elements of a run, or every element of a strided one).
//  - expf: the algorithm of ARM's optimized-routines (MIT; glibc sysdeps/ieee754/flt-32/e_expf.c): x·32/ln2 = k + r,
//    2^(k/32) from a 32-entry table, a cubic in r, in double. glibc picks its FMA build on CPUs with FMA (e_expf-fma),
//    whose three multiply-adds are fused: fused here too when the relaxed build's relaxed_madd is (else mul + add,
//    which can differ in the last bit for rare inputs).
//  - expm1f, tanhf, log1pf: fdlibm's float algorithms (Copyright (C) 1993 by Sun Microsystems, Inc. "Permission to
//    use, copy, modify, and distribute this software is freely granted, provided that this notice is preserved."),
//    every step in float arithmetic (glibc builds them without FMA).
//  - powf and pow (float64 too): see there (the p-norms' std::pow).
import { fmaIsFused } from './sleef';
import { fmaW, madIsFused } from './welford';

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

// powf: the algorithm of ARM's optimized-routines (MIT; glibc sysdeps/ieee754/flt-32/e_powf.c, musl's powf.c):
// log2(x) from a 16-entry table and a polynomial in double, times y, then 2^(y·log2 x) as expf's exp2 part. glibc
// runs its FMA build (e_powf-fma) on CPUs with FMA, where every a·b + c of both polynomials and z·invc - 1 is one
// fused multiply-add (read off libm.so.6's __powf_fma): fused here too, in software where relaxed_madd does not
// fuse, so both builds give glibc's bits. (AssemblyScript's Mathf.pow is the same algorithm unfused.)
// invc, log2(c) of the 16 subintervals of [0x3f330000, 2·0x3f330000)
const POWF_LOG2: usize = memory.data<u64>([
  0x3FF661EC79F8F3BE, 0xBFDEFEC65B963019, 0x3FF571ED4AAF883D, 0xBFDB0B6832D4FCA4, 0x3FF49539F0F010B0, 0xBFD7418B0A1FB77B,
  0x3FF3C995B0B80385, 0xBFD39DE91A6DCF7B, 0x3FF30D190C8864A5, 0xBFD01D9BF3F2B631, 0x3FF25E227B0B8EA0, 0xBFC97C1D1B3B7AF0,
  0x3FF1BB4A4A1A343F, 0xBFC2F9E393AF3C9F, 0x3FF12358F08AE5BA, 0xBFB960CBBF788D5C, 0x3FF0953F419900A7, 0xBFAA6F9DB6475FCE,
  0x3FF0000000000000, 0, 0x3FEE608CFD9A47AC, 0x3FB338CA9F24F53D, 0x3FECA4B31F026AA0, 0x3FC476A9543891BA,
  0x3FEB2036576AFCE6, 0x3FCE840B4AC4E4D2, 0x3FE9C2D163A1AA2D, 0x3FD40645F0C6651C, 0x3FE886E6037841ED, 0x3FD88E9C2C1B9FF8,
  0x3FE767DCF5534862, 0x3FDCE0A44EB17BCC,
]);

// @ts-ignore: decorator
@inline function fmaG(a: f64, b: f64, c: f64, hw: bool): f64 { return fmaW(a, b, c, hw); }

/** 0 if the bits of a nonzero finite float are not an integer, 1 an odd one, 2 an even one. */
// @ts-ignore: decorator
@inline function checkIntF(iy: u32): i32 {
  const e = (iy >> 23) & 0xff;
  if (e < 0x7f) return 0;
  if (e > 0x7f + 23) return 2;
  const m: u32 = 1 << (0x7f + 23 - e);
  if (iy & (m - 1)) return 0;
  return iy & m ? 1 : 2;
}

/** glibc's powf (FMA build). */
export function powfG(x: f32, y: f32): f32 {
  const hw = madIsFused();
  let signBias: u64 = 0;
  let ix = reinterpret<u32>(x);
  const iy = reinterpret<u32>(y);
  const zeroInfNanY = (iy << 1) - 1 >= (<u32>0x7f800000 << 1) - 1;
  if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || zeroInfNanY) {
    if (zeroInfNanY) {
      if ((iy << 1) == 0) return 1;
      if (ix == 0x3f800000) return 1;
      if ((ix << 1) > (<u32>0x7f800000 << 1) || (iy << 1) > (<u32>0x7f800000 << 1)) return x + y;
      if ((ix << 1) == (<u32>0x3f800000 << 1)) return 1;
      if (((ix << 1) < (<u32>0x3f800000 << 1)) == !(iy >> 31)) return 0;
      return y * y;
    }
    if ((ix << 1) - 1 >= (<u32>0x7f800000 << 1) - 1) {   // x is 0 or inf
      let x2 = x * x;
      if ((ix >> 31) && checkIntF(iy) == 1) x2 = -x2;
      return <i32>iy < 0 ? 1 / x2 : x2;
    }
    if (<i32>ix < 0) {
      const yint = checkIntF(iy);
      if (yint == 0) return (x - x) / (x - x);
      if (yint == 1) signBias = 1 << (5 + 11);
      ix &= 0x7fffffff;
    }
    if (ix < 0x00800000) {   // subnormal: normalised, the exponent negative
      ix = reinterpret<u32>(x * reinterpret<f32>(0x4B000000)) & 0x7fffffff;
      ix -= 23 << 23;
    }
  }
  // log2_inline
  const tmp = ix - 0x3f330000;
  const i = <usize>((tmp >> 19) & 15), top = tmp & 0xff800000;
  const z = <f64>reinterpret<f32>(ix - top), k = <f64>(<i32>top >> 23);
  const invc = load<f64>(POWF_LOG2 + (i << 4)), logc = load<f64>(POWF_LOG2 + (i << 4), 8);
  const r = fmaG(z, invc, -1.0, hw);
  const y0 = logc + k;
  const r2 = r * r;
  let yl = fmaG(r, reinterpret<f64>(0x3FD27616C9496E0B), reinterpret<f64>(0xBFD71969A075C67A), hw);
  const p = fmaG(r, reinterpret<f64>(0x3FDEC70A6CA7BADD), reinterpret<f64>(0xBFE7154748BEF6C8), hw);
  const r4 = r2 * r2;
  let q = fmaG(r, reinterpret<f64>(0x3FF71547652AB82B), y0, hw);
  q = fmaG(r2, p, q, hw);
  yl = fmaG(yl, r4, q, hw);
  const ylogx = <f64>y * yl;
  if (((reinterpret<u64>(ylogx) >> 47) & 0xffff) >= 0x80bf) {   // |y·log2 x| ≥ 126 (asuint64(126.0) >> 47)
    if (ylogx > reinterpret<f64>(0x405FFFFFFFD1D571)) return signBias ? -Infinity : Infinity;   // __math_oflowf
    if (ylogx <= -150.0) return signBias ? -0.0 : 0.0;                                           // __math_uflowf
    if (ylogx < -149.0) return signBias ? -reinterpret<f32>(1) : reinterpret<f32>(1);            // __math_may_uflowf
  }
  // exp2_inline
  const shift = reinterpret<f64>(0x42E8000000000000);   // 0x1.8p+52 / 32
  const kd0 = ylogx + shift, ki = reinterpret<u64>(kd0);
  const rr = ylogx - (kd0 - shift);
  let t = load<u64>(EXPF_T + ((<usize>ki & 31) << 3));
  t += (ki + signBias) << 47;
  const s = reinterpret<f64>(t);
  const zz = fmaG(rr, reinterpret<f64>(0x3FAC6AF84B912394), reinterpret<f64>(0x3FCEBFCE50FAC4F3), hw);
  const rr2 = rr * rr;
  let yy = fmaG(rr, reinterpret<f64>(0x3FE62E42FF0C52D6), 1.0, hw);
  yy = fmaG(zz, rr2, yy, hw);
  return <f32>(yy * s);
}

// pow (float64): the algorithm of ARM's optimized-routines (MIT; glibc sysdeps/ieee754/dbl-64/e_pow.c, musl's
// pow.c): log(x) in double-double from a 128-entry table and a polynomial, times y, then exp from a 128-entry table.
// glibc runs its FMA build (e_pow-fma) on CPUs with FMA: r = z·invc - 1, lo3 and y·hi's error are fma by source, and
// GCC fuses the other a·b + c it can (read off libm.so.6's __pow_fma): k·ln2hi + logc, k·ln2lo + logctail, the
// polynomials' steps, lo1 + lo2 + lo3 + lo4 + p's last add, y·lo + err, z·InvLn2N + Shift, x + k·NegLn2hiN +
// k·NegLn2loN, tail + r + r2·(...) + r4·(...), scale + scale·tmp (not in the subnormal special case). Fused here
// too, in software where relaxed_madd does not fuse. (AssemblyScript's Math.pow is the same algorithm unfused.)
// The tables: invc, 0, logc, logctail per subinterval; then exp's tail, scale bits per k mod 128.
const POW_LOG_TAB: usize = memory.data<u64>([
  0x3FF6A00000000000, 0, 0xBFD62C82F2B9C800, 0x3CFAB42428375680,
  0x3FF6800000000000, 0, 0xBFD5D1BDBF580800, 0xBD1CA508D8E0F720,
  0x3FF6600000000000, 0, 0xBFD5767717455800, 0xBD2362A4D5B6506D,
  0x3FF6400000000000, 0, 0xBFD51AAD872DF800, 0xBCE684E49EB067D5,
  0x3FF6200000000000, 0, 0xBFD4BE5F95777800, 0xBD041B6993293EE0,
  0x3FF6000000000000, 0, 0xBFD4618BC21C6000, 0x3D13D82F484C84CC,
  0x3FF5E00000000000, 0, 0xBFD404308686A800, 0x3CDC42F3ED820B3A,
  0x3FF5C00000000000, 0, 0xBFD3A64C55694800, 0x3D20B1C686519460,
  0x3FF5A00000000000, 0, 0xBFD347DD9A988000, 0x3D25594DD4C58092,
  0x3FF5800000000000, 0, 0xBFD2E8E2BAE12000, 0x3D267B1E99B72BD8,
  0x3FF5600000000000, 0, 0xBFD2895A13DE8800, 0x3D15CA14B6CFB03F,
  0x3FF5600000000000, 0, 0xBFD2895A13DE8800, 0x3D15CA14B6CFB03F,
  0x3FF5400000000000, 0, 0xBFD22941FBCF7800, 0xBD165A242853DA76,
  0x3FF5200000000000, 0, 0xBFD1C898C1699800, 0xBD1FAFBC68E75404,
  0x3FF5000000000000, 0, 0xBFD1675CABABA800, 0x3D1F1FC63382A8F0,
  0x3FF4E00000000000, 0, 0xBFD1058BF9AE4800, 0xBD26A8C4FD055A66,
  0x3FF4C00000000000, 0, 0xBFD0A324E2739000, 0xBD0C6BEE7EF4030E,
  0x3FF4A00000000000, 0, 0xBFD0402594B4D000, 0xBCF036B89EF42D7F,
  0x3FF4A00000000000, 0, 0xBFD0402594B4D000, 0xBCF036B89EF42D7F,
  0x3FF4800000000000, 0, 0xBFCFB9186D5E4000, 0x3D0D572AAB993C87,
  0x3FF4600000000000, 0, 0xBFCEF0ADCBDC6000, 0x3D2B26B79C86AF24,
  0x3FF4400000000000, 0, 0xBFCE27076E2AF000, 0xBD172F4F543FFF10,
  0x3FF4200000000000, 0, 0xBFCD5C216B4FC000, 0x3D21BA91BBCA681B,
  0x3FF4000000000000, 0, 0xBFCC8FF7C79AA000, 0x3D27794F689F8434,
  0x3FF4000000000000, 0, 0xBFCC8FF7C79AA000, 0x3D27794F689F8434,
  0x3FF3E00000000000, 0, 0xBFCBC286742D9000, 0x3D194EB0318BB78F,
  0x3FF3C00000000000, 0, 0xBFCAF3C94E80C000, 0x3CBA4E633FCD9066,
  0x3FF3A00000000000, 0, 0xBFCA23BC1FE2B000, 0xBD258C64DC46C1EA,
  0x3FF3A00000000000, 0, 0xBFCA23BC1FE2B000, 0xBD258C64DC46C1EA,
  0x3FF3800000000000, 0, 0xBFC9525A9CF45000, 0xBD2AD1D904C1D4E3,
  0x3FF3600000000000, 0, 0xBFC87FA06520D000, 0x3D2BBDBF7FDBFA09,
  0x3FF3400000000000, 0, 0xBFC7AB890210E000, 0x3D2BDB9072534A58,
  0x3FF3400000000000, 0, 0xBFC7AB890210E000, 0x3D2BDB9072534A58,
  0x3FF3200000000000, 0, 0xBFC6D60FE719D000, 0xBD10E46AA3B2E266,
  0x3FF3000000000000, 0, 0xBFC5FF3070A79000, 0xBD1E9E439F105039,
  0x3FF3000000000000, 0, 0xBFC5FF3070A79000, 0xBD1E9E439F105039,
  0x3FF2E00000000000, 0, 0xBFC526E5E3A1B000, 0xBD20DE8B90075B8F,
  0x3FF2C00000000000, 0, 0xBFC44D2B6CCB8000, 0x3D170CC16135783C,
  0x3FF2C00000000000, 0, 0xBFC44D2B6CCB8000, 0x3D170CC16135783C,
  0x3FF2A00000000000, 0, 0xBFC371FC201E9000, 0x3CF178864D27543A,
  0x3FF2800000000000, 0, 0xBFC29552F81FF000, 0xBD248D301771C408,
  0x3FF2600000000000, 0, 0xBFC1B72AD52F6000, 0xBD2E80A41811A396,
  0x3FF2600000000000, 0, 0xBFC1B72AD52F6000, 0xBD2E80A41811A396,
  0x3FF2400000000000, 0, 0xBFC0D77E7CD09000, 0x3D0A699688E85BF4,
  0x3FF2400000000000, 0, 0xBFC0D77E7CD09000, 0x3D0A699688E85BF4,
  0x3FF2200000000000, 0, 0xBFBFEC9131DBE000, 0xBD2575545CA333F2,
  0x3FF2000000000000, 0, 0xBFBE27076E2B0000, 0x3D2A342C2AF0003C,
  0x3FF2000000000000, 0, 0xBFBE27076E2B0000, 0x3D2A342C2AF0003C,
  0x3FF1E00000000000, 0, 0xBFBC5E548F5BC000, 0xBD1D0C57585FBE06,
  0x3FF1C00000000000, 0, 0xBFBA926D3A4AE000, 0x3D253935E85BAAC8,
  0x3FF1C00000000000, 0, 0xBFBA926D3A4AE000, 0x3D253935E85BAAC8,
  0x3FF1A00000000000, 0, 0xBFB8C345D631A000, 0x3D137C294D2F5668,
  0x3FF1A00000000000, 0, 0xBFB8C345D631A000, 0x3D137C294D2F5668,
  0x3FF1800000000000, 0, 0xBFB6F0D28AE56000, 0xBD269737C93373DA,
  0x3FF1600000000000, 0, 0xBFB51B073F062000, 0x3D1F025B61C65E57,
  0x3FF1600000000000, 0, 0xBFB51B073F062000, 0x3D1F025B61C65E57,
  0x3FF1400000000000, 0, 0xBFB341D7961BE000, 0x3D2C5EDACCF913DF,
  0x3FF1400000000000, 0, 0xBFB341D7961BE000, 0x3D2C5EDACCF913DF,
  0x3FF1200000000000, 0, 0xBFB16536EEA38000, 0x3D147C5E768FA309,
  0x3FF1000000000000, 0, 0xBFAF0A30C0118000, 0x3D2D599E83368E91,
  0x3FF1000000000000, 0, 0xBFAF0A30C0118000, 0x3D2D599E83368E91,
  0x3FF0E00000000000, 0, 0xBFAB42DD71198000, 0x3D1C827AE5D6704C,
  0x3FF0E00000000000, 0, 0xBFAB42DD71198000, 0x3D1C827AE5D6704C,
  0x3FF0C00000000000, 0, 0xBFA77458F632C000, 0xBD2CFC4634F2A1EE,
  0x3FF0C00000000000, 0, 0xBFA77458F632C000, 0xBD2CFC4634F2A1EE,
  0x3FF0A00000000000, 0, 0xBFA39E87B9FEC000, 0x3CF502B7F526FEAA,
  0x3FF0A00000000000, 0, 0xBFA39E87B9FEC000, 0x3CF502B7F526FEAA,
  0x3FF0800000000000, 0, 0xBF9F829B0E780000, 0xBD2980267C7E09E4,
  0x3FF0800000000000, 0, 0xBF9F829B0E780000, 0xBD2980267C7E09E4,
  0x3FF0600000000000, 0, 0xBF97B91B07D58000, 0xBD288D5493FAA639,
  0x3FF0400000000000, 0, 0xBF8FC0A8B0FC0000, 0xBCDF1E7CF6D3A69C,
  0x3FF0400000000000, 0, 0xBF8FC0A8B0FC0000, 0xBCDF1E7CF6D3A69C,
  0x3FF0200000000000, 0, 0xBF7FE02A6B100000, 0xBD19E23F0DDA40E4,
  0x3FF0200000000000, 0, 0xBF7FE02A6B100000, 0xBD19E23F0DDA40E4,
  0x3FF0000000000000, 0, 0, 0,
  0x3FF0000000000000, 0, 0, 0,
  0x3FEFC00000000000, 0, 0x3F80101575890000, 0xBD10C76B999D2BE8,
  0x3FEF800000000000, 0, 0x3F90205658938000, 0xBD23DC5B06E2F7D2,
  0x3FEF400000000000, 0, 0x3F98492528C90000, 0xBD2AA0BA325A0C34,
  0x3FEF000000000000, 0, 0x3FA0415D89E74000, 0x3D0111C05CF1D753,
  0x3FEEC00000000000, 0, 0x3FA466AED42E0000, 0xBD2C167375BDFD28,
  0x3FEE800000000000, 0, 0x3FA894AA149FC000, 0xBD197995D05A267D,
  0x3FEE400000000000, 0, 0x3FACCB73CDDDC000, 0xBD1A68F247D82807,
  0x3FEE200000000000, 0, 0x3FAEEA31C006C000, 0xBD0E113E4FC93B7B,
  0x3FEDE00000000000, 0, 0x3FB1973BD1466000, 0xBD25325D560D9E9B,
  0x3FEDA00000000000, 0, 0x3FB3BDF5A7D1E000, 0x3D2CC85EA5DB4ED7,
  0x3FED600000000000, 0, 0x3FB5E95A4D97A000, 0xBD2C69063C5D1D1E,
  0x3FED400000000000, 0, 0x3FB700D30AEAC000, 0x3CEC1E8DA99DED32,
  0x3FED000000000000, 0, 0x3FB9335E5D594000, 0x3D23115C3ABD47DA,
  0x3FECC00000000000, 0, 0x3FBB6AC88DAD6000, 0xBD1390802BF768E5,
  0x3FECA00000000000, 0, 0x3FBC885801BC4000, 0x3D2646D1C65AACD3,
  0x3FEC600000000000, 0, 0x3FBEC739830A2000, 0xBD2DC068AFE645E0,
  0x3FEC400000000000, 0, 0x3FBFE89139DBE000, 0xBD2534D64FA10AFD,
  0x3FEC000000000000, 0, 0x3FC1178E8227E000, 0x3D21EF78CE2D07F2,
  0x3FEBE00000000000, 0, 0x3FC1AA2B7E23F000, 0x3D2CA78E44389934,
  0x3FEBA00000000000, 0, 0x3FC2D1610C868000, 0x3D039D6CCB81B4A1,
  0x3FEB800000000000, 0, 0x3FC365FCB0159000, 0x3CC62FA8234B7289,
  0x3FEB400000000000, 0, 0x3FC4913D8333B000, 0x3D25837954FDB678,
  0x3FEB200000000000, 0, 0x3FC527E5E4A1B000, 0x3D2633E8E5697DC7,
  0x3FEAE00000000000, 0, 0x3FC6574EBE8C1000, 0x3D19CF8B2C3C2E78,
  0x3FEAC00000000000, 0, 0x3FC6F0128B757000, 0xBD25118DE59C21E1,
  0x3FEAA00000000000, 0, 0x3FC7898D85445000, 0xBD1C661070914305,
  0x3FEA600000000000, 0, 0x3FC8BEAFEB390000, 0xBD073D54AAE92CD1,
  0x3FEA400000000000, 0, 0x3FC95A5ADCF70000, 0x3D07F22858A0FF6F,
  0x3FEA000000000000, 0, 0x3FCA93ED3C8AE000, 0xBD28724350562169,
  0x3FE9E00000000000, 0, 0x3FCB31D8575BD000, 0xBD0C358D4EACE1AA,
  0x3FE9C00000000000, 0, 0x3FCBD087383BE000, 0xBD2D4BC4595412B6,
  0x3FE9A00000000000, 0, 0x3FCC6FFBC6F01000, 0xBCF1EC72C5962BD2,
  0x3FE9600000000000, 0, 0x3FCDB13DB0D49000, 0xBD2AFF2AF715B035,
  0x3FE9400000000000, 0, 0x3FCE530EFFE71000, 0x3CC212276041F430,
  0x3FE9200000000000, 0, 0x3FCEF5ADE4DD0000, 0xBCCA211565BB8E11,
  0x3FE9000000000000, 0, 0x3FCF991C6CB3B000, 0x3D1BCBECCA0CDF30,
  0x3FE8C00000000000, 0, 0x3FD07138604D5800, 0x3CF89CDB16ED4E91,
  0x3FE8A00000000000, 0, 0x3FD0C42D67616000, 0x3D27188B163CEAE9,
  0x3FE8800000000000, 0, 0x3FD1178E8227E800, 0xBD2C210E63A5F01C,
  0x3FE8600000000000, 0, 0x3FD16B5CCBACF800, 0x3D2B9ACDF7A51681,
  0x3FE8400000000000, 0, 0x3FD1BF99635A6800, 0x3D2CA6ED5147BDB7,
  0x3FE8200000000000, 0, 0x3FD214456D0EB800, 0x3D0A87DEBA46BAEA,
  0x3FE7E00000000000, 0, 0x3FD2BEF07CDC9000, 0x3D2A9CFA4A5004F4,
  0x3FE7C00000000000, 0, 0x3FD314F1E1D36000, 0xBD28E27AD3213CB8,
  0x3FE7A00000000000, 0, 0x3FD36B6776BE1000, 0x3D116ECDB0F177C8,
  0x3FE7800000000000, 0, 0x3FD3C25277333000, 0x3D183B54B606BD5C,
  0x3FE7600000000000, 0, 0x3FD419B423D5E800, 0x3D08E436EC90E09D,
  0x3FE7400000000000, 0, 0x3FD4718DC271C800, 0xBD2F27CE0967D675,
  0x3FE7200000000000, 0, 0x3FD4C9E09E173000, 0xBD2E20891B0AD8A4,
  0x3FE7000000000000, 0, 0x3FD522AE0738A000, 0x3D2EBE708164C759,
  0x3FE6E00000000000, 0, 0x3FD57BF753C8D000, 0x3D1FADEDEE5D40EF,
  0x3FE6C00000000000, 0, 0x3FD5D5BDDF596000, 0xBD0A0B2A08A465DC,
]);
const EXP_TAB: usize = memory.data<u64>([
  0, 0x3FF0000000000000, 0x3C9B3B4F1A88BF6E, 0x3FEFF63DA9FB3335,
  0xBC7160139CD8DC5D, 0x3FEFEC9A3E778061, 0xBC905E7A108766D1, 0x3FEFE315E86E7F85,
  0x3C8CD2523567F613, 0x3FEFD9B0D3158574, 0xBC8BCE8023F98EFA, 0x3FEFD06B29DDF6DE,
  0x3C60F74E61E6C861, 0x3FEFC74518759BC8, 0x3C90A3E45B33D399, 0x3FEFBE3ECAC6F383,
  0x3C979AA65D837B6D, 0x3FEFB5586CF9890F, 0x3C8EB51A92FDEFFC, 0x3FEFAC922B7247F7,
  0x3C3EBE3D702F9CD1, 0x3FEFA3EC32D3D1A2, 0xBC6A033489906E0B, 0x3FEF9B66AFFED31B,
  0xBC9556522A2FBD0E, 0x3FEF9301D0125B51, 0xBC5080EF8C4EEA55, 0x3FEF8ABDC06C31CC,
  0xBC91C923B9D5F416, 0x3FEF829AAEA92DE0, 0x3C80D3E3E95C55AF, 0x3FEF7A98C8A58E51,
  0xBC801B15EAA59348, 0x3FEF72B83C7D517B, 0xBC8F1FF055DE323D, 0x3FEF6AF9388C8DEA,
  0x3C8B898C3F1353BF, 0x3FEF635BEB6FCB75, 0xBC96D99C7611EB26, 0x3FEF5BE084045CD4,
  0x3C9AECF73E3A2F60, 0x3FEF54873168B9AA, 0xBC8FE782CB86389D, 0x3FEF4D5022FCD91D,
  0x3C8A6F4144A6C38D, 0x3FEF463B88628CD6, 0x3C807A05B0E4047D, 0x3FEF3F49917DDC96,
  0x3C968EFDE3A8A894, 0x3FEF387A6E756238, 0x3C875E18F274487D, 0x3FEF31CE4FB2A63F,
  0x3C80472B981FE7F2, 0x3FEF2B4565E27CDD, 0xBC96B87B3F71085E, 0x3FEF24DFE1F56381,
  0x3C82F7E16D09AB31, 0x3FEF1E9DF51FDEE1, 0xBC3D219B1A6FBFFA, 0x3FEF187FD0DAD990,
  0x3C8B3782720C0AB4, 0x3FEF1285A6E4030B, 0x3C6E149289CECB8F, 0x3FEF0CAFA93E2F56,
  0x3C834D754DB0ABB6, 0x3FEF06FE0A31B715, 0x3C864201E2AC744C, 0x3FEF0170FC4CD831,
  0x3C8FDD395DD3F84A, 0x3FEEFC08B26416FF, 0xBC86A3803B8E5B04, 0x3FEEF6C55F929FF1,
  0xBC924AEDCC4B5068, 0x3FEEF1A7373AA9CB, 0xBC9907F81B512D8E, 0x3FEEECAE6D05D866,
  0xBC71D1E83E9436D2, 0x3FEEE7DB34E59FF7, 0xBC991919B3CE1B15, 0x3FEEE32DC313A8E5,
  0x3C859F48A72A4C6D, 0x3FEEDEA64C123422, 0xBC9312607A28698A, 0x3FEEDA4504AC801C,
  0xBC58A78F4817895B, 0x3FEED60A21F72E2A, 0xBC7C2C9B67499A1B, 0x3FEED1F5D950A897,
  0x3C4363ED60C2AC11, 0x3FEECE086061892D, 0x3C9666093B0664EF, 0x3FEECA41ED1D0057,
  0x3C6ECCE1DAA10379, 0x3FEEC6A2B5C13CD0, 0x3C93FF8E3F0F1230, 0x3FEEC32AF0D7D3DE,
  0x3C7690CEBB7AAFB0, 0x3FEEBFDAD5362A27, 0x3C931DBDEB54E077, 0x3FEEBCB299FDDD0D,
  0xBC8F94340071A38E, 0x3FEEB9B2769D2CA7, 0xBC87DECCDC93A349, 0x3FEEB6DAA2CF6642,
  0xBC78DEC6BD0F385F, 0x3FEEB42B569D4F82, 0xBC861246EC7B5CF6, 0x3FEEB1A4CA5D920F,
  0x3C93350518FDD78E, 0x3FEEAF4736B527DA, 0x3C7B98B72F8A9B05, 0x3FEEAD12D497C7FD,
  0x3C9063E1E21C5409, 0x3FEEAB07DD485429, 0x3C34C7855019C6EA, 0x3FEEA9268A5946B7,
  0x3C9432E62B64C035, 0x3FEEA76F15AD2148, 0xBC8CE44A6199769F, 0x3FEEA5E1B976DC09,
  0xBC8C33C53BEF4DA8, 0x3FEEA47EB03A5585, 0xBC845378892BE9AE, 0x3FEEA34634CCC320,
  0xBC93CEDD78565858, 0x3FEEA23882552225, 0x3C5710AA807E1964, 0x3FEEA155D44CA973,
  0xBC93B3EFBF5E2228, 0x3FEEA09E667F3BCD, 0xBC6A12AD8734B982, 0x3FEEA012750BDABF,
  0xBC6367EFB86DA9EE, 0x3FEE9FB23C651A2F, 0xBC80DC3D54E08851, 0x3FEE9F7DF9519484,
  0xBC781F647E5A3ECF, 0x3FEE9F75E8EC5F74, 0xBC86EE4AC08B7DB0, 0x3FEE9F9A48A58174,
  0xBC8619321E55E68A, 0x3FEE9FEB564267C9, 0x3C909CCB5E09D4D3, 0x3FEEA0694FDE5D3F,
  0xBC7B32DCB94DA51D, 0x3FEEA11473EB0187, 0x3C94ECFD5467C06B, 0x3FEEA1ED0130C132,
  0x3C65EBE1ABD66C55, 0x3FEEA2F336CF4E62, 0xBC88A1C52FB3CF42, 0x3FEEA427543E1A12,
  0xBC9369B6F13B3734, 0x3FEEA589994CCE13, 0xBC805E843A19FF1E, 0x3FEEA71A4623C7AD,
  0xBC94D450D872576E, 0x3FEEA8D99B4492ED, 0x3C90AD675B0E8A00, 0x3FEEAAC7D98A6699,
  0x3C8DB72FC1F0EAB4, 0x3FEEACE5422AA0DB, 0xBC65B6609CC5E7FF, 0x3FEEAF3216B5448C,
  0x3C7BF68359F35F44, 0x3FEEB1AE99157736, 0xBC93091FA71E3D83, 0x3FEEB45B0B91FFC6,
  0xBC5DA9B88B6C1E29, 0x3FEEB737B0CDC5E5, 0xBC6C23F97C90B959, 0x3FEEBA44CBC8520F,
  0xBC92434322F4F9AA, 0x3FEEBD829FDE4E50, 0xBC85CA6CD7668E4B, 0x3FEEC0F170CA07BA,
  0x3C71AFFC2B91CE27, 0x3FEEC49182A3F090, 0x3C6DD235E10A73BB, 0x3FEEC86319E32323,
  0xBC87C50422622263, 0x3FEECC667B5DE565, 0x3C8B1C86E3E231D5, 0x3FEED09BEC4A2D33,
  0xBC91BBD1D3BCBB15, 0x3FEED503B23E255D, 0x3C90CC319CEE31D2, 0x3FEED99E1330B358,
  0x3C8469846E735AB3, 0x3FEEDE6B5579FDBF, 0xBC82DFCD978E9DB4, 0x3FEEE36BBFD3F37A,
  0x3C8C1A7792CB3387, 0x3FEEE89F995AD3AD, 0xBC907B8F4AD1D9FA, 0x3FEEEE07298DB666,
  0xBC55C3D956DCAEBA, 0x3FEEF3A2B84F15FB, 0xBC90A40E3DA6F640, 0x3FEEF9728DE5593A,
  0xBC68D6F438AD9334, 0x3FEEFF76F2FB5E47, 0xBC91EEE26B588A35, 0x3FEF05B030A1064A,
  0x3C74FFD70A5FDDCD, 0x3FEF0C1E904BC1D2, 0xBC91BDFBFA9298AC, 0x3FEF12C25BD71E09,
  0x3C736EAE30AF0CB3, 0x3FEF199BDD85529C, 0x3C8EE3325C9FFD94, 0x3FEF20AB5FFFD07A,
  0x3C84E08FD10959AC, 0x3FEF27F12E57D14B, 0x3C63CDAF384E1A67, 0x3FEF2F6D9406E7B5,
  0x3C676B2C6C921968, 0x3FEF3720DCEF9069, 0xBC808A1883CCB5D2, 0x3FEF3F0B555DC3FA,
  0xBC8FAD5D3FFFFA6F, 0x3FEF472D4A07897C, 0xBC900DAE3875A949, 0x3FEF4F87080D89F2,
  0x3C74A385A63D07A7, 0x3FEF5818DCFBA487, 0xBC82919E2040220F, 0x3FEF60E316C98398,
  0x3C8E5A50D5C192AC, 0x3FEF69E603DB3285, 0x3C843A59AC016B4B, 0x3FEF7321F301B460,
  0xBC82D52107B43E1F, 0x3FEF7C97337B9B5F, 0xBC892AB93B470DC9, 0x3FEF864614F5A129,
  0x3C74B604603A88D3, 0x3FEF902EE78B3FF6, 0x3C83C5EC519D7271, 0x3FEF9A51FBC74C83,
  0xBC8FF7128FD391F0, 0x3FEFA4AFA2A490DA, 0xBC8DAE98E223747D, 0x3FEFAF482D8E67F1,
  0x3C8EC3BC41AA2008, 0x3FEFBA1BEE615A27, 0x3C842B94C3A9EB32, 0x3FEFC52B376BBA97,
  0x3C8A64A931D185EE, 0x3FEFD0765B6E4540, 0xBC8E37BAE43BE3ED, 0x3FEFDBFDAD9CBE14,
  0x3C77893B4D91CD9D, 0x3FEFE7C1819E90D8, 0x3C5305C14160CC89, 0x3FEFF3C22B8F71F1,
]);

/** 0 if the bits of a nonzero finite double are not an integer, 1 an odd one, 2 an even one. */
// @ts-ignore: decorator
@inline function checkInt(iy: u64): i32 {
  const e = <i32>((iy >> 52) & 0x7ff);
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  const m: u64 = <u64>1 << <u64>(0x3ff + 52 - e);
  if (iy & (m - 1)) return 0;
  return iy & m ? 1 : 2;
}
// @ts-ignore: decorator
@inline function zeroInfNan(u: u64): bool { return (u << 1) - 1 >= 0xFFE0000000000000 - 1; }

let logTail: f64 = 0;
/** log(x) + logTail (double-double) of the bits ix (a subnormal normalised with a negative exponent). */
// @ts-ignore: decorator
@inline function logInline(ix: u64, hw: bool): f64 {
  const tmp = ix - 0x3FE6955500000000;
  const i = <usize>((tmp >> 45) & 127);
  const k = <i64>tmp >> 52;
  const z = reinterpret<f64>(ix - (tmp & (<u64>0xfff << 52)));
  const kd = <f64>k;
  const e = POW_LOG_TAB + (i << 5);
  const invc = load<f64>(e), logc = load<f64>(e, 16), logctail = load<f64>(e, 24);
  const r = fmaG(z, invc, -1.0, hw);
  const t1 = fmaG(kd, reinterpret<f64>(0x3FE62E42FEFA3800), logc, hw);
  const t2 = t1 + r;
  const lo1 = fmaG(kd, reinterpret<f64>(0x3D2EF35793C76730), logctail, hw);
  const lo2 = t1 - t2 + r;
  const ar = -0.5 * r, ar2 = r * ar, ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fmaG(ar, r, -ar2, hw);
  const lo4 = t2 - hi + ar2;
  const a12 = fmaG(r, reinterpret<f64>(0x3FE0000000000006), reinterpret<f64>(0xBFE5555555555560), hw);
  const a34 = fmaG(r, reinterpret<f64>(0xBFE555555529A47A), reinterpret<f64>(0x3FE999999959554E), hw);
  const a56 = fmaG(r, reinterpret<f64>(0x3FF0002B8B263FC3), reinterpret<f64>(0xBFF2495B9B4845E9), hw);
  const q = fmaG(ar2, fmaG(ar2, a56, a34, hw), a12, hw);
  const lo = fmaG(ar3, q, lo1 + lo2 + lo3 + lo4, hw);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** exp's special case: 2^(k/N)·(1 + tmp) when |x| > 512, scaled without overflow or double rounding. */
function powSpecial(tmp: f64, sbits: u64, ki: u64, hw: bool): f64 {
  if ((ki & 0x80000000) == 0) {
    sbits -= <u64>1009 << 52;
    const scale = reinterpret<f64>(sbits);
    return reinterpret<f64>(0x7F00000000000000) * fmaG(scale, tmp, scale, hw);   // 0x1p1009
  }
  sbits += <u64>1022 << 52;
  const scale = reinterpret<f64>(sbits), st = scale * tmp;
  let y = scale + st;
  if (abs(y) < 1.0) {
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    if (y == 0) y = reinterpret<f64>(sbits & 0x8000000000000000);
  }
  return reinterpret<f64>(0x0010000000000000) * y;   // 0x1p-1022
}

/** sign·exp(x + xtail). */
// @ts-ignore: decorator
@inline function expInline(x: f64, xtail: f64, signBias: u64, hw: bool): f64 {
  let abstop = <u32>(reinterpret<u64>(x) >> 52) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f) {
    if (abstop - 0x3c9 >= 0x80000000) { const one = 1.0 + x; return signBias ? -one : one; }
    if (abstop >= 0x409) {
      if (reinterpret<i64>(x) < 0) return signBias ? -0.0 : 0.0;   // __math_uflow
      return signBias ? -Infinity : Infinity;                       // __math_oflow
    }
    abstop = 0;
  }
  const shift = reinterpret<f64>(0x4338000000000000);
  let kd = fmaG(x, reinterpret<f64>(0x40671547652B82FE), shift, hw);
  const ki = reinterpret<u64>(kd);
  kd -= shift;
  let r = fmaG(kd, reinterpret<f64>(0xBD0CF79ABC9E3B3A), fmaG(kd, reinterpret<f64>(0xBF762E42FEFA0000), x, hw), hw);
  r = xtail + r;
  const idx = <usize>((ki & 127) << 1);
  const top = (ki + signBias) << 45;
  const tail = load<f64>(EXP_TAB + (idx << 3));
  const sbits = load<u64>(EXP_TAB + (idx << 3), 8) + top;
  const r2 = r * r;
  const c23 = fmaG(r, reinterpret<f64>(0x3FC555555555543C), reinterpret<f64>(0x3FDFFFFFFFFFFDBD), hw);
  const c45 = fmaG(r, reinterpret<f64>(0x3F81111167A4D017), reinterpret<f64>(0x3FA55555CF172B91), hw);
  const tmp = fmaG(r2 * r2, c45, fmaG(r2, c23, tail + r, hw), hw);
  if (abstop == 0) return powSpecial(tmp, sbits, ki, hw);
  const scale = reinterpret<f64>(sbits);
  return fmaG(scale, tmp, scale, hw);
}

/** glibc's pow (FMA build). */
export function powG(x: f64, y: f64): f64 {
  const hw = madIsFused();
  let signBias: u64 = 0;
  let ix = reinterpret<u64>(x);
  const iy = reinterpret<u64>(y);
  let topx = <u32>(ix >> 52);
  const topy = <u32>(iy >> 52);
  if (topx - 0x001 >= 0x7ff - 0x001 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
    if (zeroInfNan(iy)) {
      if ((iy << 1) == 0) return 1.0;
      if (ix == 0x3FF0000000000000) return 1.0;
      if ((ix << 1) > 0xFFE0000000000000 || (iy << 1) > 0xFFE0000000000000) return x + y;
      if ((ix << 1) == 0x7FE0000000000000) return 1.0;
      if (((ix << 1) < 0x7FE0000000000000) == !(iy >> 63)) return 0.0;
      return y * y;
    }
    if (zeroInfNan(ix)) {
      let x2 = x * x;
      if ((ix >> 63) && checkInt(iy) == 1) x2 = -x2;
      return iy >> 63 ? 1 / x2 : x2;
    }
    if (ix >> 63) {
      const yint = checkInt(iy);
      if (yint == 0) return (x - x) / (x - x);
      if (yint == 1) signBias = 0x800 << 7;
      ix &= 0x7FFFFFFFFFFFFFFF;
      topx &= 0x7ff;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
      if (ix == 0x3FF0000000000000) return 1.0;
      if ((topy & 0x7ff) < 0x3be) return ix > 0x3FF0000000000000 ? 1.0 + y : 1.0 - y;
      return (ix > 0x3FF0000000000000) == (topy < 0x800) ? Infinity : 0.0;
    }
    if (topx == 0) {   // subnormal: normalised, the exponent negative
      ix = reinterpret<u64>(x * reinterpret<f64>(0x4330000000000000)) & 0x7FFFFFFFFFFFFFFF;
      ix -= <u64>52 << 52;
    }
  }
  const hi = logInline(ix, hw), lo = logTail;
  const ehi = y * hi;
  const elo = fmaG(y, lo, fmaG(y, hi, -ehi, hw), hw);
  return expInline(ehi, elo, signBias, hw);
}

/** Whether the last powf4Pos took every lane (a global of each instance, so of each thread). */
export let powf4Ok = false;
/**
 * powfG of four positive normal floats (the lanes of x) to a nonzero finite power y, two lanes at a time in f64x2
 * with the hardware's FMA (the same operations as powfG, so the same bits); powf4Ok false (the result meaningless)
 * when relaxed_madd does not fuse, or some lane is not a positive normal float or needs powfG's special cases
 * (|y·log2 x| ≥ 126).
 */
export function powf4Pos(x: v128, y: f32): v128 {
  powf4Ok = false;
  let res = i64x2.splat(0);
  if (!ASC_FEATURE_RELAXED_SIMD) return res;
  if (!madIsFused()) return res;
  if (!i32x4.all_true(i32x4.lt_u(i32x4.sub(x, i32x4.splat(0x00800000)), i32x4.splat(0x7f800000 - 0x00800000)))) return res;
  const ix = x;
  const tmp = i32x4.sub(ix, i32x4.splat(0x3f330000));
  const top = v128.and(tmp, i32x4.splat(<i32>0xff800000));
  const zf = i32x4.sub(ix, top);   // the floats z
  const kk = i32x4.shr_s(top, 23);
  const yd = f64x2.splat(<f64>y);
  for (let h = 0; h < 2; h++) {
    const z = h == 0 ? f64x2.promote_low_f32x4(zf) : f64x2.promote_low_f32x4(i32x4.shuffle(zf, zf, 2, 3, 0, 1));
    const k = h == 0 ? f64x2.convert_low_i32x4_s(kk) : f64x2.convert_low_i32x4_s(i32x4.shuffle(kk, kk, 2, 3, 0, 1));
    const th = h == 0 ? tmp : i32x4.shuffle(tmp, tmp, 2, 3, 0, 1);
    const t0 = <u32>i32x4.extract_lane(th, 0), t1 = <u32>i32x4.extract_lane(th, 1);
    const e0 = POWF_LOG2 + (<usize>((t0 >> 19) & 15) << 4), e1 = POWF_LOG2 + (<usize>((t1 >> 19) & 15) << 4);
    const invc = f64x2.replace_lane(f64x2.splat(load<f64>(e0)), 1, load<f64>(e1));
    const logc = f64x2.replace_lane(f64x2.splat(load<f64>(e0, 8)), 1, load<f64>(e1, 8));
    const r = f64x2.relaxed_madd(z, invc, f64x2.splat(-1.0));
    const y0 = f64x2.add(logc, k);
    const r2 = f64x2.mul(r, r);
    let yl = f64x2.relaxed_madd(r, f64x2.splat(reinterpret<f64>(0x3FD27616C9496E0B)), f64x2.splat(reinterpret<f64>(0xBFD71969A075C67A)));
    const p = f64x2.relaxed_madd(r, f64x2.splat(reinterpret<f64>(0x3FDEC70A6CA7BADD)), f64x2.splat(reinterpret<f64>(0xBFE7154748BEF6C8)));
    const r4 = f64x2.mul(r2, r2);
    let q = f64x2.relaxed_madd(r, f64x2.splat(reinterpret<f64>(0x3FF71547652AB82B)), y0);
    q = f64x2.relaxed_madd(r2, p, q);
    yl = f64x2.relaxed_madd(yl, r4, q);
    const ylogx = f64x2.mul(yd, yl);
    if (v128.any_true(f64x2.ge(f64x2.abs(ylogx), f64x2.splat(126.0)))) return res;
    const shift = f64x2.splat(reinterpret<f64>(0x42E8000000000000));
    const kd0 = f64x2.add(ylogx, shift);
    const rr = f64x2.sub(ylogx, f64x2.sub(kd0, shift));
    const ki0 = i64x2.extract_lane(kd0, 0), ki1 = i64x2.extract_lane(kd0, 1);
    const tt = i64x2.add(i64x2.replace_lane(i64x2.splat(load<i64>(EXPF_T + ((<usize>ki0 & 31) << 3))), 1, load<i64>(EXPF_T + ((<usize>ki1 & 31) << 3))),
      i64x2.shl(kd0, 47));
    const zz = f64x2.relaxed_madd(rr, f64x2.splat(reinterpret<f64>(0x3FAC6AF84B912394)), f64x2.splat(reinterpret<f64>(0x3FCEBFCE50FAC4F3)));
    const rr2 = f64x2.mul(rr, rr);
    let yy = f64x2.relaxed_madd(rr, f64x2.splat(reinterpret<f64>(0x3FE62E42FF0C52D6)), f64x2.splat(1.0));
    yy = f64x2.relaxed_madd(zz, rr2, yy);
    const half = f32x4.demote_f64x2_zero(f64x2.mul(yy, tt));
    res = h == 0 ? half : i32x4.shuffle(res, half, 0, 1, 4, 5);
  }
  powf4Ok = true;
  return res;
}
