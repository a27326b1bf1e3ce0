// Long float32 sums (the cascade sum's dense one-stream walk over many level groups, and its remainders): the
// result is the sum of every element once, within float32 rounding of a float64 reference.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

test('sum/mean of long float32 runs match a float64 reference', () => torch.tidy(() => {
  torch.manual_seed(5);
  for (const n of [65535, 65536, 65536 + 37, 300007]) {
    const a = torch.randn([n]).add(0.25);
    let ref = 0;
    for (const v of a.toArray()) ref += v;
    const got = torch.sum(a).item();
    assert.ok(Math.abs(got - ref) <= 1e-6 * Math.abs(ref) + 1e-3, `n=${n}: ${got} vs ${ref}`);
    assert.ok(Math.abs(torch.mean(a).item() - ref / n) <= 1e-6 * Math.abs(ref / n) + 1e-8, `mean n=${n}`);
    // Rows of a 2-d tensor reduced along the last dim take the same path per row.
    if (n >= 2 * 65568) {
      const m = a.narrow(0, 0, 2 * 65568).reshape([2, 65568]);
      const rows = torch.sum(m, [1]).toArray(), flat = m.toArray();
      for (let r = 0; r < 2; r++) {
        let s = 0;
        for (let i = 0; i < 65568; i++) s += flat[r * 65568 + i];
        assert.ok(Math.abs(rows[r] - s) <= 1e-6 * Math.abs(s) + 1e-3, `row ${r}`);
      }
    }
  }
}));
