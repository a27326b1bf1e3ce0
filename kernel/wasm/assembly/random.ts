// PyTorch 1.13.1's CPU random kernels, bit for bit (the engine's random.ts documents the streams and checks them
// against real torch; random_math.ts holds the same floating-point replicas in JS for the scalar paths):
//  - the MT19937 engine of aten/src/ATen/core/MT19937RNGEngine.h (mt19937ar with Cokus's lazy refill), over a
//    state block the host copies in and out: u32 state[624] at 0, i32 left at 2496, i32 next at 2500;
//  - uniform_ (24 random bits for float, 53 for double, then a fused multiply-add), normal_'s 16-wide fills
//    (normal_fill_16_AVX2 with avx_mathfun.h's log256_ps / sincos256_ps lane by lane for float32;
//    normal_fill_16<double> with glibc 2.36's __log_fma and __sincos_fma for float64), bernoulli_(p),
//    random_(from, to) / randint, randperm.
// Fused multiply-adds are computed correctly rounded (fma32s-style round-to-odd in double for float; welford.ts's
// fmaW for double: the hardware's through relaxed_madd when it fuses, else Boldo & Melquiond's emulation).
import { fmaW, madIsFused } from './welford';

// @ts-ignore: decorator
@inline const MT_N: i32 = 624;
// @ts-ignore: decorator
@inline const MT_M: i32 = 397;

let mtSt: usize = 0;
let mtLeft: i32 = 1;
let mtNext: i32 = 0;

// @ts-ignore: decorator
@inline function mtBegin(st: usize): void {
  mtSt = st;
  mtLeft = load<i32>(st, 2496);
  mtNext = load<i32>(st, 2500);
}
// @ts-ignore: decorator
@inline function mtEnd(): void {
  store<i32>(mtSt, mtLeft, 2496);
  store<i32>(mtSt, mtNext, 2500);
}

/** next_state(): regenerate the 624 words in place, in PyTorch's order. */
function mtRefill(): void {
  const s = mtSt;
  let j = 0;
  for (; j < MT_N - MT_M; j++) {
    const u = load<u32>(s + (<usize>j << 2)), v = load<u32>(s + (<usize>j << 2), 4);
    const mixed = ((u & 0x80000000) | (v & 0x7fffffff)) >>> 1;
    store<u32>(s + (<usize>j << 2), load<u32>(s + (<usize>(j + MT_M) << 2)) ^ mixed ^ ((v & 1) != 0 ? 0x9908b0df : 0));
  }
  for (; j < MT_N - 1; j++) {
    const u = load<u32>(s + (<usize>j << 2)), v = load<u32>(s + (<usize>j << 2), 4);
    const mixed = ((u & 0x80000000) | (v & 0x7fffffff)) >>> 1;
    store<u32>(s + (<usize>j << 2), load<u32>(s + (<usize>(j + MT_M - MT_N) << 2)) ^ mixed ^ ((v & 1) != 0 ? 0x9908b0df : 0));
  }
  const u = load<u32>(s + (<usize>j << 2)), v = load<u32>(s);
  const mixed = ((u & 0x80000000) | (v & 0x7fffffff)) >>> 1;
  store<u32>(s + (<usize>j << 2), load<u32>(s + (<usize>(MT_M - 1) << 2)) ^ mixed ^ ((v & 1) != 0 ? 0x9908b0df : 0));
  mtLeft = MT_N;
  mtNext = 0;
}

/** CPUGeneratorImpl::random(): the next 32-bit output. */
// @ts-ignore: decorator
@inline function mtNext32(): u32 {
  if (--mtLeft == 0) mtRefill();
  let y = load<u32>(mtSt + (<usize>(mtNext++) << 2));
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y;
}
/** random64(): (hi << 32) | lo of two outputs. */
// @ts-ignore: decorator
@inline function mtNext64(): u64 {
  const hi = <u64>mtNext32();
  return (hi << 32) | <u64>mtNext32();
}
// @ts-ignore: decorator
@inline function uniform24(): f32 { return <f32>(mtNext32() & 0xffffff) * <f32>5.9604644775390625e-8; }
// @ts-ignore: decorator
@inline function uniform53(): f64 { return <f64>(mtNext64() & 0x1fffffffffffff) * 1.1102230246251565e-16; }

/** Round-to-odd a·b + c of floats in double (exact product), then rounded once to float: fma for float32. */
// @ts-ignore: decorator
@inline function fma32r(a: f32, b: f32, c: f32): f32 {
  const p = <f64>a * <f64>b, q = <f64>c;
  const s = p + q;
  const bb = s - p;
  const err = (p - (s - bb)) + (q - bb);
  // Branch-free (the sign of err is random): move an inexact sum with an even last bit one ulp toward the exact
  // value; err is NaN when s overflowed, which leaves s alone.
  const bits = reinterpret<i64>(s);
  const step = select<i64>(1, -1, (s > 0) == (err > 0));
  return <f32>reinterpret<f64>(bits + select<i64>(step, 0, (err != 0) & (err == err) & ((bits & 1) == 0)));
}

let fusedProbeF: i32 = 0;   // 1: f32x4.relaxed_madd is one fused multiply-add here, 2: it is not
/** Whether f32x4.relaxed_madd fuses ((1 + 2^-12)² - (1 + 2^-11) is 2^-24 fused, 0 otherwise). */
function madIsFusedF32(): bool {
  if (!ASC_FEATURE_RELAXED_SIMD) return false;
  if (fusedProbeF == 0) {
    const a = f32x4.splat(1.000244140625);
    fusedProbeF = f32x4.extract_lane(f32x4.relaxed_madd(a, a, f32x4.splat(-1.00048828125)), 0) != 0 ? 1 : 2;
  }
  return fusedProbeF == 1;
}
/** fma for float32 lanes: relaxed_madd where it fuses (`hw`), else fma32r lane by lane. */
// @ts-ignore: decorator
@inline function fmaF4(a: v128, b: v128, c: v128, hw: bool): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return f32x4.relaxed_madd(a, b, c);
  }
  let r = c;
  r = f32x4.replace_lane(r, 0, fma32r(f32x4.extract_lane(a, 0), f32x4.extract_lane(b, 0), f32x4.extract_lane(c, 0)));
  r = f32x4.replace_lane(r, 1, fma32r(f32x4.extract_lane(a, 1), f32x4.extract_lane(b, 1), f32x4.extract_lane(c, 1)));
  r = f32x4.replace_lane(r, 2, fma32r(f32x4.extract_lane(a, 2), f32x4.extract_lane(b, 2), f32x4.extract_lane(c, 2)));
  r = f32x4.replace_lane(r, 3, fma32r(f32x4.extract_lane(a, 3), f32x4.extract_lane(b, 3), f32x4.extract_lane(c, 3)));
  return r;
}
/** Scalar float32 fma: the hardware's through relaxed_madd when it fuses, else fma32r. */
// @ts-ignore: decorator
@inline function fmaF(a: f32, b: f32, c: f32, hw: bool): f32 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return f32x4.extract_lane(f32x4.relaxed_madd(f32x4.splat(a), f32x4.splat(b), f32x4.splat(c)), 0);
  }
  return fma32r(a, b, c);
}

