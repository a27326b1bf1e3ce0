// The host side of one kernel: owns a worker thread running kernel/worker.ts, queues executions, streams their
// output to the caller, interrupts through shared memory, restarts, and reports a worker that died.
// Used by the CLI (`tnb run`) and by the extension (one session per open notebook). No vscode here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DisplayMessage, DoneMessage, ErrorInfo, HostMessage, InspectResult, NodeDetails, OutputItem, StartTimings, TensorPayload, VariableInfo, WorkerMessage, WorkerStartData } from './protocol';

export interface SessionOptions {
  /** Path of the bundled worker (dist/worker.js). Default: next to this bundle, or dist/ from the sources. */
  workerPath?: string;
  snapshotDir?: string | null;
  cwd?: string | null;
  argv?: string[];
  wasmBuild?: string;
  /** Threads a matrix product may use; default: the number of cores. */
  threads?: number;
  /** Characters one cell may print before the rest is dropped; default: no limit. */
  maxOutputChars?: number | null;
}

export interface ExecuteCallbacks {
  onStream?: (name: 'stdout' | 'stderr', text: string) => void;
  onDisplay?: (items: OutputItem[]) => void;
}

export interface ExecuteResult {
  error: ErrorInfo | null;
  /** Worker-side time of the execution. */
  ms: number;
}

/** The worker died (crash, out of memory, `os._exit`): every pending request fails with this. */
export class KernelDiedError extends Error {
  override name = 'KernelDiedError';
  constructor(readonly exitCode: number | null, detail: string) {
    super(`The kernel stopped (${exitCode === null ? 'no exit code' : `exit code ${exitCode}`})${detail ? `: ${detail}` : ''}. Restart it to go on; the variables of the old kernel are lost.`);
  }
}

export type SessionState = 'starting' | 'idle' | 'busy' | 'dead' | 'disposed';

interface Pending {
  id: number;
  message: HostMessage;
  callbacks: ExecuteCallbacks;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export function defaultWorkerPath(): string {
  const candidates = [join(__dirname, 'worker.js'), join(__dirname, '..', 'dist', 'worker.js')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`the kernel worker is not built (looked for ${candidates.join(', ')}); run \`npm run build\``);
  return found;
}

export class KernelSession {
  private worker: Worker | null = null;
  private interrupt: Int32Array | null = null;
  private ready: Promise<StartTimings> | null = null;
  private nextId = 1;
  /** Requests sent to the worker (it runs them in order), by id. */
  private readonly inflight = new Map<number, Pending>();
  private _state: SessionState = 'starting';
  private readonly stateListeners = new Set<(s: SessionState) => void>();
  private stderrTail = '';
  timings: StartTimings | null = null;

  constructor(private readonly options: SessionOptions = {}) {}

  get state(): SessionState { return this._state; }
  onStateChange(fn: (s: SessionState) => void): () => void { this.stateListeners.add(fn); return () => this.stateListeners.delete(fn); }
  private setState(s: SessionState): void {
    if (this._state === s) return;
    this._state = s;
    for (const fn of this.stateListeners) fn(s);
  }

