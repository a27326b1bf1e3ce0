// torch.Generator (CPU) of PyTorch 1.13.1: after manual_seed(s) every stream below is bit-identical to
// what PyTorch fills a contiguous CPU tensor with, checked against real torch 1.13.1 by
// test/unit/random.test.ts. Values come back as plain numbers, already rounded to the dtype
// (Math.fround for float32); the caller stores them.
//
// Platform the oracle ran on, and so what "bit-identical" means: x86-64 with AVX2+FMA (PyTorch's AVX2
// kernels; normal_stub has no AVX-512 kernel), glibc 2.36 libm on an FMA CPU (its FMA variants of log
// and sincos), PyTorch without MKL or on a non-Intel CPU (see bernoulli). Without AVX2 (e.g. ARM, or
// ATEN_CPU_CAPABILITY=default) PyTorch itself gives other float32 randn values for >= 16 elements and
// other uniform_(from, to) values (no FMA there).
//
// The PyTorch 1.13.1 code each method reproduces (aten/src/ATen/...):
//   engine            core/MT19937RNGEngine.h; random() = one 32-bit output, random64() = (hi << 32) | lo
//   uniform           native/cpu/DistributionTemplates.h uniform_kernel + core/TransformationHelper.h
//                     uniform_real: float takes the low 24 bits of random(), double 53 bits of random64();
//                     value = fma(x, to - from, from) in the dtype (GCC contracted it into an FMA)
//   normal            normal_kernel: float32 with numel >= 16 -> normal_fill_AVX2 (avx_mathfun.h log and
//                     sincos in float32); float64 with numel >= 16 -> normal_fill<double> (glibc log and
//                     sincos); fewer than 16 elements, any dtype -> per element normal_distribution<double>
//                     (Box-Muller on two 53-bit uniforms; caches the sin value in the generator, so the
//                     next small normal call, float32 or float64, starts with it), cast to the dtype.
//                     The normal_fill paths fill all n uniforms first, transform 16 at a time, and for
//                     n % 16 != 0 redraw and retransform the last 16.
//   randint           random_from_to_kernel: random() % range + low, random64() % range when range >= 2**32
//   random_()         random_kernel: uniform_int_distribution<T> (random64() for int64/double), see randomFull
//   randperm          TensorFactories.cpp randperm_cpu: for i < n-1 swap r[i] and r[i + random() % (n-i)]
//   bernoulli         bernoulli_scalar_kernel_default: one random64() per element, 53-bit uniform < p.
//                     PyTorch builds with MKL running on Intel CPUs (the official x86 wheels) take the MKL
//                     path instead (VSL MCG31 stream seeded by one random()); that is not reproduced.
//   exponential       exponential_kernel (no MKL): per element -1/lambda * log(1 - u), u from random64() as in
//                     uniform_real_distribution<double>, in double, then cast to the dtype.
//   cauchy, log_normal, geometric  cauchy_kernel / log_normal_kernel / geometric_kernel: per element in double
//                     (transformation::cauchy / log_normal / geometric over uniform_real<double> / normal<double>)
//   bernoulli_tensor  bernoulli_tensor_cpu_kernel (torch.bernoulli(probs)): float32 probs use 24-bit
//                     uniforms from random(), float64 probs 53-bit ones from random64().
// The bulk fills (uniform, normal's 16-wide fills, bernoulli, randint, randperm) run in the wasm kernel
// (kernel/wasm/assembly/random.ts) over a copy of the MT state; the per-element paths stay here, with their
// floating-point replicas (FMAs, glibc log/sincos) in random_math.ts.
import { bf16BitsToF32, f16BitsToF32, f32ToBf16Bits, f32ToF16Bits } from './dtype';
import { MT19937, MT_N } from './mt19937';
import { expCR } from './ops/special_scalar';
import { fma32, fma64, glibcLog, glibcSincos } from './random_math';
import { allocBytes, mem, wasm, type KernelExports } from './wasm';

export type FloatDType = 'float32' | 'float64' | 'float16' | 'bfloat16';

