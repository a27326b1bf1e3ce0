// The float32 kernels that reproduce PyTorch 1.13.1's CPU pointwise results (kernel/wasm/assembly/sleef.ts and
// glibc.ts) against the libraries PyTorch calls (test/golden/f32_pointwise.json, from gen_f32_pointwise.py):
// SLEEF 3.5.1's u10 functions, whose AVX2 lanes PyTorch's vectorised loops use, and glibc's expf/expm1f/tanhf/log1pf/
// erff/sinhf/coshf, which its scalar lambdas use. Both builds are held to the bit: the relaxed build fuses its multiply-adds as
// SLEEF's FMA code does, the plain build evaluates them exactly in float64 (a double rounding there would show here
// as a 1-ulp miss). Imported by f32-pointwise.test.ts (relaxed build) and f32-pointwise-simd.test.ts (plain SIMD).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import { wasm } from '../../kernel/engine/wasm';

const REF = JSON.parse(readFileSync(new URL('../golden/f32_pointwise.json', import.meta.url), 'utf8')) as
  { x: number[]; sleef: Record<string, number[]>; glibc: Record<string, number[]> };
const f = new Float32Array(1), u = new Uint32Array(f.buffer);
const value = (b: number): number => { u[0] = b >>> 0; return f[0]; };
const bits = (x: number): number => { f[0] = x; return u[0]; };
const NAMES: Record<string, string> = { 5: 'sin', 6: 'cos', 22: 'tan', 23: 'asin', 24: 'acos', 25: 'atan', 2: 'log', 28: 'log2', 29: 'log10', 7: 'tanh', 15: 'log1p', 16: 'expm1', 26: 'sinh', 27: 'cosh', 35: 'erf', 45: 'erfc' };
const GLIBC: Record<string, string> = { 0: 'expf', 1: 'expm1f', 2: 'tanhf', 3: 'log1pf', 4: 'erff', 5: 'sinhf', 6: 'coshf' };

/** Inputs whose result differs from the library's (NaNs of any payload agree). `only` limits the inputs. */
function misses(fn: (x: number) => number, want: number[], only: (x: number) => boolean = () => true): string[] {
  const bad: string[] = [];
  REF.x.forEach((b, i) => {
    if (!only(value(b))) return;
    const got = fn(value(b)), w = value(want[i]);
    if (Number.isNaN(got) && Number.isNaN(w)) return;
    if (bits(got) !== want[i]) bad.push(`x=${value(b)}: ${got}, want ${w}`);
  });
  return bad;
}

export function registerF32Tests(build: 'relaxed' | 'simd'): void {
  for (const [op, name] of Object.entries(NAMES)) {
    test(`float32 ${name} is SLEEF 3.5.1's Sleef_${name}f8_${name === 'erfc' ? 'u15' : 'u10'} to the bit (${build} build)`, () => {
      assert.equal(torch.kernelBuild(), build);
      const bad = misses((x) => wasm().sleefF32(Number(op), x), REF.sleef[op]);   // (sin/cos/tan: Payne–Hanek from 125 too)
      assert.deepEqual(bad.slice(0, 5), [], `${bad.length} of ${REF.x.length} differ`);
    });
  }
  for (const [fn, name] of Object.entries(GLIBC)) {
    test(`float32 ${name} is glibc 2.36's to the bit (${build} build)`, () => {
      const bad = misses((x) => wasm().glibcF32(Number(fn), x), REF.glibc[fn]);
      assert.deepEqual(bad.slice(0, 5), [], `${bad.length} of ${REF.x.length} differ`);
    });
  }
}