  /** Starts the worker (once); resolves when Python and the torch package are ready. */
  start(): Promise<StartTimings> {
    if (this._state === 'disposed') return Promise.reject(new Error('the kernel session was disposed'));
    if (this.ready) return this.ready;
    this.setState('starting');
    const sab = new SharedArrayBuffer(8);   // [0]: the signal (2 = SIGINT), [1]: the execute request it is for
    this.interrupt = new Int32Array(sab);
    const data: WorkerStartData = {
      interruptBuffer: sab, snapshotDir: this.options.snapshotDir ?? null, cwd: this.options.cwd ?? null,
      argv: this.options.argv, wasmBuild: this.options.wasmBuild, threads: this.options.threads,
      maxOutputChars: this.options.maxOutputChars ?? null,
    };
    const worker = new Worker(this.options.workerPath ?? defaultWorkerPath(), { workerData: data, stderr: true, stdout: false });
    this.worker = worker;
    this.stderrTail = '';
    worker.stderr.on('data', (d: Buffer) => { this.stderrTail = (this.stderrTail + d.toString()).slice(-4000); process.stderr.write(d); });
    this.ready = new Promise<StartTimings>((resolve, reject) => {
      let started = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'ready') { started = true; this.timings = m.timings; this.setState(this.inflight.size ? 'busy' : 'idle'); resolve(m.timings); return; }
        if (m.type === 'start-error') { reject(new Error(`the kernel could not start: ${m.message}`)); this.fail(new KernelDiedError(null, m.message)); return; }
        this.onMessage(m);
      });
      worker.on('error', (e) => { const err = new KernelDiedError(null, e.message); if (!started) reject(err); this.fail(err); });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        const err = new KernelDiedError(code, this.stderrTail.trim().split('\n').slice(-3).join('\n'));
        if (!started) reject(err);
        this.fail(err);
      });
    });
    this.ready.catch(() => { /* reported through the requests and the state */ });
    return this.ready;
  }

  private fail(err: Error): void {
    if (this._state === 'disposed') return;
    this.worker = null;
    this.ready = null;
    this.setState('dead');
    const pending = [...this.inflight.values()];
    this.inflight.clear();
    for (const p of pending) p.reject(err);
  }

  private onMessage(m: WorkerMessage): void {
    switch (m.type) {
      case 'stream': this.inflight.get(m.id)?.callbacks.onStream?.(m.name, m.text); break;
      case 'display': this.inflight.get(m.id)?.callbacks.onDisplay?.((m as DisplayMessage).items); break;
      case 'done': {
        const p = this.inflight.get(m.id);
        this.inflight.delete(m.id);
        if (this.inflight.size === 0 && this._state === 'busy') this.setState('idle');
        p?.resolve({ error: (m as DoneMessage).error, ms: m.ms } satisfies ExecuteResult);
        break;
      }
      case 'tensor-reply':
      case 'node-reply':
      case 'variables-reply':
      case 'inspect-reply': {
        const p = this.inflight.get(m.id);
        this.inflight.delete(m.id);
        if (this.inflight.size === 0 && this._state === 'busy') this.setState('idle');
        p?.resolve(m.type === 'inspect-reply' ? m.result : m.type === 'node-reply' ? m.node : m.type === 'variables-reply' ? m.variables : m.tensor);
        break;
      }
      default: break;
    }
  }

  private async request<R>(make: (id: number) => HostMessage, callbacks: ExecuteCallbacks = {}): Promise<R> {
    await this.start();
    const worker = this.worker;
    if (!worker) throw new KernelDiedError(null, 'not running');
    const id = this.nextId++;
    const message = make(id);
    return new Promise<R>((resolve, reject) => {
      this.inflight.set(id, { id, message, callbacks, resolve: resolve as (v: unknown) => void, reject });
      this.setState('busy');
      worker.postMessage(message);
    });
  }

  /** Runs code; requests are queued by the worker and run in order. */
  execute(code: string, filename: string, callbacks: ExecuteCallbacks = {}, displayTrailing = true): Promise<ExecuteResult> {
    return this.request<ExecuteResult>((id) => ({ type: 'execute', id, code, filename, displayTrailing }), callbacks);
  }

  inspect(expression: string): Promise<InspectResult> {
    return this.request<InspectResult>((id) => ({ type: 'inspect', id, expression }));
  }

  /** A displayed tensor again with another sample size (renderer paging); null when no longer held. */
  tensor(kernel: string, handle: number, sampleLimit: number): Promise<TensorPayload | null> {
    return this.request<TensorPayload | null>((id) => ({ type: 'tensor', id, kernel, handle, sampleLimit }));
  }

  /** Node `node` of a displayed graph: saved tensors, the gradient that flowed into it; null when no longer held. */
  node(kernel: string, handle: number, node: number, sampleLimit: number): Promise<NodeDetails | null> {
    return this.request<NodeDetails | null>((id) => ({ type: 'node', id, kernel, handle, node, sampleLimit }));
  }

  /** The live named tensors (and modules' parameters), for the Tensors view. */
  variables(): Promise<VariableInfo[]> {
    return this.request<VariableInfo[]>((id) => ({ type: 'variables', id }));
  }

  /** Raises KeyboardInterrupt in the running code (the kernel and its variables stay). */
  interruptExecution(): void {
    const flag = this.interrupt;
    if (!flag || this._state !== 'busy') return;
    // The request it is for: the oldest execute in flight (the worker runs them in order).
    const target = [...this.inflight.values()].find((r) => r.message.type === 'execute')?.id;
    if (target === undefined) return;
    Atomics.store(flag, 1, target);
    Atomics.store(flag, 0, 2);
    // Under load Pyodide can miss the signal (rarely: the flag is read and reset without a KeyboardInterrupt, seen
    // about once in a few hundred interrupts). While that request runs on with the flag reset, raise it again.
    const again = setInterval(() => {
      if (!this.inflight.has(target) || this.interrupt !== flag) { clearInterval(again); return; }
      if (Atomics.load(flag, 0) === 0) { Atomics.store(flag, 1, target); Atomics.store(flag, 0, 2); }
    }, 1000);
    again.unref?.();
  }

  /** Ends the worker and starts a new one (all Python state is lost). */
  async restart(): Promise<StartTimings> {
    await this.stop(new Error('the kernel was restarted'));
    this.setState('starting');
    return this.start();
  }

  private async stop(reason: Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    const pending = [...this.inflight.values()];
    this.inflight.clear();
    for (const p of pending) p.reject(reason);
    if (worker) await worker.terminate();
  }

  async dispose(): Promise<void> {
    await this.stop(new Error('the kernel session was disposed'));
    this.setState('disposed');
  }
}
