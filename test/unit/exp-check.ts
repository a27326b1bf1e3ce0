// float32 exp (kernel/wasm/assembly/exp.ts) against the correctly rounded float32 exp: float64 Math.exp rounded to
// float32 (correctly rounded but for rare double roundings, hence the 1-ulp bound), over every 97th float32 in
// [-104, 89] (about 23 million inputs, subnormal results included), through the vector fast path, the general
// block (forced by a -inf in each block of 16) and the run's tail, plus the special values. Also softmax's
// float32 sum in PyTorch's AVX2 lane order, rows with NaN / inf, and log_softmax's log of the sum (1 ulp).
// Imported by exp.test.ts (relaxed build) and exp-simd.test.ts (plain SIMD build) after they choose the build
// (TNB_WASM_BUILD).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import { fromValues } from '../../kernel/engine/ops/creation';

const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
const bitsOf = (x: number): number => { f32[0] = x; return u32[0]; };
const floatOf = (b: number): number => { u32[0] = b >>> 0; return f32[0]; };
/** Distance in float32 steps between two results of the same sign (both ≥ 0 for exp). */
const ulps = (a: number, b: number): number => Math.abs(bitsOf(a) - bitsOf(b));

/** exp of xs through the kernel; `forceGeneral` puts -inf in lane 0 of every 16 so no block takes the fast path. */
function kernelExp(xs: Float32Array, forceGeneral: boolean): Float32Array {
  let input = xs;
  if (forceGeneral) {
    input = new Float32Array(Math.ceil(xs.length / 15) * 16);
    input.fill(-Infinity);
    for (let i = 0; i < xs.length; i++) input[Math.floor(i / 15) * 16 + 1 + (i % 15)] = xs[i];
  }
  const out = torch.tidy(() => torch.exp(fromValues([input.length], input, 'float32')).toArray());
  if (!forceGeneral) return Float32Array.from(out);
  const r = new Float32Array(xs.length);
  for (let i = 0; i < xs.length; i++) r[i] = out[Math.floor(i / 15) * 16 + 1 + (i % 15)];
  return r;
}

function check(xs: Float32Array, got: Float32Array, what: string): { max: number; inexact: number } {
  let max = 0, inexact = 0, first = '';
  for (let i = 0; i < xs.length; i++) {
    const want = Math.fround(Math.exp(xs[i])), g = got[i];
    if (Number.isNaN(want)) { if (!Number.isNaN(g) && !first) first = `exp(${xs[i]}) = ${g}, expected NaN`; continue; }
    const d = g < 0 || Number.isNaN(g) ? Infinity : ulps(g, want);
    if (d > 0) inexact++;
    if (d > max) max = d;
    if (d > 1 && !first) first = `exp(${xs[i]}) = ${g}, correctly rounded ${want} (${d} ulp)`;
  }
  assert.equal(first, '', `${what}: ${first}`);
  return { max, inexact };
}