/** n raw 32-bit outputs into dst (u32). */
export function rngRaw32(st: usize, dst: usize, n: i32): void {
  mtBegin(st);
  for (let i = 0; i < n; i++) store<u32>(dst + (<usize>i << 2), mtNext32());
  mtEnd();
}

/** uniform_(from, to) on n contiguous floats: fma(u24 · 2^-24, range, from) in float. */
export function rngUniformF32(st: usize, dst: usize, n: i32, from: f32, range: f32): void {
  const hw = madIsFusedF32();
  mtBegin(st);
  for (let i = 0; i < n; i++) store<f32>(dst + (<usize>i << 2), fmaF(uniform24(), range, from, hw));
  mtEnd();
}

/** uniform_(from, to) on n contiguous doubles: fma(u53 · 2^-53, range, from). */
export function rngUniformF64(st: usize, dst: usize, n: i32, from: f64, range: f64): void {
  const hw = madIsFused();
  mtBegin(st);
  for (let i = 0; i < n; i++) store<f64>(dst + (<usize>i << 3), fmaW(uniform53(), range, from, hw));
  mtEnd();
}

/** bernoulli_(p): one random64() per element, 1 when its 53-bit uniform is below p. dt 2: float, 3: double, 0: u8. */
export function rngBernoulli(st: usize, dt: i32, dst: usize, n: i32, p: f64): void {
  mtBegin(st);
  if (dt == 2) for (let i = 0; i < n; i++) store<f32>(dst + (<usize>i << 2), <f32>(uniform53() < p));
  else if (dt == 3) for (let i = 0; i < n; i++) store<f64>(dst + (<usize>i << 3), <f64>(uniform53() < p));
  else for (let i = 0; i < n; i++) store<u8>(dst + <usize>i, <u8>(uniform53() < p));
  mtEnd();
}

/**
 * random_(from, to) / randint: random() % range + low, random64() % range when range >= 2^32 (range as an
 * unsigned 64-bit value). dt 1 writes int64, 3 double (the int64 value converted, rounded to nearest).
 */
export function rngRandint(st: usize, dt: i32, dst: usize, n: i32, low: i64, range: u64): void {
  mtBegin(st);
  if (range >= 0x100000000) {
    for (let i = 0; i < n; i++) {
      const v = <i64>(mtNext64() % range) + low;
      if (dt == 1) store<i64>(dst + (<usize>i << 3), v); else store<f64>(dst + (<usize>i << 3), <f64>v);
    }
  } else {
    const r = <u32>range;
    for (let i = 0; i < n; i++) {
      const v = <i64>(mtNext32() % r) + low;
      if (dt == 1) store<i64>(dst + (<usize>i << 3), v); else store<f64>(dst + (<usize>i << 3), <f64>v);
    }
  }
  mtEnd();
}

/** randperm_cpu: r = 0..n-1 (int64), then for i < n - 1 swap r[i] and r[i + random() % (n - i)]. */
export function rngRandperm(st: usize, dst: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<i64>(dst + (<usize>i << 3), <i64>i);
  mtBegin(st);
  for (let i = 0; i < n - 1; i++) {
    const z = <i32>(mtNext32() % <u32>(n - i));
    const a = dst + (<usize>i << 3), b = dst + (<usize>(i + z) << 3);
    const t = load<i64>(a);
    store<i64>(a, load<i64>(b));
    store<i64>(b, t);
  }
  mtEnd();
}

// ------------------------------------------------------------------ avx_mathfun.h (float32 lanes)
// @ts-ignore: decorator
@inline const TWO_PI_F: f32 = <f32>6.283185307179586;
// @ts-ignore: decorator
@inline const SQRTHF: f32 = <f32>0.707106781186547524;
const LOG_P: StaticArray<f32> = [7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1];
// @ts-ignore: decorator
@inline const LOG_Q1: f32 = -2.12194440e-4;
// @ts-ignore: decorator
@inline const LOG_Q2: f32 = 0.693359375;
// @ts-ignore: decorator
@inline const DP1: f32 = -0.78515625;
// @ts-ignore: decorator
@inline const DP2: f32 = -2.4187564849853515625e-4;
// @ts-ignore: decorator
@inline const DP3: f32 = -3.77489497744594108e-8;
// @ts-ignore: decorator
@inline const SIN_P0: f32 = -1.9515295891e-4;
// @ts-ignore: decorator
@inline const SIN_P1: f32 = 8.3321608736e-3;
// @ts-ignore: decorator
@inline const SIN_P2: f32 = -1.6666654611e-1;
// @ts-ignore: decorator
@inline const COS_P0: f32 = 2.443315711809948e-5;
// @ts-ignore: decorator
@inline const COS_P1: f32 = -1.388731625493765e-3;
// @ts-ignore: decorator
@inline const COS_P2: f32 = 4.166664568298827e-2;
// @ts-ignore: decorator
@inline const FOPI: f32 = 1.27323954473516;

// @ts-ignore: decorator
@inline function sp(x: f32): v128 { return f32x4.splat(x); }
// @ts-ignore: decorator
@inline function si(x: i32): v128 { return i32x4.splat(x); }

/** log256_ps on four lanes (x = 1 - u in [2^-24, 1]). */
// @ts-ignore: decorator
@inline function log4(x0: v128, hw: bool): v128 {
  const one = sp(1);
  const invalid = f32x4.le(x0, f32x4.splat(0));
  let x = f32x4.max(x0, sp(1.1754943508222875e-38));
  const b = x;
  let e = f32x4.convert_i32x4_s(i32x4.sub(i32x4.shr_u(b, 23), si(0x7f)));
  x = v128.or(v128.and(b, si(0x807fffff)), si(0x3f000000));
  e = f32x4.add(e, one);
  const lt = f32x4.lt(x, sp(SQRTHF));
  const tmp = v128.and(x, lt);
  x = f32x4.sub(x, one);
  e = f32x4.sub(e, v128.and(one, lt));
  x = f32x4.add(x, tmp);
  let y = sp(unchecked(LOG_P[0]));
  y = fmaF4(y, x, sp(unchecked(LOG_P[1])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[2])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[3])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[4])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[5])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[6])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[7])), hw);
  y = fmaF4(y, x, sp(unchecked(LOG_P[8])), hw);
  const z = f32x4.mul(x, x);
  y = f32x4.mul(x, y);
  y = fmaF4(y, z, f32x4.mul(e, sp(LOG_Q1)), hw);
  y = fmaF4(f32x4.neg(z), sp(0.5), y, hw);
  x = f32x4.add(x, y);
  x = fmaF4(e, sp(LOG_Q2), x, hw);
  return v128.or(x, invalid);
}

let sin4: v128 = i32x4.splat(0);
let cos4: v128 = i32x4.splat(0);

