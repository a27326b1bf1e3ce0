// Loads the AssemblyScript compute kernel and owns its WebAssembly.Memory.
// Two builds exist (relaxed SIMD, plain SIMD); the relaxed one is used when this runtime validates it.
// TNB_WASM_BUILD=relaxed|simd forces one (the tests run both). TNB_MEMORY_LIMIT=<bytes> caps the wasm heap below
// the 4 GiB wasm32 space; past either, allocations raise PyTorch's out-of-memory RuntimeError.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { TorchError } from './errors';

export interface KernelExports {
  memory: WebAssembly.Memory;
  alloc(bytes: number): number;
  free(ptr: number): void;
  heapBytes(): number;
  liveBlocks(): number;
  setMemoryLimit(bytes: number): void;
  meta(): number;
  setCounters(p: number): void;
  partialSums(dt: number, src: number, n: number, part: number, first: number, parts: number, dst: number, sq: number, mean: number): void;
  copy(ndim: number, meta: number, sdt: number, src: number, ddt: number, dst: number): void;
  fill(ndim: number, meta: number, dt: number, dst: number, value: number): void;
  unary(op: number, dt: number, ndim: number, meta: number, src: number, dst: number, p0: number, p1: number): void;
  binary(op: number, dt: number, ndim: number, meta: number, a: number, b: number, out: number): void;
  binaryAlpha(op: number, dt: number, ndim: number, meta: number, a: number, b: number, out: number, alpha: number): void;
  compare(op: number, dt: number, ndim: number, meta: number, a: number, b: number, out: number): void;
  where(dt: number, ndim: number, meta: number, c: number, a: number, b: number, out: number): void;
  reduce(op: number, dt: number, src: number, outer: number, n: number, inner: number, dst: number, p: number): void;
  sum(dt: number, nan: number, ndim: number, meta: number, out: number, inp: number, begin: number, end: number): number;
  welfordRows(dt: number, src: number, rows: number, n: number, dst: number): number;
  sqDevRange(dt: number, ndim: number, meta: number, inp: number, begin: number, end: number, mean: number): number;
  fma64(a: number, b: number, c: number): number;
  normTwoRun(dt: number, p: number, n: number, s: number, init: number): number;
  normTwoLastdimF32(p: number, n: number): number;
  softmaxBackwardLastdim(single: number, log: number, g: number, y: number, o: number, rows: number, D: number): void;
  softmaxBackwardRowsF32(log: number, g: number, y: number, o: number, rows: number, D: number): void;
  prod(dt: number, ndim: number, meta: number, out: number, inp: number, begin: number, end: number): number;
  normOutputs(dt: number, kind: number, ndimR: number, ndimK: number, meta: number, inp: number, out: number, o0: number, o1: number, nr: number, p: number, inv: number): number;
  normChunk(dt: number, kind: number, ndimR: number, meta: number, base: number, begin: number, end: number, p: number, dst: number): number;
  softmaxDimRange(single: number, x: number, o: number, D: number, inner: number, begin: number, end: number): number;
  softmaxDimColumns(single: number, op: number, a: number, b: number, o: number, D: number, inner: number, q0: number, q1: number, i0: number, i1: number): number;
  fmaRunF64(n: number, x: number, p: number, q: number): void;
  layerNormBackward(dt: number, dY: number, X: number, M: number, N: number, gamma: number, eps: number, dX: number, dgamma: number, dbeta: number,
    threads: number, buf: number, scratch: number): void;
  groupNorm(dt: number, X: number, N: number, C: number, HW: number, G: number, gamma: number, beta: number, eps: number, Y: number, scratch: number): void;
  groupNormBackward(dt: number, dY: number, X: number, N: number, C: number, HW: number, G: number, gamma: number, eps: number,
    dX: number, dgamma: number, dbeta: number, dsdb: number, stats: number, threads: number, scratch: number): void;
  batchNormForward(dt: number, X: number, Nb: number, C: number, S: number, gamma: number, beta: number, rm: number, rv: number,
    train: number, momentum: number, eps: number, threads: number, Y: number, stats: number, buf: number): void;
  batchNormBackward(dt: number, dY: number, X: number, Nb: number, C: number, S: number, gamma: number, rm: number, rv: number, train: number,
    eps: number, threads: number, dX: number, dgamma: number, dbeta: number, stats: number, buf: number, acc: number): void;
  fmaF32(a: number, b: number, c: number): number;
  layerNorm(dt: number, X: number, rows: number, N: number, gamma: number, beta: number, eps: number, Y: number, mean: number, rstd: number, scratch: number): void;
  softmax(dt: number, src: number, rows: number, n: number, dst: number, log: number): void;
  sleefF32(op: number, x: number): number;
  sleefPowF32(x: number, y: number): number;
  glibcF32(fn: number, x: number): number;
  softmaxMath(op: number, x: number): number;
  powLibm(x: number, y: number, single: number): number;
  powfG(x: number, y: number): number;
  powG(x: number, y: number): number;
  atan2fG(y: number, x: number): number;
  sleefAtan2F32(y: number, x: number): number;
  activationBackwardF32(op: number, n: number, g: number, x: number, out: number, p0: number, p1: number, row: number): void;
  matmul(dt: number, batch: number, M: number, N: number, K: number, a: number, sab: number, sam: number, sak: number,
    b: number, sbb: number, sbk: number, sbn: number, out: number, sob: number, ldo: number, scratch: number): number;
  matmulScratchBytes(dt: number, N: number): number;
  fmaPeak(iters: number): number;
  fma32(n: number, x: number, p: number, q: number, qs: number): void;
  sgdUpdate(n: number, p: number, d: number, b: number, mom: number, a: number, lr: number): void;
  adamUpdate(n: number, p: number, g: number, m: number, v: number, b1: number, a1: number, b2: number, a2: number, c2: number, eps: number, ss: number): void;
  arangeFill(dt: number, dst: number, begin: number, end: number, start: number, step: number): void;
  logspaceFill(dt: number, dst: number, n: number, start: number, end: number, step: number, base: number): void;
  rngRaw32(st: number, dst: number, n: number): void;
  rngExponential(st: number, dst: number, n: number, scale: number): void;
  rngRandomFull(st: number, wide: boolean, mod: bigint, dst: number, n: number, asF64: boolean): void;
  rngUniformF32(st: number, dst: number, n: number, from: number, range: number): void;
  rngUniformF64(st: number, dst: number, n: number, from: number, range: number): void;
  rngNormalF32(st: number, dst: number, n: number, mean: number, std: number): void;
  rngNormalF64(st: number, dst: number, n: number, mean: number, std: number): void;
  rngBernoulli(st: number, dt: number, dst: number, n: number, p: number): void;
  rngRandint(st: number, dt: number, dst: number, n: number, low: bigint, range: bigint): void;
  rngRandperm(st: number, dst: number, n: number): void;
  take(dt: number, src: number, offs: number, n: number, dst: number): void;
  indexCheck(idx: number, n: number, size: bigint, neg: number): number;
  selectRows(dt: number, src: number, outer: number, so: number, sd: number, idx: number, n: number, size: bigint, inner: number, si: number, dst: number): void;
  addRows(dt: number, dst: number, outer: number, size: number, idx: number, n: number, inner: number, src: number): void;
  putRows(dt: number, dst: number, outer: number, size: number, idx: number, n: number, inner: number, src: number): void;
  countTrue(m: number, n: number): number;
  cumScan(dt: number, src: number, outer: number, n: number, inner: number, dst: number, reverse: number, prod: number): number;
  truePositions(m: number, n: number, out: number): number;
  positionsToCoords(pos: number, k: number, shp: number, nd: number, out: number): void;
  compress(dt: number, src: number, m: number, n: number, dst: number): void;
  put(dt: number, dst: number, offs: number, n: number, src: number, accumulate: number): void;
  im2col(dt: number, src: number, N: number, C: number, D: number, H: number, W: number, kd: number, kh: number, kw: number,
    sd: number, sh: number, sw: number, pd: number, ph: number, pw: number, dd: number, dh: number, dw: number,
    Do: number, Ho: number, Wo: number, dst: number): void;
  col2im(dt: number, cols: number, N: number, C: number, D: number, H: number, W: number, kd: number, kh: number, kw: number,
    sd: number, sh: number, sw: number, pd: number, ph: number, pw: number, dd: number, dh: number, dw: number,
    Do: number, Ho: number, Wo: number, dst: number): void;
  maxPool(dt: number, src: number, planes: number, H: number, W: number, Ho: number, Wo: number, kh: number, kw: number,
    sh: number, sw: number, ph: number, pw: number, dh: number, dw: number, dst: number, idx: number): void;
  maxPoolBackward(dt: number, gout: number, idx: number, planes: number, HW: number, L: number, gin: number): void;
  avgPool(dt: number, src: number, planes: number, H: number, W: number, Ho: number, Wo: number, kh: number, kw: number,
    sh: number, sw: number, ph: number, pw: number, countPad: number, divisor: number, adaptive: number, dst: number): void;
  avgPoolBackward(dt: number, gout: number, planes: number, H: number, W: number, Ho: number, Wo: number, kh: number, kw: number,
    sh: number, sw: number, ph: number, pw: number, countPad: number, divisor: number, adaptive: number, gin: number): void;
  interpForward(dt: number, src: number, planes: number, D: number, H: number, W: number, Do: number, Ho: number, Wo: number,
    nD: number, tD: number, nH: number, tH: number, nW: number, tW: number, dst: number, hbuf: number, all: number): void;
  interpBackward(dt: number, g: number, planes: number, D: number, H: number, W: number, Do: number, Ho: number, Wo: number,
    nD: number, tD: number, nH: number, tH: number, nW: number, tW: number, cubic: number, dst: number): void;
}

