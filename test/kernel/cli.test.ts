// The `tnb` command (dist/tnb.js) as a user runs it: the seed program printed byte for byte as PyTorch 1.13 prints
// it, notebooks run with their outputs written back, malformed notebooks left untouched, conversions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTnb } from '../../kernel/format/tnb';
import { maskAddresses, ROOT, SNAPSHOT_DIR } from './helpers';

const TNB = join(ROOT, 'dist', 'tnb.js');

function tnb(args: string[], cwd = tmpdir()): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [TNB, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TNB_CACHE_DIR: SNAPSHOT_DIR }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const parity = JSON.parse(readFileSync(join(ROOT, 'test/golden/parity.json'), 'utf8')).cases as Record<string, { stdout: string; error: string | null }>;

test('tnb run seed.py prints what PyTorch 1.13 prints, and ends with its traceback line at the second backward', () => {
  const r = tnb(['run', join(ROOT, 'test/golden/parity/seed.py')]);
  assert.equal(r.status, 1);
  assert.equal(maskAddresses(r.stdout), parity.seed.stdout);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines[lines.length - 1], parity.seed.error);
  assert.match(r.stderr, /File ".*seed\.py", line 14, in <module>\n    y\.backward\(gradient\)/);
});

test('tnb run FILE.py: sys.argv, __file__, relative files in the working directory, exit status', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  writeFileSync(join(dir, 'data.txt'), '41');
  writeFileSync(join(dir, 'script.py'), 'import sys, torch\nn = int(open("data.txt").read()) + 1\nprint(sys.argv[1:], __file__.endswith("script.py"), torch.tensor(n))\nsys.exit(int(sys.argv[1]))\n');
  const r = tnb(['run', 'script.py', '3', '--flag'], dir);
  assert.equal(r.stdout, "['3', '--flag'] True tensor(42)\n");
  assert.equal(r.status, 3);
});

test('tnb run FILE.py names the script by its absolute path in __file__ and tracebacks, as python3 does, also run from /', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  writeFileSync(join(dir, 'tb.py'), 'import torch\nprint(__file__)\ndef f():\n    return torch.ones(2) @ torch.ones(3)\nf()\n');
  const file = join(dir, 'tb.py');
  for (const [cwd, arg] of [[dir, 'tb.py'], ['/', file.slice(1)]]) {
    const r = tnb(['run', arg], cwd);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, `${file}\n`);
    assert.match(r.stderr, new RegExp(`File "${file}", line 4, in f\\n    return torch\\.ones\\(2\\) @ torch\\.ones\\(3\\)`));
  }
});

test('tnb run FILE.py: os._exit(3) ends with status 3, and what the script printed before it is not lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  writeFileSync(join(dir, 'bye.py'), 'import os\nfor i in range(3):\n    print("line", i)\nos._exit(3)\n');
  const r = tnb(['run', 'bye.py'], dir);
  assert.equal(r.stdout, 'line 0\nline 1\nline 2\n');
  assert.equal(r.status, 3, r.stderr);
});

test('tnb run NB.tnb -o OUT.tnb runs the cells in order, prints their outputs and saves them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  const nb = { tnb: 1, metadata: {}, cells: [
    { kind: 'markdown', source: '# title' },
    { kind: 'code', source: 'import torch\nx = torch.ones(2, requires_grad=True)\nprint("hi")' },
    { kind: 'code', source: '(x * 2).sum()' },
  ] };
  writeFileSync(join(dir, 'nb.tnb'), JSON.stringify(nb));
  const r = tnb(['run', 'nb.tnb', '-o', 'out.tnb', '--quiet'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'hi\ntensor(4., grad_fn=<SumBackward0>)\n');
  const out = parseTnb(readFileSync(join(dir, 'out.tnb'), 'utf8'));
  assert.deepEqual(out.cells[1].outputs?.[0].items, [{ mime: 'application/vnd.code.notebook.stdout', data: 'hi\n' }]);
  const items = out.cells[2].outputs?.[0].items ?? [];
  assert.deepEqual(items.map((i) => i.mime), ['text/plain', 'application/vnd.tnb.tensor+json']);
  assert.equal(out.cells[2].metadata?.executionOrder, 2);
});