/** sincos256_ps on four lanes: sets sin4 and cos4. */
// @ts-ignore: decorator
@inline function sincos4(x0: v128, hw: bool): void {
  let signSin = v128.and(x0, si(0x80000000));
  let x = f32x4.abs(x0);
  let j = i32x4.trunc_sat_f32x4_s(f32x4.mul(x, sp(FOPI)));
  j = v128.and(i32x4.add(j, si(1)), si(~1));
  const y = f32x4.convert_i32x4_s(j);
  const swapSin = i32x4.shl(v128.and(j, si(4)), 29);
  const polyMask = i32x4.eq(v128.and(j, si(2)), si(0));
  x = fmaF4(y, sp(DP1), x, hw);
  x = fmaF4(y, sp(DP2), x, hw);
  x = fmaF4(y, sp(DP3), x, hw);
  const signCos = i32x4.shl(v128.andnot(si(4), i32x4.sub(j, si(2))), 29);
  signSin = v128.xor(signSin, swapSin);
  const z = f32x4.mul(x, x);
  let c = fmaF4(sp(COS_P0), z, sp(COS_P1), hw);
  c = fmaF4(c, z, sp(COS_P2), hw);
  c = f32x4.mul(z, c);
  c = fmaF4(c, z, f32x4.neg(f32x4.mul(z, sp(0.5))), hw);
  c = f32x4.add(c, sp(1));
  let s = fmaF4(z, sp(SIN_P0), sp(SIN_P1), hw);
  s = fmaF4(s, z, sp(SIN_P2), hw);
  s = f32x4.mul(z, s);
  s = fmaF4(s, x, x, hw);
  const ysin2 = v128.and(s, polyMask);
  const ysin1 = v128.andnot(c, polyMask);
  const sinV = f32x4.add(ysin1, ysin2);
  const cosV = f32x4.add(f32x4.sub(c, ysin1), f32x4.sub(s, ysin2));
  sin4 = v128.xor(sinV, signSin);
  cos4 = v128.xor(cosV, signCos);
}

/** normal_fill_16_AVX2 on d[0..16): lanes j < 8 hold u1 candidates, j + 8 the u2 ones; four lanes at a time. */
function normalFill16F32(d: usize, mean: f32, std: f32, hw: bool): void {
  const m = sp(mean), sd = sp(std);
  for (let j: usize = 0; j < 32; j += 16) {
    const u1 = f32x4.sub(sp(1), v128.load(d + j));
    const theta = f32x4.mul(sp(TWO_PI_F), v128.load(d + j, 32));
    const radius = f32x4.sqrt(f32x4.mul(log4(u1, hw), sp(-2)));
    sincos4(theta, hw);
    v128.store(d + j, fmaF4(f32x4.mul(radius, cos4), sd, m, hw));
    v128.store(d + j, fmaF4(f32x4.mul(radius, sin4), sd, m, hw), 32);
  }
}

/** normal_fill_AVX2 on n >= 16 contiguous floats: n uniforms, transformed 16 at a time; n % 16 != 0 redraws the last 16. */
export function rngNormalF32(st: usize, dst: usize, n: i32, mean: f32, std: f32): void {
  const hw = madIsFusedF32();
  mtBegin(st);
  for (let i = 0; i < n; i++) store<f32>(dst + (<usize>i << 2), uniform24());
  for (let i = 0; i + 16 <= n; i += 16) normalFill16F32(dst + (<usize>i << 2), mean, std, hw);
  if (n % 16 != 0) {
    for (let i = n - 16; i < n; i++) store<f32>(dst + (<usize>i << 2), uniform24());
    normalFill16F32(dst + (<usize>(n - 16) << 2), mean, std, hw);
  }
  mtEnd();
}