/** float16 / bfloat16: std::numeric_limits<T>::digits (uniform_real takes that many random bits) and rounding. */
const HALF_DIGITS = { float16: 11, bfloat16: 8 } as const;
const roundHalf = (d: 'float16' | 'bfloat16') => (d === 'float16'
  ? (v: number): number => f16BitsToF32(f32ToF16Bits(v))
  : (v: number): number => bf16BitsToF32(f32ToBf16Bits(Math.fround(v))));

/** PyTorch's default_rng_seed_val; the seed a fresh torch.Generator() reports. */
export const DEFAULT_SEED = 67280421310721n;

const TWO_POW_M24 = 2 ** -24;
const TWO_POW_M53 = 2 ** -53;
const TWO_PI = 2 * Math.PI;
const STATE_BYTES = 5056;

export type RandomFullDType = 'float32' | 'float64' | 'int64' | 'bool' | 'int32' | 'int16' | 'int8' | 'uint8' | 'float16' | 'bfloat16';
/** random_()'s modulus for the dtypes that take one 32-bit draw. */
const MOD32: Record<string, number> = { float32: 2 ** 24 + 1, float16: 2 ** 11 + 1, bfloat16: 2 ** 8 + 1, int32: 2 ** 31, int16: 2 ** 15, int8: 2 ** 7, uint8: 2 ** 8, bool: 2 };

export class Generator {
  private readonly mt = new MT19937();
  /** normal_distribution<double>'s cached second Box-Muller value (`next_double_normal_sample_`). */
  private nextDoubleNormal: number | null = null;
  /** `next_float_normal_sample_`: unused by CPU kernels in 1.13, kept so get/set_state round-trip. */
  private nextFloatNormal: number | null = null;

  constructor(seed: number | bigint = DEFAULT_SEED) {
    this.manual_seed(seed);
  }

  /** torch.manual_seed: accepts -2**63 <= seed < 2**64 (negatives wrap to uint64, like PyTorch). */
  manual_seed(seed: number | bigint): this {
    if (typeof seed === 'number' && !Number.isSafeInteger(seed)) {
      throw new TypeError(`manual_seed expected an integer, but got ${seed}`);
    }
    const s = BigInt(seed);
    if (s < -(2n ** 63n) || s >= 2n ** 64n) throw new RangeError('Overflow when unpacking long');
    this.mt.reseed(BigInt.asUintN(64, s));
    this.nextDoubleNormal = null;
    this.nextFloatNormal = null;
    return this;
  }

  initial_seed(): bigint {
    return this.mt.seed;
  }

  /** CPUGeneratorImpl::random(): one 32-bit output. */
  random(): number {
    return this.mt.nextUint32();
  }

  /** uniform_real_distribution<double>(0, 1): the low 53 bits of random64() times 2**-53. */
  private random53(): number {
    const hi = this.mt.nextUint32() & 0x1fffff;
    const lo = this.mt.nextUint32();
    return (hi * 4294967296 + lo) * TWO_POW_M53;
  }

  /** at::uniform_real_distribution<double>(0, 1)(generator): one 53-bit draw (the samplers of random_dist.ts). */
  standardUniform(): number {
    return this.random53();
  }

  /** at::normal_distribution<double>(mean, std)(generator): one draw, using and refilling the cached value. */
  normalDouble(mean: number, std: number): number {
    return this.normalSample(mean, std);
  }

  /** uniform_real_distribution<double>(from, to)(generator): one draw (rrelu's noise takes one per element). */
  uniformDouble(from: number, to: number): number {
    return this.random53() * (to - from) + from;
  }

  /** uniform_real_distribution<float>(0, 1): the low 24 bits of random() times 2**-24. */
  private random24(): number {
    return (this.mt.nextUint32() & 0xffffff) * TWO_POW_M24;
  }

  /**
   * tensor.exponential_(lambd) on n elements: exponential_kernel without MKL, one 53-bit uniform u per element in
   * fill order, -1 / lambd * log(1 - u) in double (glibc log), cast to the dtype.
   */
  exponential(n: number, lambd: number): Float64Array {
    if (!(lambd >= 0)) throw new RangeError(`exponential_ expects lambda >= 0.0, but found lambda=${cfmt(lambd)}`);
    const scale = -1 / lambd;
    return this.viaWasm(n, 8, (ptr) => { if (n > 0) this.inWasm((k, st) => k.rngExponential(st, ptr, n, scale)); });
  }