export function registerExpTests(build: 'relaxed' | 'simd'): void {
  test(`float32 exp within 1 ulp of the correctly rounded value over [-104, 89] (${build} build)`, () => {
    assert.equal(torch.kernelBuild(), build);
    const lo = bitsOf(-104), hi = bitsOf(89), step = 97, chunk = (1 << 20) + 13;   // odd length: a tail per chunk
    const all: number[] = [];
    for (let b = lo; b >= 0x80000000; b -= step) all.push(b);         // negative floats, -104 up to -0
    for (let b = 0; b <= hi; b += step) all.push(b);                   // positive floats, +0 up to 89
    let inexact = 0, max = 0;
    for (let s = 0; s < all.length; s += chunk) {
      const xs = Float32Array.from(all.slice(s, s + chunk), floatOf);
      for (const forceGeneral of [false, true]) {
        const r = check(xs, kernelExp(xs, forceGeneral), forceGeneral ? 'general block' : 'fast path');
        inexact += r.inexact; max = Math.max(max, r.max);
      }
    }
    assert.ok(all.length > 2e7, `${all.length} inputs`);
    assert.ok(inexact < all.length / 20, `${inexact} of ${2 * all.length} results 1 ulp off`);   // mostly exact
  });

  test(`float32 exp of special values and range edges (${build} build)`, () => {
    const special = [0, -0, Infinity, -Infinity, NaN, 1e-45, -1e-45, 1e-30, -1e-30, 88.72283, 88.72284, 88.7229, 89, 100, 101, 1e30,
      -86.5, -86.49999, -86.50001, -87.33654, -87.3366, -103.27893, -103.972, -103.9721, -103.97208, -104, -104.0001, -110, -1e30,
      88, 87.99999, 88.00001, 0.34657359, -0.34657359, 1, -1, 0.5, -0.5];
    const xs = Float32Array.from(special);
    for (const forceGeneral of [false, true]) {
      const got = kernelExp(xs, forceGeneral);
      check(xs, got, `specials, ${forceGeneral ? 'general block' : 'fast path'}`);
      assert.equal(got[2], Infinity); assert.equal(got[3], 0); assert.ok(Number.isNaN(got[4])); assert.equal(got[0], 1); assert.equal(got[1], 1);
      for (let n = 1; n <= 33; n++) check(xs.subarray(0, n), kernelExp(xs.subarray(0, n), forceGeneral), `specials, first ${n} (tails)`);
    }
  });

  test(`float32 softmax sums exp in PyTorch's AVX2 lane order (${build} build)`, () => torch.tidy(() => {
    // With all exp values exactly representable and chosen so that the order of the additions shows, 1/sum
    // gives away the order: eight running lane sums, leftovers to lane k % 8, then ((0+4)+(2+6))+((1+5)+(3+7)).
    for (const n of [1, 3, 7, 8, 9, 16, 17, 23, 40, 45]) {
      const xs = Array.from({ length: n }, (_, k) => (k === 0 ? 0 : k % 3 === 1 ? -16.635532 : -(k % 5) * 0.6931472));
      const x = fromValues([1, n], xs, 'float32');
      const e = Float32Array.from(torch.exp(torch.sub(x, torch.max(x)) ).toArray());
      let sum: number;
      if (n < 8) { sum = e[0]; for (let k = 1; k < n; k++) sum = Math.fround(sum + e[k]); }
      else {
        const lane = Array.from(e.subarray(0, 8));
        for (let k = 8; k < n; k++) lane[k % 8] = Math.fround(lane[k % 8] + e[k]);
        const v = [0, 1, 2, 3].map((i) => Math.fround(lane[i] + lane[i + 4]));
        sum = Math.fround(Math.fround(v[0] + v[2]) + Math.fround(v[1] + v[3]));
      }
      const inv = Math.fround(1 / sum);
      const want = Array.from(e, (v) => Math.fround(v * inv));
      assert.deepEqual(Array.from(torch.softmax(x, 1).toArray()), want, `softmax n=${n}`);
      const lse = Math.fround(Math.log(sum));
      assert.deepEqual(Array.from(torch.log_softmax(x, 1).toArray()), xs.map((v) => Math.fround(Math.fround(v) - lse)), `log_softmax n=${n}`);
    }
  }));

  test(`float32 softmax rows with NaN or ±inf are all NaN, as in PyTorch, and leave the other rows alone (${build} build)`, () => torch.tidy(() => {
    for (const n of [1, 3, 16, 17, 40]) {
      for (const bad of [NaN, Infinity]) {
        for (const at of [0, n >> 1, n - 1]) {
          const rows = [0, 1, 2].map((r) => Array.from({ length: n }, (_, k) => Math.sin(r * 7 + k)));
          rows[1][at] = bad;
          if (bad === Infinity) rows[2] = new Array(n).fill(-Infinity);   // -inf - -inf: NaN too
          const x = fromValues([3, n], rows.flat(), 'float32');
          for (const f of [torch.softmax, torch.log_softmax]) {
            const got = Array.from(f(x, 1).toArray());
            const alone = Array.from(f(fromValues([1, n], rows[0], 'float32'), 1).toArray());
            assert.deepEqual(got.slice(0, n), alone, `n=${n} ${bad} at ${at}: row 0`);
            assert.ok(got.slice(n, 2 * n).every(Number.isNaN), `n=${n} ${bad} at ${at}: row 1 all NaN`);
            if (bad === Infinity) assert.ok(got.slice(2 * n).every(Number.isNaN), `n=${n}: a row of -inf is all NaN`);
            else assert.deepEqual(got.slice(2 * n), Array.from(f(fromValues([1, n], rows[2], 'float32'), 1).toArray()), `n=${n}: row 2`);
          }
        }
      }
    }
  }));

  test(`float32 log_softmax's log of the sum within 1 ulp of the correctly rounded log (${build} build)`, () => torch.tidy(() => {
    // Row [0, a]: sum = fl(1 + exp(a)) in (1, 2]; the first output is (0 - 0) - log(sum) = -log(sum) exactly.
    const as = Array.from({ length: 40000 }, (_, i) => -24 + i * 0.0006);
    const rows = fromValues([as.length, 2], as.flatMap((a) => [0, a]), 'float32');
    const e = torch.exp(fromValues([as.length], as, 'float32')).toArray();
    const got = torch.log_softmax(rows, 1).toArray();
    let inexact = 0;
    for (let i = 0; i < as.length; i++) {
      const sum = Math.fround(1 + e[i]), want = Math.fround(Math.log(sum)), g = -got[2 * i];
      const d = want === 0 ? Math.abs(g) / 1e-45 : ulps(g, want);
      assert.ok(d <= 1, `log(${sum}) = ${g}, correctly rounded ${want}`);
      if (d) inexact++;
    }
    assert.ok(inexact < as.length / 20, `${inexact} of ${as.length} 1 ulp off`);
    // Rows of k zeros: sum = k (k up to 3000 covers many binades of the exponent part e·ln2).
    for (let k = 1; k <= 3000; k += 1 + (k >> 6)) {
      const g = -torch.log_softmax(torch.zeros([1, k]), 1).toArray()[0], want = Math.fround(Math.log(k));
      assert.ok(want === 0 ? g === 0 : ulps(g, want) <= 1, `log(${k}) = ${g}, correctly rounded ${want}`);
    }
  }));
}