// ------------------------------------------------------------------------- glibc 2.36 log (__log_fma)
// __log_data.tab (sysdeps/ieee754/dbl-64/e_log_data.c): 128 pairs {invc, logc}, as bits.
const LOG_TAB: usize = memory.data<u64>([
  0x3FF734F0C3E0DE9F, 0xBFD7CC7F79E69000, 0x3FF713786A2CE91F, 0xBFD76FEEC20D0000, 0x3FF6F26008FAB5A0, 0xBFD713E31351E000,
  0x3FF6D1A61F138C7D, 0xBFD6B85B38287800, 0x3FF6B1490BC5B4D1, 0xBFD65D5590807800, 0x3FF69147332F0CBA, 0xBFD602D076180000,
  0x3FF6719F18224223, 0xBFD5A8CA86909000, 0x3FF6524F99A51ED9, 0xBFD54F4356035000, 0x3FF63356AA8F24C4, 0xBFD4F637C36B4000,
  0x3FF614B36B9DDC14, 0xBFD49DA7FDA85000, 0x3FF5F66452C65C4C, 0xBFD445923989A800, 0x3FF5D867B5912C4F, 0xBFD3EDF439B0B800,
  0x3FF5BABCCB5B90DE, 0xBFD396CE448F7000, 0x3FF59D61F2D91A78, 0xBFD3401E17BDA000, 0x3FF5805612465687, 0xBFD2E9E2EF468000,
  0x3FF56397CEE76BD3, 0xBFD2941B3830E000, 0x3FF54725E2A77F93, 0xBFD23EC58CDA8800, 0x3FF52AFF42064583, 0xBFD1E9E129279000,
  0x3FF50F22DBB2BDDF, 0xBFD1956D2B48F800, 0x3FF4F38F4734DED7, 0xBFD141679AB9F800, 0x3FF4D843CFDE2840, 0xBFD0EDD094EF9800,
  0x3FF4BD3EC078A3C8, 0xBFD09AA518DB1000, 0x3FF4A27FC3E0258A, 0xBFD047E65263B800, 0x3FF4880524D48434, 0xBFCFEB224586F000,
  0x3FF46DCE1B192D0B, 0xBFCF474A7517B000, 0x3FF453D9D3391854, 0xBFCEA4443D103000, 0x3FF43A2744B4845A, 0xBFCE020D44E9B000,
  0x3FF420B54115F8FB, 0xBFCD60A22977F000, 0x3FF40782DA3EF4B1, 0xBFCCC00104959000, 0x3FF3EE8F5D57FE8F, 0xBFCC202956891000,
  0x3FF3D5D9A00B4CE9, 0xBFCB81178D811000, 0x3FF3BD60C010C12B, 0xBFCAE2C9CCD3D000, 0x3FF3A5242B75DAB8, 0xBFCA45402E129000,
  0x3FF38D22CD9FD002, 0xBFC9A877681DF000, 0x3FF3755BC5847A1C, 0xBFC90C6D69483000, 0x3FF35DCE49AD36E2, 0xBFC87120A645C000,
  0x3FF34679984DD440, 0xBFC7D68FB4143000, 0x3FF32F5CCEFFCB24, 0xBFC73CB83C627000, 0x3FF3187775A10D49, 0xBFC6A39A9B376000,
  0x3FF301C8373E3990, 0xBFC60B3154B7A000, 0x3FF2EB4EBB95F841, 0xBFC5737D76243000, 0x3FF2D50A0219A9D1, 0xBFC4DC7B8FC23000,
  0x3FF2BEF9A8B7FD2A, 0xBFC4462C51D20000, 0x3FF2A91C7A0C1BAB, 0xBFC3B08ABC830000, 0x3FF293726014B530, 0xBFC31B996B490000,
  0x3FF27DFA5757A1F5, 0xBFC2875490A44000, 0x3FF268B39B1D3BBF, 0xBFC1F3B9F879A000, 0x3FF2539D838FF5BD, 0xBFC160C8252CA000,
  0x3FF23EB7AAC9083B, 0xBFC0CE7F57F72000, 0x3FF22A012BA940B6, 0xBFC03CDC49FEA000, 0x3FF2157996CC4132, 0xBFBF57BDBC4B8000,
  0x3FF201201DD2FC9B, 0xBFBE370896404000, 0x3FF1ECF4494D480B, 0xBFBD17983EF94000, 0x3FF1D8F5528F6569, 0xBFBBF9674ED8A000,
  0x3FF1C52311577E7C, 0xBFBADC79202F6000, 0x3FF1B17C74CB26E9, 0xBFB9C0C3E7288000, 0x3FF19E010C2C1AB6, 0xBFB8A646B372C000,
  0x3FF18AB07BB670BD, 0xBFB78D01B3AC0000, 0x3FF1778A25EFBCB6, 0xBFB674F145380000, 0x3FF1648D354C31DA, 0xBFB55E0E6D878000,
  0x3FF151B990275FDD, 0xBFB4485CDEA1E000, 0x3FF13F0EA432D24C, 0xBFB333D94D6AA000, 0x3FF12C8B7210F9DA, 0xBFB22079F8C56000,
  0x3FF11A3028ECB531, 0xBFB10E4698622000, 0x3FF107FBDA8434AF, 0xBFAFFA6C6AD20000, 0x3FF0F5EE0F4E6BB3, 0xBFADDA8D4A774000,
  0x3FF0E4065D2A9FCE, 0xBFABBCECE4850000, 0x3FF0D244632CA521, 0xBFA9A1894012C000, 0x3FF0C0A77CE2981A, 0xBFA788583302C000,
  0x3FF0AF2F83C636D1, 0xBFA5715E67D68000, 0x3FF09DDB98A01339, 0xBFA35C8A49658000, 0x3FF08CABAF52E7DF, 0xBFA149E364154000,
  0x3FF07B9F2F4E28FB, 0xBF9E72C082EB8000, 0x3FF06AB58C358F19, 0xBF9A55F152528000, 0x3FF059EEA5ECF92C, 0xBF963D62CF818000,
  0x3FF04949CDD12C90, 0xBF9228FB8CAA0000, 0x3FF038C6C6F0ADA9, 0xBF8C317B20F90000, 0x3FF02865137932A9, 0xBF8419355DAA0000,
  0x3FF0182427EA7348, 0xBF781203C2EC0000, 0x3FF008040614B195, 0xBF60040979240000, 0x3FEFE01FF726FA1A, 0x3F6FEFF384900000,
  0x3FEFA11CC261EA74, 0x3F87DC41353D0000, 0x3FEF6310B081992E, 0x3F93CEA3C4C28000, 0x3FEF25F63CEEADCD, 0x3F9B9FC114890000,
  0x3FEEE9C8039113E7, 0x3FA1B0D8CE110000, 0x3FEEAE8078CBB1AB, 0x3FA58A5BD001C000, 0x3FEE741AA29D0C9B, 0x3FA95C8340D88000,
  0x3FEE3A91830A99B5, 0x3FAD276AEF578000, 0x3FEE01E009609A56, 0x3FB07598E598C000, 0x3FEDCA01E577BB98, 0x3FB253F5E30D2000,
  0x3FED92F20B7C9103, 0x3FB42EDD8B380000, 0x3FED5CAC66FB5CCE, 0x3FB606598757C000, 0x3FED272CAA5EDE9D, 0x3FB7DA76356A0000,
  0x3FECF26E3E6B2CCD, 0x3FB9AB434E1C6000, 0x3FECBE6DA2A77902, 0x3FBB78C7BB0D6000, 0x3FEC8B266D37086D, 0x3FBD431332E72000,
  0x3FEC5894BD5D5804, 0x3FBF0A3171DE6000, 0x3FEC26B533BB9F8C, 0x3FC067152B914000, 0x3FEBF583EEECE73F, 0x3FC147858292B000,
  0x3FEBC4FD75DB96C1, 0x3FC2266ECDCA3000, 0x3FEB951E0C864A28, 0x3FC303D7A6C55000, 0x3FEB65E2C5EF3E2C, 0x3FC3DFC33C331000,
  0x3FEB374867C9888B, 0x3FC4BA366B7A8000, 0x3FEB094B211D304A, 0x3FC5933928D1F000, 0x3FEADBE885F2EF7E, 0x3FC66ACD2418F000,
  0x3FEAAF1D31603DA2, 0x3FC740F8EC669000, 0x3FEA82E63FD358A7, 0x3FC815C0F51AF000, 0x3FEA5740EF09738B, 0x3FC8E92954F68000,
  0x3FEA2C2A90AB4B27, 0x3FC9BB3602F84000, 0x3FEA01A01393F2D1, 0x3FCA8BED1C2C0000, 0x3FE9D79F24DB3C1B, 0x3FCB5B515C01D000,
  0x3FE9AE2505C7B190, 0x3FCC2967CCBCC000, 0x3FE9852EF297CE2F, 0x3FCCF635D5486000, 0x3FE95CBAEEA44B75, 0x3FCDC1BD3446C000,
  0x3FE934C69DE74838, 0x3FCE8C01B8CFE000, 0x3FE90D4F2F6752E6, 0x3FCF5509C0179000, 0x3FE8E6528EFFD79D, 0x3FD00E6C121FB800,
  0x3FE8BFCE9FCC007C, 0x3FD071B80E93D000, 0x3FE899C0DABEC30E, 0x3FD0D46B9E867000, 0x3FE87427AA2317FB, 0x3FD13687334BD000,
  0x3FE84F00ACB39A08, 0x3FD1980D67234800, 0x3FE82A49E8653E55, 0x3FD1F8FFE0CC8000, 0x3FE8060195F40260, 0x3FD2595FD7636800,
  0x3FE7E22563E0A329, 0x3FD2B9300914A800, 0x3FE7BEB377DCB5AD, 0x3FD3187210436000, 0x3FE79BAA679725C2, 0x3FD377266DEC1800,
  0x3FE77907F2170657, 0x3FD3D54FFBAF3000, 0x3FE756CADBD6130C, 0x3FD432EEE32FE000,
]);
// __sincostab (sysdeps/ieee754/dbl-64/sincostab.c): for x = i/128, {sin hi, sin lo, cos hi, cos lo}, as bits.
const SINCOS_TAB: usize = memory.data<u64>([
  0x0000000000000000, 0x0000000000000000, 0x3FF0000000000000, 0x0000000000000000, 0x3F7FFFEAAAAEEEEF, 0xBC1E45E2EC67B77C,
  0x3FEFFFC000155552, 0x3C8F4A01A0196DAE, 0x3F8FFFAAAAEEEED5, 0xBC02AB639A9F0777, 0x3FEFFF000155549F, 0x3C828A28A03A5EF3,
  0x3F97FF7001033255, 0x3BFEFE2B51527336, 0x3FEFFDC006BFF7E6, 0x3C8AE6DAE86977BD, 0x3F9FFEAAAEEEE86F, 0xBC3CD406FB224AE2,
  0x3FEFFC00155527D3, 0xBC83B54492D89B5B, 0x3FA3FEB2B12D45D5, 0x3C34EC54203D1C11, 0x3FEFF9C03414A7BA, 0x3C6991F4BE6C59BF,
  0x3FA7FDC01032FBA9, 0xBC4599BDF46E997A, 0x3FEFF7006BFDF99F, 0xBC78B3B560648D5F, 0x3FABFC6D78586DAC, 0x3C18E4FD03DBF236,
  0x3FEFF3C0C8103A31, 0x3C74856DBDDC0E66, 0x3FAFFAAAEEED4EDB, 0xBC42D16D32684B69, 0x3FEFF0015549F4D3, 0x3C8328387B99426F,
  0x3FB1FC343D808BEF, 0xBC5F3D32E6F3BE4F, 0x3FEFEBC222A8EF9F, 0x3C57934934F54C77, 0x3FB3FACB12D1755B, 0xBC5921915299468C,
  0x3FEFE7034129EF6F, 0xBC6CBF4337C96F97, 0x3FB5F911FD10B737, 0xBC50184F02BE9102, 0x3FEFE1C4C3C873EB, 0xBC35A9C9057C4A02,
  0x3FB7F701032550E4, 0x3C3AFC2D1800501A, 0x3FEFDC06BF7E6B9B, 0x3C831902B535F8DB, 0x3FB9F4902D55D1F9, 0x3C52696D7EAC1DC1,
  0x3FEFD5C94B43E000, 0xBC62E768CB4F92F9, 0x3FBBF1B78568391D, 0x3C5E91841DEA4CC8, 0x3FEFCF0C800E99B1, 0x3C6EA3D786D186AC,
  0x3FBDEE6F16C1CCE6, 0xBC450F8E2FB71673, 0x3FEFC7D078D1BC88, 0x3C8075D2447DB685, 0x3FBFEAAEEE86EE36, 0xBC4AFCB2BCC6F03B,
  0x3FEFC015527D5BD3, 0x3C8B68F35094EFB8, 0x3FC0F3378DDD71D1, 0x3C6D8468724F0F9E, 0x3FEFB7DB2BFE0695, 0x3C821DADF4F65AB1,
  0x3FC1F0D3D7AFCEAF, 0xBC66EF95099769A5, 0x3FEFAF22263C4BD3, 0xBC552ACE133A2769, 0x3FC2EE285E4AB88F, 0xBC6E4D0F05DEE058,
  0x3FEFA5EA641C36F2, 0x3C404DA6ED17CC7C, 0x3FC3EB312C5D66CB, 0x3C647D666B66CB91, 0x3FEF9C340A7CC428, 0x3C8C5B6B063B7462,
  0x3FC4E7EA4DC5F27B, 0x3C5949DB2AC072FC, 0x3FEF91FF40374D01, 0xBC67D03F4D3A9E4C, 0x3FC5E44FCFA126F3, 0xBC66F443063F89B6,
  0x3FEF874C2E1EECF6, 0xBC8C6514E1332B16, 0x3FC6E05DC05A4D4C, 0xBBD32C5C8B81C940, 0x3FEF7C1AFEFFDE24, 0xBC78F55BC47540B1,
  0x3FC7DC102FBAF2B5, 0x3C45AB50E23C97C3, 0x3FEF706BDF9ECE1C, 0xBC8698C80C36DCB4, 0x3FC8D7632EFAA944, 0xBC620FA262CBB953,
  0x3FEF643EFEB82ACD, 0x3C76B00AC1FE28AC, 0x3FC9D252D0CEC312, 0x3C59C43D80B1137D, 0x3FEF57948CFF6797, 0x3C6E3A0D3E03B1D5,
  0x3FCACCDB297A0765, 0xBC59883B57D6CDEB, 0x3FEF4A6CBD1E3A79, 0x3C813DF0EDAEBB57, 0x3FCBC6F84EDC6199, 0x3C69C1A56A7B0CAB,
  0x3FEF3CC7C3B3D16E, 0xBC621A3AD28A3494, 0x3FCCC0A6588289A3, 0xBC6868D09BC87C6B, 0x3FEF2EA5D753FFED, 0x3C8CC4215F56D583,
  0x3FCDB9E15FB5A5D0, 0xBC632E20D6CC6FC2, 0x3FEF20073086649F, 0x3C7B940416C1984B, 0x3FCEB2A57F8AE5A3, 0xBC60BE06AF572CEB,
  0x3FEF10EC09C5873B, 0x3C8D9072762C1283, 0x3FCFAAEED4F31577, 0xBC615D88508E32B8, 0x3FEF01549F7DEEA1, 0x3C8D3C1E99E5CAFD,
  0x3FD0515CBF65155C, 0xBC79B8C29DFD8EC8, 0x3FEEF141300D2F26, 0xBC82AA1B08DED372, 0x3FD0CD00CEF36436, 0xBC79FB0A0C93E2B5,
  0x3FEEE0B1FBC0F11C, 0xBC4BFD2380BBC3B1, 0x3FD14861AA94DDEB, 0xBC6BE881B5B615A4, 0x3FEECFA744D5EFA1, 0xBC556D0A4AF541D0,
  0x3FD1C37D64C6B876, 0x3C746076FE0DCFF5, 0x3FEEBE214F76EFA8, 0xBC802F9F12BA543E, 0x3FD23E52111AAF36, 0xBC74F080334EFF18,
  0x3FEEAC2061BBAF4F, 0x3C62C1D53E94658D, 0x3FD2B8DDC43EB49F, 0x3C61553899F2D807, 0x3FEE99A4C3A7CD83, 0xBC82264B1BC53CE8,
  0x3FD3331E94049F87, 0x3C7E0CB6B40C302C, 0x3FEE86AEBF29A9ED, 0x3C89397AFDBB58A7, 0x3FD3AD129769D3D8, 0x3C003D5504878398,
  0x3FEE733EA0193D40, 0xBC86428B3546CE13, 0x3FD426B7E69EE697, 0xBC7F09C75705C59F, 0x3FEE5F54B436E9D0, 0x3C87EB0FD02FC8BC,
  0x3FD4A00C9B0F3D20, 0x3C7823BA6BB08EAD, 0x3FEE4AF14B2A449C, 0xBC868CA02E8A6833, 0x3FD5190ECF68A77A, 0x3C7B357155EEF0F3,
  0x3FEE3614B680D6A5, 0xBC727793AA015237, 0x3FD591BC9FA2F597, 0x3C67C74BAC3FE0CB, 0x3FEE20BF49ACD6C1, 0xBC5660AEC7EF636C,
  0x3FD60A1429078775, 0x3C5B1FD80BA89133, 0x3FEE0AF15A03DBCE, 0x3C5FE8E702771AE6, 0x3FD682138A38D7F7, 0xBC7D889202444AAD,
  0x3FEDF4AB3EBD875E, 0xBC8E2D8A7E6736C4, 0x3FD6F9B8E33A0255, 0x3C742BC14EE9DA0D, 0x3FEDDDED50F228D6, 0xBC6E80C8D42BA2BF,
  0x3FD7710255764214, 0xBC66EAD7314BB6CE, 0x3FEDC6B7EB995912, 0x3C54B364776DCD35, 0x3FD7E7EE03C86D4E, 0xBC7B63BCDABF5AF2,
  0x3FEDAF0B6B888E83, 0x3C8A249E2B5E5CEA, 0x3FD85E7A12826949, 0x3C78A40E9B5FACE0, 0x3FED96E82F71A9DC, 0x3C8FF61BD5D2039D,
  0x3FD8D4A4A774992F, 0x3C744A02EA766326, 0x3FED7E4E97E17B4A, 0xBC63B770352BED94, 0x3FD94A6BE9F546C5, 0xBC769CE13E683F58,
  0x3FED653F073E4040, 0xBC876236434BEC37, 0x3FD9BFCE02E80510, 0x3C709E39A320B0A4, 0x3FED4BB9E1C619E0, 0x3C8F34BB77858F61,
  0x3FDA34C91CC50CCA, 0xBC5A310E3B50CECD, 0x3FED31BF8D8D7C06, 0x3C7E60DD3089CBDD, 0x3FDAA95B63A09277, 0xBC66293EB13C0381,
  0x3FED1750727D94F0, 0x3C80D52B1EC1A48E, 0x3FDB1D8305321617, 0xBC7AE242CB99F519, 0x3FECFC6CFA52AD9F, 0x3C88B5B5508F2A0D,
  0x3FDB913E30DBAC43, 0xBC7E38AD2F6C3FF1, 0x3FECE115909A82E5, 0x3C81F139BB31109A, 0x3FDC048B17B140A3, 0x3C619FE6757E9FA7,
  0x3FECC54AA2B2972E, 0x3C64EE162BA83A98, 0x3FDC7767EC7FD19E, 0xBC5EB14D1A3D5826, 0x3FECA90C9FC67D0B, 0xBC646A81485E3462,
  0x3FDCE9D2E3D4A51F, 0xBC62FC8A12DAE298, 0x3FEC8C5BF8CE1A84, 0x3C7AB3D1A1590123, 0x3FDD5BCA34047661, 0x3C728A44A75FC29C,
  0x3FEC6F39208BE53B, 0xBC8741DBFBAADB42, 0x3FDDCD4C15329C9A, 0x3C70D4C6E171FD9A, 0x3FEC51A48B8B175E, 0xBC61BBB43B9AA880,
  0x3FDE3E56C1582A69, 0xBC50A4821099F88F, 0x3FEC339EB01DDD81, 0xBC8CAAF5EE82C5C0, 0x3FDEAEE8744B05F0, 0xBC5789B43C9B027D,
  0x3FEC1528065B7D50, 0xBC8892111312E828, 0x3FDF1EFF6BC4F97B, 0x3C717212F8A7525C, 0x3FEBF641081E7536, 0x3C8B7BD71628A9A1,
  0x3FDF8E99E76ABC97, 0x3C59D950AF2D00A3, 0x3FEBD6EA310294F5, 0x3C731BBCC88C109D, 0x3FDFFDB628D2F57A, 0x3C6F4A992E905B6A,
  0x3FEBB723FE630F32, 0x3C772BD2452D0A39, 0x3FE0362939C69955, 0xBC82D8CD78397B01, 0x3FEB96EEEF58840E, 0x3C545A3CC78FADE0,
  0x3FE06D3686946E5B, 0x3C83F5AE4538FF1B, 0x3FEB764B84B704C2, 0xBC8F5848C21B389B, 0x3FE0A4021E9E1001, 0xBC86F643A13914F6,
  0x3FEB553A410C104E, 0x3C58FF7947027A16, 0x3FE0DA8B26B5672E, 0xBC8A58DEF0BEE909, 0x3FEB33BBA89C8948, 0x3C8EA6A51D1F6CA9,
  0x3FE110D0C4B69C3B, 0x3C8D918998809981, 0x3FEB11D04162A4C6, 0x3C71DD561EFBC0C2, 0x3FE146D21F8B7F82, 0x3C7BF9535E2739A8,
  0x3FEAEF78930BD275, 0xBC7F836279746F94, 0x3FE17C8E5F2EEDB0, 0x3C635E57102E2488, 0x3FEACCB526F69DE5, 0x3C88FB6A8DD6B6CC,
  0x3FE1B204ACB02FDD, 0xBC5F190C70CBB5FF, 0x3FEAA98688308913, 0xBC0B83D607CD5070, 0x3FE1E7343236574C, 0x3C722A3FA4F41D5A,
  0x3FEA85ED4373E02D, 0x3C69BE06385EC792, 0x3FE21C1C1B0394CF, 0x3C5E5B324B23AA31, 0x3FEA61E9E72586AF, 0x3C858330E2FD453F,
  0x3FE250BB93788BBB, 0x3C7EA3D02457BCCE, 0x3FEA3D7D0352BDCF, 0xBC868DBAECA19669, 0x3FE28511C917A067, 0xBC801DF1D9A16B70,
  0x3FEA18A729AEE445, 0x3C395E25736C0358, 0x3FE2B91DEA88421E, 0xBC8FA371DB216AB0, 0x3FE9F368ED912F85, 0xBC81D200C5791606,
  0x3FE2ECDF279A3082, 0x3C8D3557E0E7E37E, 0x3FE9CDC2E3F25E5C, 0x3C83F99112993F62, 0x3FE32054B148BC4F, 0x3C8F6B42095A135B,
  0x3FE9A7B5A36A6514, 0x3C8722CFCC9FA7A9, 0x3FE3537DB9BE0367, 0x3C6B327E7AF040F0, 0x3FE98141C42E1310, 0x3C8D1FF80488F08D,
  0x3FE386597456282B, 0xBC710FADA93B07A8, 0x3FE95A67E00CB1FD, 0xBC80BEFDA21F862D, 0x3FE3B8E715A2840A, 0xBC797653A7D2F07B,
  0x3FE93328926D9E92, 0xBC8BB77003600CDA, 0x3FE3EB25D36CD53A, 0xBC5BE570E1570FC0, 0x3FE90B84784DDAF7, 0xBC70FEB10AB93B87,
  0x3FE41D14E4BA6790, 0x3C84608FD287ECF5, 0x3FE8E37C303D9AD1, 0xBC6463A4B53D4BF8, 0x3FE44EB381CF386B, 0xBC83ED6C1E6A5505,
  0x3FE8BB105A5DC900, 0x3C8863E03E9474C1, 0x3FE48000E431159F, 0xBC8B194A7463ED10, 0x3FE89241985D871F, 0x3C8C48D9C413ED84,
  0x3FE4B0FC46AAB761, 0x3C20DA05738CC59A, 0x3FE869108D77A6C6, 0x3C7338FFE2BFE9DD, 0x3FE4E1A4E54ED51B, 0xBC8A492F89B7C76A,
  0x3FE83F7DDE701CA0, 0xBC4152CF609BC6E8, 0x3FE511F9FD7B351C, 0xBC85C0E861C48831, 0x3FE8158A31916D5D, 0xBC6DE8B90B8228DE,
  0x3FE541FACDDBB724, 0x3C7232C28520D391, 0x3FE7EB362EAA1488, 0x3C5A1D65A4A5959F, 0x3FE571A6966D59B3, 0x3C5C843B4D0FB198,
  0x3FE7C0827F09E54F, 0xBC6C73D6D72AEE68, 0x3FE5A0FC98813A12, 0xBC8D82E2B7D4227B, 0x3FE7956FCD7F6543, 0xBC8AB276E9D45AE4,
  0x3FE5CFFC16BF8F0D, 0x3C896CB370EB578A, 0x3FE769FEC655211F, 0xBC6827D5CF8C68C5, 0x3FE5FEA4552A9E57, 0x3C80B6CEF7EE20B7,
  0x3FE73E30174EFBA1, 0xBC65D3AE3D94AD5F, 0x3FE62CF49921AC79, 0xBC8EDD9855B6241A, 0x3FE712046FA77678, 0x3C8425B0A5029C81,
  0x3FE65AEC2963E755, 0x3C8126F96B71053C, 0x3FE6E57C800CF55E, 0x3C860286DEDBD0A6, 0x3FE6888A4E134B2F, 0xBC86B7D37644D5E6,
  0x3FE6B898FA9EFB5D, 0x3C715AC786CCF4B2, 0x3FE6B5CE50B7821A, 0xBC65D5158F702E0F, 0x3FE68B5A92EB6253, 0xBC89A91AD985F89C,
  0x3FE6E2B77C40BDE1, 0xBC70E729857FAD53, 0x3FE65DC1FDEB8CBA, 0xBC597C1B47337C77, 0x3FE70F451D0A8C40, 0x3C697EDE3885770D,
  0x3FE62FCFF20191C7, 0x3C6D9143895756EF, 0x3FE73B7680DEA578, 0xBC72248306DC12A2, 0x3FE6018526F563DF, 0x3C846CA5E0E432D0,
  0x3FE7674AF6F7B524, 0x3C7E9D3F94AC84A8, 0x3FE5D2E255F1F17A, 0x3C80314104C8892B, 0x3FE792C1D0041D52, 0xBC8ABF05EEB354EB,
  0x3FE5A3E839824077, 0x3C8428AA2759BE62, 0x3FE7BDDA5E28B3C2, 0x3C4AD1197CCD0393, 0x3FE574978D8E83F2, 0x3C8F4714AF282D23,
  0x3FE7E893F5037959, 0x3C80EEFBAA650C4C, 0x3FE544F10F592CA5, 0xBC8E7AE8E6C7A62F, 0x3FE812EDE9AE4BA4, 0xBC87830ADF402DDA,
  0x3FE514F57D7BF3DA, 0x3C747A108073C259,
]);

