// A tiny test harness for code that runs inside the VS Code extension host, where node:test and tsx are not
// available. Test files call `test(name, fn)` when they are imported; `runTests()` then runs them one at a time
// in registration order.
//
// Protocol with test/vscode/run.mjs (which reads the extension host's log through the workbench): one line per
// test, `TNB-TEST ok <name> (<ms> ms)` or `TNB-TEST not ok <name>: <error>`, then `TNB-TEST done <N> passed,
// <N> failed`. The runner counts the lines; the exit code it gets from VS Code only says whether run() threw.

export type TestFn = () => unknown | Promise<unknown>;

interface RegisteredTest {
  name: string;
  fn: TestFn;
  timeoutMs: number;
}

/** The line prefix run.mjs looks for. */
export const PROTOCOL_PREFIX = 'TNB-TEST';

const DEFAULT_TIMEOUT_MS = 60_000;
const registered: RegisteredTest[] = [];

/** Registers a test; it runs when `runTests()` is called. */
export function test(name: string, fn: TestFn, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}): void {
  if (registered.some((t) => t.name === name)) throw new Error(`two tests are named "${name}"`);
  registered.push({ name, fn, timeoutMs });
}

/**
 * Runs the registered tests (those whose name matches `grep`, if given) in order, logs the protocol lines, and
 * returns the counts.
 */
export async function runTests({ grep, log = console.log }: { grep?: RegExp; log?: (line: string) => void } = {}): Promise<{
  passed: number;
  failed: number;
}> {
  let passed = 0;
  let failed = 0;
  for (const t of registered.filter((t) => !grep || grep.test(t.name))) {
    const started = Date.now();
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs);
      passed++;
      log(`${PROTOCOL_PREFIX} ok ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      log(`${PROTOCOL_PREFIX} not ok ${t.name}: ${describe(error)}`);
    }
  }
  log(`${PROTOCOL_PREFIX} done ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer)) as Promise<T>;
}

/** The error on one line (the runner reads line by line), with the first frame of its stack for context. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).replace(/\s*\n\s*/g, ' | ');
  const frame = error.stack?.split('\n').find((line) => line.trimStart().startsWith('at '));
  const text = `${error.message}${frame ? ` (${frame.trim()})` : ''}`;
  return text.replace(/\s*\n\s*/g, ' | ');
}