export type KernelBuild = 'relaxed' | 'simd';

function findBuildDir(): string {
  const candidates = [
    process.env.TNB_WASM_DIR,
    __dirname,                                  // bundled: dist/ holds the .wasm next to the bundle
    join(__dirname, '..', 'wasm', 'build'),     // source: kernel/engine → kernel/wasm/build
  ];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, 'kernel-simd.wasm'))) return dir;
  }
  throw new Error('tnb: the wasm kernel is not built (run `npm run build`); looked in ' + candidates.filter(Boolean).join(', '));
}

function chooseBuild(dir: string): { build: KernelBuild; bytes: Uint8Array } {
  const forced = process.env.TNB_WASM_BUILD;
  if (forced && forced !== 'relaxed' && forced !== 'simd') throw new Error(`TNB_WASM_BUILD must be relaxed or simd, not ${forced}`);
  if (forced !== 'simd') {
    try { setFlagsFromString('--experimental-wasm-relaxed-simd'); } catch { /* newer runtimes have it on */ }
    const relaxed = readFileSync(join(dir, 'kernel-relaxed.wasm'));
    if (WebAssembly.validate(relaxed)) return { build: 'relaxed', bytes: relaxed };
    if (forced === 'relaxed') throw new Error('TNB_WASM_BUILD=relaxed but this runtime does not validate relaxed SIMD');
  }
  return { build: 'simd', bytes: readFileSync(join(dir, 'kernel-simd.wasm')) };
}

