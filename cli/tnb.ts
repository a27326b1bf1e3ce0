// `tnb`: run notebooks and Python files on the tnb kernel without VS Code, and convert between notebook formats.
//
//   tnb run FILE.tnb [-o OUT.tnb | --inplace] [--continue-on-error] [--timeout SECONDS] [--quiet]
//                                        exit status 1 when a cell failed (--continue-on-error runs the rest first)
//   tnb run FILE.py [ARGS...]            as `python3 FILE.py ARGS...` would, with tnb's torch
//   tnb convert IN OUT                   between .tnb, .ipynb and .py (percent format), chosen by extension
//
// The kernel is the same worker the extension uses (kernel/session.ts). Its Pyodide memory snapshot is cached in
// $TNB_CACHE_DIR, else $XDG_CACHE_HOME/tnb, else ~/.cache/tnb (`--no-snapshot` starts cold without writing one).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { formatFromPath, readNotebook, writeNotebook } from '../kernel/format/convert';
import { parseTnb, serializeTnb, TnbFormatError, type JsonObject, type TnbNotebook, type TnbOutput } from '../kernel/format/tnb';
import { ERROR_MIME, STDERR_MIME, STDOUT_MIME, type ErrorInfo, type OutputItem } from '../kernel/protocol';
import { KernelDiedError, KernelSession } from '../kernel/session';

const USAGE = `usage:
  tnb run FILE.tnb [-o OUT.tnb | --inplace] [--continue-on-error] [--timeout SECONDS] [--quiet] [--no-snapshot]
  tnb run FILE.py [ARGS...]
  tnb convert IN OUT          (.tnb, .ipynb, .py by extension)`;

class UsageError extends Error {}

export function cacheDir(): string {
  if (process.env.TNB_CACHE_DIR) return process.env.TNB_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'tnb');
}

interface RunOptions {
  out: string | null;
  inplace: boolean;
  continueOnError: boolean;
  timeoutS: number | null;
  quiet: boolean;
  snapshot: boolean;
}

function parseRunArgs(args: string[]): { file: string; opts: RunOptions; rest: string[] } {
  const opts: RunOptions = { out: null, inplace: false, continueOnError: false, timeoutS: null, quiet: false, snapshot: true };
  let file: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (file && file.toLowerCase().endsWith('.py')) { rest.push(a); continue; }   // a script's own arguments
    if (a === '-o' || a === '--output') { opts.out = args[++i] ?? null; if (!opts.out) throw new UsageError('-o needs a file name'); }
    else if (a === '--inplace') opts.inplace = true;
    else if (a === '--continue-on-error') opts.continueOnError = true;
    else if (a === '--quiet' || a === '-q') opts.quiet = true;
    else if (a === '--no-snapshot') opts.snapshot = false;
    else if (a === '--timeout') {
      const v = Number(args[++i]);
      if (!(v > 0)) throw new UsageError('--timeout needs a number of seconds > 0');
      opts.timeoutS = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (!file) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!file) throw new UsageError('run needs a file');
  if (opts.out && opts.inplace) throw new UsageError('use either -o or --inplace, not both');
  return { file, opts, rest };
}

function errorText(e: ErrorInfo): string {
  return e.traceback.join('\n') + '\n';
}

/** Runs code with an optional timeout: interrupt at the deadline, give up on the kernel 5 s later. */
async function executeWithTimeout(session: KernelSession, code: string, filename: string, timeoutS: number | null,
  onItems: { stream(name: 'stdout' | 'stderr', text: string): void; display(items: OutputItem[]): void },
  displayTrailing: boolean): Promise<{ error: ErrorInfo | null; ms: number; timedOut: boolean }> {
  let timedOut = false;
  let hard: NodeJS.Timeout | undefined;
  const soft = timeoutS === null ? undefined : setTimeout(() => {
    timedOut = true;
    session.interruptExecution();
    hard = setTimeout(() => { void session.dispose(); }, 5000);
  }, timeoutS * 1000);
  try {
    const r = await session.execute(code, filename, { onStream: onItems.stream, onDisplay: onItems.display }, displayTrailing);
    return { ...r, timedOut };
  } finally {
    clearTimeout(soft);
    clearTimeout(hard);
  }
}

async function runScript(file: string, args: string[], opts: RunOptions): Promise<number> {
  const path = resolve(file);
  if (!existsSync(path)) { process.stderr.write(`tnb: can't open file '${path}': [Errno 2] No such file or directory\n`); return 2; }
  const code = readFileSync(path, 'utf8');
  const session = new KernelSession({ snapshotDir: opts.snapshot ? cacheDir() : null, cwd: process.cwd(), argv: [file, ...args] });
  try {
    await session.start();
    // (the absolute path, as CPython 3.9+ names the __main__ script in tracebacks and __file__)
    const r = await executeWithTimeout(session, code, path, opts.timeoutS, {
      stream: (name, text) => (name === 'stdout' ? process.stdout : process.stderr).write(text),
      display: () => { /* scripts do not echo values */ },
    }, false);
    if (r.timedOut) { process.stderr.write(`tnb: ${file} timed out after ${opts.timeoutS} s\n`); return 124; }
    if (!r.error) return 0;
    if (r.error.ename === 'SystemExit') {
      const n = Number(r.error.evalue);
      if (Number.isInteger(n)) return n;
      process.stderr.write(r.error.evalue + '\n');
      return 1;
    }
    process.stderr.write(errorText(r.error));
    return 1;
  } catch (e) {
    // os._exit(n) ends the interpreter: the script's exit status, as python gives it (Pyodide said why on stderr).
    if (e instanceof KernelDiedError && e.exitCode !== null && /exit\(\d+\)/.test(e.message)) return e.exitCode;
    throw e;
  } finally {
    await session.dispose();
  }
}

