// Helper threads for big matmuls. Each helper is a worker_threads Worker holding its own instance of the kernel
// module over the same shared WebAssembly.Memory; the calling thread splits a product into row blocks (or column
// blocks when it is wide and short), runs one part itself and the others on the helpers, and waits for them.
//
// TNB_THREADS sets how many threads a product may use (the caller included); default: the machine's cores
// (os.availableParallelism). 1 = no helpers. Products under MIN_PARALLEL_FLOPS stay on the calling thread.
//
// Helpers never allocate: the heap's bump pointer and free lists are globals of the main instance, so each helper
// gets a scratch block (packed A and B, the edge tile) allocated once by the main thread at start-up. Their
// gemm polls a stop word that the main thread sets when its own gemm (or its wait) sees the interrupt flag.
//
// Protocol (one Int32Array `ctl` per helper, in a SharedArrayBuffer): ctl[STATE] is STARTING until the helper
// is ready, then IDLE; the caller writes the arguments into `args` (Float64Array), stores BUSY and notifies; the
// helper runs matmul, stores the result in ctl[RESULT], then DONE, and notifies; the caller stores IDLE.
import { availableParallelism, cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import { interruptPending, kernelModule, setInterruptObserver, wasm, whenStarted } from './wasm';

const STATE = 0, RESULT = 1, STOP = 2;
const STARTING = 0, IDLE = 1, BUSY = 2, DONE = 3, FAILED = 4;

/**
 * Below this many flops (2·M·N·K) a product runs on the calling thread. Measured on 2 cores (the other one busy
 * with other work): 1.0-1.1× at 0.5-2 MFLOP, slower at 4-8 MFLOP (128³, 160³), 1.2-1.9× from 14 MFLOP (192³, the
 * MLP's 64x784x256 products); waking a helper costs ~20-50 µs and each thread packs its own copy of one operand.
 */
export const MIN_PARALLEL_FLOPS = 1 << 23;

interface Helper { worker: Worker; ctl: Int32Array; args: Float64Array; scratch: number; dead: boolean }

const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { module, memory, ctl: ctlBuffer, args: argsBuffer } = workerData;
const ctl = new Int32Array(ctlBuffer), a = new Float64Array(argsBuffer);
const k = new WebAssembly.Instance(module, { env: {
  memory,
  abort: () => { throw new Error('wasm abort'); },
  interrupted: () => Atomics.load(ctl, ${STOP}),
} }).exports;
Atomics.store(ctl, ${STATE}, ${IDLE});
Atomics.notify(ctl, ${STATE});
for (;;) {
  Atomics.wait(ctl, ${STATE}, ${IDLE});
  if (Atomics.load(ctl, ${STATE}) !== ${BUSY}) continue;
  let state = ${DONE};
  try {
    Atomics.store(ctl, ${RESULT}, k.matmul(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14], a[15], a[16]));
  } catch (e) {
    state = ${FAILED};
  }
  Atomics.store(ctl, ${STATE}, state);
  Atomics.notify(ctl, ${STATE});
}`;

/** Threads a product may use (the caller's included): TNB_THREADS, else the number of cores. */
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

function startHelpers(): void {
  const count = threadCount() - 1;
  if (count <= 0) return;
  const { module, memory } = kernelModule();
  const k = wasm();
  const scratchBytes = k.matmulScratchBytes(3, 1 << 30);   // float64, the widest column block: the most gemm needs
  for (let i = 0; i < count; i++) {
    const scratch = k.alloc(scratchBytes);
    if (scratch === 0) break;   // no room: fewer helpers
    const ctl = new Int32Array(new SharedArrayBuffer(16));
    const args = new Float64Array(new SharedArrayBuffer(17 * 8));
    const worker = new Worker(HELPER_SOURCE, { eval: true, workerData: { module, memory, ctl: ctl.buffer, args: args.buffer } });
    worker.unref();   // idle helpers never keep the process alive
    const h: Helper = { worker, ctl, args, scratch, dead: false };
    const died = (): void => { h.dead = true; Atomics.store(ctl, STATE, FAILED); };
    worker.on('error', died);
    worker.on('exit', died);
    helpers.push(h);
  }
  setInterruptObserver(stopHelpers);
}
whenStarted(startHelpers);

/** Asks every busy helper to stop its part (their gemm polls the stop word). */
function stopHelpers(): void {
  for (const h of helpers) if (Atomics.load(h.ctl, STATE) === BUSY) Atomics.store(h.ctl, STOP, 1);
}

/** Helpers ready for work now (a helper still starting is skipped; the product runs on fewer threads). */
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
/** Caps the threads one product uses (the caller's included) below TNB_THREADS; null lifts the cap (tests, bench). */
export function setThreadLimit(n: number | null): void { limit = n === null ? Infinity : Math.max(1, n); }

/** torch.get_num_threads(): the threads a product may use now (TNB_THREADS, capped by set_num_threads). */
export function numThreads(): number { return Math.min(limit, threadCount()); }

/**
 * out = A · B like the kernel's matmul export (out contiguous [batch, M, N]), split across the helper threads when
 * the product is big enough. Returns the kernel's result code (0, INTERRUPTED, or bytes it failed to allocate).
 */
export function matmul(dt: number, batch: number, M: number, N: number, K: number, a: number, sab: number, sam: number,
  sak: number, b: number, sbb: number, sbk: number, sbn: number, o: number, sz: number): number {
  const k = wasm();
  if (batch > 1 && sbb === 0 && sab === M * sam) { M *= batch; batch = 1; }   // one tall product
  const flops = 2 * batch * M * N * K;
  const idle = flops >= MIN_PARALLEL_FLOPS && helpers.length && limit > 1 ? idleHelpers().slice(0, limit - 1) : [];
  if (idle.length === 0) return k.matmul(dt, batch, M, N, K, a, sab, sam, sak, b, sbb, sbk, sbn, o, M * N, N, 0);
  // Rows when the product is at least as tall as wide (each thread packs all of B), else columns (each packs A).
  const byRows = M >= N;
  const len = byRows ? M : N, align = byRows ? 4 : 8;
  const threads = Math.min(1 + idle.length, Math.ceil(len / align));
  const per = Math.ceil(len / threads / align) * align;
  const part = (t: number): number[] => {
    const s = t * per, n = Math.max(0, Math.min(len, s + per) - s);
    return byRows
      ? [dt, batch, n, N, K, a + s * sam * sz, sab, sam, sak, b, sbb, sbk, sbn, o + s * N * sz, M * N, N]
      : [dt, batch, M, n, K, a, sab, sam, sak, b + s * sbn * sz, sbb, sbk, sbn, o + s * sz, M * N, N];
  };
  const used: Helper[] = [];
  for (let t = 1; t < threads; t++) {
    const args = part(t);
    if (args[byRows ? 2 : 3] === 0) break;
    const h = idle[t - 1];
    h.args.set(args);
    h.args[16] = h.scratch;
    Atomics.store(h.ctl, STOP, 0);
    Atomics.store(h.ctl, STATE, BUSY);
    Atomics.notify(h.ctl, STATE);
    used.push(h);
  }
  const p0 = part(0);
  let result = k.matmul(p0[0], p0[1], p0[2], p0[3], p0[4], p0[5], p0[6], p0[7], p0[8], p0[9], p0[10], p0[11], p0[12], p0[13], p0[14], p0[15], 0);
  let failed = false;
  for (const h of used) {
    while (Atomics.load(h.ctl, STATE) === BUSY) {
      Atomics.wait(h.ctl, STATE, BUSY, 5);
      if (interruptPending()) stopHelpers();
    }
    const r = Atomics.load(h.ctl, RESULT) >>> 0;
    if (Atomics.load(h.ctl, STATE) === FAILED) failed = true;
    else if (result === 0) result = r;
    Atomics.store(h.ctl, STOP, 0);
    Atomics.store(h.ctl, STATE, IDLE);
  }
  if (failed) throw new Error('tnb internal error: a helper thread failed in matmul');
  return result;
}
