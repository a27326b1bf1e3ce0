// The narrow dtypes: float16/bfloat16 rounding (host and wasm) against an independent round-to-nearest-even on the
// value grid, the casts PyTorch 1.13.1's x86 CPU gives (recorded from it), and c10's promotion table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import { bf16BitsToF32, DTYPES, f16BitsToF32, f32ToBf16Bits, f32ToF16Bits, type DType } from '../../kernel/engine/dtype';
import { promoteTypes } from '../../kernel/engine/promote';
import { tensorSummary } from '../../kernel/payload';

/** v (a float32 value) rounded to nearest even on the grid of a format with `mant` stored bits, min exponent `emin`. */
function gridRound(v: number, mant: number, emin: number, max: number): number {
  if (!Number.isFinite(v) || v === 0) return v;
  const a = Math.abs(v), sign = v < 0 ? -1 : 1;
  const e = Math.max(Math.floor(Math.log2(a)), emin);
  const ulp = 2 ** (e - mant);
  const q = a / ulp, f = Math.floor(q), rem = q - f;
  const r = (rem > 0.5 || (rem === 0.5 && f % 2 !== 0) ? f + 1 : f) * ulp;
  return sign * (r > max ? Infinity : r);
}
const F16_MAX = 65504, BF16_MAX = 3.3895313892515355e38;

function samples(): number[] {
  const out = [0, -0, 1, -1, 65504, 65519.99, 65520, 6.1e-5, 5.96e-8, 2.98e-8, 2.9802322387695312e-8, 1 + 2 ** -11, 1 + 3 * 2 ** -11,
    3.4e38, -3.39e38, 1.17e-38, 0.1, 1 / 3, 2049, 4097];
  let s = 12345;
  for (let i = 0; i < 20000; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const u = s / 2 ** 32;
    out.push(Math.fround((u - 0.5) * 2 ** Math.floor(u * 80 - 40)));
  }
  return out.map(Math.fround);
}

test('float16 and bfloat16 rounding: host conversions match round-to-nearest-even on the grid', () => {
  for (const v of samples()) {
    assert.equal(f16BitsToF32(f32ToF16Bits(v)), gridRound(v, 10, -14, F16_MAX), `float16 of ${v}`);
    assert.equal(bf16BitsToF32(f32ToBf16Bits(v)), gridRound(v, 7, -126, BF16_MAX), `bfloat16 of ${v}`);
  }
  for (let h = 0; h < 0x10000; h++) {   // every float16 survives the round trip (NaNs as quiet NaNs)
    const v = f16BitsToF32(h);
    if (Number.isNaN(v)) assert.ok(Number.isNaN(f16BitsToF32(f32ToF16Bits(v))));
    else assert.equal(f32ToF16Bits(v), h);
  }
});

test('float16 and bfloat16 casts in the wasm kernel agree with the host conversions', () => torch.tidy(() => {
  const vs = samples();
  const x = torch.tensor(vs, { dtype: 'float32' });
  const h = x.to('float16').toArray(), b = x.to('bfloat16').toArray(), d = torch.tensor(vs, { dtype: 'float64' }).to('float16').toArray();
  vs.forEach((v, i) => {
    assert.equal(h[i], f16BitsToF32(f32ToF16Bits(v)), `float16 of ${v}`);
    assert.equal(b[i], bf16BitsToF32(f32ToBf16Bits(v)), `bfloat16 of ${v}`);
    assert.equal(d[i], h[i], `float16 of float64 ${v}`);
  });
}));

test('casts to the integer dtypes as PyTorch 1.13.1 on x86 (truncation through int32, wrap-around)', () => torch.tidy(() => {
  // recorded from torch: x.to(dtype).tolist()
  const x = torch.tensor([1.5, -1.5, 300.0, -300.0, 1e10, -1e10, NaN, Infinity, 2.9, 40000.0, 70000.0]);
  const want: Record<string, number[]> = {
    int32: [1, -1, 300, -300, -2147483648, -2147483648, -2147483648, -2147483648, 2, 40000, 70000],
    int16: [1, -1, 300, -300, 0, 0, 0, 0, 2, -25536, 4464],
    int8: [1, -1, 44, -44, 0, 0, 0, 0, 2, 64, 112],
    uint8: [1, 255, 44, 212, 0, 0, 0, 0, 2, 64, 112],
  };
  for (const [d, v] of Object.entries(want)) {
    assert.deepEqual(Array.from(x.to(d as DType).toArray()), v, d);
    assert.deepEqual(Array.from(x.to('float64').to(d as DType).toArray()), v, `${d} from float64`);
  }
  const i = torch.tensor([2 ** 40 + 5, -3, 255, 256, -129, 70000], { dtype: 'int64' });
  assert.deepEqual(Array.from(i.to('int32').toArray()), [5, -3, 255, 256, -129, 70000]);
  assert.deepEqual(Array.from(i.to('int16').toArray()), [5, -3, 255, 256, -129, 4464]);
  assert.deepEqual(Array.from(i.to('int8').toArray()), [5, -3, -1, 0, 127, 112]);
  assert.deepEqual(Array.from(i.to('uint8').toArray()), [5, 253, 255, 0, 127, 112]);
}));

test('promote_types: c10 table for every pair (recorded from torch.promote_types)', () => {
  const order: DType[] = ['bool', 'uint8', 'int8', 'int16', 'int32', 'int64', 'float16', 'bfloat16', 'float32', 'float64'];
  const table = [
    'bool uint8 int8 int16 int32 int64 float16 bfloat16 float32 float64',
    'uint8 uint8 int16 int16 int32 int64 float16 bfloat16 float32 float64',
    'int8 int16 int8 int16 int32 int64 float16 bfloat16 float32 float64',
    'int16 int16 int16 int16 int32 int64 float16 bfloat16 float32 float64',
    'int32 int32 int32 int32 int32 int64 float16 bfloat16 float32 float64',
    'int64 int64 int64 int64 int64 int64 float16 bfloat16 float32 float64',
    'float16 float16 float16 float16 float16 float16 float16 float32 float32 float64',
    'bfloat16 bfloat16 bfloat16 bfloat16 bfloat16 bfloat16 float32 bfloat16 float32 float64',
    'float32 float32 float32 float32 float32 float32 float32 float32 float32 float64',
    'float64 float64 float64 float64 float64 float64 float64 float64 float64 float64',
  ];
  assert.deepEqual([...DTYPES].sort(), [...order].sort());
  order.forEach((a, i) => order.forEach((b, j) => assert.equal(promoteTypes(a, b), table[i].split(' ')[j], `${a} + ${b}`)));
});

test('arithmetic in the narrow integer dtypes wraps around; payloads name every dtype', () => torch.tidy(() => {
  const u = torch.tensor([200, 3], { dtype: 'uint8' });
  assert.deepEqual(Array.from(u.add(u).toArray()), [144, 6]);
  assert.deepEqual(Array.from(torch.tensor([100], { dtype: 'int8' }).mul(3).toArray()), [44]);
  assert.equal(tensorSummary(u).dtype, 'torch.uint8');
  assert.equal(tensorSummary(u.to('bfloat16')).dtype, 'torch.bfloat16');
}));