async function runNotebook(file: string, opts: RunOptions): Promise<number> {
  const path = resolve(file);
  let nb: TnbNotebook;
  try {
    nb = parseTnb(readFileSync(path, 'utf8'));
  } catch (e) {
    if (e instanceof TnbFormatError) { process.stderr.write(`tnb: ${file} is not a tnb notebook: ${e.message}\n`); return 2; }
    throw e;
  }
  const session = new KernelSession({ snapshotDir: opts.snapshot ? cacheDir() : null, cwd: dirname(path), argv: [''] });
  const progress = (s: string): void => { if (!opts.quiet) process.stderr.write(`tnb: ${s}\n`); };
  const codeCells = nb.cells.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'code');
  let failed = false;
  let errors = 0;
  let order = 0;
  try {
    const t = await session.start();
    progress(`kernel ready in ${Math.round(t.readyMs)} ms (${t.mode}); ${codeCells.length} code cells`);
    for (const [k, { c, i }] of codeCells.entries()) {
      if (failed) { c.outputs = []; continue; }
      const outputs: TnbOutput[] = [];
      let lastStream: { name: 'stdout' | 'stderr'; item: { mime: string; data: string } } | null = null;
      const r = await executeWithTimeout(session, c.source, `<cell ${i + 1}>`, opts.timeoutS, {
        stream: (name, text) => {
          (name === 'stdout' ? process.stdout : process.stderr).write(text);
          if (lastStream && lastStream.name === name) { lastStream.item.data += text; return; }
          const item = { mime: name === 'stdout' ? STDOUT_MIME : STDERR_MIME, data: text };
          lastStream = { name, item };
          outputs.push({ items: [item] });
        },
        display: (items) => {
          lastStream = null;
          process.stdout.write(String(items[0].data) + '\n');
          outputs.push({ items: items.map((it) => ({ mime: it.mime, data: it.data as unknown as JsonObject })) });
        },
      }, true);
      order++;
      c.metadata = { ...(c.metadata ?? {}), executionOrder: order };
      if (r.error) {
        process.stderr.write(errorText(r.error));
        // As VS Code stores error outputs: the JSON text of {name, message, stack}.
        outputs.push({ items: [{ mime: ERROR_MIME, data: JSON.stringify({ name: r.error.ename, message: r.error.evalue, stack: r.error.traceback.join('\n') }) }] });
      }
      c.outputs = outputs;
      if (r.timedOut) progress(`cell ${i + 1} timed out after ${opts.timeoutS} s`);
      progress(`cell ${i + 1} (${k + 1}/${codeCells.length}) ${r.error ? 'failed' : 'done'} in ${Math.round(r.ms)} ms`);
      if (r.error) errors++;
      if (r.error && !opts.continueOnError) failed = true;
      if (r.timedOut && session.state === 'disposed') { failed = true; break; }
    }
  } catch (e) {
    if (!(e instanceof KernelDiedError)) throw e;
    process.stderr.write(`tnb: ${e.message}\n`);
    failed = true;
  } finally {
    await session.dispose();
  }
  const target = opts.inplace ? path : opts.out ? resolve(opts.out) : null;
  if (target) {
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, serializeTnb(nb));
    renameSync(tmp, target);
    progress(`wrote ${target}`);
  }
  if (errors > 0 && opts.continueOnError) progress(`${errors} cell${errors > 1 ? 's' : ''} failed`);
  // With --continue-on-error every cell runs, and the status still says whether one failed.
  return failed || errors > 0 ? 1 : 0;
}

function convert(args: string[]): number {
  if (args.length !== 2) throw new UsageError('convert needs IN and OUT');
  const [inp, out] = args;
  const fi = formatFromPath(inp), fo = formatFromPath(out);
  if (!fi) throw new UsageError(`unknown format of ${inp} (use .tnb, .ipynb or .py)`);
  if (!fo) throw new UsageError(`unknown format of ${out} (use .tnb, .ipynb or .py)`);
  if (resolve(inp) === resolve(out)) throw new UsageError('IN and OUT are the same file');
  let nb: TnbNotebook;
  try {
    nb = readNotebook(readFileSync(inp, 'utf8'), fi);
  } catch (e) {
    if (e instanceof TnbFormatError) { process.stderr.write(`tnb: ${basename(inp)}: ${e.message}\n`); return 2; }
    throw e;
  }
  writeFileSync(out, writeNotebook(nb, fo));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === 'run') {
      const { file, opts, rest: args } = parseRunArgs(rest);
      if (file.toLowerCase().endsWith('.py')) return await runScript(file, args, opts);
      if (file.toLowerCase().endsWith('.tnb')) return await runNotebook(file, opts);
      throw new UsageError(`run takes a .tnb or .py file, not ${file}`);
    }
    if (cmd === 'convert') return convert(rest);
    if (cmd === '--help' || cmd === '-h' || cmd === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
    throw new UsageError(cmd ? `unknown command ${cmd}` : 'no command');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`tnb: ${e.message}\n${USAGE}\n`); return 2; }
    throw e;
  }
}

if (require.main === module) {
  // `tnb run x.py | head`: a reader that stops early closes the pipe; end quietly as a shell tool does (exit 0;
  // SIGPIPE's 141 would need a signal), not with an unhandled EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  }
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`tnb: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 70;
  });
}
