// fmaPeak (kernel/wasm/assembly/peak.ts), the bench's FMA ceiling row, really runs its chains: its result matches a
// float32 evaluation of the same 12 chains (c = c·a + b, `iters` times, 4 lanes each), so a loop the optimizer
// folded away or cut short would fail here. Both builds (the relaxed one fuses each step; the plain one rounds twice).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kernelBuild, wasm } from '../../kernel/engine/wasm';

/** `fused`: one rounding per step (an FMA; c·a is exact in float64, so only the sum rounds, twice at worst). */
function reference(iters: number, fused: boolean): number {
  const f = Math.fround;
  const s = f(f(iters & 1) * f(1e-9));
  const a = f(f(0.999999) + s), b = f(1e-7);
  const init = [f(f(0.1) + s), 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2].map(f);
  let total = 0;
  for (const c0 of init) {
    let c = c0;
    for (let i = 0; i < iters; i++) c = fused ? f(c * a + b) : f(f(c * a) + b);
    total += 4 * c;
  }
  return total;
}

test('fmaPeak computes its 12 madd chains', () => {
  const k = wasm();
  for (const iters of [0, 1, 1000, 100001]) {
    const got = k.fmaPeak(iters), want = reference(iters, kernelBuild() === 'relaxed');
    assert.ok(Math.abs(got - want) <= 1e-5 * Math.abs(want), `fmaPeak(${iters}) = ${got}, want ${want}`);
  }
});
