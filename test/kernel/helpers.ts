// Shared set-up of the kernel tests: they run the real worker (dist/worker.js, built by `npm test`), Pyodide and
// the wasm engine. The Pyodide snapshot is cached in the OS temp folder, so only the first start on a machine is
// cold.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KernelSession, type ExecuteResult, type SessionOptions } from '../../kernel/session';
import type { OutputItem } from '../../kernel/protocol';

export const ROOT = join(__dirname, '..', '..');
export const WORKER = join(ROOT, 'dist', 'worker.js');
export const SNAPSHOT_DIR = join(tmpdir(), 'tnb-test-snapshot');

export function session(opts: SessionOptions = {}): KernelSession {
  return new KernelSession({ workerPath: WORKER, snapshotDir: SNAPSHOT_DIR, ...opts });
}

export interface Captured extends ExecuteResult {
  stdout: string;
  stderr: string;
  displays: OutputItem[][];
  /** Arrival time (ms since the call) of each stream message. */
  streamTimes: number[];
}

export async function run(s: KernelSession, code: string, filename = '<cell 1>', displayTrailing = true): Promise<Captured> {
  let stdout = '', stderr = '';
  const displays: OutputItem[][] = [];
  const streamTimes: number[] = [];
  const t0 = performance.now();
  const r = await s.execute(code, filename, {
    onStream: (name, text) => { streamTimes.push(performance.now() - t0); if (name === 'stdout') stdout += text; else stderr += text; },
    onDisplay: (items) => displays.push(items),
  }, displayTrailing);
  return { ...r, stdout, stderr, displays, streamTimes };
}

/** PyTorch prints object addresses (`<MulBackward0 object at 0x7f...>`); they are masked on both sides. */
export function maskAddresses(s: string): string {
  return s.replace(/0x[0-9a-f]+/g, '0xADDR');
}
