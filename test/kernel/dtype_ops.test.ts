// The op-by-dtype matrix (test/golden/dtype_ops.py): every op on every dtype gives, in the real kernel, what PyTorch
// 1.13.1 gave (test/golden/dtype_ops.json, from gen_dtype_ops.py): the same result dtype and text, or the same error.
// One test per op, so a failure names the op and lists the dtypes that differ.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, run, session } from './helpers';

type Matrix = Record<string, Record<string, string>>;

/**
 * Cells where tnb knowingly differs (README, Known differences), as `op:dtype`; none today. An entry must still
 * differ: one that matches fails the test until it is taken off this list.
 */
const KNOWN = new Set<string>([]);
const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/dtype_ops.json'), 'utf8')) as { matrix: Matrix };
const source = readFileSync(join(ROOT, 'test/golden/dtype_ops.py'), 'utf8');

const s = session();
let got: Matrix = {};
before(async () => {
  await s.start();
  const r = await run(s, `${source}\nimport json as _json, warnings as _w\n_w.simplefilter('ignore')\nprint(_json.dumps(matrix()))`, 'dtype_ops.py', false);
  assert.equal(r.error, null, r.error ? r.error.traceback.join('\n') : '');
  got = JSON.parse(r.stdout) as Matrix;
});
after(async () => { await s.dispose(); });

for (const [op, row] of Object.entries(golden.matrix)) {
  test(`dtype ops: ${op}`, () => {
    const diffs = Object.entries(row).filter(([d, want]) => (got[op]?.[d] !== want) !== KNOWN.has(`${op}:${d}`))
      .map(([d, want]) => `${d}${KNOWN.has(`${op}:${d}`) ? ' (listed as a known difference, but matches now)' : ''}:\n  torch: ${want}\n  tnb:   ${got[op]?.[d]}`);
    assert.equal(diffs.join('\n'), '', `${op} differs`);
  });
}
