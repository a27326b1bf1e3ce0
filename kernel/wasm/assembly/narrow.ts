// The narrow dtypes in wasm memory: int32, int16, int8, uint8, float16 and bfloat16 (codes 4-9; 0-3 are index.ts's
// bool, int64, float32, float64). Ops compute on them in int64 / float32 (the host casts); these kernels only move
// and convert elements: copy with cast between any two dtypes, fill, and the accumulating scatter.
//
// Conversions are those of PyTorch 1.13's CPU kernels on x86: float → integer truncates through a 32-bit
// cvttss2si/cvttsd2si (NaN and out-of-range give INT32_MIN) and keeps the low bits; integer → narrower integer
// wraps; double → float16/bfloat16 rounds to float first (c10::Half(float)); float → float16 and bfloat16 round
// to nearest even.

// @ts-ignore: decorator
@inline export const N_BOOL: i32 = 0;
// @ts-ignore: decorator
@inline export const N_I64: i32 = 1;
// @ts-ignore: decorator
@inline export const N_F32: i32 = 2;
// @ts-ignore: decorator
@inline export const N_F64: i32 = 3;
// @ts-ignore: decorator
@inline export const N_I32: i32 = 4;
// @ts-ignore: decorator
@inline export const N_I16: i32 = 5;
// @ts-ignore: decorator
@inline export const N_I8: i32 = 6;
// @ts-ignore: decorator
@inline export const N_U8: i32 = 7;
// @ts-ignore: decorator
@inline export const N_F16: i32 = 8;
// @ts-ignore: decorator
@inline export const N_BF16: i32 = 9;

export function sizeOfCode(dt: i32): usize {
  if (dt == N_BOOL || dt == N_I8 || dt == N_U8) return 1;
  if (dt == N_I16 || dt == N_F16 || dt == N_BF16) return 2;
  if (dt == N_F32 || dt == N_I32) return 4;
  return 8;
}
function isFloatCode(dt: i32): bool { return dt == N_F32 || dt == N_F64 || dt == N_F16 || dt == N_BF16; }

export function f32ToF16(f: f32): u16 {
  const x = reinterpret<u32>(f);
  const sign = (x >> 16) & 0x8000, exp = <i32>((x >> 23) & 0xff), mant = x & 0x7fffff;
  if (exp == 0xff) return <u16>(sign | 0x7c00 | (mant != 0 ? 0x200 | (mant >> 13) : 0));
  const e = exp - 112;
  if (e >= 0x1f) return <u16>(sign | 0x7c00);
  if (e <= 0) {
    if (e < -10) return <u16>sign;
    const m = mant | 0x800000, shift = <u32>(14 - e);
    let r = m >> shift;
    const rem = m & ((<u32>1 << shift) - 1), half = <u32>1 << (shift - 1);
    if (rem > half || (rem == half && (r & 1) != 0)) r++;
    return <u16>(sign | r);
  }
  let r = (<u32>e << 10) | (mant >> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem == 0x1000 && (r & 1) != 0)) r++;
  return <u16>(sign | r);
}
export function f16ToF32(h: u16): f32 {
  const sign: u32 = (<u32>h & 0x8000) << 16, exp = (<u32>h >> 10) & 0x1f, mant = <u32>h & 0x3ff;
  if (exp == 0x1f) return reinterpret<f32>(sign | 0x7f800000 | (mant << 13));
  if (exp == 0) {
    const v = <f32>mant * <f32>5.9604644775390625e-8;   // 2^-24
    return sign != 0 ? -v : v;
  }
  return reinterpret<f32>(sign | ((exp + 112) << 23) | (mant << 13));
}
/** bfloat16 bits, round to nearest even; NaN → 0x7fc0 (c10::BFloat16), or 0xffff for `vecNaN` (AVX2's cvtfp32_bf16). */
export function f32ToBf16(f: f32, vecNaN: bool = false): u16 {
  if (isNaN(f)) return vecNaN ? <u16>0xffff : <u16>0x7fc0;
  const x = reinterpret<u32>(f);
  return <u16>((x + 0x7fff + ((x >> 16) & 1)) >> 16);
}
export function bf16ToF32(h: u16): f32 { return reinterpret<f32>(<u32>h << 16); }

