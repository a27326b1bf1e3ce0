// Builds the AssemblyScript compute kernel to kernel/wasm/build/: a relaxed-SIMD and a plain-SIMD build
// (the engine picks one at start-up with WebAssembly.validate). Run by `npm install` (prepare) and `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'kernel/wasm/assembly');
const out = join(root, 'kernel/wasm/build');
const asc = join(root, 'node_modules/assemblyscript/bin/asc.js');
mkdirSync(out, { recursive: true });

const builds = [
  { name: 'kernel-relaxed.wasm', features: 'simd,relaxed-simd' },
  { name: 'kernel-simd.wasm', features: 'simd' },
];
const newestSource = Math.max(...readdirSync(src).map((f) => statSync(join(src, f)).mtimeMs));
for (const b of builds) {
  const target = join(out, b.name);
  let fresh = false;
  try { fresh = statSync(target).mtimeMs > newestSource; } catch { /* not built yet */ }
  if (fresh && !process.argv.includes('--force')) continue;
  execFileSync(process.execPath, [asc, join(src, 'index.ts'), '--enable', b.features, '-O3', '--runtime', 'stub',
    '--noAssert', '--initialMemory', '16', '-o', target], { stdio: 'inherit' });
  console.log(`built ${b.name}`);
}