let kernel: KernelExports | null = null;
let build: KernelBuild = 'simd';
let compiled: { module: WebAssembly.Module; memory: WebAssembly.Memory } | null = null;
const started: (() => void)[] = [];

/** Pages of the kernel's memory: 1 MiB at first, up to the 4 GiB wasm32 space (the module's import says the same). */
const INITIAL_PAGES = 16, MAXIMUM_PAGES = 65536;

export function wasm(): KernelExports {
  if (kernel) return kernel;
  const chosen = chooseBuild(findBuildDir());
  // Shared, so that helper threads (threads.ts) can instantiate the same module over the same memory.
  const module = new WebAssembly.Module(chosen.bytes);
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum: MAXIMUM_PAGES, shared: true });
  const instance = new WebAssembly.Instance(module, {
    env: {
      memory,
      abort: (_m: number, _f: number, line: number, col: number) => { throw new Error(`wasm abort at ${line}:${col}`); },
      interrupted: () => {
        const v = interruptFlag === null ? 0 : Atomics.load(interruptFlag, 0);
        if (v !== 0 && interruptObserver) interruptObserver();
        return v;
      },
    },
  });
  kernel = instance.exports as unknown as KernelExports;
  compiled = { module, memory };
  kernel.meta();   // allocates the meta block once, up front
  build = chosen.build;
  const limit = process.env.TNB_MEMORY_LIMIT;
  if (limit) {
    const bytes = Number(limit);
    if (!Number.isFinite(bytes) || bytes <= 0) throw new Error(`TNB_MEMORY_LIMIT must be a number of bytes, not ${limit}`);
    kernel.setMemoryLimit(bytes);
  }
  for (const fn of started.splice(0)) fn();
  return kernel;
}

/** The compiled module and its shared memory (for helper threads); instantiates the kernel if needed. */
export function kernelModule(): { module: WebAssembly.Module; memory: WebAssembly.Memory } {
  wasm();
  return compiled as NonNullable<typeof compiled>;
}

/** Runs `fn` once the kernel is instantiated (at once if it is). */
export function whenStarted(fn: () => void): void {
  if (kernel) fn(); else started.push(fn);
}

/** Caps the wasm heap at `bytes` (0 or null: the 4 GiB wasm32 space). Memory already grown stays. */
export function setMemoryLimit(bytes: number | null): void { wasm().setMemoryLimit(bytes ?? 0); }

export function kernelBuild(): KernelBuild { wasm(); return build; }

