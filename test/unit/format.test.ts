// Tensor printing must match PyTorch's repr() character for character.
// Golden cases come from test/golden/gen_print.py (run against real torch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DType } from '../../kernel/engine/dtype';
import { formatTensor, formatValues, type FormatInput } from '../../kernel/engine/format';
import { formatExp, formatFixed, formatInt } from '../../kernel/engine/pyfloat';

type JsonNum = number | 'nan' | 'inf' | '-inf';
interface Recipe {
  arange?: [number, number];
  lcg?: [number, number, number];
  round?: boolean;
  set?: [number, JsonNum][];
}
interface GoldenCase {
  name: string;
  shape: number[];
  dtype: DType;
  values: (JsonNum | boolean)[] | Recipe;
  requires_grad?: boolean;
  grad_fn?: string;
  repr: string;
}

// Run from the repository root (npm run test:unit); works under both CJS and ESM module settings.
const cases = JSON.parse(readFileSync(join(process.cwd(), 'test/golden/print.json'), 'utf8')) as GoldenCase[];

function num(v: JsonNum | boolean): number {
  if (v === 'nan') return NaN;
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

/** Python's round(): to nearest integer, ties to even. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f; // exact for |x| < 2^52
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** Rebuild a recipe exactly as gen_print.py's recipe_values() does. */
function fromRecipe(r: Recipe, n: number, dtype: DType): number[] {
  const vals: number[] = new Array(n);
  if (r.arange) {
    const [start, step] = r.arange;
    for (let i = 0; i < n; i++) vals[i] = start + i * step;
  } else if (r.lcg) {
    const [seed, scale, offset] = r.lcg;
    let s = seed >>> 0;
    for (let i = 0; i < n; i++) {
      s = (Math.imul(1664525, s) + 1013904223) >>> 0;
      vals[i] = offset + scale * (s / 4294967296);
    }
  } else {
    throw new Error('unknown recipe ' + JSON.stringify(r));
  }
  if (r.round) for (let i = 0; i < n; i++) vals[i] = roundHalfEven(vals[i]);
  for (const [i, v] of r.set ?? []) vals[i] = num(v);
  if (dtype === 'float32') for (let i = 0; i < n; i++) vals[i] = Math.fround(vals[i]);
  if (dtype === 'bool') for (let i = 0; i < n; i++) vals[i] = vals[i] !== 0 ? 1 : 0;
  return vals;
}

function inputOf(c: GoldenCase): FormatInput {
  const n = c.shape.reduce((a, b) => a * b, 1);
  const values = Array.isArray(c.values) ? c.values.map(num) : fromRecipe(c.values, n, c.dtype);
  assert.equal(values.length, n, `${c.name}: value count`);
  if (c.dtype === 'float32') {
    for (const v of values) assert.ok(Object.is(v, Math.fround(v)), `${c.name}: not a float32 value ${v}`);
  }
  return { shape: c.shape, dtype: c.dtype, values };
}

test('golden file is substantial', () => {
  assert.ok(cases.length >= 300, `only ${cases.length} cases`);
  const dtypes = new Set(cases.map((c) => c.dtype));
  assert.deepEqual([...dtypes].sort(), ['bool', 'float32', 'float64', 'int64']);
});

test('golden: formatTensor matches torch repr() for every case', () => {
  const failures: string[] = [];
  for (const c of cases) {
    const got = formatTensor(inputOf(c), { gradFnName: c.grad_fn ?? null, requiresGrad: c.requires_grad ?? false });
    if (got !== c.repr) failures.push(`--- ${c.name}\nexpected:\n${c.repr}\ngot:\n${got}`);
  }
  assert.equal(failures.length, 0, `${failures.length}/${cases.length} mismatches\n` + failures.slice(0, 5).join('\n'));
});

test('golden: formatValues(t, 7) is the body of the repr', () => {
  for (const c of cases) {
    if (c.grad_fn || c.requires_grad) continue;
    const body = formatValues(inputOf(c), 7);
    assert.ok(c.repr.startsWith('tensor(' + body), c.name);
  }
});

// ---------------------------------------------------------------- hand-written

const f32 = (shape: number[], values: number[]): FormatInput => ({ shape, dtype: 'float32', values: values.map(Math.fround) });

test('hand: scalars and simple vectors', () => {
  assert.equal(formatTensor(f32([], [1.5])), 'tensor(1.5000)');
  assert.equal(formatTensor(f32([], [3])), 'tensor(3.)');
  assert.equal(formatTensor({ shape: [], dtype: 'int64', values: [-7] }), 'tensor(-7)');
  assert.equal(formatTensor({ shape: [], dtype: 'bool', values: [1] }), 'tensor(True)');
  assert.equal(formatTensor({ shape: [2], dtype: 'bool', values: [1, 0] }), 'tensor([ True, False])');
  assert.equal(formatTensor(f32([3], [1, 2, 3])), 'tensor([1., 2., 3.])');
  assert.equal(formatTensor(f32([2], [0.1, 0.2])), 'tensor([0.1000, 0.2000])');
  assert.equal(formatTensor({ shape: [2], dtype: 'float64', values: [2.5, 3.5] }), 'tensor([2.5000, 3.5000], dtype=torch.float64)');
  assert.equal(formatTensor(f32([2, 2], [1, 2, 3, 4])), 'tensor([[1., 2.],\n        [3., 4.]])');
});

test('hand: special values, ties, sci mode', () => {
  assert.equal(formatTensor(f32([2], [-0, 0])), 'tensor([-0., 0.])');
  assert.equal(formatTensor(f32([2], [-0, 0.5])), 'tensor([-0.0000, 0.5000])');
  assert.equal(formatTensor(f32([4], [1, NaN, -Infinity, 100])), 'tensor([  1.,  nan, -inf, 100.])');
  assert.equal(formatTensor(f32([2], [0.03125, 12344.5])), 'tensor([3.1250e-02, 1.2344e+04])');
  assert.equal(formatTensor(f32([2], [1e-5, 1])), 'tensor([1.0000e-05, 1.0000e+00])');
});

test('hand: empty tensors and suffixes', () => {
  assert.equal(formatTensor(f32([0], [])), 'tensor([])');
  assert.equal(formatTensor({ shape: [0, 3], dtype: 'float32', values: [] }), 'tensor([], size=(0, 3))');
  assert.equal(formatTensor({ shape: [0, 3], dtype: 'bool', values: [] }), 'tensor([], size=(0, 3), dtype=torch.bool)');
  assert.equal(formatTensor({ shape: [0], dtype: 'int64', values: [] }), 'tensor([], dtype=torch.int64)');
  assert.equal(formatTensor(f32([0], []), { requiresGrad: true }), 'tensor([], requires_grad=True)');
  assert.equal(formatTensor(f32([2], [1, 2]), { requiresGrad: true }), 'tensor([1., 2.], requires_grad=True)');
  assert.equal(
    formatTensor({ shape: [3], dtype: 'float64', values: [2, 2, 2] }, { gradFnName: 'MulBackward0', requiresGrad: true }),
    'tensor([2., 2., 2.], dtype=torch.float64, grad_fn=<MulBackward0>)',
  );
});

test('hand: summarisation and wrapping', () => {
  const a = Array.from({ length: 2000 }, (_, i) => i);
  assert.equal(formatTensor({ shape: [2000], dtype: 'int64', values: a }), 'tensor([   0,    1,    2,  ..., 1997, 1998, 1999])');
  const b = Array.from({ length: 20 }, (_, i) => i);
  assert.equal(
    formatTensor({ shape: [20], dtype: 'float64', values: b }),
    'tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,\n' +
      '        14., 15., 16., 17., 18., 19.], dtype=torch.float64)',
  );
  assert.equal(formatValues({ shape: [2, 2], dtype: 'int64', values: [1, 2, 3, 40] }), '[[ 1,  2],\n [ 3, 40]]');
});

test('pyfloat: Python float formatting', () => {
  assert.equal(formatFixed(0.03125, 4), '0.0312'); // ties to even on the exact value
  assert.equal(formatFixed(0.09375, 4), '0.0938');
  assert.equal(formatFixed(2.5, 0), '2');
  assert.equal(formatFixed(3.5, 0), '4');
  assert.equal(formatFixed(-0, 4), '-0.0000');
  assert.equal(formatFixed(-0.00001, 4), '-0.0000');
  assert.equal(formatFixed(1e22, 1), '10000000000000000000000.0');
  assert.equal(formatFixed(NaN, 4), 'nan');
  assert.equal(formatExp(0, 4), '0.0000e+00');
  assert.equal(formatExp(-0, 4), '-0.0000e+00');
  assert.equal(formatExp(12344.5, 4), '1.2344e+04');
  assert.equal(formatExp(12345.5, 4), '1.2346e+04');
  assert.equal(formatExp(9.99996, 4), '1.0000e+01');
  assert.equal(formatExp(1e23, 4), '1.0000e+23');
  assert.equal(formatExp(1e-100, 4), '1.0000e-100');
  assert.equal(formatExp(5e-324, 4), '4.9407e-324');
  assert.equal(formatExp(-Infinity, 4), '-inf');
  assert.equal(formatInt(-(2 ** 63)), '-9223372036854775808');
  assert.equal(formatInt(-0), '0');
});