// @ts-ignore: decorator
@inline const LN2HI: f64 = 0.6931471805598903;
// @ts-ignore: decorator
@inline const LN2LO: f64 = 5.497923018708371e-14;
// @ts-ignore: decorator
@inline const A0: f64 = -0.5000000000000001;
// @ts-ignore: decorator
@inline const A1: f64 = 0.33333333331825593;
// @ts-ignore: decorator
@inline const A2: f64 = -0.2499999999622955;
// @ts-ignore: decorator
@inline const A3: f64 = 0.20000304511814496;
// @ts-ignore: decorator
@inline const A4: f64 = -0.16667054827627667;
const LOG_B: StaticArray<f64> = [-0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328, -0.16666666669929706,
  0.14285715076560868, -0.12499997863982555, 0.11110712032936046, -0.10000486757818193,
  0.09181994006195467, -0.08328363062289341];

/** glibc 2.36 log(x) as __log_fma computes it (random_math.ts's glibcLog). */
function glibcLog(x: f64, hw: bool): f64 {
  let ix = reinterpret<u64>(x);
  let hi = <u32>(ix >> 32);
  if (hi >= 0x3fee0000 && hi < 0x3ff10900) {
    if (x == 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    const q2 = fmaW(r2, unchecked(LOG_B[3]), fmaW(r, unchecked(LOG_B[2]), unchecked(LOG_B[1]), hw), hw);
    const q3 = fmaW(r2, unchecked(LOG_B[6]), fmaW(r, unchecked(LOG_B[5]), unchecked(LOG_B[4]), hw), hw);
    const q4 = fmaW(r3, unchecked(LOG_B[10]), fmaW(r2, unchecked(LOG_B[9]), fmaW(r, unchecked(LOG_B[8]), unchecked(LOG_B[7]), hw), hw), hw);
    const p = fmaW(fmaW(q4, r3, q3, hw), r3, q2, hw);
    const rhi = r + r * 134217728.0 - r * 134217728.0;
    const rlo = r - rhi;
    const b0 = unchecked(LOG_B[0]);
    const h = r + rhi * rhi * b0;
    let lo = r - h + rhi * rhi * b0;
    lo = fmaW(b0 * rlo, rhi + r, lo, hw);
    return h + fmaW(p, r3, lo, hw);
  }
  const top = hi >>> 16;
  if (top < 0x0010 || top >= 0x7ff0) {
    if (x == 0) return -Infinity;
    if (!(x > 0)) return NaN;
    if (x == Infinity) return x;
    ix = reinterpret<u64>(x * 4503599627370496.0) - (<u64>(52 << 20) << 32);
    hi = <u32>(ix >> 32);
  }
  const tmpHi = <i32>(hi - 0x3fe60000);
  const i = <usize>((<u32>tmpHi >>> 13) & 0x7f);
  const kd = <f64>(tmpHi >> 20);
  const z = reinterpret<f64>((<u64>(hi - (<u32>tmpHi & 0xfff00000)) << 32) | (ix & 0xffffffff));
  const invc = load<f64>(LOG_TAB + (i << 4));
  const logc = load<f64>(LOG_TAB + (i << 4), 8);
  const w = fmaW(kd, LN2HI, logc, hw);
  const r = fmaW(z, invc, -1, hw);
  const h = r + w;
  const r2 = r * r;
  const lo = fmaW(kd, LN2LO, w - h + r, hw);
  const q = fmaW(fmaW(r, A4, A3, hw), r2, fmaW(r, A2, A1, hw), hw);
  return fmaW(r * r2, q, fmaW(r2, A0, lo, hw), hw) + h;
}

// ------------------------------------------------------------------------ glibc 2.36 sincos (__sincos_fma)
// @ts-ignore: decorator
@inline const BIG: f64 = 52776558133248;
// @ts-ignore: decorator
@inline const SN3: f64 = -0.16666666666666488;
// @ts-ignore: decorator
@inline const SN5: f64 = 0.008333332142857223;
// @ts-ignore: decorator
@inline const CS2: f64 = 0.5;
// @ts-ignore: decorator
@inline const CS4: f64 = -0.04166666666666644;
// @ts-ignore: decorator
@inline const CS6: f64 = 0.001388888740079376;
// @ts-ignore: decorator
@inline const S1: f64 = -0.16666666666666666;
// @ts-ignore: decorator
@inline const S2: f64 = 0.008333333333332329;
// @ts-ignore: decorator
@inline const S3: f64 = -0.00019841269834414642;
// @ts-ignore: decorator
@inline const S4: f64 = 2.755729806860771e-6;
// @ts-ignore: decorator
@inline const S5: f64 = -2.5022014848318398e-8;
// @ts-ignore: decorator
@inline const HP0: f64 = 1.5707963267948966;
// @ts-ignore: decorator
@inline const HP1: f64 = 6.123233995736766e-17;
// @ts-ignore: decorator
@inline const HPINV: f64 = 0.6366197723675814;
// @ts-ignore: decorator
@inline const TOINT: f64 = 6755399441055744;
// @ts-ignore: decorator
@inline const MP1: f64 = 1.5707963407039642;
// @ts-ignore: decorator
@inline const MP2: f64 = -1.3909067564377153e-8;
// @ts-ignore: decorator
@inline const PP3: f64 = -4.97899623147991e-17;
// @ts-ignore: decorator
@inline const PP4: f64 = -1.9034889620193266e-25;

/** SINCOS_TAB address for BIG + |x| (its low word times 4 doubles). */
// @ts-ignore: decorator
@inline function tabAt(u: f64): usize { return SINCOS_TAB + ((<usize>(<u32>reinterpret<u64>(u))) << 5); }

/** copysign(r, x). */
// @ts-ignore: decorator
@inline function signOf(r: f64, x: f64): f64 { return reinterpret<f64>((reinterpret<u64>(r) & 0x7fffffffffffffff) | (reinterpret<u64>(x) & 0x8000000000000000)); }

/** s_sin.c do_sin(x, dx). */
function doSin(x: f64, dx: f64, hw: bool): f64 {
  if (abs<f64>(x) < 0.126) {
    const xx = x * x;
    const p = fmaW(xx, fmaW(xx, fmaW(xx, fmaW(xx, S5, S4, hw), S3, hw), S2, hw), S1, hw);
    return x + fmaW(xx, fmaW(p, x, -(0.5 * dx), hw), dx, hw);
  }
  if (x <= 0) dx = -dx;
  const u = BIG + abs<f64>(x);
  const k = tabAt(u);
  const X = abs<f64>(x) - (u - BIG);
  const xx = X * X;
  const s = fmaW(xx * X, fmaW(xx, SN5, SN3, hw), dx, hw) + X;
  const c = fmaW(dx, X, xx * fmaW(fmaW(xx, CS6, CS4, hw), xx, CS2, hw), hw);
  const sn = load<f64>(k);
  const cor = fmaW(s, load<f64>(k, 16), fmaW(-c, sn, fmaW(s, load<f64>(k, 24), load<f64>(k, 8), hw), hw), hw);
  return signOf(cor + sn, x);
}

/** s_sin.c do_cos(x, dx). */
function doCos(x: f64, dx: f64, hw: bool): f64 {
  if (x < 0) dx = -dx;
  const u = BIG + abs<f64>(x);
  const k = tabAt(u);
  const X = abs<f64>(x) - (u - BIG) + dx;
  const xx = X * X;
  const s = fmaW(X * xx, fmaW(xx, SN5, SN3, hw), X, hw);
  const c = xx * fmaW(fmaW(xx, CS6, CS4, hw), xx, CS2, hw);
  const cs = load<f64>(k, 16);
  const cor = fmaW(-s, load<f64>(k), fmaW(-c, cs, fmaW(-s, load<f64>(k, 8), load<f64>(k, 24), hw), hw), hw);
  return cor + cs;
}

let sinD: f64 = 0;
let cosD: f64 = 0;

/** glibc 2.36 sincos(x) for 0 <= |x| < 105414350 (random_math.ts's glibcSincos): sets sinD and cosD. */
function glibcSincos(x: f64, hw: bool): void {
  const ax = abs<f64>(x);
  const k = <u32>(reinterpret<u64>(x) >> 32) & 0x7fffffff;
  if (k < 0x3e400000) {
    sinD = x; cosD = 1;
  } else if (k < 0x3feb6000) {
    sinD = doSin(x, 0, hw); cosD = doCos(x, 0, hw);
  } else if (k < 0x400368fd) {
    const y = HP0 - ax;
    const a = y + HP1;
    const da = y - a + HP1;
    const c = doCos(a, da, hw);
    sinD = signOf(c, x);
    cosD = doSin(a, da, hw);
  } else {
    const t = fmaW(x, HPINV, TOINT, hw);
    const xn = t - TOINT;
    const n = <u32>reinterpret<u64>(t) & 3;
    const y = fmaW(-xn, MP2, fmaW(-xn, MP1, x, hw), hw);
    const t2 = fmaW(-xn, PP3, y, hw);
    let da = fmaW(-xn, PP3, y - t2, hw);
    let a = fmaW(-xn, PP4, t2, hw);
    da += fmaW(-xn, PP4, t2 - a, hw);
    if (n == 1 || n == 2) { a = -a; da = -da; }
    const s = doSin(a, da, hw);
    const c = (n & 2) != 0 ? -doCos(a, da, hw) : doCos(a, da, hw);
    if ((n & 1) != 0) { cosD = s; sinD = c; } else { sinD = s; cosD = c; }
  }
}

/** normal_fill_16<double> (the final multiply-add fused, as compiled) on d[0..16). */
function normalFill16F64(d: usize, mean: f64, std: f64, hw: bool): void {
  for (let j: usize = 0; j < 8; j++) {
    const radius = sqrt<f64>(glibcLog(1 - load<f64>(d + (j << 3)), hw) * -2);
    glibcSincos(6.283185307179586 * load<f64>(d + (j << 3), 64), hw);
    store<f64>(d + (j << 3), fmaW(radius * cosD, std, mean, hw));
    store<f64>(d + (j << 3), fmaW(radius * sinD, std, mean, hw), 64);
  }
}

/** normal_fill<double> on n >= 16 contiguous doubles (as rngNormalF32). */
export function rngNormalF64(st: usize, dst: usize, n: i32, mean: f64, std: f64): void {
  const hw = madIsFused();
  mtBegin(st);
  for (let i = 0; i < n; i++) store<f64>(dst + (<usize>i << 3), uniform53());
  for (let i = 0; i + 16 <= n; i += 16) normalFill16F64(dst + (<usize>i << 3), mean, std, hw);
  if (n % 16 != 0) {
    for (let i = n - 16; i < n; i++) store<f64>(dst + (<usize>i << 3), uniform53());
    normalFill16F64(dst + (<usize>(n - 16) << 3), mean, std, hw);
  }
  mtEnd();
}

/** exponential_ (no MKL): per element scale · log(1 - u), u a 53-bit uniform, scale = -1/lambda, in double (glibc log). */
export function rngExponential(st: usize, dst: usize, n: i32, scale: f64): void {
  const hw = madIsFused();
  mtBegin(st);
  for (let i = 0; i < n; i++) store<f64>(dst + (<usize>i << 3), scale * glibcLog(1 - uniform53(), hw));
  mtEnd();
}

/**
 * random_() without bounds (uniform_int_distribution): `wide` draws random64() per element, else random(); the
 * value kept is the draw modulo `mod` (unsigned). Stored as int64, or as double when `asF64` (exact: below 2^53 + 2).
 */
export function rngRandomFull(st: usize, wide: bool, mod: u64, dst: usize, n: i32, asF64: bool): void {
  mtBegin(st);
  for (let i = 0; i < n; i++) {
    const v = (wide ? mtNext64() : <u64>mtNext32()) % mod;
    if (asF64) store<f64>(dst + (<usize>i << 3), <f64>v); else store<u64>(dst + (<usize>i << 3), v);
  }
  mtEnd();
}
