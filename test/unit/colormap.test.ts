// The heatmap's colours and geometry (renderer/colormap.ts): scales, NaN/inf colours, slice layout and the mapping
// of a downsampled sample back to tensor indices for the hover line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellSize, colorOf, layoutOf, NAN_COLOR, NEGINF_COLOR, POSINF_COLOR, sampleValue, scaleFor, tensorIndex } from '../../renderer/colormap';
import { sample } from '../../kernel/payload';

test('sequential scale: min is viridis dark purple, max yellow, monotone in lightness', () => {
  const s = scaleFor('sequential', -2, 6);
  assert.deepEqual(colorOf(-2, s), [68, 1, 84]);
  assert.deepEqual(colorOf(6, s), [253, 231, 37]);
  const light = (c: readonly number[]) => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  let prev = -1;
  for (let v = -2; v <= 6; v += 0.5) { const l = light(colorOf(v, s)); assert.ok(l >= prev, `lightness falls at ${v}`); prev = l; }
});

test('diverging scale is centred at zero and symmetric', () => {
  const s = scaleFor('diverging', -1, 4);
  assert.deepEqual(s, { kind: 'diverging', max: 4 });
  assert.deepEqual(colorOf(0, s), [247, 247, 247]);
  assert.deepEqual(colorOf(4, s), [103, 0, 31]);
  assert.deepEqual(colorOf(-4, s), [5, 48, 97]);
  assert.deepEqual(colorOf(0, scaleFor('diverging', 0, 0)), [247, 247, 247]);
});

test('NaN and infinities have colours of their own', () => {
  const s = scaleFor('sequential', 0, 1);
  assert.deepEqual(colorOf('nan', s), NAN_COLOR);
  assert.deepEqual(colorOf('inf', s), POSINF_COLOR);
  assert.deepEqual(colorOf('-inf', s), NEGINF_COLOR);
  assert.deepEqual(colorOf(NaN, s), NAN_COLOR);
});

test('layouts: 1-D strip, 2-D matrix, N-D slices', () => {
  assert.deepEqual(layoutOf([7]), { rows: 1, cols: 7, leading: [], slices: 1 });
  assert.deepEqual(layoutOf([3, 4]), { rows: 3, cols: 4, leading: [], slices: 1 });
  assert.deepEqual(layoutOf([2, 5, 3, 4]), { rows: 3, cols: 4, leading: [2, 5], slices: 10 });
  assert.equal(cellSize(4, 3), 24);
  assert.equal(cellSize(1000, 1), 1);
});

test('hover indices map a downsampled sample back to the tensor', () => {
  const shape = [2, 100, 300];
  const values = Float64Array.from({ length: 2 * 100 * 300 }, (_, i) => i);
  const s = sample(values, shape, 4096);
  assert.ok(s.values.length <= 4096);
  const { rows, cols } = layoutOf(s.shape);
  const idx = tensorIndex(s, 1, rows - 1, cols - 1);
  assert.equal(sampleValue(s, 1, rows - 1, cols - 1), idx[0] * 100 * 300 + idx[1] * 300 + idx[2]);
  assert.deepEqual(tensorIndex(s, 0, 0, 0), [0, 0, 0]);
});
