// Error types and texts match PyTorch 1.13.1 for the same calls (golden: test/golden/gen_errors.py).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

const golden = JSON.parse(readFileSync(join(__dirname, '../golden/errors.json'), 'utf8')) as { cases: Record<string, { type: string; message: string }> };
const o = (...s: number[]) => torch.ones(s);
const CALLS: Record<string, () => unknown> = {
  bmm_batch1_2d: () => o(2, 3).bmm(o(2, 3, 4)),
  bmm_batch2_2d: () => o(2, 3, 4).bmm(o(3, 4)),
  mv_vec_2d: () => o(2, 3).mv(o(2, 3)),
  permute_duplicate: () => o(2, 3).permute(0, 0),
  flatten_order: () => o(2, 3).flatten(1, 0),
  expand_leading_minus_one: () => o(3).expand(-1, 3),
  clamp_no_bounds: () => o(3).clamp(),
  where_float_condition: () => torch.where(o(3), o(3), o(3)),
  t_3d: () => o(2, 2, 2).t(),
  matmul_0d: () => torch.matmul(o(3), torch.tensor({ value: 1, kind: 'float' })),
  select_out_of_range: () => o(2).select(0, 5),
  slice_step_zero: () => o(2).index({ start: 0, stop: 2, step: 0 }),
  view_two_inferred: () => o(2, 3).view(-1, -1),
  select_0d: () => torch.tensor({ value: 1, kind: 'float' }).select(0, 0),
  inplace_float_into_long: () => torch.ones([3], { dtype: 'int64' }).add_(o(3)),
  sum_repeated_dim: () => o(3).sum([0, 0]),
};

test('every golden error case has a call', () => {
  assert.deepEqual(Object.keys(CALLS).sort(), Object.keys(golden.cases).sort());
});
for (const [name, expected] of Object.entries(golden.cases)) {
  test(`error text: ${name}`, () => {
    assert.throws(() => CALLS[name](), (e: unknown) => {
      assert.ok(e instanceof torch.TorchError, `not a TorchError: ${String(e)}`);
      assert.equal(e.pyType, expected.type);
      assert.equal(e.message, expected.message);
      return true;
    });
  });
}
