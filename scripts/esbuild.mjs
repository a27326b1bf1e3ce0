// Bundles tnb with esbuild from one config factory (CONVENTIONS 17); tsc checks types separately (npm run typecheck).
//
//   node scripts/esbuild.mjs                 build every target whose entry file exists, into dist/
//   node scripts/esbuild.mjs --production    minified, no source maps (for packaging)
//   node scripts/esbuild.mjs --watch         rebuild on change
//
// It also copies the compute kernel (kernel/wasm/build/*.wasm, made by `npm run build:wasm`) into dist/, where
// the bundled engine looks for it next to itself, and the Python package (kernel/python) into dist/python.
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const wasmBuild = join(root, 'kernel/wasm/build');

/** What each bundle is: where it starts, where it runs, what it may leave out. */
const TARGETS = {
  extension: { entry: 'extension/extension.ts', out: 'extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  worker: { entry: 'kernel/worker.ts', out: 'worker.js', platform: 'node', format: 'cjs', external: ['pyodide'] },
  renderer: { entry: 'renderer/index.ts', out: 'renderer.js', platform: 'browser', format: 'esm' },
  cli: { entry: 'cli/tnb.ts', out: 'tnb.js', platform: 'node', format: 'cjs', banner: '#!/usr/bin/env node' },
};

/** The esbuild options for one target. */
export function buildOptions(name, { production = false } = {}) {
  const t = TARGETS[name];
  return {
    absWorkingDir: root,
    entryPoints: [join(root, t.entry)],
    outfile: join(dist, t.out),
    bundle: true,
    platform: t.platform,
    format: t.format,
    target: t.platform === 'node' ? 'node20' : 'es2022',
    external: t.external ?? [],
    banner: t.banner ? { js: t.banner } : undefined,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [reportPlugin(name)],
  };
}

function reportPlugin(name) {
  return {
    name: 'tnb-report',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length === 0) {
          copyWasm();
          if (name === 'worker') copyPython();
          if (name === 'cli') chmodSync(join(dist, TARGETS.cli.out), 0o755);
          console.log(`built dist/${TARGETS[name].out}`);
        }
      });
    },
  };
}

function copyWasm() {
  if (!existsSync(wasmBuild)) {
    console.log('note: kernel/wasm/build/ does not exist yet (run `npm run build:wasm`); no .wasm copied');
    return;
  }
  mkdirSync(dist, { recursive: true });
  for (const file of readdirSync(wasmBuild)) {
    if (file.endsWith('.wasm')) copyFileSync(join(wasmBuild, file), join(dist, file));
  }
}

/** The Python package (kernel/python) goes next to the worker, which copies it into Pyodide's file system. */
function copyPython() {
  const src = join(root, 'kernel/python');
  rmSync(join(dist, 'python'), { recursive: true, force: true });
  cpSync(src, join(dist, 'python'), { recursive: true, filter: (p) => !p.includes('__pycache__') });
}

async function main() {
  const args = new Set(process.argv.slice(2));
  for (const arg of args) {
    if (arg !== '--watch' && arg !== '--production') throw new Error(`unknown option ${arg} (use --watch, --production)`);
  }
  const production = args.has('--production');
  const names = Object.keys(TARGETS).filter((name) => {
    const present = existsSync(join(root, TARGETS[name].entry));
    if (!present) console.log(`skip ${name}: ${TARGETS[name].entry} does not exist yet`);
    return present;
  });
  if (args.has('--watch')) {
    for (const name of names) await (await esbuild.context(buildOptions(name, { production }))).watch();
    console.log(`watching ${names.map((name) => TARGETS[name].entry).join(', ')}`);
    return;
  }
  rmSync(dist, { recursive: true, force: true }); // no stale bundles or source maps from an earlier build
  await Promise.all(names.map((name) => esbuild.build(buildOptions(name, { production }))));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
