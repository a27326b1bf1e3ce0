// The kernel worker (a worker_threads Worker): Pyodide (CPython) with the engine registered as the module
// `_tnb_engine` and our `torch` package in its file system; runs cells, streams their output, answers inspections.
// Messages: kernel/protocol.ts. The host side is kernel/session.ts.
//
// Start-up: Pyodide is restored from a memory snapshot cached in `snapshotDir` (made on the first start, keyed by
// the Pyodide version and what the snapshot pre-imports, checked by its SHA-256 before use); a missing, stale or
// damaged snapshot falls back to a cold load, which writes a new one. The snapshot holds CPython, the standard
// library modules the kernel uses and our Python package, imported (its hash is part of the key); the package is
// connected to the engine only after the restore (`tnb_kernel.bind`), since a snapshot cannot hold JS objects.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { HostMessage, InspectResult, OutputItem, StartTimings, WorkerMessage, WorkerStartData } from './protocol';
import { GRAPH_MIME, TENSOR_MIME } from './protocol';
import { StreamOutput } from './stream-output';

// Pyodide's types describe its API; the module itself is loaded with require so the bundle leaves it external.
type PyodideAPI = import('pyodide').PyodideAPI;
type PyProxy = import('pyodide/ffi').PyProxy;

const start = performance.now();
/** This worker's identity: handles in displayed payloads are only meaningful to the kernel that made them. */
const instanceId = randomUUID();
const data = workerData as WorkerStartData;
if (!parentPort) throw new Error('kernel/worker.ts must run in a worker thread');
const port: NonNullable<typeof parentPort> = parentPort;
const post = (m: WorkerMessage): void => port.postMessage(m);

/** Standard-library modules the kernel and the torch package import: pre-imported into the snapshot. */
const PREIMPORT = 'import ast, linecache, traceback, warnings, math, cmath, functools, collections, collections.abc, numbers, '
  + 'contextlib, inspect, types, typing, weakref, json, io, os, sys, builtins, dataclasses, enum, itertools, operator, re, '
  + 'textwrap, string, random, time, copy, pickle, struct, abc, keyword, reprlib, pprint';
const SNAPSHOT_FORMAT = 1;

function pyodideDir(): string {
  return dirname(require.resolve('pyodide/package.json'));
}

