// var / std (kernel/engine/moments.ts, kernel/wasm/assembly/welford.ts) against a plain reference of PyTorch
// 1.13's CPU algorithms written here with exact rational arithmetic (BigInt): the kernel's software fma64, which
// the Welford pass uses where PyTorch's AVX2 build fuses `m2 + delta * new_delta` (random operands, products that
// nearly cancel the addend, sums built to land on or next to a tie), and var / std / var_mean along dims and over
// all elements. Imported by welford.test.ts (relaxed build: the hardware FMA when relaxed_madd fuses) and
// welford-simd.test.ts (plain SIMD build: fma64).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import { var_mean } from '../../kernel/engine/ops/reduce';
import { setThreadLimit } from '../../kernel/engine/threads';
import { wasm } from '../../kernel/engine/wasm';

const buf = new DataView(new ArrayBuffer(8));
/** x = m · 2^e exactly (m an integer; x finite). */
function decompose(x: number): [bigint, number] {
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n, exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp === 0) return [sign * m, -1074];
  m |= 1n << 52n;
  return [sign * m, exp - 1075];
}
/** The double nearest to m · 2^e (ties to even); no overflow handling (the tests stay in range). */
function roundToDouble(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  const bitsLen = a.toString(2).length;
  let shift = Math.max(bitsLen - 53, -1074 - e);   // keep 53 bits, or stop at the subnormal exponent
  if (shift > 0) {
    const s = BigInt(shift), half = 1n << (s - 1n), rem = a & ((1n << s) - 1n);
    a >>= s;
    if (rem > half || (rem === half && (a & 1n) === 1n)) a += 1n;
    e += shift;
    shift = 0;
  }
  const v = Number(a) * 2 ** e;   // exact: a has at most 54 bits (a carry), and e is in range
  return neg ? -v : v;
}
function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a), [mb, eb] = decompose(b), [mc, ec] = decompose(c);
  const ep = ea + eb, e = Math.min(ep, ec);
  const sum = (ma * mb << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (sum === 0n) return a * b + c;   // the sign of an exact zero follows IEEE's rules, as a·b + c gives it
  return roundToDouble(sum, e);
}

let seed = 12345;
function rnd(): number { seed = (seed * 1103515245 + 12345) >>> 0; return seed / 2 ** 32; }
function randDouble(spread: number): number { return (rnd() - 0.5) * 2 ** Math.floor((rnd() - 0.5) * spread); }

