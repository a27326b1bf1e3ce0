// Builds the AssemblyScript compute kernel to kernel/wasm/build/: a relaxed-SIMD and a plain-SIMD build
// (the engine picks one at start-up with WebAssembly.validate). Run by `npm install` (prepare) and `npm run build`.
// Both import a shared memory (env.memory, up to the 4 GiB wasm32 space) so that helper threads can instantiate
// the same module over it (kernel/engine/threads.ts); `threads` enables the atomics that shared memory needs.
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
  { name: 'kernel-relaxed.wasm', features: 'simd,relaxed-simd,threads' },
  { name: 'kernel-simd.wasm', features: 'simd,threads' },
];
const newestSource = Math.max(...readdirSync(src).map((f) => statSync(join(src, f)).mtimeMs));
for (const b of builds) {
  const target = join(out, b.name);
  let fresh = false;
  try { fresh = statSync(target).mtimeMs > newestSource; } catch { /* not built yet */ }
  if (fresh && !process.argv.includes('--force')) continue;
  execFileSync(process.execPath, [asc, join(src, 'index.ts'), '--enable', b.features, '-O3', '--runtime', 'stub',
    '--noAssert', '--importMemory', '--sharedMemory', '--initialMemory', '16', '--maximumMemory', '65536', '-o', target], { stdio: 'inherit' });
  console.log(`built ${b.name}`);
}
