// Helper threads for big kernels. Each helper is a worker_threads Worker holding its own instance of the kernel
// module over the same shared WebAssembly.Memory. A caller splits an op into parts, runs the first itself and
// the others on idle helpers (`runParts`), and waits for them: matmul by rows or columns (threads.ts), elementwise
// ops and copies along the outer dim of their walk, reductions and softmax by rows, long full sums in fixed pieces
// (kernels.ts, parallel.ts).
//
// TNB_THREADS sets how many threads an op may use (the caller included); default: the machine's cores
// (os.availableParallelism). 1 = no helpers. `setThreadLimit` (torch.set_num_threads) caps it further.
//
// Helpers never allocate: the heap's bump pointer and free lists are globals of the main instance, so each helper
// gets, once, from the main thread: a scratch block for gemm (packed A and B, the edge tile), a meta block (the
// shape/stride rows of its part of a strided walk) and its own N-d walk counters. Their gemm polls a stop word
// that the main thread sets when its own gemm (or its wait) sees the interrupt flag.
//
// Protocol (one Int32Array `ctl` per helper, in a SharedArrayBuffer): ctl[STATE] is STARTING until the helper is
// ready, then IDLE; the caller writes the export's index into ctl[FN] and its arguments into `args` (Float64Array),
// stores BUSY and notifies; the helper calls the export, stores its return value in args[RET], then DONE (FAILED if
// it threw), and notifies; the caller stores IDLE.
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { interruptPending, kernelModule, setInterruptObserver, wasm } from './wasm';

const STATE = 0, STOP = 1, FN = 2, ARGC = 3;
const STARTING = 0, IDLE = 1, BUSY = 2, DONE = 3, FAILED = 4;
/** Most arguments an export takes (matmul: 17); args[RET] holds the return value. */
const MAX_ARGS = 20, RET = MAX_ARGS;

/** The exports a helper may run, by index (the order is the protocol). */
export const HELPER_FNS = ['matmul', 'unary', 'binary', 'compare', 'where', 'copy', 'reduce', 'softmax', 'partialSums'] as const;
export type HelperFn = typeof HELPER_FNS[number];
const FN_INDEX = new Map<string, number>(HELPER_FNS.map((f, i) => [f, i]));

/**
 * How long (ms) a helper spins looking for its next part before it sleeps in Atomics.wait, and the caller spins
 * for a helper to finish before it does. Measured on 2 cores (KVM): waking a sleeping thread took 50-150 µs, more
 * than an elementwise op on 128 Ki floats; OpenMP runtimes spin the same way.
 */
const SPIN_MS = 0.5;

/** Bytes of a helper's meta block (as the main instance's) and of its walk counters (64 dims). */
const META_BYTES = 4096, COUNTERS_BYTES = 256;

export interface Helper { worker: Worker; ctl: Int32Array; args: Float64Array; scratch: number; meta: number; dead: boolean }