  /**
   * tensor.cauchy_(median, sigma) on n elements: cauchy_kernel, per element one 53-bit uniform u and
   * median + sigma * tan(pi * (u - 0.5)) in double (transformation::cauchy<double>), cast to the dtype by the caller.
   * tan is V8's (fdlibm): it differs from glibc's in the last bit for a few percent of arguments, so float64 values
   * can differ from PyTorch's in the last bit (float32 ones round to the same float).
   */
  cauchy(n: number, median: number, sigma: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = median + sigma * Math.tan(Math.PI * (this.random53() - 0.5));
    return out;
  }

  /**
   * tensor.log_normal_(mean, std) on n elements: log_normal_kernel, per element exp of
   * normal_distribution<double>(mean, std) (the Box-Muller pair with its cached second value, as normal_ of fewer
   * than 16 elements). exp is correctly rounded here; glibc's differs from that in about 1 of 1500 arguments.
   */
  logNormal(n: number, mean: number, std: number): Float64Array {
    if (!(std > 0)) throw new RangeError(`log_normal_ expects std > 0.0, but found std=${cfmt(std)}`);
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = expCR(this.normalSample(mean, std));
    return out;
  }

  /**
   * tensor.geometric_(p) on n elements: geometric_kernel, per element one 53-bit uniform u and
   * ceil(log(u) / log(1 - p)) in double (glibc log), cast to the dtype by the caller.
   */
  geometric(n: number, p: number): Float64Array {
    if (!(p > 0 && p < 1)) throw new RangeError(`geometric_ expects p to be in (0, 1), but got p=${cfmt(p)}`);
    const out = new Float64Array(n);
    const den = glibcLog(1 - p);
    for (let i = 0; i < n; i++) out[i] = Math.ceil(glibcLog(this.random53()) / den);
    return out;
  }