test('a failing cell stops the run (exit 1) unless --continue-on-error; the error is saved as an output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  const nb = { tnb: 1, metadata: {}, cells: [{ kind: 'code', source: 'import torch\ntorch.ones(2)[3]' }, { kind: 'code', source: 'print("after")' }] };
  writeFileSync(join(dir, 'nb.tnb'), JSON.stringify(nb));
  const stop = tnb(['run', 'nb.tnb', '--quiet'], dir);
  assert.equal(stop.status, 1);
  assert.equal(stop.stdout, '');
  assert.match(stop.stderr, /File "<cell 1>", line 2[\s\S]*IndexError: index 3 is out of bounds for dimension 0 with size 2/);
  const go = tnb(['run', 'nb.tnb', '--continue-on-error', '--inplace', '--quiet'], dir);
  assert.equal(go.status, 1);
  assert.equal(go.stdout, 'after\n');
  const saved = parseTnb(readFileSync(join(dir, 'nb.tnb'), 'utf8'));
  assert.equal(saved.cells[0].outputs?.[0].items[0].mime, 'application/vnd.code.notebook.error');
});

test('a malformed notebook is reported and never overwritten', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  const bytes = '{"tnb": 1, "cells": [ {"kind": "code", "source": 3} ] }';
  writeFileSync(join(dir, 'bad.tnb'), bytes);
  const r = tnb(['run', 'bad.tnb', '--inplace'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\.tnb is not a tnb notebook: cells\[0\]\.source/);
  assert.equal(readFileSync(join(dir, 'bad.tnb'), 'utf8'), bytes);
});

test('--timeout interrupts a runaway cell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  writeFileSync(join(dir, 'loop.tnb'), JSON.stringify({ tnb: 1, metadata: {}, cells: [{ kind: 'code', source: 'while True:\n    pass' }] }));
  const r = tnb(['run', 'loop.tnb', '--timeout', '1'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /KeyboardInterrupt/);
  assert.match(r.stderr, /timed out after 1 s/);
});

test('tnb convert: .tnb -> .ipynb -> .py -> .tnb keeps the cells', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  const nb = { tnb: 1, metadata: {}, cells: [{ kind: 'markdown', source: '# Autograd' }, { kind: 'code', source: 'import torch\nx = torch.ones(2)' }] };
  writeFileSync(join(dir, 'a.tnb'), JSON.stringify(nb));
  assert.equal(tnb(['convert', 'a.tnb', 'b.ipynb'], dir).status, 0);
  assert.equal(JSON.parse(readFileSync(join(dir, 'b.ipynb'), 'utf8')).nbformat, 4);
  assert.equal(tnb(['convert', 'b.ipynb', 'c.py'], dir).status, 0);
  assert.match(readFileSync(join(dir, 'c.py'), 'utf8'), /# %% \[markdown\]\n# # Autograd\n\n# %%\nimport torch\nx = torch.ones\(2\)/);
  assert.equal(tnb(['convert', 'c.py', 'd.tnb'], dir).status, 0);
  const d = parseTnb(readFileSync(join(dir, 'd.tnb'), 'utf8'));
  assert.deepEqual(d.cells.map((c) => [c.kind, c.source]), nb.cells.map((c) => [c.kind, c.source]));
  const bad = tnb(['convert', 'a.tnb', 'a.txt'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown format of a\.txt/);
});

test('tnb run FILE.py | head: a reader that stops early ends tnb quietly with status 0 (no EPIPE trace)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tnb-cli-'));
  writeFileSync(join(dir, 'many.py'), 'import torch\nfor i in range(20000):\n    print(i, torch.ones(2))\n');
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${TNB}" run many.py | head -n 2; echo "status \${PIPESTATUS[0]}" >&2`],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, TNB_CACHE_DIR: SNAPSHOT_DIR }, timeout: 120_000 });
  assert.equal(r.stdout, '0 tensor([1., 1.])\n1 tensor([1., 1.])\n');
  assert.equal(r.stderr.trim(), 'status 0');
});
