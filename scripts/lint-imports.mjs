// The import boundaries of CONVENTIONS 12, checked on every file under kernel/ and renderer/:
//   - kernel/ and renderer/ never import `vscode` (they run in a worker, the CLI and a webview);
//   - kernel/ never imports renderer/;
//   - neither imports extension/ (the one folder that does import vscode).
// Imports are read with TypeScript's pre-processor, which sees `import`/`export ... from`, `import x = require()`,
// `require()` and `import()` and skips comments and strings; relative specifiers are resolved against the file.
//
//   node scripts/lint-imports.mjs [--root DIR]    exit 1 and one `file:line: problem` line per violation
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const SKIP_DIRS = new Set(['node_modules', 'build', 'dist', 'out']);

/** Every source file under `dir`, recursively. */
function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // the folder does not exist (yet)
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The top-level folder of `path` relative to `root` (`kernel`, `renderer`, ...), or null if outside root. */
function topFolder(root, path) {
  const rel = relative(root, path);
  if (rel.startsWith('..') || rel === '') return null;
  return rel.split(sep)[0];
}

/** What is wrong with `file` (in folder `from`) importing `specifier`, or null. */
function problem(root, file, from, specifier) {
  if (specifier === 'vscode' || specifier.startsWith('vscode/')) {
    return `imports '${specifier}': only extension/ may import vscode`;
  }
  if (!specifier.startsWith('.')) return null;
  const to = topFolder(root, resolve(dirname(file), specifier));
  if (to === 'extension') return `imports '${specifier}' from extension/, which is vscode-only`;
  if (from === 'kernel' && to === 'renderer') return `imports '${specifier}' from renderer/: kernel/ must not depend on renderer/`;
  return null;
}

/** All violations under `root`, as { file (relative to root), line, message }. */
export function lintImports(root) {
  root = resolve(root);
  const violations = [];
  let checked = 0;
  for (const from of ['kernel', 'renderer']) {
    for (const file of sourceFiles(join(root, from))) {
      checked++;
      const text = readFileSync(file, 'utf8');
      for (const { fileName, pos } of ts.preProcessFile(text, true, true).importedFiles) {
        const message = problem(root, file, from, fileName);
        if (!message) continue;
        const line = text.slice(0, pos).split('\n').length;
        violations.push({ file: relative(root, file).split(sep).join('/'), line, message });
      }
    }
  }
  return { checked, violations };
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = at >= 0 ? args[at + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
  if (!root) throw new Error('--root needs a folder');
  const { checked, violations } = lintImports(root);
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.message}`);
  if (violations.length > 0) {
    console.log(`lint-imports: ${violations.length} violation(s) of the import rules (CONVENTIONS 12)`);
    process.exit(1);
  }
  console.log(`lint-imports: ${checked} files under kernel/ and renderer/, no violations`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