// Typed views over the memory; rebuilt whenever memory.grow detached the previous buffer.
let viewBuffer: ArrayBuffer | null = null;
let views: { u8: Uint8Array; i8: Int8Array; i16: Int16Array; u16: Uint16Array; i32: Int32Array; i64: BigInt64Array; f32: Float32Array; f64: Float64Array } | null = null;
export function mem(): NonNullable<typeof views> {
  const buf = wasm().memory.buffer;
  if (buf !== viewBuffer || !views) {
    viewBuffer = buf;
    views = { u8: new Uint8Array(buf), i8: new Int8Array(buf), i16: new Int16Array(buf), u16: new Uint16Array(buf), i32: new Int32Array(buf), i64: new BigInt64Array(buf), f32: new Float32Array(buf), f64: new Float64Array(buf) };
  }
  return views;
}

// ---------------------------------------------------------------------------------------------------------------
// Interrupts. The kernel worker hands over the interrupt buffer it gives Pyodide (element 0: the signal number,
// 2 = SIGINT, stored by the host). Pyodide looks at it between bytecodes only, so long kernels poll it too: gemm
// from inside the wasm (`env.interrupted`, once per packed block), elementwise ops, reductions and softmax between
// chunks of about a million elements (kernels.ts). An interrupted op frees what it allocated and throws
// KernelInterrupt, which the Python side raises as KeyboardInterrupt.
let interruptFlag: Int32Array | null = null;
/** Called when the main instance's gemm sees the flag (threads.ts stops the helper threads' parts). */
let interruptObserver: (() => void) | null = null;
export function setInterruptObserver(fn: (() => void) | null): void { interruptObserver = fn; }

/** Lets long engine calls stop when element 0 of `buffer` becomes nonzero (null: never). */
export function setInterruptBuffer(buffer: Int32Array | null): void { interruptFlag = buffer; }

/** A user interrupt that stopped an engine call; Python raises it as KeyboardInterrupt (empty message). */
export class KernelInterrupt extends Error {
  readonly pyType = 'KeyboardInterrupt';
  constructor() {
    super('');
    this.name = 'KeyboardInterrupt';
  }
}

/** True when an interrupt is pending. */
export function interruptPending(): boolean { return interruptFlag !== null && Atomics.load(interruptFlag, 0) !== 0; }

/**
 * The error to throw for a pending interrupt: clears the flag first, so that Pyodide does not raise a second
 * KeyboardInterrupt at the next bytecode (in the handler of the first).
 */
export function takeInterrupt(): KernelInterrupt {
  if (interruptFlag) Atomics.store(interruptFlag, 0, 0);
  return new KernelInterrupt();
}

/** Throws KernelInterrupt when an interrupt is pending. */
export function checkInterrupt(): void { if (interruptPending()) throw takeInterrupt(); }

/**
 * PyTorch 1.13.1's out-of-memory error on Linux (posix_memalign failing in c10/core/impl/alloc_cpu.cpp), checked
 * with `torch.ones(10**11)`: "... err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate
 * 400000000000 bytes. Error code 12 (Cannot allocate memory)".
 */
export function outOfMemory(bytes: number): TorchError {
  return new TorchError('RuntimeError',
    `[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate ${bytes} bytes. Error code 12 (Cannot allocate memory)`);
}

/** Largest single request the wasm32 allocator can take (the kernel's alloc works on u32 sizes). */
const MAX_REQUEST = 0xFFFF_0000;

/** Allocates `bytes` in wasm memory or raises PyTorch's out-of-memory error (the heap is unchanged then). */
export function allocBytes(bytes: number): number {
  // (>>> 0: the kernel returns an i32, and a block past 2 GiB would read as a negative pointer)
  const p = bytes > MAX_REQUEST ? 0 : wasm().alloc(Math.max(bytes, 1)) >>> 0;
  if (p === 0) throw outOfMemory(bytes);
  return p;
}

/** What matmul returns when the interrupt flag stopped it. */
export const INTERRUPTED = 1;

/**
 * Raises the out-of-memory error when a kernel reports (as its nonzero result) a scratch block it could not get,
 * or KernelInterrupt for INTERRUPTED.
 */
export function checkScratch(result: number): void {
  if (result === INTERRUPTED) throw takeInterrupt();
  if (result !== 0) throw outOfMemory(result >>> 0);
}

/** Writes shape and stride rows into the kernel's meta block and returns its pointer. */
export function writeMeta(shape: readonly number[], ...strides: (readonly number[])[]): number {
  return writeMetaAt(wasm().meta(), shape, ...strides);
}

/** Writes shape and stride rows into the meta block at `p` (a helper thread's own) and returns p. */
export function writeMetaAt(p: number, shape: readonly number[], ...strides: (readonly number[])[]): number {
  const v = mem().i32;
  let i = p >>> 2;
  for (const s of shape) v[i++] = s;
  for (const row of strides) for (const s of row) v[i++] = s;
  return p;
}
