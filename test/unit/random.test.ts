// The generator must reproduce PyTorch 1.13.1's CPU random streams bit for bit.
// Golden sequences come from test/golden/gen_random.py (run against real torch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEED, Generator, defaultGenerator, type FloatDType } from '../../kernel/engine/random';

interface Call {
  op: string;
  n?: number;
  dtype?: FloatDType | 'int64' | 'bool';
  shape?: number[];
  from?: number;
  to?: number;
  mean?: number;
  std?: number;
  low?: number;
  high?: number;
  p?: number;
  probs?: number[];
  values: number[] | string;
}
interface Case {
  name: string;
  seed: number | string;
  calls: Call[];
}

const golden = JSON.parse(readFileSync(join(process.cwd(), 'test/golden/random.json'), 'utf8')) as {
  torch: string;
  debian_package: string | null;
  cpu_capability: string | null;
  mkl: boolean;
  cases: Case[];
};

const floatDtype = (c: Call): FloatDType => (c.dtype === 'float64' ? 'float64' : 'float32');
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function run(g: Generator, c: Call): number[] | string {
  const n = c.n ?? 0;
  switch (c.op) {
    case 'rand': return [...g.uniform(n, 0, 1, floatDtype(c))];
    case 'uniform': return [...g.uniform(n, c.from!, c.to!, floatDtype(c))];
    case 'randn': return [...g.normal(n, 0, 1, floatDtype(c))];
    case 'normal': return [...g.normal(n, c.mean!, c.std!, floatDtype(c))];
    case 'randint': {
      const v = [...g.randint(n, c.low!, c.high!)];
      return c.dtype === 'float32' ? v.map(Math.fround) : v;
    }
    case 'randperm': return [...g.randperm(n)];
    case 'bernoulli': return [...g.bernoulli(n, c.p!, floatDtype(c))];
    case 'bernoulli_tensor': {
      const probs = floatDtype(c) === 'float32' ? c.probs!.map(Math.fround) : c.probs!;
      return [...g.bernoulli_tensor(probs, floatDtype(c))];
    }
    case 'dropout': return [...g.bernoulli(n, 1 - c.p!, 'float32')];
    case 'random': return [...g.randomFull(n, c.dtype ?? 'float32')].map(String) as unknown as number[];
    case 'state': return hex(g.get_state());
    default: throw new Error(`unknown op ${c.op}`);
  }
}

function describe(c: Call): string {
  const { values: _v, probs: _p, ...rest } = c;
  return JSON.stringify(rest);
}

test(`golden file comes from torch 1.13 (${golden.torch}, ${golden.debian_package}, ${golden.cpu_capability})`, () => {
  assert.match(golden.torch, /^1\.13\./);
  assert.equal(golden.cpu_capability, 'AVX2'); // the float32 randn / uniform_ kernels differ on other CPUs
  assert.equal(golden.mkl, false); // bernoulli_ takes MKL's stream on MKL builds
  assert.ok(golden.cases.length > 250);
});

for (const gc of golden.cases) {
  test(`random: ${gc.name}`, () => {
    let g = new Generator().manual_seed(BigInt(gc.seed));
    gc.calls.forEach((c, k) => {
      const got = run(g, c);
      if (typeof c.values === 'string') {
        assert.equal(got, c.values, `call ${k} ${describe(c)}: rng state bytes differ`);
        // Continue from torch's own state bytes, which checks set_state too.
        g = new Generator().manual_seed(12345);
        g.set_state(Uint8Array.from(Buffer.from(c.values, 'hex')));
        return;
      }
      const want = c.values;
      assert.ok(Array.isArray(got));
      assert.equal(got.length, want.length, `call ${k} ${describe(c)}: length`);
      for (let i = 0; i < want.length; i++) {
        if (!Object.is(got[i], want[i])) {
          assert.fail(`call ${k} ${describe(c)}: element ${i} is ${got[i]}, torch has ${want[i]}`);
        }
      }
    });
  });
}

test('default generator is seeded with default_rng_seed_val', () => {
  assert.equal(DEFAULT_SEED, 67280421310721n);
  assert.equal(new Generator().initial_seed(), 67280421310721n);
  assert.ok(defaultGenerator instanceof Generator);
});

test('manual_seed wraps negative seeds to uint64 and rejects out-of-range ones', () => {
  assert.equal(new Generator().manual_seed(-1).initial_seed(), 2n ** 64n - 1n);
  assert.deepEqual(new Generator().manual_seed(-1).uniform(4, 0, 1, 'float32'), new Generator().manual_seed(2n ** 64n - 1n).uniform(4, 0, 1, 'float32'));
  assert.equal(new Generator().manual_seed(2n ** 32n + 5n).initial_seed(), 2n ** 32n + 5n);
  assert.throws(() => new Generator().manual_seed(2n ** 64n), RangeError);
  assert.throws(() => new Generator().manual_seed(-(2n ** 63n) - 1n), RangeError);
});

test('get_state / set_state round-trip, including the cached normal', () => {
  const g = new Generator().manual_seed(11);
  g.normal(3, 0, 1, 'float64'); // leaves a cached Box-Muller value
  const saved = g.get_state();
  const a = [...g.normal(5, 0, 1, 'float64'), ...g.uniform(700, 0, 1, 'float32')];
  const h = new Generator().manual_seed(999);
  h.set_state(saved);
  assert.equal(h.initial_seed(), 11n);
  assert.deepEqual([...h.normal(5, 0, 1, 'float64'), ...h.uniform(700, 0, 1, 'float32')], a);
  assert.throws(() => h.set_state(new Uint8Array(10)), RangeError);
});

test('argument checks use PyTorch messages', () => {
  const g = new Generator();
  assert.throws(() => g.uniform(3, 2, 1, 'float32'), /uniform_ expects to return a \[from, to\) range, but found from=2 > to=1/);
  assert.throws(() => g.uniform(3, -3e38, 3e38, 'float32'), /to=3e\+38 and from=-3e\+38/);
  assert.throws(() => g.normal(3, 0, -1, 'float32'), /normal expects std >= 0.0, but found std -1/);
  assert.throws(() => g.randint(2, 3, 3), /random_ expects 'from' to be less than 'to', but got from=3 >= to=3/);
  assert.throws(() => g.bernoulli(3, 1.5, 'float32'), /bernoulli_ expects p to be in \[0, 1\], but got p=1.5/);
});
