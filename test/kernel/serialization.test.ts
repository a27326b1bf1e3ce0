// torch.save / torch.load against real PyTorch's file format:
//  - state_dict.pt, written by real torch 1.13.1 (test/golden/gen_serialization.py), loads in tnb and prints what
//    torch printed for it (state_dict.txt, through test/golden/serialization/show.py); views of one storage share
//    memory again, as in torch;
//  - a whole pickled nn.Module (module.pt) is refused with a clear error, never unpickled;
//  - the same state dict built and saved by tnb loads back in tnb and, live when PyTorch is installed, in real
//    torch, printing the golden text in both.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, run, session } from './helpers';

const DIR = join(ROOT, 'test/golden/serialization');
const SHOW = readFileSync(join(DIR, 'show.py'), 'utf8');
const GOLDEN = readFileSync(join(DIR, 'state_dict.txt'), 'utf8');
const GEN = readFileSync(join(ROOT, 'test/golden/gen_serialization.py'), 'utf8');
const BUILD = /\ndef state_dict\(\):\n[\s\S]*?\n\n\n/.exec(GEN)?.[0] ?? '';
const b64 = (file: string): string => readFileSync(join(DIR, file)).toString('base64');
const PY = process.env.TNB_TORCH_PYTHON ?? '/usr/bin/python3';
const hasTorch = spawnSync(PY, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;

const s = session();
before(async () => { await s.start(); });
after(async () => { await s.dispose(); });

const prelude = `import base64, collections, io\nimport torch\n${SHOW}\n`;

test('a state dict saved by real PyTorch loads in tnb with the same structure, dtypes and values', async () => {
  const r = await run(s, `${prelude}obj = torch.load(io.BytesIO(base64.b64decode('${b64('state_dict.pt')}')))\nshow(obj)`);
  assert.ok(!r.error, JSON.stringify(r.error));
  assert.equal(r.stdout, GOLDEN);
});

test('tensors saved as views of one storage share it again after torch.load (as in PyTorch)', async () => {
  const r = await run(s, `${prelude}m = torch.load(io.BytesIO(base64.b64decode('${b64('state_dict.pt')}')))['model']
print(m['fc.rows'].data_ptr() - m['fc.weight'].data_ptr(), m['fc.rows'].storage_offset())
m['fc.weight'][1, 0] = 100.0
print(m['fc.rows'][0, 0].item(), m['fc.weight_t'][0, 1].item())`);
  assert.equal(r.stdout, '12 3\n100.0 100.0\n');
});

test('a pickled nn.Module is refused: torch.load never unpickles arbitrary objects', async () => {
  const r = await run(s, `${prelude}torch.load(io.BytesIO(base64.b64decode('${b64('module.pt')}')))`);
  const last = r.error?.traceback[r.error.traceback.length - 1] ?? '';
  assert.match(last, /^_pickle.UnpicklingError: tnb: torch.load reads tensors, numbers, strings and containers of them \(state dicts\) only; this file needs torch\.nn\.modules\.linear\.Linear/);
});

test('tnb saves the state dict in a file that tnb loads back identically', async () => {
  const r = await run(s, `${prelude}${BUILD}buf = io.BytesIO()\ntorch.save(state_dict(), buf)\nbuf.seek(0)\nshow(torch.load(buf))`);
  assert.ok(!r.error, JSON.stringify(r.error));
  assert.equal(r.stdout, GOLDEN);
});

test('a file saved by tnb loads in real PyTorch (live)', { skip: hasTorch ? false : `no PyTorch at ${PY}` }, async () => {
  const r = await run(s, `${prelude}${BUILD}buf = io.BytesIO()\ntorch.save(state_dict(), buf)\nprint(base64.b64encode(buf.getvalue()).decode())`);
  assert.ok(!r.error, JSON.stringify(r.error));
  const dir = mkdtempSync(join(tmpdir(), 'tnb-save-'));
  try {
    const file = join(dir, 'from_tnb.pt');
    writeFileSync(file, Buffer.from(r.stdout.trim(), 'base64'));
    const p = spawnSync(PY, ['-c', `import sys\nsys.path.insert(0, ${JSON.stringify(DIR)})\nimport torch\nfrom show import show\nshow(torch.load(${JSON.stringify(file)}))`], { encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr);
    assert.equal(p.stdout, GOLDEN);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