function pyodideVersion(): string {
  return (JSON.parse(readFileSync(join(pyodideDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

interface SnapshotMeta { format: number; pyodide: string; preimport: string; sha256: string; bytes: number }

async function loadPython(): Promise<{ py: PyodideAPI; mode: StartTimings['mode']; note?: string; loadMs: number }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadPyodide } = require('pyodide') as typeof import('pyodide');
  const version = pyodideVersion();
  const pkg = packageFiles();
  const pkgHash = createHash('sha256');
  for (const f of pkg) pkgHash.update(f.path).update('\0').update(f.bytes).update('\0');
  const preimport = `${PREIMPORT}\n${pkgHash.digest('hex')}`;
  const key = createHash('sha256').update(`${SNAPSHOT_FORMAT}\n${version}\n${preimport}`).digest('hex').slice(0, 16);
  const dir = data.snapshotDir;
  const file = dir ? join(dir, `pyodide-${version}-${key}.snap`) : null;
  const common = { indexURL: pyodideDir() + '/', env: { HOME: '/home/pyodide' }, stdin: () => null } as const;
  let note: string | undefined;
  const t0 = performance.now();
  if (file && existsSync(file)) {
    try {
      const meta = JSON.parse(readFileSync(file + '.json', 'utf8')) as SnapshotMeta;
      const bytes = readFileSync(file);
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (meta.format !== SNAPSHOT_FORMAT || meta.pyodide !== version || meta.preimport !== preimport) note = 'snapshot made for another version';
      else if (meta.sha256 !== sha || meta.bytes !== bytes.length) note = 'snapshot damaged (checksum differs)';
      else {
        const py = await loadPyodide({ ...common, _loadSnapshot: bytes });
        installPackage(py, pkg);
        return { py, mode: 'snapshot', loadMs: performance.now() - t0 };
      }
    } catch (e) {
      note = `snapshot unusable: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  const py = await loadPyodide({ ...common, _makeSnapshot: file !== null });
  py.runPython(PREIMPORT);
  installPackage(py, pkg);
  py.runPython("import sys\nsys.path.insert(0, '/tnb')\nimport torch, tnb_kernel");
  const loadMs = performance.now() - t0;
  if (file && dir) {
    try {
      const bytes = py.makeMemorySnapshot();
      mkdirSync(dir, { recursive: true });
      for (const old of readdirSync(dir)) if (old.startsWith('pyodide-') && !old.startsWith(`pyodide-${version}-${key}`)) rmSync(join(dir, old), { force: true });
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(tmp, bytes);
      const meta: SnapshotMeta = { format: SNAPSHOT_FORMAT, pyodide: version, preimport, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
      writeFileSync(tmp + '.json', JSON.stringify(meta));
      renameSync(tmp, file);
      renameSync(tmp + '.json', file + '.json');
      return { py, mode: 'cold+snapshot-written', note, loadMs };
    } catch (e) {
      note = `${note ? note + '; ' : ''}could not write the snapshot: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return { py, mode: 'cold', note, loadMs };
}

interface PackageFile { path: string; bytes: Buffer }

/** The Python exception type of an error Pyodide threw for Python code (PythonError), or null for anything else
 * (a fatal error of the interpreter, its exit). */
function pythonException(e: unknown): string | null {
  const err = e as { type?: unknown; pyodide_fatal_error?: unknown; constructor?: { name?: string } } | null;
  if (!err || err.pyodide_fatal_error || err.constructor?.name !== 'PythonError' || typeof err.type !== 'string') return null;
  return err.type;
}

/** `f()`, or `fallback` when a Python exception (a stray interrupt) escapes it; anything else is thrown on. */
function orInterrupted<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    if (pythonException(e) === null) throw e;
    return fallback;
  }
}

/** The files of kernel/python (shipped next to this bundle as python/), as paths relative to it. */
function packageFiles(): PackageFile[] {
  const src = [join(__dirname, 'python'), join(__dirname, '..', 'kernel', 'python')].find((d) => existsSync(join(d, 'torch', '__init__.py')));
  if (!src) throw new Error(`the torch package was not found next to ${__dirname}`);
  const files: PackageFile[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '__pycache__') continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}${name}/`);
      else if (name.endsWith('.py')) files.push({ path: rel + name, bytes: readFileSync(p) });
    }
  };
  walk(src, '');
  return files;
}

/** Writes the package into Pyodide's file system under /tnb (tracebacks and linecache read it there). */
function installPackage(py: PyodideAPI, files: PackageFile[]): void {
  for (const f of files) {
    const path = `/tnb/${f.path}`;
    py.FS.mkdirTree(path.slice(0, path.lastIndexOf('/')));
    py.FS.writeFile(path, f.bytes);
  }
}

/**
 * The host's working directory at the same path inside Pyodide (so paths and tracebacks read as on the host); the
 * root directory, or a path Pyodide's own file system occupies, is mounted at /mnt/cwd instead.
 */
function mountCwd(py: PyodideAPI, cwd: string): void {
  let at = cwd;
  try {
    if (cwd === '/') throw new Error('the root directory cannot be a mount point');
    py.FS.mkdirTree(cwd);
    py.FS.mount(py.FS.filesystems.NODEFS, { root: cwd }, cwd);
  } catch {
    at = '/mnt/cwd';
    py.FS.mkdirTree(at);
    py.FS.mount(py.FS.filesystems.NODEFS, { root: cwd }, at);
  }
  py.FS.chdir(at);
}

async function main(): Promise<void> {
  if (data.wasmBuild) process.env.TNB_WASM_BUILD = data.wasmBuild;
  if (data.threads) process.env.TNB_THREADS = String(data.threads);
  const { py, mode, note, loadMs } = await loadPython();
  // The engine is imported only now, so that TNB_WASM_BUILD is set before the kernel is chosen.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bridge = require('./bridge') as typeof import('./bridge');
  // [0]: the signal Pyodide and the engine poll; [1]: the execute request the host meant it for (session.ts).
  const interrupt = new Int32Array(data.interruptBuffer, 0, 1);
  const interruptTarget = new Int32Array(data.interruptBuffer, 4, 1);
  py.setInterruptBuffer(interrupt);
  // Pyodide looks at the buffer between bytecodes; long engine calls (a big matmul) look at it too.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./engine/wasm') as typeof import('./engine/wasm')).setInterruptBuffer(interrupt);

  let current = 0;   // id of the running request (for stream and display messages)
  const decoder = { out: new TextDecoder(), err: new TextDecoder() };
  const streams = new StreamOutput((name, text) => post({ type: 'stream', id: current, name, text }), { limit: data.maxOutputChars ?? null });
  bridge.setCallHook(() => streams.poll());
  py.setStdout({ write: (buf: Uint8Array) => { streams.write('stdout', decoder.out.decode(buf, { stream: true })); return buf.length; } });
  py.setStderr({ write: (buf: Uint8Array) => { streams.write('stderr', decoder.err.decode(buf, { stream: true })); return buf.length; } });

  let runner: PyProxy | null = null;
  const leafNames = (): ((t: import('./engine').Tensor) => string | null) => {
    const pairs = (runner as unknown as { tensor_names(): PyProxy }).tensor_names().toJs() as [number, string][];
    const byTensor = new Map<unknown, string>();
    for (const [h, name] of pairs) byTensor.set(bridge.tensorByHandle(h), name);
    return (t) => byTensor.get(t) ?? null;
  };
  const host = {
    /** A displayed value: its repr, and the handle of a tensor or graph node for the custom mime types. */
    /** Posts the cell's waiting output (before time.sleep blocks the worker). */
    flush_output: () => streams.flush(),
    display: (text: string, kind: string, handle: number | null, name: string | null) => {
      const items: OutputItem[] = [{ mime: 'text/plain', data: text }];
      if ((kind === 'tensor' || kind === 'tensor-nograd') && handle !== null) {
        items.push({ mime: TENSOR_MIME, data: bridge.tensorPayloadOf(handle, name, leafNames(), instanceId, true, kind === 'tensor') });
      }
      if (kind === 'node' && handle !== null) items.push({ mime: GRAPH_MIME, data: bridge.graphPayloadOf(handle, leafNames(), instanceId) });
      streams.flush();
      post({ type: 'display', id: current, items });
    },
  };
  py.registerJsModule('_tnb_engine', bridge.engineModule);
  py.registerJsModule('_tnb_host', host);
  if (data.cwd) mountCwd(py, data.cwd);
  runner = py.pyimport('tnb_kernel');
  (runner as unknown as { bind(argv: string[]): void }).bind(data.argv ?? ['']);
  const run = (runner as unknown as { run(code: string, filename: string, trailing: boolean): string | null });
  const inspectFn = (runner as unknown as { inspect(expr: string): string });

  const timings: StartTimings = {
    mode, snapshotNote: note, loadPyodideMs: loadMs, readyMs: performance.now() - start,
    pyodideVersion: py.version, pythonVersion: py.runPython('import sys; sys.version.split()[0]') as string,
    kernelBuild: bridge.engineModule.kernel_build(),
  };
  post({ type: 'ready', timings });

  port.on('message', (m: HostMessage) => {
    switch (m.type) {
      case 'execute': {
        current = m.id;
        // A signal left from an earlier request (re-raised just as it ended) must not stop this one; one sent for
        // this request while it was queued stops it as soon as it starts.
        if (Atomics.load(interrupt, 0) !== 0 && Atomics.load(interruptTarget, 0) !== m.id) Atomics.store(interrupt, 0, 0);
        streams.start();
        const t = performance.now();
        let err: string | null;
        try {
          err = run.run(m.code, m.filename, m.displayTrailing);
        } catch (e) {
          const escaped = pythonException(e);
          if (escaped !== null) {
            // A Python exception escaped the runner itself: an interrupt that landed in the kernel's own lines around
            // the user's code (as the cell starts, or while its error is formatted). The interpreter is fine: the
            // cell ends with that exception and every variable stays.
            err = JSON.stringify({ ename: escaped, evalue: '', traceback: [escaped], location: null, related: [] });
          } else {
            // Pyodide itself stopped (os._exit, a fatal error): this interpreter cannot go on; end the worker with
            // the program's exit status so the host reports it and offers a restart.
            streams.finish();   // what the program printed before it stopped
            const message = e instanceof Error ? e.message : String(e);
            const code = /exit\((\d+)\)/.exec(message);
            process.stderr.write(`${message}\n`);
            process.exit(code ? Number(code[1]) : 70);
          }
        }
        // Cleared after (not before) the run: an interrupt the host sent while this request was still queued
        // stops it as soon as it starts; one that arrives after the end does not leak into the next request.
        Atomics.store(interrupt, 0, 0);
        streams.write('stdout', decoder.out.decode());
        streams.write('stderr', decoder.err.decode());
        streams.finish();
        post({ type: 'done', id: m.id, error: err ? JSON.parse(err) : null, ms: performance.now() - t });
        break;
      }
      case 'inspect': {
        // (An interrupt meant for a cell that had just ended can land here: the hover is then unavailable, once.)
        const result = orInterrupted((): InspectResult => {
          const r = JSON.parse(inspectFn.inspect(m.expression)) as InspectResult | { kind: 'tensor'; expression: string; handle: number };
          return 'handle' in r ? { kind: 'tensor', expression: r.expression, tensor: bridge.tensorPayloadOf(r.handle, r.expression, leafNames()) } : r;
        }, { kind: 'unavailable', expression: m.expression, reason: 'interrupted' });
        post({ type: 'inspect-reply', id: m.id, result });
        break;
      }
      case 'tensor':
        post({ type: 'tensor-reply', id: m.id, tensor: orInterrupted(() => (m.kernel === instanceId ? bridge.displayedPayload(m.handle, m.sampleLimit, instanceId, leafNames()) : null), null) });
        break;
      case 'variables': {
        const variables = orInterrupted(() => {
          const pairs = (runner as unknown as { variables(): PyProxy }).variables().toJs() as [string, number][];
          return pairs.map(([name, h]) => bridge.variableInfo(name, h));
        }, []);
        post({ type: 'variables-reply', id: m.id, variables });
        break;
      }
      case 'node':
        post({ type: 'node-reply', id: m.id, node: orInterrupted(() => (m.kernel === instanceId ? bridge.displayedNode(m.handle, m.node, m.sampleLimit, leafNames()) : null), null) });
        break;
      case 'interrupt':
        Atomics.store(interrupt, 0, 2);
        break;
      case 'shutdown':
        port.close();
        process.exit(0);
    }
  });
}

main().catch((e: unknown) => {
  post({ type: 'start-error', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
});
