// Helper threads for big kernels. Each helper is a worker_threads Worker holding its own instance of the kernel
// module over the same shared WebAssembly.Memory. A caller cuts an op into parts and runs them with idle helpers
// (`runParts`), waiting for all: matmul by rows or columns (threads.ts), elementwise ops and copies along the outer
// dim of their walk, reductions and softmax by rows, long full sums in fixed pieces (kernels.ts, parallel.ts).
//
// TNB_THREADS sets how many threads an op may use (the caller included); default: the machine's cores
// (os.availableParallelism). 1 = no helpers. `setThreadLimit` (torch.set_num_threads) caps it further.
//
// Helpers never allocate: the heap's bump pointer and free lists are globals of the main instance, so each helper
// gets, once, from the main thread: a scratch block for gemm (packed A and B) and its own N-d walk counters; every
// part of a strided walk has its own meta block (metaOf), as any thread may run it. Their gemm polls a stop word
// that the main thread sets when its own gemm (or its wait) sees the interrupt flag.
//
// Protocol. An op's parts go on a shared board (one SharedArrayBuffer: a header with the next unclaimed part and the
// part count, then per part the export's index, its argument count, its arguments and its return value). The caller
// wakes up to (parts - 1) idle helpers and claims parts itself; every thread takes the next part with Atomics.add
// until none is left, so a thread on a slower or busier core simply does fewer parts (cores here differ by up to
// 1.5x, and a neighbour's load comes and goes). Each helper has an Int32Array `ctl`: ctl[STATE] is STARTING until it
// is ready, then IDLE; the caller stores BUSY and notifies; the helper takes the op by swapping BUSY for RUNNING,
// claims parts, then stores DONE (FAILED if a call threw) and notifies; the caller stores IDLE. Once the caller
// has no part left to claim, it takes back the op from a helper that has not yet swapped BUSY for RUNNING (swaps
// BUSY for IDLE): that helper claimed nothing, and waking a sleeping thread on this VM took from 50 µs to several
// ms (a 256³ product done in 0.9 ms by the caller alone waited up to 4 ms for such a helper to wake and find no
// part). Parts are built so that whichever thread runs them, the result is the same: a part never depends on which
// thread or how many threads ran the others.
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { interruptPending, kernelModule, setInterruptObserver, wasm } from './wasm';

const STATE = 0, STOP = 1;
const STARTING = 0, IDLE = 1, BUSY = 2, DONE = 3, FAILED = 4, RUNNING = 5;
/** Most arguments an export takes (matmul: 17). */
const MAX_ARGS = 20;
/** Most parts one op may have on the board. */
const MAX_PARTS = 256;
/** Board header: next unclaimed part, part count. */
const NEXT = 0, COUNT = 1;
/** matmul's scratch argument: 0 from the caller (the main instance allocates); a helper puts its own block there. */
const SCRATCH_ARG = 16;

/** The exports a helper may run, by index (the order is the protocol). */
export const HELPER_FNS = ['matmul', 'unary', 'binary', 'binaryAlpha', 'compare', 'where', 'copy', 'reduce', 'softmax', 'partialSums', 'sum', 'welfordRows', 'sqDevRange', 'softmaxDimRange', 'softmaxDimColumns', 'prod', 'normOutputs', 'normChunk', 'softmaxBackwardRowsF32'] as const;
export type HelperFn = typeof HELPER_FNS[number];
const FN_INDEX = new Map<string, number>(HELPER_FNS.map((f, i) => [f, i]));

/**
 * How long (ms) a helper spins looking for its next part before it sleeps in Atomics.wait, and the caller spins
 * for a helper to finish before it does. Measured on 2 cores (KVM): waking a sleeping thread took 50-150 µs, more
 * than an elementwise op on 128 Ki floats; OpenMP runtimes spin the same way.
 */
const SPIN_MS = 0.5;

/** Bytes of one part's meta block (shape and up to 4 stride rows of 64 dims). */
const META_BYTES = 5 * 64 * 4;

/** The board's layout: byte offsets of its arrays (helpers get this object and build the same views). */
const LAYOUT = { parts: MAX_PARTS, maxArgs: MAX_ARGS, fn: 8, argc: 8 + MAX_PARTS * 4, args: 8 + 2 * MAX_PARTS * 4,
  ret: 8 + 2 * MAX_PARTS * 4 + MAX_PARTS * MAX_ARGS * 8, bytes: 8 + 2 * MAX_PARTS * 4 + MAX_PARTS * (MAX_ARGS + 1) * 8 };

