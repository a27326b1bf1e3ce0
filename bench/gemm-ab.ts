// Interleaved A/B of the wasm gemm: the kernel built from a git ref (default main) against the current build
// (kernel/wasm/build, `npm run build` first), in one process, alternating A and B over many short rounds; prints
// the min and the median of each (this machine's clock and its neighbours' load swing 2x between runs: a single
// run of each says nothing). Also: the FMA ceiling (fmaPeak) when both builds have it.
//
//   node --import tsx bench/gemm-ab.ts [--ref main] [--rounds 21] [--threads 1|2|both] [--cases 1024,mlp]
//
// "2 threads": each build gets a helper thread over its own shared memory, and the product is split once like
// kernel/engine/threads.ts does (rows when M >= N, else columns; under 2^23 flops no split). 2-thread times are
// only meaningful when both cores are free (watch /proc/loadavg): with a core taken by other work, the split
// waits for the slower half. Results are checked: 2 threads give the bits of 1, and A and B agree to 1e-3.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

const ROOT = join(__dirname, '..');
const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const REF = arg('ref', 'main'), ROUNDS = Number(arg('rounds', '21')), THREADS = arg('threads', 'both'), CASES = arg('cases', '');
const F32 = 2;
setFlagsFromString('--experimental-wasm-relaxed-simd');