function loadF(dt: i32, p: usize): f64 {
  if (dt == N_F32) return <f64>load<f32>(p);
  if (dt == N_F64) return load<f64>(p);
  if (dt == N_F16) return <f64>f16ToF32(load<u16>(p));
  return <f64>bf16ToF32(load<u16>(p));
}
function loadI(dt: i32, p: usize): i64 {
  if (dt == N_BOOL || dt == N_U8) return <i64>load<u8>(p);
  if (dt == N_I8) return <i64>load<i8>(p);
  if (dt == N_I16) return <i64>load<i16>(p);
  if (dt == N_I32) return <i64>load<i32>(p);
  return load<i64>(p);
}
function storeI(dt: i32, p: usize, v: i64): void {
  if (dt == N_BOOL) store<u8>(p, v != 0 ? 1 : 0);
  else if (dt == N_U8 || dt == N_I8) store<u8>(p, <u8>v);
  else if (dt == N_I16) store<u16>(p, <u16>v);
  else if (dt == N_I32) store<i32>(p, <i32>v);
  else if (dt == N_I64) store<i64>(p, v);
  else if (dt == N_F32) store<f32>(p, <f32>v);
  else if (dt == N_F64) store<f64>(p, <f64>v);
  else if (dt == N_F16) store<u16>(p, f32ToF16(<f32>v));
  else store<u16>(p, f32ToBf16(<f32>v));
}
function storeF(dt: i32, p: usize, v: f64, vecNaN: bool): void {
  if (dt == N_F32) store<f32>(p, <f32>v);
  else if (dt == N_F64) store<f64>(p, v);
  else if (dt == N_F16) store<u16>(p, f32ToF16(<f32>v));
  else if (dt == N_BF16) store<u16>(p, f32ToBf16(<f32>v, vecNaN));
  else if (dt == N_BOOL) store<u8>(p, v != 0 ? 1 : 0);      // NaN is nonzero
  else if (dt == N_I64) {
    const bad = isNaN(v) || v >= 9.223372036854776e18 || v < -9.223372036854776e18;
    store<i64>(p, bad ? <i64>(-9223372036854775807 - 1) : <i64>v);
  } else {
    const bad = isNaN(v) || v >= 2147483648.0 || v < -2147483648.0;
    storeI(dt, p, bad ? <i64>(-2147483648) : <i64><i32>v);
  }
}

/**
 * One row of a copy with cast in which either side is a narrow dtype: n elements, byte strides ss and ds (index.ts's
 * copyNarrow walks the rows).
 */
export function copyNarrowRow(sdt: i32, src: usize, ss: usize, ddt: i32, dst: usize, ds: usize, n: i32): void {
  const ssz = sizeOfCode(sdt), dsz = sizeOfCode(ddt);
  if (sdt == ddt && ss == ssz && ds == dsz) { memory.copy(dst, src, <usize>n * ssz); return; }
  let sp = src, dp = dst;
  if (isFloatCode(sdt)) {
    // PyTorch's vectorised float → bfloat16 copy (contiguous) writes NaN as 0xffff.
    const vecNaN = sdt == N_F32 && ss == 4 && ds == 2;
    for (let i = 0; i < n; i++) { storeF(ddt, dp, loadF(sdt, sp), vecNaN); sp += ss; dp += ds; }
  } else {
    for (let i = 0; i < n; i++) { storeI(ddt, dp, loadI(sdt, sp)); sp += ss; dp += ds; }
  }
}

/** One element of value `v` in dtype `dt`, as fill_ writes it (integers from an exact integral double). */
export function storeScalar(dt: i32, p: usize, v: f64): void {
  if (isFloatCode(dt) || dt == N_BOOL || !isFinite(v)) storeF(dt, p, v, false);
  else storeI(dt, p, <i64>v);
}

/** dst[offs[i]] += src[i] for a narrow dtype (float16/bfloat16 added in float32 and rounded, integers wrap). */
export function putAccumulateNarrow(dt: i32, dst: usize, offs: usize, n: i32, src: usize): void {
  const sz = sizeOfCode(dt);
  for (let i = 0; i < n; i++) {
    const p = dst + <usize>load<i32>(offs + (<usize>i << 2)) * sz, q = src + <usize>i * sz;
    if (isFloatCode(dt)) storeF(dt, p, <f64>(<f32>loadF(dt, p) + <f32>loadF(dt, q)), false);
    else storeI(dt, p, loadI(dt, p) + loadI(dt, q));
  }
}