export function registerWelfordTests(build: 'relaxed' | 'simd'): void {
test(`fma64 is a·b + c rounded once, also where a plain multiply-add rounds twice (${build} build)`, () => {
  assert.equal(torch.kernelBuild(), build);
  const fma = wasm().fma64;
  const cases: [number, number, number][] = [];
  for (let i = 0; i < 20000; i++) cases.push([randDouble(40), randDouble(40), randDouble(60)]);
  // Welford's case: m2 ≥ 0 plus a positive product of similar size
  for (let i = 0; i < 20000; i++) { const d = randDouble(8); cases.push([d, d * (1 - rnd() * 0.01), Math.abs(randDouble(16))]); }
  // near-cancellation: c ≈ -a·b
  for (let i = 0; i < 10000; i++) { const a = randDouble(20), b = randDouble(20); cases.push([a, b, -(a * b) * (1 + (rnd() - 0.5) * 1e-12)]); }
  // ties: a·b + c exactly halfway between two doubles (a·b = 1 + 2^-52 + ..., c chosen so the low part is 2^-53)
  for (let i = 0; i < 5000; i++) {
    const a = 1 + Math.floor(rnd() * 2 ** 26) * 2 ** -26, b = 1 + Math.floor(rnd() * 2 ** 26) * 2 ** -26;
    const p = a * b;
    cases.push([a, b, -p + 2 ** -53 * (rnd() < 0.5 ? 1 : 3)], [a, b, 2 ** Math.floor(rnd() * 4)], [a, b, -(2 ** -Math.floor(rnd() * 60))]);
  }
  let twice = 0;
  const bad: string[] = [];
  for (const [a, b, c] of cases) {
    const want = exactFma(a, b, c), got = fma(a, b, c);
    if (!Object.is(got, want)) bad.push(`fma(${a}, ${b}, ${c}) = ${got}, want ${want}`);
    if (a * b + c !== want) twice++;
  }
  assert.deepEqual(bad.slice(0, 5), []);
  assert.ok(twice > 500, `only ${twice} cases where a·b + c rounds differently: the test would not notice a missing fusion`);
});

test(`fma64 passes infinities, NaN and zeros through as a·b + c (${build} build)`, () => {
  const fma = wasm().fma64;
  assert.ok(Object.is(fma(0, 5, -0), 0));
  assert.ok(Object.is(fma(-0, 5, -0), -0));
  assert.equal(fma(Infinity, 2, 1), Infinity);
  assert.ok(Number.isNaN(fma(Infinity, 0, 1)));
  assert.ok(Number.isNaN(fma(NaN, 1, 1)));
  assert.equal(fma(1e308, 10, -Infinity), -Infinity);
  assert.equal(fma(1e308, 10, -1e308), Infinity);
  assert.equal(fma(1e308, 2, -1.5e308), exactFma(1e308, 2, -1.5e308));
  assert.equal(fma(3, 4, 5), 17);
});

/** WelfordOps over `xs` (doubles) with the m2 update rounded once: [mean, m2]. */
function welford(xs: number[]): [number, number] {
  let mean = 0, m2 = 0;
  xs.forEach((x, i) => {
    const delta = x - mean;
    mean = mean + delta / (i + 1);
    m2 = exactFma(delta, x - mean, m2);
  });
  return [mean, m2];
}
const round = (v: number, dtype: string): number => (dtype === 'float32' ? Math.fround(v) : v);

test(`var, std and var_mean along a dim and over all elements follow PyTorch's algorithms to the bit (${build} build)`, () => {
  torch.manual_seed(7);
  for (const dtype of ['float32', 'float64'] as const) {
    const x = torch.randn([40, 301], { dtype }).mul(2.5).add(1.25);
    const flat = Array.from(x.toArray()), rows = Array.from({ length: 40 }, (_, i) => flat.slice(i * 301, (i + 1) * 301));
    // along dim 1: Welford per row, var = m2 / (n - 1), std its double sqrt, rounded once
    const list = (t: torch.Tensor): number[] => Array.from(t.toArray());
    const v = list(x.var(1)), s = list(x.std(1, false));
    const [vm, mm] = var_mean(x, 1);
    rows.forEach((r, i) => {
      const [mean, m2] = welford(r);
      assert.equal(v[i], round(m2 / (r.length - 1), dtype), `${dtype} var row ${i}`);
      assert.equal(s[i], round(Math.sqrt(m2 / r.length), dtype), `${dtype} std row ${i}`);
      assert.equal(list(vm)[i], round(m2 / (r.length - 1), dtype));
      assert.equal(list(mm)[i], round(mean, dtype));
    });
    // along dim 0 (a strided walk: the elements of a column, in order)
    const cols = list(x.var(0));
    for (let j = 0; j < 301; j += 37) {
      const [, m2] = welford(rows.map((r) => r[j]));
      assert.equal(cols[j], round(m2 / 39, dtype), `${dtype} var column ${j}`);
    }
    // all elements (one thread): the dtype's mean, then Σ (x - mean)² in double in memory order
    setThreadLimit(1);
    try {
      const mean = x.mean().item() as number;
      let ss = 0;
      for (const r of rows) for (const e of r) ss += (e - mean) * (e - mean);
      assert.equal(x.var().item(), round(ss / (40 * 301 - 1), dtype), `${dtype} var()`);
      assert.equal(x.std().item(), round(Math.sqrt(ss / (40 * 301 - 1)), dtype), `${dtype} std()`);
    } finally {
      setThreadLimit(null);
    }
  }
});
}
