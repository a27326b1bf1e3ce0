// The example notebooks (examples/*.tnb) as a user runs them: `tnb run` on a copy in a fresh folder (04 saves a
// file next to itself). Every code cell must succeed; its text (what it printed, then the repr of a final
// expression) must match real PyTorch 1.13.1's, recorded by test/golden/gen_examples.py: byte for byte before any
// training, and number by number within a tolerance for the cells that train (float32 sums in another order drift
// apart over hundreds of steps). Then each notebook's outcome is asserted: the loss it reaches, its accuracy, the
// derivatives it checks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTnb } from '../../kernel/format/tnb';
import { maskAddresses, ROOT, SNAPSHOT_DIR } from './helpers';

interface GoldenCell { cell: number; text: string; error: string | null }
const golden = JSON.parse(readFileSync(join(ROOT, 'test/golden/examples.json'), 'utf8')) as { notebooks: Record<string, GoldenCell[]> };

interface Expectation {
  /** Cells (index in the notebook, markdown included) whose numbers may drift: index → [rtol, atol]. */
  trained: Record<number, [number, number]>;
  /** The outcome, checked on the whole printed text of the run. */
  outcome: (text: string) => void;
}

const num = (text: string, re: RegExp): number[] => {
  const m = re.exec(text);
  assert.ok(m, `no match for ${re} in:\n${text}`);
  return m.slice(1).map(Number);
};

const EXPECT: Record<string, Expectation> = {
  '01-autograd-basics.tnb': { trained: {}, outcome: (t) => assert.match(t, /Trying to backward through the graph a second time/) },
  '02-linear-regression.tnb': {
    trained: { 7: [1e-3, 1e-3], 12: [1e-3, 1e-3], 16: [0, 1e-4] },
    outcome: (t) => {
      const [loss, w, b] = num(t, /final loss ([\d.]+) {2}weight ([\d.]+) {2}bias ([\d.]+)/);
      assert.ok(loss < 0.01, `final loss ${loss}`);
      assert.ok(Math.abs(w - 2.4314) < 2e-3 && Math.abs(b - 1.0332) < 2e-3, `w ${w}, b ${b} vs least squares 2.4314, 1.0332`);
    },
  },
  '03-mlp-spirals.tnb': {
    // 600 Adam steps stay within a unit of the 4th printed digit of PyTorch's run (float32 sums in another order).
    trained: { 8: [0.01, 2e-4], 10: [0.01, 2e-4], 12: [0, 0], 14: [0.01, 2e-4], 15: [0.01, 0] },
    outcome: (t) => { const [acc] = num(t, /final training accuracy ([\d.]+)/); assert.ok(acc >= 0.95, `accuracy ${acc}`); },
  },
  '04-cnn-shapes.tnb': {
    // Adam's normalised steps amplify last-bit differences in small gradients: after 100 steps the filters' .grad
    // is within 2e-3 of PyTorch's and the feature maps (sums over those filters) within 5%.
    trained: { 12: [0.01, 2e-4], 14: [0.01, 2e-3], 16: [0.05, 5e-3], 19: [0.01, 0] },
    outcome: (t) => {
      const [acc] = num(t, /final test accuracy ([\d.]+)/);
      assert.ok(acc >= 0.85, `test accuracy ${acc}`);
      assert.match(t, /<All keys matched successfully>\nsame predictions: True/);
    },
  },
  '05-higher-order-gradients.tnb': {
    trained: {},
    outcome: (t) => {
      assert.match(t, /f''\(x\) = tensor\(\[ 6\., 12\., 18\.\]\)/);
      assert.match(t, /match: True/);
      assert.match(t, /step 6 {2}p = \(\+1\.000000, \+1\.000000\) {2}r\(p\) = 0\.000e\+00/);
    },
  },
};

const NUMBER = /-?\d+\.?\d*(?:e[+-]\d+)?/g;
function assertClose(actual: string, expected: string, rtol: number, atol: number, where: string): void {
  assert.equal(actual.replace(NUMBER, '#').replace(/ +/g, ' '), expected.replace(NUMBER, '#').replace(/ +/g, ' '), `${where}: text around the numbers`);
  const a = actual.match(NUMBER) ?? [], e = expected.match(NUMBER) ?? [];
  a.forEach((x, i) => {
    const d = Math.abs(Number(x) - Number(e[i]));
    assert.ok(d <= atol + rtol * Math.abs(Number(e[i])), `${where}: number ${i}: ${x} vs PyTorch's ${e[i]}`);
  });
}

const TNB = join(ROOT, 'dist', 'tnb.js');
const STDOUT = 'application/vnd.code.notebook.stdout';

for (const [name, expect] of Object.entries(EXPECT)) {
  test(`examples/${name} runs with tnb run, prints what PyTorch prints, and reaches its outcome`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'tnb-example-'));
    copyFileSync(join(ROOT, 'examples', name), join(dir, name));
    const r = spawnSync(process.execPath, [TNB, 'run', name, '-o', 'out.tnb', '--quiet'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, TNB_CACHE_DIR: SNAPSHOT_DIR }, timeout: 600_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const nb = parseTnb(readFileSync(join(dir, 'out.tnb'), 'utf8'));
    const cells = golden.notebooks[name];
    assert.ok(cells, `no golden for ${name}: run test/golden/gen_examples.py`);
    assert.deepEqual(nb.cells.flatMap((c, i) => (c.kind === 'code' ? [i] : [])), cells.map((c) => c.cell), 'code cells');
    let all = '';
    for (const g of cells) {
      const items = (nb.cells[g.cell].outputs ?? []).flatMap((o) => o.items);
      const text = maskAddresses(items.filter((i) => i.mime === STDOUT).map((i) => i.data).join('')
        + items.filter((i) => i.mime === 'text/plain').map((i) => `${i.data}\n`).join(''));
      all += text;
      const tol = expect.trained[g.cell];
      if (tol) assertClose(text, g.text, tol[0], tol[1], `cell ${g.cell + 1}`);
      else assert.equal(text, g.text, `cell ${g.cell + 1}`);
    }
    expect.outcome(all);
  });
}

test('every example notebook has an expectation here and a golden', () => {
  const names = Object.keys(golden.notebooks).sort();
  assert.deepEqual(Object.keys(EXPECT).sort(), names);
});
