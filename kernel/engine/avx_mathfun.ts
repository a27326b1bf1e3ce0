// normal_fill_16_AVX2 of PyTorch 1.13.1 (aten/src/ATen/native/cpu/DistributionTemplates.h), the kernel
// torch.randn / normal_ use for contiguous float32 tensors of >= 16 elements on x86-64 CPUs with AVX2
// (AVX-512 machines run it too: normal_stub is not dispatched to AVX-512). It calls log256_ps and
// sincos256_ps from avx_mathfun.h (Cephes polynomials in float32). Each lane is emulated here op by
// op in float32; the multiply-adds GCC 12 fused into vfmadd/vfnmadd/vfmsub in the shipped libtorch
// (read from its disassembly) are fused here too (fma32), everything else rounds after each op.
import { fma32 } from './random_math';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const bits = (x: number): number => ((f32[0] = x), u32[0]);
const fromBits = (b: number): number => ((u32[0] = b), f32[0]);
const fr = Math.fround;

// Constants as stored in libtorch (float32).
const ONE = 1;
const HALF = 0.5;
const TWO_PI = fr(2 * Math.PI);
const SQRTHF = fr(0.707106781186547524);
const LOG_P = [7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1].map(fr);
const LOG_Q1 = fr(-2.12194440e-4);
const LOG_Q2 = fr(0.693359375);
const DP1 = fr(-0.78515625);
const DP2 = fr(-2.4187564849853515625e-4);
const DP3 = fr(-3.77489497744594108e-8);
const SIN_P0 = fr(-1.9515295891e-4);
const SIN_P1 = fr(8.3321608736e-3);
const SIN_P2 = fr(-1.6666654611e-1);
const COS_P0 = fr(2.443315711809948e-5);
const COS_P1 = fr(-1.388731625493765e-3);
const COS_P2 = fr(4.166664568298827e-2);
const FOPI = fr(1.27323954473516);

/** log256_ps for one lane (the argument here is 1 - u, in [2**-24, 1]). */
function log256(x: number): number {
  const invalid = x <= 0;
  x = Math.max(x, 1.1754943508222875e-38); // min_norm_pos
  const b = bits(x);
  let e = fr((b >>> 23) - 0x7f); // _mm256_cvtepi32_ps of the biased exponent minus 127
  x = fromBits((b & 0x807fffff) | 0x3f000000); // mantissa in [0.5, 1)
  e = fr(e + ONE);
  const lt = x < SQRTHF;
  const tmp = lt ? x : 0;
  x = fr(x - ONE);
  if (lt) e = fr(e - ONE);
  x = fr(tmp + x);
  let y = LOG_P[0];
  for (let k = 1; k < 9; k++) y = fma32(y, x, LOG_P[k]);
  const z = fr(x * x);
  y = fr(x * y);
  y = fma32(y, z, fr(e * LOG_Q1));
  y = fma32(-z, HALF, y);
  x = fr(x + y);
  x = fma32(e, LOG_Q2, x);
  return invalid ? NaN : x;
}

/** sincos256_ps for one lane; writes [sin, cos] (as float32 values) into out. */
function sincos256(x: number, out: Float64Array): void {
  let signSin = bits(x) & 0x80000000;
  x = Math.abs(x);
  let j = Math.trunc(fr(x * FOPI)) | 0; // _mm256_cvttps_epi32
  j = (j + 1) & ~1;
  const y = j; // exact in float32 for the ranges used here
  const swapSin = (j & 4) << 29;
  const polyMask = (j & 2) === 0;
  x = fma32(y, DP1, x);
  x = fma32(y, DP2, x);
  x = fma32(y, DP3, x);
  const signCos = (~(j - 2) & 4) << 29;
  signSin ^= swapSin;
  const z = fr(x * x);
  let c = fma32(COS_P0, z, COS_P1);
  c = fma32(c, z, COS_P2);
  c = fr(z * c);
  c = fma32(c, z, -fr(z * HALF)); // vfmsub: c*z - z*0.5
  c = fr(c + ONE);
  let s = fma32(z, SIN_P0, SIN_P1);
  s = fma32(s, z, SIN_P2);
  s = fr(z * s);
  s = fma32(s, x, x);
  // Select the polynomial for each output through the same and/andnot/sub/add sequence as the SIMD code.
  const ysin2 = polyMask ? s : 0;
  const ysin1 = polyMask ? 0 : c;
  const sinV = fr(ysin1 + ysin2);
  const cosV = fr(fr(c - ysin1) + fr(s - ysin2));
  out[0] = fromBits((bits(sinV) ^ signSin) >>> 0);
  out[1] = fromBits((bits(cosV) ^ signCos) >>> 0);
}

const sc = new Float64Array(2);

/**
 * One normal_fill_16_AVX2 step on data[at .. at+16): lanes j < 8 hold u1 candidates, j+8 the u2
 * ones; writes cos-based values to data[at+j] and sin-based ones to data[at+j+8].
 */
export function normalFill16Avx2(data: Float32Array, at: number, mean: number, std: number): void {
  for (let j = at; j < at + 8; j++) {
    const u1 = fr(ONE - data[j]);
    const theta = fr(TWO_PI * data[j + 8]);
    const radius = fr(Math.sqrt(fr(log256(u1) * -2)));
    sincos256(theta, sc);
    const n1 = fr(radius * sc[1]);
    const n2 = fr(radius * sc[0]);
    data[j] = fma32(n1, std, mean);
    data[j + 8] = fma32(n2, std, mean);
  }
}
