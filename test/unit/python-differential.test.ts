// Live differential check of the pure-Python parts of our torch package (autograd.functional, gradcheck) against
// real PyTorch, when it is installed (Debian python3-torch); skipped otherwise. The script loads our modules by
// path while `torch` is the real torch and compares results, structures, warnings and error texts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const PY = process.env.TNB_TORCH_PYTHON ?? '/usr/bin/python3';
const hasTorch = spawnSync(PY, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;

test('autograd.functional and gradcheck agree with real PyTorch', { skip: hasTorch ? false : `no PyTorch at ${PY}` }, () => {
  const r = spawnSync(PY, [join(__dirname, '..', 'python', 'test_autograd_functional.py')], { encoding: 'utf8', timeout: 300_000 });
  const last = r.stdout.trimEnd().split('\n').pop() ?? '';
  assert.equal(r.status, 0, r.stdout.slice(-3000) + r.stderr.slice(-2000));
  assert.match(last, /^\d+ passed, 0 failed$/);
});