const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, ctl: ctlBuffer, args: argsBuffer, counters, fns: names } = workerData;
const ctl = new Int32Array(ctlBuffer), a = new Float64Array(argsBuffer);
const k = new WebAssembly.Instance(module, { env: {
  memory,
  abort: () => { throw new Error('wasm abort'); },
  interrupted: () => Atomics.load(ctl, ${STOP}),
} }).exports;
k.setCounters(counters);
const fns = names.map((n) => k[n]);
Atomics.store(ctl, ${STATE}, ${IDLE});
Atomics.notify(ctl, ${STATE});
for (;;) {
  // Spin a little before sleeping: ops come in bursts, and waking a sleeping thread costs 50-150 µs here.
  const until = performance.now() + ${SPIN_MS};
  while (Atomics.load(ctl, ${STATE}) !== ${BUSY} && performance.now() < until);
  if (Atomics.load(ctl, ${STATE}) !== ${BUSY}) Atomics.wait(ctl, ${STATE}, ${IDLE});
  if (Atomics.load(ctl, ${STATE}) !== ${BUSY}) continue;
  let state = ${DONE};
  try {
    const r = fns[ctl[${FN}]](...a.subarray(0, ctl[${ARGC}]));
    a[${RET}] = typeof r === 'number' ? r : 0;
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

/** Starts the helpers (once the kernel is instantiated; threads.ts registers this with whenStarted). */
export function startHelpers(): void {
  const count = threadCount() - 1;
  if (count <= 0) return;
  const { module, memory } = kernelModule();
  const k = wasm();
  const scratchBytes = k.matmulScratchBytes(3, 1 << 30);   // float64, the widest column block: the most gemm needs
  for (let i = 0; i < count; i++) {
    const scratch = k.alloc(scratchBytes + META_BYTES + COUNTERS_BYTES);
    if (scratch === 0) break;   // no room: fewer helpers
    const meta = scratch + scratchBytes, counters = meta + META_BYTES;
    const ctl = new Int32Array(new SharedArrayBuffer(16));
    const args = new Float64Array(new SharedArrayBuffer((MAX_ARGS + 1) * 8));
    const worker = new Worker(HELPER_SOURCE, {
      eval: true, workerData: { module, memory, ctl: ctl.buffer, args: args.buffer, counters, fns: [...HELPER_FNS] },
    });
    worker.unref();   // idle helpers never keep the process alive
    const h: Helper = { worker, ctl, args, scratch, meta, dead: false };
    const died = (): void => { h.dead = true; Atomics.store(ctl, STATE, FAILED); };
    worker.on('error', died);
    worker.on('exit', died);
    helpers.push(h);
  }
  setInterruptObserver(stopHelpers);
}

/** Asks every busy helper to stop its part (their gemm polls the stop word). */
function stopHelpers(): void {
  for (const h of helpers) if (Atomics.load(h.ctl, STATE) === BUSY) Atomics.store(h.ctl, STOP, 1);
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

/** torch.get_num_threads(): the threads an op may use now (TNB_THREADS, capped by set_num_threads). */
export function numThreads(): number { return Math.min(limit, threadCount()); }

/**
 * How many threads an op of `work` units should use when one thread should get at least `minPerThread` of them:
 * 1 below that, else up to the idle helpers + 1 (capped by setThreadLimit).
 */
export function threadsFor(work: number, minPerThread: number): number {
  if (helpers.length === 0 || limit <= 1 || work < 2 * minPerThread) return 1;
  return Math.min(1 + idleHelpers().length, limit, Math.floor(work / minPerThread));
}

let splitCount = 0;
/** How many ops ran split across threads so far (tests check that a big op really was split). */
export function splitOps(): number { return splitCount; }

/** A part of an op: the kernel export to call and its arguments. */
export interface Part { fn: HelperFn; args: number[] }

/**
 * Runs parts[0] on the calling thread and the others on idle helpers (at most threadsFor's count; the caller built
 * part t with `metaOf(t)` as its meta block). Returns each part's return value. A helper that threw makes this throw
 * after all parts ended.
 */
export function runParts(parts: Part[]): number[] {
  if (parts.length > 1) splitCount++;
  const idle = idleHelpers();
  if (parts.length - 1 > idle.length) throw new Error('tnb internal error: more parts than idle helper threads');
  const used: Helper[] = [];
  for (let t = 1; t < parts.length; t++) {
    const h = idle[t - 1], p = parts[t];
    h.args.set(p.args);
    h.ctl[FN] = FN_INDEX.get(p.fn) as number;
    h.ctl[ARGC] = p.args.length;
    Atomics.store(h.ctl, STOP, 0);
    Atomics.store(h.ctl, STATE, BUSY);
    Atomics.notify(h.ctl, STATE);
    used.push(h);
  }
  const k = wasm() as unknown as Record<string, (...a: number[]) => number | void>;
  const results = [Number(k[parts[0].fn](...parts[0].args) ?? 0)];
  let failed = false;
  for (const h of used) {
    const until = performance.now() + SPIN_MS;
    while (Atomics.load(h.ctl, STATE) === BUSY && performance.now() < until);
    while (Atomics.load(h.ctl, STATE) === BUSY) {
      Atomics.wait(h.ctl, STATE, BUSY, 5);
      if (interruptPending()) stopHelpers();
    }
    if (Atomics.load(h.ctl, STATE) === FAILED) failed = true;
    results.push(h.args[RET]);
    Atomics.store(h.ctl, STOP, 0);
    Atomics.store(h.ctl, STATE, IDLE);
  }
  if (failed) throw new Error('tnb internal error: a helper thread failed');
  return results;
}

/**
 * The meta block part t of the next runParts call may use: the main instance's for t = 0, else the t-th idle
 * helper's own (the same helper runParts will give part t to).
 */
export function metaOf(t: number): number {
  if (t === 0) return wasm().meta();
  return idleHelpers()[t - 1].meta;
}

/** The gemm scratch block of the helper that will run part t (t ≥ 1), or 0 for the calling thread (it allocates). */
export function scratchOf(t: number): number {
  return t === 0 ? 0 : idleHelpers()[t - 1].scratch;
}
