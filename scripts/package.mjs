// Packages the extension into a .vsix with @vscode/vsce, then checks what went in.
//
//   node scripts/package.mjs [--out FILE]     (npm run package); FILE defaults to tnb-<version>.vsix in the repo
//
// vsce runs the `vscode:prepublish` script first (the wasm kernel and minified bundles without source maps), takes
// the files that .vscodeignore keeps, and adds the runtime dependencies (pyodide, and ws, which pyodide loads).
// Afterwards this script reads the .vsix's zip directory and fails if a file the extension needs at run time is
// missing, or if sources or tests slipped in.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vsixEntries } from './vsix.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files the installed extension cannot run without (paths inside the .vsix). */
const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/worker.js',
  'extension/dist/renderer.js',
  'extension/dist/tnb.js',
  'extension/dist/python/tnb_kernel.py',
  'extension/node_modules/pyodide/package.json',
  'extension/node_modules/pyodide/pyodide.js',
  'extension/node_modules/pyodide/pyodide.asm.js',
  'extension/node_modules/pyodide/pyodide.asm.wasm',
  'extension/node_modules/pyodide/python_stdlib.zip',
  'extension/node_modules/pyodide/pyodide-lock.json',
  'extension/node_modules/ws/package.json',
];
/** What must never ship: sources, tests, goldens, build scripts, source maps. */
const FORBIDDEN = [
  /^extension\/(extension|kernel|renderer|cli|test|bench|scripts)\//,
  /^extension\/dist\/test\//,
  /\.(ts|map)$/,
  /^extension\/node_modules\/(?!pyodide\/|ws\/)/,
];
/** A .vsix above this is a sign that something large was swept in. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Where `npm run package` puts the .vsix: tnb-<version>.vsix in the repo (gitignored). */
export function defaultVsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, `${name}-${version}.vsix`);
}

function parseArgs(argv) {
  let out = defaultVsixPath();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) out = resolve(argv[++i]);
    else throw new Error(`unknown option ${argv[i]} (use --out FILE)`);
  }
  return { out };
}

/** Builds the .vsix at `out` and checks it; returns its path. */
export function packageExtension(out = defaultVsixPath()) {
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  // --allow-missing-repository and --skip-license: package.json has no repository and the repo no LICENSE file yet;
  // without them vsce asks a yes/no question, which fails without a terminal (CI).
  const args = ['package', '--allow-missing-repository', '--skip-license', '--out', out];
  const result = spawnSync(process.execPath, [vsce, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vsce package failed (exit ${result.status ?? result.signal})`);
  checkVsix(out);
  return out;
}

function checkVsix(file) {
  const names = vsixEntries(file);
  const missing = REQUIRED.filter((name) => !names.includes(name));
  const forbidden = names.filter((name) => FORBIDDEN.some((re) => re.test(name)));
  const bytes = statSync(file).size;
  const problems = [
    ...missing.map((name) => `missing ${name}`),
    ...forbidden.map((name) => `should not be packaged: ${name}`),
    ...(bytes > MAX_BYTES ? [`${(bytes / 2 ** 20).toFixed(1)} MB is more than the expected ${MAX_BYTES / 2 ** 20} MB`] : []),
  ];
  if (problems.length > 0) throw new Error(`${relative(root, file)} is wrong:\n  ${problems.join('\n  ')}`);
  console.log(`checked ${relative(root, file)}: ${names.length} entries, ${(bytes / 2 ** 20).toFixed(1)} MB, runtime files present`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    packageExtension(parseArgs(process.argv.slice(2)).out);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