  /**
   * multinomial_with_replacement_kernel: per row, the running sum of the probabilities in the element type
   * (`round`), divided by the total, its last entry set to 1; then per sample a 53-bit uniform and a binary search
   * for the first cumulative value not below it. Rows of `n` categories in `probs` (row-major).
   */
  multinomialWithReplacement(probs: Float64Array, rows: number, n: number, samples: number, round: (v: number) => number): Float64Array {
    const out = new Float64Array(rows * samples);
    const cum = new Float64Array(n);
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        const v = probs[r * n + j];
        if (!(v >= 0)) throw new RangeError('invalid multinomial distribution (encountering probability entry < 0)');
        if (!Number.isFinite(v)) throw new RangeError('invalid multinomial distribution (encountering probability entry = infinity or NaN)');
        sum = round(sum + v);
        cum[j] = sum;
      }
      if (!(sum > 0)) throw new RangeError('invalid multinomial distribution (sum of probabilities <= 0)');
      for (let j = 0; j < n; j++) cum[j] = round(cum[j] / sum);
      for (let k = 0; k < samples; k++) {
        const u = this.random53();
        cum[n - 1] = 1;
        let left = 0, right = n;
        while (right - left > 0) {
          const mid = left + ((right - left) >> 1);
          if (cum[mid] < u) left = mid + 1; else right = mid;
        }
        out[r * samples + k] = left;
      }
    }
    return out;
  }

  /**
   * Runs a wasm random kernel (kernel/wasm/assembly/random.ts) on this generator's MT19937 state: the state is
   * copied into the kernel's memory (u32 words, then left and next) and back afterwards.
   */
  private inWasm(run: (k: KernelExports, st: number) => void): void {
    const k = wasm();
    const st = allocBytes(2504);
    try {
      const buf = mem().u8.buffer;
      new Uint32Array(buf, st, MT_N).set(this.mt.state);
      const ctl = new Int32Array(buf, st + 4 * MT_N, 2);
      ctl[0] = this.mt.left;
      ctl[1] = this.mt.next;
      run(k, st);
      const after = mem().u8.buffer;
      this.mt.state.set(new Uint32Array(after, st, MT_N));
      const c2 = new Int32Array(after, st + 4 * MT_N, 2);
      this.mt.left = c2[0];
      this.mt.next = c2[1];
    } finally {
      k.free(st);
    }
  }

  /** n values written by `fill` into a temporary wasm buffer of `bytes` per element, read back as doubles. */
  private viaWasm(n: number, bytes: 1 | 4 | 8, fill: (ptr: number) => void): Float64Array {
    const ptr = allocBytes(n * bytes);
    try {
      fill(ptr);
      const buf = mem().u8.buffer;
      const out = new Float64Array(n);
      if (bytes === 4) out.set(new Float32Array(buf, ptr, n));
      else if (bytes === 8) out.set(new Float64Array(buf, ptr, n));
      else out.set(new Uint8Array(buf, ptr, n));
      return out;
    } finally {
      wasm().free(ptr);
    }
  }

  /** uniform_'s argument checks (PyTorch's messages). */
  checkUniform(from: number, to: number, dtype: FloatDType): void {
    if (!(from <= to)) throw new RangeError(`uniform_ expects to return a [from, to) range, but found from=${cfmt(from)} > to=${cfmt(to)}`);
    const limit = dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
    if (!(to - from <= limit)) {
      const t = dtype === 'float32' ? 'Float' : 'Double';
      throw new RangeError(`uniform_ expects to-from <= std::numeric_limits<${t}>::max(), but found to=${cfmt(to)} and from=${cfmt(from)} which result in to-from to exceed the limit`);
    }
  }

  /**
   * uniform_(from, to) into n contiguous float32 / float64 elements at byte address `ptr` of the kernel's memory
   * (the checks first, as uniform()).
   */
  uniformInto(ptr: number, n: number, from: number, to: number, dtype: 'float32' | 'float64'): void {
    this.checkUniform(from, to, dtype);
    if (n === 0) return;
    if (dtype === 'float32') {
      const f = Math.fround(from);
      const range = Math.fround(Math.fround(to) - f);
      this.inWasm((k, st) => k.rngUniformF32(st, ptr, n, f, range));
    } else {
      this.inWasm((k, st) => k.rngUniformF64(st, ptr, n, from, to - from));
    }
  }

  /** torch.rand(n, dtype) / tensor.uniform_(from, to) on a contiguous tensor of n elements. */
  uniform(n: number, from: number, to: number, dtype: FloatDType): Float64Array {
    this.checkUniform(from, to, dtype);
    if (dtype === 'float32' || dtype === 'float64') {
      return this.viaWasm(n, dtype === 'float32' ? 4 : 8, (ptr) => this.uniformInto(ptr, n, from, to, dtype));
    }
    // uniform_real<Half>: `digits` bits of random() over 2^digits (in float), times (to - from) rounded to the
    // dtype, plus from; the caller rounds the result to the dtype.
    const out = new Float64Array(n);
    const r = roundHalf(dtype), bits = HALF_DIGITS[dtype];
    const f = r(from), range = r(r(to) - f);
    for (let i = 0; i < n; i++) out[i] = fma32(((this.mt.nextUint32() & ((1 << bits) - 1)) >>> 0) / 2 ** bits, range, f);
    return out;
  }

  /**
   * normal_(mean, std) into n float32 / float64 elements at byte address `ptr`, which hold a contiguous tensor
   * (PyTorch's 16-wide fill from 16 elements on, else one normal_distribution<double> draw per element).
   */
  normalInto(ptr: number, n: number, mean: number, std: number, dtype: 'float32' | 'float64'): void {
    this.checkNormal(std);
    if (n >= 16) {
      if (dtype === 'float32') this.inWasm((k, st) => k.rngNormalF32(st, ptr, n, Math.fround(mean), Math.fround(std)));
      else this.inWasm((k, st) => k.rngNormalF64(st, ptr, n, mean, std));
      return;
    }
    const vals = new Float64Array(n);
    for (let i = 0; i < n; i++) vals[i] = this.normalSample(mean, std);
    const buf = mem().u8.buffer;
    if (dtype === 'float32') new Float32Array(buf, ptr, n).set(vals);
    else new Float64Array(buf, ptr, n).set(vals);
  }

  /** normal_'s argument check. */
  checkNormal(std: number): void {
    if (!(std >= 0)) throw new RangeError(`normal expects std >= 0.0, but found std ${cfmt(std)}`);
  }

  /** torch.randn(n, dtype) / tensor.normal_(mean, std) on a contiguous tensor of n elements. */
  /**
   * n normal samples in fill order. `contiguous` false: the tensor being filled is not row-major, where PyTorch's
   * normal_ draws each element alone (its 16-wide fill needs a contiguous tensor), in memory order.
   */
  normal(n: number, mean: number, std: number, dtype: FloatDType, contiguous = true): Float64Array {
    this.checkNormal(std);
    if (contiguous && n >= 16 && (dtype === 'float32' || dtype === 'float64')) {
      return this.viaWasm(n, dtype === 'float32' ? 4 : 8, (ptr) => this.normalInto(ptr, n, mean, std, dtype));
    }
    const out = new Float64Array(n);
    if (!contiguous) n = 0;   // the per-element loop below, over all of out
    if (n >= 16) {
      this.fillNormalHalf(out, mean, std, dtype as 'float16' | 'bfloat16');
    } else {
      for (let i = 0; i < out.length; i++) {
        const v = this.normalSample(mean, std);
        out[i] = dtype === 'float32' ? Math.fround(v) : v;
      }
    }
    return out;
  }

  /**
   * normal_fill<Half> / normal_fill<BFloat16> (normal_fill_16 in the dtype's own arithmetic): float16 rounds where
   * c10::Half's operators return Half (1 - u, the assignments), its math goes through float; bfloat16 also rounds
   * after std::log, std::sqrt, std::cos/sin and each product, which c10 defines on BFloat16.
   */
  private fillNormalHalf(out: Float64Array, mean: number, std: number, dtype: 'float16' | 'bfloat16'): void {
    const r = roundHalf(dtype), f = Math.fround, bits = HALF_DIGITS[dtype];
    const m = r(mean), s = r(std), bf = dtype === 'bfloat16';
    const uniform = (): number => ((this.mt.nextUint32() & ((1 << bits) - 1)) >>> 0) / 2 ** bits;
    const fill16 = (d: Float64Array, at: number): void => {
      for (let j = 0; j < 8; j++) {
        const u1 = r(1 - d[at + j]), u2 = d[at + j + 8];
        const radius = bf ? r(Math.sqrt(r(-2 * r(Math.log(u1))))) : r(f(Math.sqrt(f(-2 * f(Math.log(u1))))));
        const theta = r(2 * Math.PI * u2);   // 2.0f * pi<double> * u2 in double
        if (bf) {
          d[at + j] = r(r(r(radius * r(Math.cos(theta))) * s) + m);
          d[at + j + 8] = r(r(r(radius * r(Math.sin(theta))) * s) + m);
        } else {
          d[at + j] = r(f(f(f(radius * f(Math.cos(theta))) * s) + m));
          d[at + j + 8] = r(f(f(f(radius * f(Math.sin(theta))) * s) + m));
        }
      }
    };
    const n = out.length;
    for (let i = 0; i < n; i++) out[i] = uniform();
    for (let i = 0; i + 16 <= n; i += 16) fill16(out, i);
    if (n % 16 !== 0) {
      for (let i = n - 16; i < n; i++) out[i] = uniform();
      fill16(out, n - 16);
    }
  }

  /** normal_distribution<double>(mean, std)(generator): Box-Muller with the cached second value. */
  private normalSample(mean: number, std: number): number {
    let z: number;
    if (this.nextDoubleNormal !== null) {
      z = this.nextDoubleNormal;
      this.nextDoubleNormal = null;
    } else {
      const u1 = this.random53();
      const u2 = this.random53();
      const r = Math.sqrt(glibcLog(1 - u2) * -2);
      glibcSincos(TWO_PI * u1, sincos);
      this.nextDoubleNormal = r * sincos[0];
      z = sincos[1] * r;
    }
    return fma64(z, std, mean);
  }

  /** random_(from, to)'s argument checks. */
  checkRandint(low: number, high: number): void {
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high)) throw new RangeError('randint: low and high must be safe integers');
    if (!(low < high)) throw new RangeError(`random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
  }

  /**
   * randint's values into n elements at byte address `ptr`: int64 (`int64` true, exact) or float64 (the int64
   * value rounded to double).
   */
  randintInto(ptr: number, n: number, low: number, high: number, int64: boolean): void {
    this.checkRandint(low, high);
    if (n === 0) return;
    const range = BigInt(high) - BigInt(low);   // (high - low may be past 2**53)
    this.inWasm((k, st) => k.rngRandint(st, int64 ? 1 : 3, ptr, n, BigInt(low), BigInt.asIntN(64, range)));
  }

  /** torch.randint(low, high, (n,)); the values do not depend on the dtype (int64 or floating). */
  randint(n: number, low: number, high: number): Float64Array {
    this.checkRandint(low, high);
    return this.viaWasm(n, 8, (ptr) => this.randintInto(ptr, n, low, high, false));
  }

  /**
   * tensor.random_() without bounds (random_kernel with uniform_int_distribution<T>, ATen TransformationHelper.h
   * uniform_int): int64 and float64 draw random64(), float32 and bool random(); the value kept is val % 2**63
   * (int64), val % (2**53 + 1) (float64), val % (2**24 + 1) (float32), val & 1 (bool). Exact, as BigInts.
   */
  randomFull(n: number, dtype: RandomFullDType): BigInt64Array {
    const ptr = allocBytes(n * 8);
    try {
      this.randomFullInto(ptr, n, dtype, false);
      const out = new BigInt64Array(n);
      out.set(new BigInt64Array(mem().u8.buffer, ptr, n));
      return out;
    } finally {
      wasm().free(ptr);
    }
  }

  /** randomFull's values as doubles (exact: every dtype's values but int64's are below 2**53 + 2). */
  randomFullValues(n: number, dtype: Exclude<RandomFullDType, 'int64'>): Float64Array {
    return this.viaWasm(n, 8, (ptr) => this.randomFullInto(ptr, n, dtype, true));
  }

  /** randomFull's values into n elements at byte address `ptr`: int64, or doubles when `asF64` (every value fits). */
  randomFullInto(ptr: number, n: number, dtype: RandomFullDType, asF64: boolean): void {
    if (n === 0) return;
    // uniform_int<T>: integers modulo max + 1, floats modulo 2^digits + 1 (from one 32-bit draw but for 64-bit types).
    const wide = dtype === 'int64' || dtype === 'float64';
    const mod = dtype === 'int64' ? 1n << 63n : dtype === 'float64' ? (1n << 53n) + 1n : BigInt(MOD32[dtype]);
    this.inWasm((k, st) => k.rngRandomFull(st, wide, BigInt.asIntN(64, mod), ptr, n, asF64));
  }

  /** randperm(n)'s int64 values into n elements at byte address `ptr`. */
  randpermInto(ptr: number, n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Trying to create tensor with negative dimension ${n}: [${n}]`);
    if (n === 0) return;
    this.inWasm((k, st) => k.rngRandperm(st, ptr, n));
  }

  /** torch.randperm(n) (int64 values). */
  randperm(n: number): Float64Array {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Trying to create tensor with negative dimension ${n}: [${n}]`);
    const ptr = allocBytes(n * 8);
    try {
      this.randpermInto(ptr, n);
      const out = new Float64Array(n);
      const w = new Int32Array(mem().u8.buffer, ptr, 2 * n);
      for (let i = 0; i < n; i++) out[i] = w[2 * i];   // (values below n < 2**31: the low words)
      return out;
    } finally {
      wasm().free(ptr);
    }
  }

  /**
   * tensor.bernoulli_(p) / torch.bernoulli(x, p) with a float p — the path F.dropout takes
   * (at::native::dropout -> empty_like(x).bernoulli_(1 - p)). Matches bernoulli_scalar_kernel_default:
   * one random64() per element, 1 when its 53-bit uniform is < p. The output dtype does not change
   * the stream (values are 0/1).
   */
  bernoulli(n: number, p: number, _dtype: FloatDType): Float64Array {
    this.checkBernoulli(p);
    return this.viaWasm(n, 1, (ptr) => this.bernoulliInto(ptr, 0, n, p));
  }

  /** bernoulli_(p)'s argument check. */
  checkBernoulli(p: number): void {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`bernoulli_ expects p to be in [0, 1], but got p=${cfmt(p)}`);
  }

  /** bernoulli(n, p)'s values into n elements at byte address `ptr`: dt 2 float32, 3 float64, 0 one byte each. */
  bernoulliInto(ptr: number, dt: 0 | 2 | 3, n: number, p: number): void {
    this.checkBernoulli(p);
    if (n === 0) return;
    this.inWasm((k, st) => k.rngBernoulli(st, dt, ptr, n, p));
  }

  /**
   * torch.bernoulli(probs) / tensor.bernoulli_(probs_tensor) for a contiguous probs tensor of the
   * same shape (bernoulli_tensor_cpu_kernel): float32 probs draw a 24-bit uniform from random(),
   * float64 probs a 53-bit one from random64(); 1 when uniform < p.
   */
  bernoulli_tensor(p: ArrayLike<number>, pDtype: FloatDType): Float64Array {
    const out = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) {
      const pi = p[i];
      if (!(pi >= 0 && pi <= 1)) throw new RangeError('Expected p_in >= 0 && p_in <= 1 to be true, but got false.');
      const u = pDtype === 'float32' ? this.random24() : this.random53();
      out[i] = u < pi ? 1 : 0;
    }
    return out;
  }

  /**
   * torch.get_rng_state() byte for byte: PyTorch's CPUGeneratorImplState (5056 bytes, little-endian
   * x86-64 layout): seed u64 @0, left i32 @8, seeded i32 @12, next u64 @16, state u64[624] @24,
   * normal_x/y/rho f64 @5016/5024/5032, normal_is_valid i32 @5040, next float normal f32 @5048,
   * its valid flag u8 @5052.
   */
  get_state(): Uint8Array {
    const bytes = new Uint8Array(STATE_BYTES);
    const v = new DataView(bytes.buffer);
    v.setBigUint64(0, this.mt.seed, true);
    v.setInt32(8, this.mt.left, true);
    v.setInt32(12, 1, true);
    v.setBigUint64(16, BigInt(this.mt.next), true);
    for (let i = 0; i < MT_N; i++) v.setUint32(24 + 8 * i, this.mt.state[i], true);
    if (this.nextDoubleNormal !== null) {
      v.setFloat64(5024, this.nextDoubleNormal, true);
      v.setInt32(5040, 1, true);
    }
    if (this.nextFloatNormal !== null) {
      v.setFloat32(5048, this.nextFloatNormal, true);
      v.setUint8(5052, 1);
    }
    return bytes;
  }

  /** torch.set_rng_state(): accepts what get_state() (or torch.get_rng_state()) returns. */
  set_state(s: Uint8Array): void {
    if (s.length !== STATE_BYTES) {
      throw new RangeError(`Expected a CPUGeneratorImplState of size ${STATE_BYTES} but found the input RNG state size to be ${s.length}`);
    }
    const v = new DataView(s.buffer, s.byteOffset, s.byteLength);
    const left = v.getInt32(8, true);
    const next = v.getBigUint64(16, true) & 0xffffffffn;
    if (v.getInt32(12, true) === 0 || left <= 0 || left > MT_N || next > BigInt(MT_N)) throw new RangeError('Invalid mt19937 state');
    this.mt.seed = v.getBigUint64(0, true);
    this.mt.left = left;
    this.mt.next = Number(next);
    for (let i = 0; i < MT_N; i++) this.mt.state[i] = v.getUint32(24 + 8 * i, true);
    this.nextDoubleNormal = v.getInt32(5040, true) !== 0 ? v.getFloat64(5024, true) : null;
    this.nextFloatNormal = v.getUint8(5052) !== 0 ? v.getFloat32(5048, true) : null;
  }
}

const sincos = new Float64Array(2);

/**
 * The process-wide generator behind torch.manual_seed / torch.rand etc. Seeded with default_rng_seed_val
 * so runs are reproducible; real PyTorch seeds its default CPU generator from /dev/urandom at startup.
 */
export const defaultGenerator = new Generator(DEFAULT_SEED);

/** C++ `ostream << double` (6 significant digits, %g style) for error messages. */
export function cfmt(x: number): string {
  if (!Number.isFinite(x) || x === 0) return Number.isNaN(x) ? 'nan' : x === 0 ? '0' : x > 0 ? 'inf' : '-inf';
  const e = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(6)))));
  if (e < -4 || e >= 6) {
    const [m, ex] = x.toExponential(5).split('e');
    const exp = Number(ex);
    return `${m.replace(/\.?0+$/, '')}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(Number(x.toPrecision(6)));
}
