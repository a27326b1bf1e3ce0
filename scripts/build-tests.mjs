// Bundles the extension-host tests (test/vscode/exthost/) into dist/test/exthost/index.js, the extensionTestsPath
// that test/vscode/run.mjs (and @vscode/test-electron) hand to VS Code. Separate from scripts/esbuild.mjs, which
// builds what ships; run it after `npm run build`, which empties dist/.
//
//   node scripts/build-tests.mjs
//
// The bundle's entry is generated: it imports every test/vscode/exthost/*.test.ts (in name order; each registers
// its tests with harness.ts) and re-exports run() from index.ts. So a new test file needs no list to be edited, and
// the bundle is still one static file with no loader.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const testsDir = join(root, 'test/vscode/exthost');
const outDir = join(root, 'dist/test/exthost');

/** The generated entry: the test files, then the run() VS Code calls. */
function entrySource() {
  const files = readdirSync(testsDir).filter((file) => file.endsWith('.test.ts')).sort();
  if (files.length === 0) throw new Error('test/vscode/exthost/ has no *.test.ts');
  const imports = files.map((file) => `import './${file.replace(/\.ts$/, '')}';`);
  return { files, contents: [...imports, "export { run } from './index';", ''].join('\n') };
}

async function main() {
  const { files, contents } = entrySource();
  rmSync(outDir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    stdin: { contents, resolveDir: testsDir, sourcefile: 'exthost-tests-entry.ts', loader: 'ts' },
    outfile: join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
  });
  console.log(`built dist/test/exthost/index.js (${files.join(', ')})`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
