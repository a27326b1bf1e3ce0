// dtypes of the engine. Storage holds each in its own width; the narrow ones compute in a wide dtype (`wide`), as
// PyTorch's CPU kernels do for float16/bfloat16 (each op in float32, rounded back); the narrow integers compute in
// int64 and wrap back to their width, which gives the same bits as arithmetic in the narrow type.
export type DType = 'float32' | 'float64' | 'int64' | 'bool' | 'int32' | 'int16' | 'int8' | 'uint8' | 'float16' | 'bfloat16';

export const DTYPES: readonly DType[] = ['bool', 'uint8', 'int8', 'int16', 'int32', 'int64', 'float16', 'bfloat16', 'float32', 'float64'];

const SIZE: Record<DType, number> = {
  bool: 1, uint8: 1, int8: 1, int16: 2, int32: 4, int64: 8, float16: 2, bfloat16: 2, float32: 4, float64: 8,
};

/** Bytes per element in wasm memory. */
export function itemSize(d: DType): number { return SIZE[d]; }

export function isFloating(d: DType): boolean {
  return d === 'float32' || d === 'float64' || d === 'float16' || d === 'bfloat16';
}

/** Integer dtypes (not bool). */
export function isIntegral(d: DType): boolean {
  return d === 'int64' || d === 'int32' || d === 'int16' || d === 'int8' || d === 'uint8';
}

/** The dtype an op on `d` computes in: int64 for the narrow integers, float32 for float16/bfloat16. */
export function wide(d: DType): DType {
  if (d === 'int32' || d === 'int16' || d === 'int8' || d === 'uint8') return 'int64';
  if (d === 'float16' || d === 'bfloat16') return 'float32';
  return d;
}

/** PyTorch's name for the dtype, as printed (`torch.float32`). */
export function torchName(d: DType): string {
  return 'torch.' + d;
}

// --- float16 / bfloat16 bits (host side; the wasm kernel has the same conversions) -------------------------------
const f32buf = new Float32Array(1), u32buf = new Uint32Array(f32buf.buffer);

/** IEEE binary16 bits of a float32 value, rounded to nearest even (x86's F16C, which PyTorch's CPU uses). */
export function f32ToF16Bits(v: number): number {
  f32buf[0] = v;
  const x = u32buf[0];
  const sign = (x >>> 16) & 0x8000, exp = (x >>> 23) & 0xff, mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 | (mant >>> 13) : 0);
  const e = exp - 112;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    const m = mant | 0x800000, shift = 14 - e;
    let r = m >>> shift;
    const rem = m & ((1 << shift) - 1), half = 1 << (shift - 1);
    if (rem > half || (rem === half && (r & 1))) r++;
    return sign | r;
  }
  let r = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (r & 1))) r++;
  return sign | r;
}

export function f16BitsToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1, exp = (h >>> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  if (exp === 0) return sign * mant * 2 ** -24;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}

/** bfloat16 bits of a float32 value, rounded to nearest even; NaN becomes 0xffff as PyTorch's AVX2 conversion gives. */
export function f32ToBf16Bits(v: number): number {
  if (Number.isNaN(v)) return 0xffff;
  f32buf[0] = v;
  const x = u32buf[0];
  return ((x + 0x7fff + ((x >>> 16) & 1)) >>> 16) & 0xffff;
}

export function bf16BitsToF32(h: number): number {
  u32buf[0] = h << 16;
  return f32buf[0];
}

// --- names PyTorch's texts use ----------------------------------------------------------------------------------
const SCALAR_NAME: Record<DType, string> = {
  float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool', int32: 'Int', int16: 'Short', int8: 'Char',
  uint8: 'Byte', float16: 'Half', bfloat16: 'BFloat16',
};
/** c10's ScalarType name ('Float', 'Long', 'Half'). */
export function scalarName(d: DType): string { return SCALAR_NAME[d]; }
/** The legacy tensor type name ('FloatTensor', 'ByteTensor'). */
export function tensorTypeName(d: DType): string { return SCALAR_NAME[d] + 'Tensor'; }
/** caffe2::TypeMeta's name, as some of PyTorch's errors print it ('float', 'long int', 'c10::Half'). */
export function typeMetaName(d: DType): string {
  return {
    float32: 'float', float64: 'double', int64: 'long int', bool: 'bool', int32: 'int', int16: 'short int',
    int8: 'signed char', uint8: 'unsigned char', float16: 'c10::Half', bfloat16: 'c10::BFloat16',
  }[d];
}

const INT_RANGE: Partial<Record<DType, [number, number]>> = {
  uint8: [-255, 255], int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647],
};
const FLOAT_MAX: Partial<Record<DType, number>> = { float16: 65504, bfloat16: 3.3895313892515355e38 };
const SCALAR_C_NAME: Partial<Record<DType, string>> = {
  uint8: 'uint8_t', int8: 'int8_t', int16: 'int16_t', int32: 'int', int64: 'int64_t', float16: 'at::Half', bfloat16: 'at::BFloat16',
};

/**
 * c10's overflow check when a Python number becomes a value of `d`: `scalar` (fill_, full, clamp bounds: Scalar::to,
 * whose text names the C++ type, 'uint8_t') or a torch.tensor element (the dtype's name; floats are not checked there).
 * uint8 also takes negatives down to -255 (they wrap), as c10's `overflows` allows for unsigned types.
 */
export function overflowError(v: number, d: DType, scalar: boolean): string | null {
  const range = INT_RANGE[d];
  let bad = false;
  if (range) bad = Number.isNaN(v) ? false : v < range[0] || v > range[1];
  else if (scalar && FLOAT_MAX[d] !== undefined) bad = Number.isFinite(v) && Math.abs(v) > (FLOAT_MAX[d] as number);
  if (!bad) return null;
  return `value cannot be converted to type ${scalar ? SCALAR_C_NAME[d] : d} without overflow`;
}