/** The board's views (the same buffer in every thread). */
interface Board { buffer: SharedArrayBuffer; head: Int32Array; fn: Int32Array; argc: Int32Array; args: Float64Array; ret: Float64Array }
function boardViews(buffer: SharedArrayBuffer): Board {
  const L = LAYOUT;
  return {
    buffer,
    head: new Int32Array(buffer, 0, 2), fn: new Int32Array(buffer, L.fn, L.parts), argc: new Int32Array(buffer, L.argc, L.parts),
    args: new Float64Array(buffer, L.args, L.parts * L.maxArgs), ret: new Float64Array(buffer, L.ret, L.parts),
  };
}

interface Helper { worker: Worker; ctl: Int32Array; dead: boolean }

const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, ctl: ctlBuffer, board, layout: L, counters, scratch, fns: names } = workerData;
const ctl = new Int32Array(ctlBuffer), maxArgs = L.maxArgs;
const head = new Int32Array(board, 0, 2), fnOf = new Int32Array(board, L.fn, L.parts), argc = new Int32Array(board, L.argc, L.parts);
const args = new Float64Array(board, L.args, L.parts * maxArgs), ret = new Float64Array(board, L.ret, L.parts);
const k = new WebAssembly.Instance(module, { env: {
  memory,
  abort: () => { throw new Error('wasm abort'); },
  interrupted: () => Atomics.load(ctl, ${STOP}),
} }).exports;
k.setCounters(counters);
const fns = names.map((n) => k[n]);
const matmul = names.indexOf('matmul');
Atomics.store(ctl, ${STATE}, ${IDLE});
Atomics.notify(ctl, ${STATE});
for (;;) {
  // Spin a little before sleeping: ops come in bursts, and waking a sleeping thread costs 50-150 µs here.
  const until = performance.now() + ${SPIN_MS};
  while (Atomics.load(ctl, ${STATE}) !== ${BUSY} && performance.now() < until);
  if (Atomics.load(ctl, ${STATE}) !== ${BUSY}) Atomics.wait(ctl, ${STATE}, ${IDLE});
  // The caller may have taken the op back (it ran every part itself): then the state is IDLE again.
  if (Atomics.compareExchange(ctl, ${STATE}, ${BUSY}, ${RUNNING}) !== ${BUSY}) continue;
  let state = ${DONE};
  try {
    for (let i = Atomics.add(head, ${NEXT}, 1); i < head[${COUNT}]; i = Atomics.add(head, ${NEXT}, 1)) {
      const a = args.subarray(i * maxArgs, i * maxArgs + argc[i]);
      if (fnOf[i] === matmul) a[${SCRATCH_ARG}] = scratch;
      const r = fns[fnOf[i]](...a);
      ret[i] = typeof r === 'number' ? r : 0;
    }
  } catch (e) {
    state = ${FAILED};
  }
  Atomics.store(ctl, ${STATE}, state);
  Atomics.notify(ctl, ${STATE});
}`;

/** Threads an op may use (the caller's included): TNB_THREADS, else the number of cores. */
export function threadCount(): number {
  const env = process.env.TNB_THREADS;
  if (env !== undefined && env !== '') {
    const n = Number(env);
    if (!Number.isInteger(n) || n < 1) throw new Error(`TNB_THREADS must be a whole number ≥ 1, not ${env}`);
    return Math.min(n, 64);
  }
  return Math.max(1, typeof availableParallelism === 'function' ? availableParallelism() : cpus().length);
}

let helpers: Helper[] = [];
let board: Board | null = null;
/** MAX_PARTS meta blocks in wasm memory, one per part on the board (a part may run on any thread). */
let partMeta = 0;

/** Starts the helpers (once the kernel is instantiated; threads.ts registers this with whenStarted). */
export function startHelpers(): void {
  const count = threadCount() - 1;
  if (count <= 0) return;
  const { module, memory } = kernelModule();
  const k = wasm();
  partMeta = k.alloc(MAX_PARTS * META_BYTES);
  if (partMeta === 0) return;   // no room: one thread
  board = boardViews(new SharedArrayBuffer(LAYOUT.bytes));
  const scratchBytes = k.matmulScratchBytes(3, 1 << 30);   // float64, the widest column block: the most gemm needs
  // then the helper's walk counters (256 bytes) and sum scratch (sum.ts's SUM_SCRATCH_BYTES; index.ts setCounters)
  const countersBytes = 256 + (k as unknown as { SUM_SCRATCH_BYTES: WebAssembly.Global }).SUM_SCRATCH_BYTES.value;
  for (let i = 0; i < count; i++) {
    const scratch = k.alloc(scratchBytes + countersBytes);
    if (scratch === 0) break;   // no room: fewer helpers
    const ctl = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(HELPER_SOURCE, {
      eval: true,
      workerData: { module, memory, ctl: ctl.buffer, board: board.buffer, layout: LAYOUT, counters: scratch + scratchBytes, scratch,
        fns: [...HELPER_FNS] },
    });
    worker.unref();   // idle helpers never keep the process alive
    const h: Helper = { worker, ctl, dead: false };
    const died = (): void => { h.dead = true; Atomics.store(ctl, STATE, FAILED); };
    worker.on('error', died);
    worker.on('exit', died);
    helpers.push(h);
  }
  setInterruptObserver(stopHelpers);
}

/** Asks every busy helper to stop its part (their gemm polls the stop word). */
function stopHelpers(): void {
  for (const h of helpers) {
    const state = Atomics.load(h.ctl, STATE);
    if (state === BUSY || state === RUNNING) Atomics.store(h.ctl, STOP, 1);
  }
}

/** Helpers ready for work now (a helper still starting is skipped; the op runs on fewer threads). */
function idleHelpers(): Helper[] { return helpers.filter((h) => !h.dead && Atomics.load(h.ctl, STATE) === IDLE); }

/** Ends the helper threads (tests; the process exit ends them anyway). Their scratch blocks stay allocated. */
export async function stopThreads(): Promise<void> {
  const hs = helpers;
  helpers = [];
  await Promise.all(hs.map((h) => h.worker.terminate()));
}

/** Threads in use now (the caller and the ready helpers). */
export function activeThreads(): number { return 1 + idleHelpers().length; }

let limit = Infinity;
/** Caps the threads one op uses (the caller's included) below TNB_THREADS; null lifts the cap (tests, bench). */
export function setThreadLimit(n: number | null): void { limit = n === null ? Infinity : Math.max(1, n); }

/**
 * PyTorch 1.13.1's default intra-op thread count (ParallelCommon.cpp's intraop_default_num_threads): OMP_NUM_THREADS,
 * overridden by MKL_NUM_THREADS, else c10's TaskThreadPoolBase::defaultNumThreads(), the hardware threads halved on
 * x86-64 (its guess at the physical cores).
 */
let pytorchDefault = 0;
export function pytorchDefaultThreads(): number {
  if (pytorchDefault === 0) pytorchDefault = readPytorchDefault();   // (PyTorch reads it once, at start-up)
  return pytorchDefault;
}
function readPytorchDefault(): number {
  const env = (name: string, fallback: number): number => {
    const v = Number(process.env[name]);
    return Number.isInteger(v) && v > 0 ? v : fallback;
  };
  const n = env('MKL_NUM_THREADS', env('OMP_NUM_THREADS', 0));
  if (n > 0) return n;
  const hw = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  return Math.max(1, process.arch === 'x64' ? Math.floor(hw / 2) : hw);
}

/**
 * torch.get_num_threads(): the value set_num_threads gave, else TNB_THREADS when set, else PyTorch's own default
 * (pytorchDefaultThreads), as PyTorch reports what was set even beyond the cores. Float sums, var/std, norms and the
 * normalisation layers split their work as PyTorch does for this number (their bits depend on it, there as here), so
 * by default they give what PyTorch gives on the same machine; the helper threads (TNB_THREADS, the cores) still run
 * the parts, and ops whose results do not depend on the split use them all.
 */
export function numThreads(): number {
  if (Number.isFinite(limit)) return limit;
  return process.env.TNB_THREADS ? threadCount() : Math.min(pytorchDefaultThreads(), 64);
}

/**
 * How many threads an op of `work` units should use when one thread should get at least `minPerThread` of them:
 * 1 below that, else up to the idle helpers + 1 (capped by setThreadLimit).
 */
export function threadsFor(work: number, minPerThread: number): number {
  if (helpers.length === 0 || limit <= 1 || work < 2 * minPerThread) return 1;
  return Math.min(1 + idleHelpers().length, limit, Math.floor(work / minPerThread));
}

/**
 * How many parts to cut an op of `work` units into for `threads` threads: about 4 per thread, so that a thread on
 * a slower core takes fewer, but none under `minPart` units (each part has a fixed cost: a call, or packing an
 * operand again in a product), and at most MAX_PARTS.
 */
export function partsFor(work: number, threads: number, minPart: number): number {
  if (threads <= 1) return 1;
  return Math.max(threads, Math.min(4 * threads, MAX_PARTS, Math.floor(work / minPart)));
}

let splitCount = 0;
/** How many ops ran split across threads so far (tests check that a big op really was split). */
export function splitOps(): number { return splitCount; }

/** A part of an op: the kernel export to call and its arguments. */
export interface Part { fn: HelperFn; args: number[] }

type Exports = Record<string, (...a: number[]) => number | void>;

/** Runs one part on the calling thread; its return value (0 for a void export). */
export function runPart(p: Part): number {
  return Number((wasm() as unknown as Exports)[p.fn](...p.args) ?? 0);
}

/**
 * Runs the parts (at most MAX_PARTS) on the calling thread and up to `threads` - 1 idle helpers, each thread taking
 * the next unclaimed part until none is left. Part i must use `metaOf(i)` as its meta block. Returns each part's
 * return value. A helper that threw makes this throw after all parts ended.
 */
export function runParts(parts: Part[], threads: number): number[] {
  const b = board;
  const use = b ? idleHelpers().slice(0, Math.min(threads, parts.length) - 1) : [];
  if (!b || use.length === 0) return parts.map(runPart);
  if (parts.length > MAX_PARTS) throw new Error('tnb internal error: too many parts for the helper threads');
  splitCount++;
  parts.forEach((p, i) => {
    b.fn[i] = FN_INDEX.get(p.fn) as number;
    b.argc[i] = p.args.length;
    b.args.set(p.args, i * MAX_ARGS);
  });
  b.head[COUNT] = parts.length;
  Atomics.store(b.head, NEXT, 0);
  // An interrupt already pending stops the helpers' polling kernels at their first look, as the caller's own
  // parts stop at theirs (else a helper could finish the op before anyone looked at the flag).
  const stop = interruptPending() ? 1 : 0;
  for (const h of use) {
    Atomics.store(h.ctl, STOP, stop);
    Atomics.store(h.ctl, STATE, BUSY);
    Atomics.notify(h.ctl, STATE);
  }
  for (let i = Atomics.add(b.head, NEXT, 1); i < parts.length; i = Atomics.add(b.head, NEXT, 1)) {
    b.ret[i] = runPart(parts[i]);
  }
  let failed = false;
  for (const h of use) {
    // Every part is claimed: a helper still BUSY (not yet RUNNING) has claimed none and gets the op taken back.
    if (Atomics.compareExchange(h.ctl, STATE, BUSY, IDLE) === BUSY) continue;
    // An interrupt that arrives meanwhile stops the helpers' parts (their kernels poll their stop word), also while
    // spinning: a helper may hold the op's last parts when the caller has none left to poll the flag in.
    const until = performance.now() + SPIN_MS;
    while (Atomics.load(h.ctl, STATE) === RUNNING && performance.now() < until) if (interruptPending()) stopHelpers();
    while (Atomics.load(h.ctl, STATE) === RUNNING) {
      Atomics.wait(h.ctl, STATE, RUNNING, 5);
      if (interruptPending()) stopHelpers();
    }
    if (Atomics.load(h.ctl, STATE) === FAILED) failed = true;
    Atomics.store(h.ctl, STOP, 0);
    Atomics.store(h.ctl, STATE, IDLE);
  }
  if (failed) throw new Error('tnb internal error: a helper thread failed');
  return Array.from(b.ret.subarray(0, parts.length));
}

/** The meta block of part i of the next runParts call (the main instance's own when there are no helpers). */
export function metaOf(i: number): number {
  return partMeta === 0 ? wasm().meta() : partMeta + i * META_BYTES;
}