/** The relaxed-SIMD kernel of a git ref, built like scripts/build-wasm.mjs does. */
function buildRef(ref: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-gemm-ab-'));
  try {
    execFileSync('sh', ['-c', `git -C "${ROOT}" archive "${ref}" kernel/wasm/assembly | tar -x -C "${dir}"`]);
    const out = join(dir, 'k.wasm');
    execFileSync(process.execPath, [join(ROOT, 'node_modules/assemblyscript/bin/asc.js'), join(dir, 'kernel/wasm/assembly/index.ts'),
      '--enable', 'simd,relaxed-simd,threads', '-O3', '--runtime', 'stub', '--noAssert', '--importMemory', '--sharedMemory',
      '--initialMemory', '16', '--maximumMemory', '65536', '-o', out]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Exports = Record<string, (...a: number[]) => number>;
const HELPER = `
const { workerData } = require('node:worker_threads');
const { module, memory, ctl: c, args: a } = workerData;
const ctl = new Int32Array(c), args = new Float64Array(a);
const k = new WebAssembly.Instance(module, { env: { memory, abort: () => { throw new Error('abort'); }, interrupted: () => 0 } }).exports;
Atomics.store(ctl, 0, 1); Atomics.notify(ctl, 0);
for (;;) {
  Atomics.wait(ctl, 0, 1);
  if (Atomics.load(ctl, 0) !== 2) continue;
  k.matmul(...args);
  Atomics.store(ctl, 0, 3); Atomics.notify(ctl, 0);
}`;

class Build {
  k: Exports; memory: WebAssembly.Memory; ctl = new Int32Array(new SharedArrayBuffer(16)); args = new Float64Array(new SharedArrayBuffer(17 * 8));
  scratch: number; bufs = new Map<string, { a: number; b: number; o: number }>();
  constructor(public name: string, bytes: Uint8Array) {
    const module = new WebAssembly.Module(bytes);
    this.memory = new WebAssembly.Memory({ initial: 16, maximum: 65536, shared: true });
    const env = { memory: this.memory, abort: (): never => { throw new Error('abort'); }, interrupted: (): number => 0 };
    this.k = new WebAssembly.Instance(module, { env }).exports as unknown as Exports;
    this.k.meta();
    this.scratch = this.k.alloc(this.k.matmulScratchBytes(3, 1 << 30));
    new Worker(HELPER, { eval: true, workerData: { module, memory: this.memory, ctl: this.ctl.buffer, args: this.args.buffer } }).unref();
  }
  f32(p: number, n: number): Float32Array { return new Float32Array(this.memory.buffer, p, n); }
}

// [name, M, K, N, A transposed (Aᵀ·G), B transposed (G·Bᵀ)]
type Case = [string, number, number, number, boolean?, boolean?];
const ALL: Case[] = [['128', 128, 128, 128], ['256', 256, 256, 256], ['512', 512, 512, 512], ['1024', 1024, 1024, 1024],
  ['mlp x@W1 64x784x256', 64, 784, 256], ['mlp xT@G 784x64x256', 784, 64, 256, true], ['mlp G@W1T 64x256x784', 64, 256, 784, false, true],
  ['odd 300x301x299', 300, 301, 299]];
const cases = ALL.filter((c) => !CASES || CASES.split(',').some((f) => c[0].includes(f)));

function run(v: Build, c: Case, threads: number): void {
  const [name, M, K, N, ta, tb] = c;
  const { a, b, o } = v.bufs.get(name)!;
  const sam = ta ? 1 : K, sak = ta ? M : 1, sbk = tb ? 1 : N, sbn = tb ? K : 1;
  if (threads === 1 || 2 * M * N * K < 1 << 23) { v.k.matmul(F32, 1, M, N, K, a, 0, sam, sak, b, 0, sbk, sbn, o, M * N, N, 0); return; }
  const byRows = M >= N, len = byRows ? M : N, align = byRows ? 4 : 8, per = Math.ceil(len / 2 / align) * align;
  const part = (s: number, n: number): number[] => byRows
    ? [F32, 1, n, N, K, a + s * sam * 4, 0, sam, sak, b, 0, sbk, sbn, o + s * N * 4, M * N, N]
    : [F32, 1, M, n, K, a, 0, sam, sak, b + s * sbn * 4, 0, sbk, sbn, o + s * 4, M * N, N];
  v.args.set([...part(per, len - per), v.scratch]);
  Atomics.store(v.ctl, 0, 2); Atomics.notify(v.ctl, 0);
  v.k.matmul(...part(0, per), 0);
  while (Atomics.load(v.ctl, 0) === 2) Atomics.wait(v.ctl, 0, 2, 5);
  Atomics.store(v.ctl, 0, 1);
}

function main(): void {
  const builds = [new Build(REF, buildRef(REF)), new Build('current', readFileSync(join(ROOT, 'kernel/wasm/build/kernel-relaxed.wasm')))];
  const modes = THREADS === 'both' ? [1, 2] : [Number(THREADS)];
  for (const v of builds) {
    for (const [name, M, K, N] of cases) {
      const bufs = { a: v.k.alloc(M * K * 4), b: v.k.alloc(K * N * 4), o: v.k.alloc(M * N * 4) };
      let s = 1;
      for (const [p, n] of [[bufs.a, M * K], [bufs.b, K * N]]) {
        const f = v.f32(p, n);
        for (let i = 0; i < n; i++) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; f[i] = s / 2 ** 32 - 0.5; }
      }
      v.bufs.set(name, bufs);
    }
  }
  const wait = Date.now() + 500;
  while (Date.now() < wait) { /* helpers start */ }
  for (const c of cases) {
    const [name, M, , N] = c;
    let ref: Float32Array | null = null;
    for (const v of builds) {
      run(v, c, 1);
      const one = v.f32(v.bufs.get(name)!.o, M * N).slice();
      if (modes.includes(2)) {
        run(v, c, 2);
        const two = v.f32(v.bufs.get(name)!.o, M * N);
        if (one.some((x, i) => !Object.is(x, two[i]))) throw new Error(`${v.name} ${name}: 2 threads differ from 1`);
      }
      if (ref && one.some((x, i) => !(Math.abs(x - ref![i]) < 1e-3))) throw new Error(`${v.name} ${name}: differs from ${builds[0].name}`);
      ref ??= one;
    }
  }
  const times = new Map<string, number[][]>();
  const peaks: number[][] = builds.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const i of order) {
      if (!builds[i].k.fmaPeak) continue;
      const t0 = performance.now(); builds[i].k.fmaPeak(1 << 18);
      peaks[i].push(96 * 2 ** 18 / (performance.now() - t0) / 1e6);
    }
    for (const c of cases) {
      for (const t of modes) {
        const key = `${c[0]}, ${t} thread${t > 1 ? 's' : ''}`;
        if (!times.has(key)) times.set(key, builds.map(() => []));
        const reps = Math.max(2, Math.round(1.5e8 / (2 * c[1] * c[2] * c[3])));
        for (const i of order) {
          run(builds[i], c, t);
          const t0 = performance.now();
          for (let j = 0; j < reps; j++) run(builds[i], c, t);
          times.get(key)![i].push((performance.now() - t0) / reps);
        }
      }
    }
  }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`A = ${REF}, B = current build; ${ROUNDS} rounds; ms per product (GFLOP/s at the min); B/A < 1: B faster`);
  for (const [i, p] of peaks.entries()) if (p.length) console.log(`fmaPeak ${builds[i].name}: max ${Math.max(...p).toFixed(1)} GFLOP/s, median ${med(p).toFixed(1)}`);
  for (const [key, [A, B]] of times) {
    const c = cases.find((x) => key.startsWith(`${x[0]},`))!, flop = 2 * c[1] * c[2] * c[3];
    const show = (xs: number[]): string => `min ${Math.min(...xs).toFixed(3)} med ${med(xs).toFixed(3)} (${(flop / Math.min(...xs) / 1e6).toFixed(1)})`;
    console.log(`${key.padEnd(32)} A ${show(A)}  B ${show(B)}  B/A min ${(Math.min(...B) / Math.min(...A)).toFixed(3)} med ${(med(B) / med(A)).toFixed(3)}`);
  }
  process.exit(0);
}

main();
